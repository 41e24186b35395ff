// Page lines (from a PDF's text layer or OCR boxes) back into the letter's text: one line per
// paragraph, as the portals' text has it. Wrapped lines are joined, blank lines come back from
// vertical gaps, and every page break is kept as a line holding only a form feed.

/**
 * One printed line: its text, left and right ends, vertical position (baseline or bottom edge,
 * growing downwards) and character size, in any unit as long as a page uses one.
 */
export type LayoutLine = { text: string; left: number; right: number; y: number; size: number };

export const PAGE_BREAK = '\f';

// A line was wrapped when the next line's first unbreakable piece (a character with its
// brackets and punctuation, or a number) would not have fitted after it, within this much (in
// characters): wrapped lines end unevenly (punctuation is compressed or hangs), so the margin
// is the median end of the long lines. Characters that typesetting rules pull along to the
// next line are part of its first piece.
const WRAP_SLACK_CHARS = 0.5;
// Lines ending within this many characters of the longest are the long lines.
const LONG_LINE_CHARS = 3;
// Lines shorter than this (in characters) were never wrapped: titles, salutations, signatures.
const MIN_WRAPPED_CHARS = 12;
// Latin letters and digits are narrower than Han; over-estimating them only errs towards joining.
const NARROW_WIDTH = 0.6;
const FIRST_PIECE = /^[(\[{（〔《【“‘「『]*(?:[A-Za-z0-9.,:%/+-]+|.)[)\]}）〕》】”’」』，。、；：！？,.;:!?]*/u;
// A paragraph's first line is indented (two characters in the genre); continuations are not.
const INDENT_CHARS = 0.6;
// A gap of this many usual line advances stands for a blank line (two blank lines at 2.6 …).
const BLANK_LINE_GAP = 1.6;
// A line ending a sentence (or a table row, as the portals' text writes them) ends its
// paragraph even when it reaches the margin: splitting a paragraph at a sentence end costs
// nothing, joining two paragraphs (a header row and the title) would.
const PARAGRAPH_END = /(?:[。！？!?][”’」』)）]*|\|)$/;
// Page numbers printed above or below the text: `- 2 -`, `— 2 —`, `第2页 共3页`, `2/3`.
const PAGE_NUMBER = /^(?:[-—–－\s]*\d+[-—–－\s]*|第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;
const LATIN_END = /[A-Za-z0-9,.]$/;
const LATIN_START = /^[A-Za-z]/;

type Margins = { left: number; right: number };

/** A page's margins; the right one is the document's (a page of short lines does not reach it). */
function marginsOf(lines: LayoutLine[], right: number): Margins {
  return { left: Math.min(...lines.map((l) => l.left)), right };
}

/** Where wrapped lines end: the median end of the lines that end near the longest one. */
function textRightMargin(lines: LayoutLine[]): number {
  const longest = Math.max(...lines.map((l) => l.right));
  return median(lines.filter((l) => l.right >= longest - LONG_LINE_CHARS * l.size).map((l) => l.right));
}

function withoutPageNumbers(lines: LayoutLine[]): LayoutLine[] {
  return lines.filter((l, i) => !((i === 0 || i === lines.length - 1) && PAGE_NUMBER.test(l.text.trim())));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The printed width of the piece a line starts with, which a line break cannot split. */
function firstPieceWidth(line: LayoutLine): number {
  const piece = FIRST_PIECE.exec(line.text.trimStart())?.[0] ?? '';
  return [...piece].reduce((w, c) => w + (c.charCodeAt(0) < 0x2000 ? NARROW_WIDTH : 1), 0) * line.size;
}

function continues(prev: LayoutLine, prevMargins: Margins, next: LayoutLine, nextMargins: Margins): boolean {
  const text = prev.text.trimEnd();
  return (
    prev.right - prevMargins.left >= MIN_WRAPPED_CHARS * prev.size &&
    prev.right + firstPieceWidth(next) > prevMargins.right - WRAP_SLACK_CHARS * prev.size &&
    !PARAGRAPH_END.test(text) &&
    next.left <= nextMargins.left + INDENT_CHARS * next.size
  );
}

function joinWrapped(head: string, tail: string): string {
  const a = head.trimEnd();
  const b = tail.trimStart();
  return LATIN_END.test(a) && LATIN_START.test(b) ? `${a} ${b}` : a + b;
}

/**
 * The text of laid-out pages: wrapped lines joined into their paragraph (also across a page
 * break: the break then follows the paragraph), a blank line where the vertical gap is
 * unusually wide, page numbers at the top or bottom of a page dropped, and `\f` on a line of
 * its own between pages.
 */
export function pagesToText(pages: LayoutLine[][]): string {
  const out: string[] = [];
  let paragraph: string | null = null;
  let prev: { line: LayoutLine; margins: Margins } | null = null;
  let breaksOwed = 0;
  const flush = () => {
    if (paragraph !== null) out.push(paragraph);
    for (; breaksOwed > 0; breaksOwed--) out.push(PAGE_BREAK);
    paragraph = null;
  };

  const kept = pages.map((page) => withoutPageNumbers(page.filter((l) => l.text.trim() !== '')));
  const right = textRightMargin(kept.flat());
  kept.forEach((lines, p) => {
    if (p > 0) breaksOwed++;
    if (lines.length === 0) return;
    const margins = marginsOf(lines, right);
    const advance = median(lines.slice(1).map((l, i) => l.y - lines[i]!.y));
    lines.forEach((line, i) => {
      const advances = i > 0 && advance > 0 ? (line.y - lines[i - 1]!.y) / advance : 1;
      const blanks = advances > BLANK_LINE_GAP ? Math.max(1, Math.round(advances) - 1) : 0;
      if (paragraph !== null && prev !== null && blanks === 0 && continues(prev.line, prev.margins, line, margins)) {
        paragraph = joinWrapped(paragraph, line.text);
      } else {
        flush();
        for (let b = 0; b < blanks; b++) out.push('');
        paragraph = line.text.trimEnd();
      }
      prev = { line, margins };
    });
  });
  flush();
  // Breaks owed after the last paragraph are trailing blank pages: the page count records them.
  while (out.length > 0 && out[out.length - 1] === PAGE_BREAK) out.pop();
  return out.join('\n');
}
