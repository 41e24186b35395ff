// Word 2007+ (.docx): read straight from the WordprocessingML parts. Paragraphs become lines,
// table rows `|`-separated lines as in the portals' text, and the page headers and footers stand
// apart, before and after the body, once each.
import { Parser } from 'htmlparser2';
import { FormatError } from './errors.js';
import { CorruptZip, zipEntries } from './zip.js';

const CELL_SEPARATOR = ' | ';
const PARTS = /^(?:word\/(?:document|header\d*|footer\d*)\.xml|docProps\/app\.xml)$/;

type Table = { rows: string[][]; row: string[] | null; cell: string[] | null };

/** The lines of one WordprocessingML part (document, header or footer). */
export function partLines(xml: string): string[] {
  const lines: string[] = [];
  const paragraphs: string[] = []; // open paragraphs; text boxes nest them
  const tables: Table[] = [];
  let inText = false;
  let skip = 0; // inside alternate content's fallback copy or deleted text

  const emit = (line: string) => {
    const table = tables[tables.length - 1];
    if (table?.cell) table.cell.push(line);
    else lines.push(line);
  };
  const append = (s: string) => {
    if (paragraphs.length > 0 && skip === 0) paragraphs[paragraphs.length - 1] += s;
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'mc:Fallback' || name === 'w:del') skip++;
        else if (name === 'w:p') paragraphs.push('');
        else if (name === 'w:t') inText = true;
        else if (name === 'w:tab') append('\t');
        else if (name === 'w:br' || name === 'w:cr') append('\n');
        else if (name === 'w:noBreakHyphen') append('-');
        else if (name === 'w:tbl') tables.push({ rows: [], row: null, cell: null });
        else if (name === 'w:tr' && tables.length > 0) tables[tables.length - 1]!.row = [];
        else if (name === 'w:tc' && tables.length > 0) tables[tables.length - 1]!.cell = [];
      },
      ontext(text) {
        if (inText) append(text);
      },
      onclosetag(name) {
        const table = tables[tables.length - 1];
        if (name === 'mc:Fallback' || name === 'w:del') skip--;
        else if (name === 'w:t') inText = false;
        else if (name === 'w:p') emit(paragraphs.pop() ?? '');
        else if (name === 'w:tc' && table?.row && table.cell) {
          table.row.push(table.cell.map((l) => l.trim()).filter(Boolean).join(' '));
          table.cell = null;
        } else if (name === 'w:tr' && table?.row) {
          table.rows.push(table.row);
          table.row = null;
        } else if (name === 'w:tbl') {
          tables.pop();
          for (const row of table?.rows ?? []) emit(row.join(CELL_SEPARATOR));
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return lines.flatMap((l) => l.split('\n'));
}

/** Lines as text, without leading blank lines or trailing white space. */
const joinLines = (lines: string[]) => lines.join('\n').replace(/^\s*\n/, '').trimEnd();

/**
 * A .docx file's text and stated page count (docProps/app.xml; null when absent).
 * @throws FormatError for a damaged file or a zip that is not a Word document.
 */
export function readDocx(bytes: Uint8Array): { text: string; pages: number | null } {
  let entries;
  try {
    entries = zipEntries(bytes, (name) => PARTS.test(name));
  } catch (err) {
    throw err instanceof CorruptZip ? new FormatError(`corrupt Word document (${err.message})`) : err;
  }
  const parts = new Map(entries.map((e) => [e.name, Buffer.from(e.bytes).toString('utf8')] as const));
  const document = parts.get('word/document.xml');
  if (document === undefined) throw new FormatError('not a Word document (a zip without word/document.xml)');
  const named = (kind: string) =>
    [...parts.keys()]
      .filter((n) => n.startsWith(`word/${kind}`))
      .sort()
      .map((n) => joinLines(partLines(parts.get(n)!)))
      .filter((t, i, all) => t !== '' && all.indexOf(t) === i);
  const body = joinLines(partLines(document));
  const text = [...named('header'), body, ...named('footer')].join('\n\n');
  const pages = Number(/<Pages>(\d+)<\/Pages>/.exec(parts.get('docProps/app.xml') ?? '')?.[1]);
  return { text, pages: pages > 0 ? pages : null };
}
