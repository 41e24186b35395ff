// The text layer of a PDF, page by page, as laid-out lines. Scans have none (or one a scanner
// made of garbage): callers send those to OCR.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { FormatError } from './errors.js';
import type { LayoutLine } from './layout.js';
import { dropHanDigitSpaces } from './spacing.js';

/** A reply letter runs to a few pages; a PDF far longer is a report or a bundle, not a letter. */
export const MAX_PDF_PAGES = 100;

// Character maps for CJK fonts without their own Unicode table, shipped with pdfjs-dist.
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const CMAP_URL = join(PDFJS_DIR, 'cmaps') + '/';
const STANDARD_FONTS_URL = join(PDFJS_DIR, 'standard_fonts') + '/';

// Items on one baseline within this share of the font size belong to one line.
const SAME_LINE = 0.5;
// A gap between two items wider than this share of the font size is a space the writer did not encode.
const WORD_GAP = 0.25;

/** Opens a PDF; wrong passwords, damage and the page cap become one-line reasons. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // pdfjs takes ~150 ms to load: only a run that meets a PDF pays it (each pool worker would otherwise).
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc: PDFDocumentProxy;
  try {
    // pdfjs takes ownership of the buffer it is given, hence the copy.
    doc = await getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: CMAP_URL,
      cMapPacked: true,
      standardFontDataUrl: STANDARD_FONTS_URL,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    const name = (err as Error | null)?.name;
    if (name === 'PasswordException') throw new FormatError('password-protected PDF (it cannot be opened without its password)');
    throw new FormatError(`corrupt PDF (${(err as Error).message})`);
  }
  if (doc.numPages > MAX_PDF_PAGES) {
    await doc.destroy();
    throw new FormatError(`too many pages for a letter (${doc.numPages} > ${MAX_PDF_PAGES}); split the PDF`);
  }
  return doc;
}

type Placed = { str: string; left: number; right: number; y: number; size: number };

function place(item: TextItem, pageHeight: number): Placed {
  const [a, b, c, d, x, y] = item.transform as number[];
  const size = Math.hypot(c!, d!) || Math.hypot(a!, b!);
  return { str: item.str, left: x!, right: x! + item.width, y: pageHeight - y!, size };
}

function lineOf(items: Placed[]): LayoutLine {
  items.sort((p, q) => p.left - q.left);
  let text = '';
  items.forEach((item, i) => {
    const prev = items[i - 1];
    if (prev && item.left - prev.right > WORD_GAP * item.size && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
  });
  return {
    text: dropHanDigitSpaces(text).trimEnd(),
    left: items.find((p) => p.str.trim() !== '')?.left ?? items[0]!.left,
    right: Math.max(...items.map((p) => p.right)),
    y: items[0]!.y,
    size: Math.max(...items.map((p) => p.size)),
  };
}

/** A page's text items grouped into lines (top to bottom, each left to right). */
function pageLines(items: Placed[]): LayoutLine[] {
  const sorted = [...items].sort((p, q) => p.y - q.y || p.left - q.left);
  const lines: Placed[][] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(item.y - line[0]!.y) <= SAME_LINE * Math.max(item.size, line[0]!.size)) line.push(item);
    else lines.push([item]);
  }
  return lines.map(lineOf).filter((l) => l.text.trim() !== '');
}

/** The text layer of every page as lines. */
export async function pdfTextLines(doc: PDFDocumentProxy): Promise<LayoutLine[][]> {
  const pages: LayoutLine[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const height = page.view[3]! - page.view[1]!;
    const content = await page.getTextContent();
    const items = content.items.filter((i): i is TextItem => 'str' in i && i.str !== '');
    pages.push(pageLines(items.map((i) => place(i, height))));
    page.cleanup();
  }
  return pages;
}

// Characters a letter's text layer is made of: Han, CJK and full-width punctuation, ASCII,
// general punctuation. A layer from fonts without a Unicode table comes out as Latin-1
// accents, private-use or control characters instead.
const PLAUSIBLE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2000-\u206f\u0020-\u007e·×°]/u;
/** Fewer characters than this per page: no text layer to speak of (a scanner's stray marks). */
const MIN_CHARS_PER_PAGE = 20;
const MIN_PLAUSIBLE_SHARE = 0.9;

/** Whether a text layer is empty or garbage, so the pages must be read by OCR instead. */
export function needsOcr(pages: LayoutLine[][]): boolean {
  const chars = [...pages.flat().map((l) => l.text.replace(/\s+/g, '')).join('')];
  if (chars.length < MIN_CHARS_PER_PAGE * pages.length) return true;
  return chars.filter((c) => PLAUSIBLE.test(c)).length / chars.length < MIN_PLAUSIBLE_SHARE;
}
