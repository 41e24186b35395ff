import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { describeFsError, IngestError } from './errors.js';
import { isWordFile, readLetterBytes } from './formats.js';
import { containerOf } from './sniff.js';
import type { SourceDoc } from './types.js';
import { isLetterFileName } from './walk.js';
import { CorruptZip, zipEntries } from './zip.js';

const MB = 1024 * 1024;
export const MAX_FILE_MB = 50;

function readFileBytes(path: string): Uint8Array {
  const fail = (reason: string) => new IngestError(path, reason);
  let fd: number;
  try {
    // Synchronous calls: a letter is a few KB, and each promise-based call costs a thread-pool
    // round trip, several times the CPU of the read itself. Opened without blocking, as opening a
    // FIFO would block until something writes to it; then one fstat checks what was opened, where
    // a stat by path and readFileSync's own fstat took two.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw fail(describeFsError(err));
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw fail('is a directory');
    if (!st.isFile()) throw fail('not a regular file');
    if (st.size > MAX_FILE_MB * MB) {
      throw fail(`file too large (${Math.ceil((st.size / MB) * 10) / 10} MB > ${MAX_FILE_MB} MB)`);
    }
    return readAll(fd, st.size);
  } catch (err) {
    throw err instanceof IngestError ? err : fail(describeFsError(err));
  } finally {
    closeSync(fd);
  }
}

/** The whole file behind `fd`, which fstat says holds `size` bytes (a file that reports 0, as /proc's do, is read to its end). */
function readAll(fd: number, size: number): Uint8Array {
  if (size === 0) return readFileSync(fd);
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const n = readSync(fd, bytes, filled, size - filled, null);
    if (n === 0) break;
    filled += n;
  }
  return filled < size ? bytes.subarray(0, filled) : bytes;
}

/**
 * Read one letter file into a SourceDoc.
 * @throws IngestError naming the file and the reason: missing, unreadable, not a regular file,
 *   too large, empty, binary, undecodable, damaged, password-protected, too many pages, no text
 *   (also after OCR), OCR tools missing, or a zip archive (read those with readInputs).
 */
export async function readLetterFile(path: string): Promise<SourceDoc> {
  return readLetterBytes(path, readFileBytes(path));
}

/**
 * The letters of one input file: the file itself, or for a zip archive every letter file in
 * it (nested folders included, sources `archive.zip/inner/path`), each a SourceDoc or the
 * IngestError that stopped it.
 */
export async function* readInputs(path: string): AsyncGenerator<SourceDoc | IngestError> {
  let bytes: Uint8Array;
  try {
    bytes = readFileBytes(path);
  } catch (err) {
    yield err as IngestError;
    return;
  }
  if (containerOf(path, bytes) !== 'zip' || isWordFile(path, bytes)) {
    yield await readLetterBytes(path, bytes).catch((err: unknown) => toIngestError(path, err));
    return;
  }
  let entries;
  try {
    entries = zipEntries(bytes, isLetterFileName);
  } catch (err) {
    yield new IngestError(path, err instanceof CorruptZip ? `corrupt zip archive (${err.message})` : (err as Error).message);
    return;
  }
  for (const entry of entries) {
    const source = `${path}/${entry.name}`;
    yield await readLetterBytes(source, entry.bytes).catch((err: unknown) => toIngestError(source, err));
  }
}

function toIngestError(source: string, err: unknown): IngestError {
  if (err instanceof IngestError) return err;
  return new IngestError(source, err instanceof Error ? err.message : String(err));
}
