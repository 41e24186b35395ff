// Zip containers (archives of letters, and .docx files) with caps that keep a zip bomb from
// filling memory: sizes are checked from the central directory before anything is inflated,
// and fflate inflates an entry into a buffer of its declared size, never more.
import { unzipSync } from 'fflate';
import iconv from 'iconv-lite';
import { FormatError } from './errors.js';

export const ZIP_LIMITS = {
  /** Entries in one archive (a folder of letters has dozens). */
  entries: 10_000,
  /** One entry, inflated: the same cap as a letter file on disk. */
  entryBytes: 50 * 1024 * 1024,
  /** All the entries read from one archive, inflated. */
  totalBytes: 200 * 1024 * 1024,
};

const MB = 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * An entry name as the archiver wrote it. fflate decodes names not flagged UTF-8 as Latin-1;
 * Chinese Windows archivers write them in GBK without the flag.
 */
function entryName(name: string): string {
  if (!/[\x80-\xff]/.test(name) || /[^\x00-\xff]/.test(name)) return name;
  const bytes = Buffer.from(name, 'latin1');
  try {
    return utf8.decode(bytes);
  } catch {
    return iconv.decode(bytes, 'gb18030');
  }
}

export type ZipEntry = { name: string; bytes: Uint8Array };

/** Bytes that are not a readable zip archive (truncated, damaged); `message` is the detail. */
export class CorruptZip extends FormatError {
  override name = 'CorruptZip';
}

/**
 * The entries whose (decoded) names `wanted` accepts, inflated, in archive order.
 * @throws CorruptZip for a damaged archive, FormatError for one over the caps.
 */
export function zipEntries(bytes: Uint8Array, wanted: (name: string) => boolean): ZipEntry[] {
  let entries = 0;
  let total = 0;
  const names = new Map<string, string>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        if (++entries > ZIP_LIMITS.entries) throw new FormatError(`zip archive with more than ${ZIP_LIMITS.entries} entries (zip bomb?)`);
        const name = entryName(file.name);
        if (name.endsWith('/') || !wanted(name)) return false;
        if (file.originalSize > ZIP_LIMITS.entryBytes) {
          throw new FormatError(`zip entry ${name} inflates to ${Math.ceil((file.originalSize / MB) * 10) / 10} MB (> ${ZIP_LIMITS.entryBytes / MB} MB; zip bomb?)`);
        }
        total += file.originalSize;
        if (total > ZIP_LIMITS.totalBytes) throw new FormatError(`zip archive inflates to more than ${ZIP_LIMITS.totalBytes / MB} MB (zip bomb?)`);
        names.set(file.name, name);
        return true;
      },
    });
  } catch (err) {
    if (err instanceof FormatError) throw err;
    throw new CorruptZip((err as Error).message);
  }
  return Object.entries(files).map(([raw, data]) => ({ name: names.get(raw) ?? raw, bytes: data }));
}
