// Word 97–2003 (.doc) through word-extractor, which reads the OLE2 piece table and its text
// encodings. Headers and footers stand apart from the body, as for .docx.
import WordExtractor from 'word-extractor';
import { FormatError } from './errors.js';

const extractor = new WordExtractor();
// word-extractor ends every table cell with a tab, so a row is a line ending in one.
const TABLE_ROW = /\t$/;

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => (TABLE_ROW.test(line) ? line.slice(0, -1).split('\t').map((c) => c.trim()).join(' | ') : line.trimEnd()))
    .join('\n')
    .replace(/^\s*\n|\s+$/g, '');
}

/** A .doc file's text. @throws FormatError for a damaged file. */
export async function readDoc(bytes: Uint8Array): Promise<{ text: string }> {
  let doc: Awaited<ReturnType<WordExtractor['extract']>>;
  try {
    doc = await extractor.extract(Buffer.from(bytes));
  } catch (err) {
    throw new FormatError(`corrupt Word document (${(err as Error).message})`);
  }
  // filterUnicode off: by default word-extractor turns curly quotes and dashes into ASCII.
  const as = { filterUnicode: false };
  const parts = [tidy(doc.getHeaders({ ...as, includeFooters: false })), tidy(doc.getBody(as)), tidy(doc.getFooters(as))];
  return { text: parts.filter((p) => p !== '').join('\n\n') };
}
