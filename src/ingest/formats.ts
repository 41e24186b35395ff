// One letter's bytes to text, by what they hold: text (UTF-8/GBK/UTF-16), HTML, .docx, .doc,
// PDF (text layer, else OCR) or an image (OCR).
import { extname } from 'node:path';
import { declaredCharset } from './charset.js';
import { DecodeError, decodeBytes } from './decode.js';
import { readDoc } from './doc.js';
import { readDocx } from './docx.js';
import { FormatError, IngestError } from './errors.js';
import { htmlToText } from './html.js';
import { pagesToText } from './layout.js';
import { ocrImage, ocrPdf, type OcrPages } from './ocr.js';
import { needsOcr, openPdf, pdfTextLines } from './pdf.js';
import { containerOf } from './sniff.js';
import type { SourceDoc } from './types.js';
import { zipEntries } from './zip.js';

const HTML_EXTENSIONS = new Set(['.html', '.htm']);
// For files given explicitly under another name (.shtml, .aspx, saved pages, a .doc that is
// a web page): does it open like HTML?
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;
// Less than this many characters is no letter, whatever OCR's confidence.
const MIN_OCR_CHARS = 20;
// Below this mean word confidence (0–100) Tesseract was reading shapes, not characters.
const MIN_OCR_CONFIDENCE = 40;
const WORD_DOCUMENT = 'word/document.xml';
const WORD_NAME = /\.doc[xm]$/i;

function isHtml(path: string, bytes: Uint8Array): boolean {
  if (HTML_EXTENSIONS.has(extname(path).toLowerCase())) return true;
  if (extname(path).toLowerCase() === '.txt') return false;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return HTML_START.test(head.replace(/^\xef\xbb\xbf/, ''));
}

type Read = Pick<SourceDoc, 'text' | 'encoding' | 'ingest'>;

function readText(path: string, bytes: Uint8Array): Read {
  const html = isHtml(path, bytes);
  let decoded: ReturnType<typeof decodeBytes>;
  try {
    decoded = decodeBytes(bytes, html ? declaredCharset(bytes) : undefined);
  } catch (err) {
    throw err instanceof DecodeError ? new FormatError(err.message) : err;
  }
  if (decoded.text.trim() === '') throw new FormatError('empty file (only whitespace)');
  const text = html ? htmlToText(decoded.text) : decoded.text;
  if (text === '') throw new FormatError('no visible text in the HTML page');
  return { text, encoding: decoded.encoding, ingest: { format: html ? 'html' : 'txt', pages: null, ocr: null } };
}

/** OCR'd pages as a letter's text; too little or too unsure text is no letter. */
function ocrText(ocr: OcrPages, what: string): Pick<Read, 'text'> & { ocr: NonNullable<SourceDoc['ingest']['ocr']> } {
  const text = pagesToText(ocr.pages);
  const chars = text.replace(/\s+/g, '').length;
  if (chars < MIN_OCR_CHARS) throw new FormatError(`${what}: no text found by OCR`);
  if (ocr.meanConfidence < MIN_OCR_CONFIDENCE) {
    throw new FormatError(`${what}: no legible text (OCR mean confidence ${ocr.meanConfidence}) — not a scanned letter?`);
  }
  return { text, ocr: { engine: ocr.engine, meanConfidence: ocr.meanConfidence } };
}

async function readPdf(bytes: Uint8Array): Promise<Read> {
  const doc = await openPdf(bytes);
  const pages = doc.numPages;
  try {
    const lines = await pdfTextLines(doc);
    if (!needsOcr(lines)) return { text: pagesToText(lines), encoding: 'none', ingest: { format: 'pdf', pages, ocr: null } };
  } finally {
    await doc.destroy();
  }
  const { text, ocr } = ocrText(await ocrPdf(bytes, pages), `blank PDF (${pages} page${pages === 1 ? '' : 's'} without a text layer)`);
  return { text, encoding: 'none', ingest: { format: 'pdf', pages, ocr } };
}

async function readImage(bytes: Uint8Array): Promise<Read> {
  const scan = await ocrImage(bytes);
  const { text, ocr } = ocrText(scan, 'image');
  return { text, encoding: 'none', ingest: { format: 'image', pages: scan.pages.length, ocr } };
}

function readWordX(bytes: Uint8Array): Read {
  const { text, pages } = readDocx(bytes);
  return { text, encoding: 'none', ingest: { format: 'docx', pages, ocr: null } };
}

async function readWord97(bytes: Uint8Array): Promise<Read> {
  const { text } = await readDoc(bytes);
  return { text, encoding: 'none', ingest: { format: 'doc', pages: null, ocr: null } };
}

async function readFormat(path: string, bytes: Uint8Array): Promise<Read> {
  switch (containerOf(path, bytes)) {
    case 'text':
      return readText(path, bytes);
    case 'pdf':
      return readPdf(bytes);
    case 'zip':
      if (!isWordFile(path, bytes)) throw new FormatError('zip archive inside an archive (not opened: unpack it first)');
      return readWordX(bytes);
    case 'ole2':
      return readWord97(bytes);
    case 'image':
      return readImage(bytes);
    case 'rtf':
      throw new FormatError('RTF document (not supported: save it as .docx or PDF)');
  }
}

/** A zip container that is a Word document: named so (read, and refused if damaged), or holding one. */
export function isWordFile(path: string, bytes: Uint8Array): boolean {
  if (WORD_NAME.test(path)) return true;
  try {
    return zipEntries(bytes, (name) => name === WORD_DOCUMENT).length > 0;
  } catch {
    return false;
  }
}

/**
 * One letter from its bytes: text (UTF-8/GBK/UTF-16), HTML, .docx, .doc, PDF (text layer,
 * else OCR) or an image (OCR), told apart by content.
 * @throws IngestError naming the source and the reason.
 */
export async function readLetterBytes(source: string, bytes: Uint8Array): Promise<SourceDoc> {
  if (bytes.length === 0) throw new IngestError(source, 'empty file');
  try {
    const read = await readFormat(source, bytes);
    if (read.text.trim() === '') throw new FormatError(`no text in the ${read.ingest.format} file`);
    return { source, ...read };
  } catch (err) {
    throw err instanceof FormatError ? new IngestError(source, err.message) : err;
  }
}
