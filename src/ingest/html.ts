import { Parser } from 'htmlparser2';

/** Elements whose content is never part of the page's text: code, chrome, controls, embeds. */
const DROPPED = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object',
  'embed', 'canvas', 'audio', 'video', 'nav', 'header', 'footer', 'button', 'select', 'input',
  'textarea',
]);

/** Elements that start and end a line (HTML's block-level and table-structure elements). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'form', 'hgroup', 'hr',
  'html', 'legend', 'li', 'main', 'menu', 'ol', 'pre', 'section', 'summary', 'table', 'tbody',
  'tfoot', 'thead', 'tr', 'ul',
]);

/** Blocks set off by a blank line, as browsers' margins show them. */
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const CELL_SEPARATOR = ' | ';

// HTML's own whitespace, plus the no-break space (&nbsp;), which portals use for layout.
const HTML_SPACE_RUN = /[ \t\n\f\r\u00a0]+/g;
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

function isHidden(attribs: Record<string, string>): boolean {
  return (
    'hidden' in attribs ||
    attribs['aria-hidden']?.trim().toLowerCase() === 'true' ||
    HIDING_STYLE.test(attribs['style'] ?? '')
  );
}

type Open = { name: string; dropped: boolean; cells: number };

function innermostRow(open: Open[]): Open | undefined {
  for (let i = open.length - 1; i >= 0; i--) if (open[i]!.name === 'tr') return open[i];
  return undefined;
}

/**
 * The visible text of an HTML page, laid out like the portals' text exports: one line per
 * block, a blank line around paragraphs and headings, table cells joined by " | ", entities
 * decoded, runs of spaces collapsed, lines trimmed, at most one blank line in a row. Scripts,
 * styles, <head>, navigation, header/footer elements, form controls and hidden elements
 * (`hidden`, `aria-hidden="true"`, inline `display:none` / `visibility:hidden`) are left out.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const open: Open[] = [];
  let dropDepth = 0;
  let preDepth = 0;
  let breaks = 0; // line breaks owed before the next text; the larger request wins

  const requireBreaks = (n: number) => {
    if (out.length > 0) breaks = Math.max(breaks, n);
  };
  const write = (s: string) => {
    if (breaks > 0) out.push('\n'.repeat(breaks));
    breaks = 0;
    out.push(s);
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const dropped = DROPPED.has(name) || isHidden(attribs);
        open.push({ name, dropped, cells: 0 });
        if (dropped) dropDepth++;
        if (dropDepth > 0) return;
        if (name === 'pre') preDepth++;
        if (name === 'br') {
          if (out.length > 0) write('\n');
        } else if (name === 'td' || name === 'th') {
          // Count the cell in its row; from the second on, separate it unless the previous
          // cell already ended on a line break (cells holding whole blocks of text).
          const row = innermostRow(open);
          if (row !== undefined && row.cells++ > 0 && breaks === 0) out.push(CELL_SEPARATOR);
        } else if (PARAGRAPHS.has(name)) {
          requireBreaks(2);
        } else if (BLOCKS.has(name)) {
          requireBreaks(1);
        }
      },
      onclosetag(name) {
        const el = open.pop();
        if (el?.dropped) {
          dropDepth--;
          return;
        }
        if (dropDepth > 0) return;
        if (name === 'pre') preDepth--;
        if (PARAGRAPHS.has(name)) requireBreaks(2);
        else if (BLOCKS.has(name)) requireBreaks(1);
      },
      ontext(data) {
        if (dropDepth > 0) return;
        if (preDepth > 0) {
          write(data.replace(/\u00a0/g, ' '));
          return;
        }
        const text = data.replace(HTML_SPACE_RUN, ' ');
        if (text !== ' ') write(text);
        else if (breaks === 0 && out.length > 0) out.push(' ');
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();

  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}
