// Tables as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Chinese right), RFC 4180
// quoting, and text that a spreadsheet would run as a formula (= + - @, tab, CR first) made inert
// with a leading apostrophe. Numbers stay numbers.
export type Cell = string | number | null;

const BOM = '\ufeff';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== value ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
