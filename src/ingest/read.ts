import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { declaredCharset } from './charset.js';
import { DecodeError, decodeBytes } from './decode.js';
import { describeFsError, IngestError } from './errors.js';
import { htmlToText } from './html.js';
import type { SourceDoc } from './types.js';

const MB = 1024 * 1024;
export const MAX_FILE_MB = 50;

const HTML_EXTENSIONS = new Set(['.html', '.htm']);
// For files given explicitly under another name (.shtml, .aspx, saved pages): does it open like HTML?
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;

function formatOf(path: string, bytes: Uint8Array): SourceDoc['format'] {
  const ext = extname(path).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  if (ext === '.txt') return 'txt';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return HTML_START.test(head.replace(/^\xef\xbb\xbf/, '')) ? 'html' : 'txt';
}

/**
 * Read one letter file (plain text or an HTML page) into a SourceDoc.
 * @throws IngestError naming the file and the reason: missing, unreadable, not a regular file,
 *   too large, empty, binary, undecodable, or an HTML page without visible text.
 */
export async function readLetterFile(path: string): Promise<SourceDoc> {
  const fail = (reason: string) => new IngestError(path, reason);
  let bytes: Uint8Array;
  try {
    // Synchronous calls: a letter is a few KB, and each promise-based call costs a thread-pool
    // round trip, several times the CPU of the read itself.
    // stat first: opening a FIFO would block until something writes to it.
    const st = statSync(path);
    if (st.isDirectory()) throw fail('is a directory');
    if (!st.isFile()) throw fail('not a regular file');
    if (st.size > MAX_FILE_MB * MB) {
      throw fail(`file too large (${Math.ceil((st.size / MB) * 10) / 10} MB > ${MAX_FILE_MB} MB)`);
    }
    bytes = readFileSync(path);
  } catch (err) {
    throw err instanceof IngestError ? err : fail(describeFsError(err));
  }
  if (bytes.length === 0) throw fail('empty file');

  const format = formatOf(path, bytes);
  let decoded: ReturnType<typeof decodeBytes>;
  try {
    decoded = decodeBytes(bytes, format === 'html' ? declaredCharset(bytes) : undefined);
  } catch (err) {
    throw err instanceof DecodeError ? fail(err.message) : err;
  }
  if (decoded.text.trim() === '') throw fail('empty file (only whitespace)');

  const text = format === 'html' ? htmlToText(decoded.text) : decoded.text;
  if (text === '') throw fail('no visible text in the HTML page');
  return { source: path, text, encoding: decoded.encoding, format };
}
