// Telling text from binary before decoding: a GB18030 fallback decodes almost any byte
// sequence, so without this check an image would come out as a page of CJK noise.

/** Leading bytes of the binary formats people are likely to drop into a letters folder. */
const MAGIC_NUMBERS: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // ZIP (also docx, xlsx, odt)
  [0x50, 0x4b, 0x05, 0x06], // empty ZIP
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE2 (doc, xls, wps)
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], // Rar!
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x52, 0x49, 0x46, 0x46], // RIFF (webp, wav, avi)
];

/** Bytes looked at for the control-character ratio. */
const SAMPLE_BYTES = 64 * 1024;
/** Text in UTF-8 or GB18030 has (almost) no C0 controls besides whitespace; binaries have many. */
const MAX_CONTROL_RATIO = 0.02;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Whether a C0 byte is unexpected in text (tab, LF, VT, FF, CR and the DOS end-of-file ^Z are not). */
function isStrayControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1a;
}

/**
 * Whether bytes (without a UTF-16 BOM) are not text: a known binary signature, a NUL byte
 * anywhere, or too many control bytes in the first 64 KiB.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (MAGIC_NUMBERS.some((m) => startsWith(bytes, m))) return true;
  if (bytes.indexOf(0) !== -1) return true;
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  return n > 0 && strayControls(bytes, n) / n > MAX_CONTROL_RATIO;
}

// The loop has a function of its own: compiled on the fly inside looksBinary, it reached the
// ratio test without type feedback and was thrown away and recompiled for nearly every file.
function strayControls(bytes: Uint8Array, n: number): number {
  let controls = 0;
  for (let i = 0; i < n; i++) if (isStrayControl(bytes[i]!)) controls++;
  return controls;
}
