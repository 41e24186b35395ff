import { isUtf8, transcode } from 'node:buffer';
import iconv from 'iconv-lite';
import { looksBinary } from './binary.js';
import type { TextEncoding } from './types.js';

/** Bytes that are not text in a supported encoding; `message` is the reason line. */
export class DecodeError extends Error {
  override name = 'DecodeError';
}

export const BINARY_REASON = 'binary file (not text)';

/**
 * Share of U+FFFD replacements tolerated in a GB18030 decode. Portal saves sometimes carry a
 * truncated character or two; beyond this the bytes are not GB18030 at all.
 */
const MAX_REPLACEMENT_RATIO = 0.01;

/** Charset labels (WHATWG) that all mean GBK or its superset GB18030. */
const GB_LABELS = new Set([
  'gb18030', 'gbk', 'gb2312', 'gb_2312', 'gb_2312-80', 'x-gbk', 'chinese', 'csgb2312',
  'csiso58gb231280', 'iso-ir-58', 'cp936', 'windows-936', 'ms936',
]);
/** Labels of encodings we detect from the bytes anyway: a page declaring them gets the fallback. */
const UNICODE_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'utf-16', 'utf-16le', 'utf-16be']);

const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/** \r\n and lone \r become \n; nothing else in the text changes. */
export function normaliseLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function tryDecode(decoder: TextDecoder, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Strictly valid UTF-8 as text (a BOM kept as U+FEFF), else null. Checked with simdutf and
 * converted by ICU: a fatal TextDecoder checks the same but builds the string with V8's scalar
 * UTF-8 decoder, several times slower on Chinese text.
 */
function decodeUtf8(bytes: Uint8Array): string | null {
  return isUtf8(bytes) ? transcode(bytes, 'utf8', 'utf16le').toString('utf16le') : null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  const body = bytes.subarray(2);
  const text = body.length % 2 === 0 ? tryDecode(encoding === 'utf-16le' ? utf16le : utf16be, body) : null;
  if (text === null) throw new DecodeError(`undecodable text (byte order mark says ${encoding.toUpperCase()}, but the bytes are not)`);
  return text;
}

function decodeGb18030(bytes: Uint8Array): string {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  if (replaced > text.length * MAX_REPLACEMENT_RATIO) {
    throw new DecodeError(`undecodable text (not UTF-8, UTF-16 or GB18030: ${replaced} invalid byte sequences)`);
  }
  // GB18030 has its own four-byte BOM, which decodes to U+FEFF.
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function startsWith(bytes: Uint8Array, ...lead: number[]): boolean {
  return lead.every((b, i) => bytes[i] === b);
}

/**
 * Decode a letter file's bytes: a BOM (UTF-8, UTF-16 LE/BE) decides; otherwise strictly valid
 * UTF-8; otherwise GB18030 (a superset of GBK and GB2312). Line endings become \n and the BOM is
 * dropped; nothing else changes, so offsets into the result are offsets into what users see.
 *
 * `declaredCharset` is a charset label the file states about itself (an HTML <meta>); it only
 * matters when the bytes are not UTF-8: a GB label confirms the fallback, a label of another
 * encoding (Big5, Latin-1, …) is refused rather than decoded into plausible-looking garbage.
 *
 * @throws DecodeError for binary data, undecodable bytes or an unsupported declared charset.
 */
export function decodeBytes(
  bytes: Uint8Array,
  declaredCharset?: string,
): { text: string; encoding: TextEncoding } {
  if (startsWith(bytes, 0xff, 0xfe)) return { text: normaliseLineEndings(decodeUtf16(bytes, 'utf-16le')), encoding: 'utf-16le' };
  if (startsWith(bytes, 0xfe, 0xff)) return { text: normaliseLineEndings(decodeUtf16(bytes, 'utf-16be')), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw new DecodeError(BINARY_REASON);
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    const text = decodeUtf8(bytes.subarray(3));
    if (text === null) throw new DecodeError('undecodable text (byte order mark says UTF-8, but the bytes are not)');
    return { text: normaliseLineEndings(text), encoding: 'utf-8-bom' };
  }
  const text = decodeUtf8(bytes);
  if (text !== null) return { text: normaliseLineEndings(text), encoding: 'utf-8' };
  const label = declaredCharset?.trim().toLowerCase();
  if (label !== undefined && label !== '' && !GB_LABELS.has(label) && !UNICODE_LABELS.has(label)) {
    throw new DecodeError(`unsupported charset "${label}" (supported: UTF-8, UTF-16, GBK/GB18030)`);
  }
  return { text: normaliseLineEndings(decodeGb18030(bytes)), encoding: 'gb18030' };
}
