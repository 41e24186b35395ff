// What a file holds, from its first bytes: portals name attachments loosely (a .doc that is an
// HTML page, a .pdf that is a zip), so the content decides, except for files named as text,
// which stay text (and are refused as binary when they are not).

export type Container = 'text' | 'pdf' | 'zip' | 'ole2' | 'image' | 'rtf';

const TEXT_NAME = /\.(?:txt|html?)$/i;
// The PDF header may follow up to 1 KiB of junk (ISO 32000-1, annex H).
const PDF_HEADER_WITHIN = 1024;

const SIGNATURES: [Container, number[]][] = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip', [0x50, 0x4b, 0x05, 0x06]], // empty archive
  ['ole2', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['image', [0x89, 0x50, 0x4e, 0x47]], // PNG
  ['image', [0xff, 0xd8, 0xff]], // JPEG
  ['image', [0x49, 0x49, 0x2a, 0x00]], // TIFF, little-endian
  ['image', [0x4d, 0x4d, 0x00, 0x2a]], // TIFF, big-endian
  ['image', [0x42, 0x4d]], // BMP
  ['image', [0x47, 0x49, 0x46, 0x38]], // GIF
  ['rtf', [0x7b, 0x5c, 0x72, 0x74, 0x66]], // {\rtf
];

export function containerOf(path: string, bytes: Uint8Array): Container {
  if (TEXT_NAME.test(path)) return 'text';
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PDF_HEADER_WITHIN)).indexOf('%PDF-');
  if (pdf !== -1) return 'pdf';
  for (const [container, magic] of SIGNATURES) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return container;
  }
  return 'text';
}
