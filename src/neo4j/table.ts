// A plain-text table for query answers, aligned for terminals where Chinese
// characters take two columns.
import type { QueryAnswer } from './query.js';

/** Columns a character takes in a terminal: 2 for East Asian wide and full-width forms. */
function charWidth(cp: number): number {
  if (cp < 0x1100) return 1;
  const wide =
    cp <= 0x115f ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd);
  return wide ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0) as number);
  return width;
}

/** Cuts text to at most `max` columns, marking the cut with '…'. */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0) as number);
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return out + '…';
}

/** A cell's text: lists joined by ' | ', nodes by their name, maps as k=v. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join(' | ');
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v._labels)) return `(${(v._labels as string[]).join(':')} ${cellText(v.name ?? v.title ?? v.key ?? v.id)})`;
    if (typeof v._type === 'string') return `[${v._type}]`;
    return Object.entries(v)
      .map(([k, x]) => `${k}=${cellText(x)}`)
      .join(', ');
  }
  return String(value).replace(/\s+/g, ' ');
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Columns of at most `maxCell` terminal columns; the full values are in --format json. */
export function formatTable(answer: QueryAnswer, maxCell = 60): string {
  const header = answer.columns;
  const body = answer.rows.map((row) => header.map((c) => truncate(cellText(row[c]), maxCell)));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...body.map((r) => displayWidth(r[i] as string))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i] as number)).join('  ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  const count = `(${answer.rows.length} row${answer.rows.length === 1 ? '' : 's'})`;
  return [line(header), rule, ...body.map(line), count].join('\n') + '\n';
}
