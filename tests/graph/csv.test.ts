import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/export/csv.js';

describe('CSV', () => {
  it('starts with a BOM, quotes what needs quoting and ends rows with CRLF', () => {
    const csv = toCsv(['名称', 'n'], [['种子基金', 3], ['a,"b"', null], ['两行\n文本', 1.5]]);
    expect(csv).toBe('\ufeff名称,n\r\n种子基金,3\r\n"a,""b""",\r\n"两行\n文本",1.5\r\n');
  });

  it('makes hostile text inert against spreadsheet formulas', () => {
    expect(csvCell('=cmd|\' /C calc\'!A0')).toBe(`"'=cmd|' /C calc'!A0"`);
    expect(csvCell('+1+1')).toBe(`"'+1+1"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\t=1')).toBe(`"'\t=1"`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    // Numbers are data, not formulas; text merely containing = is left alone.
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('a=b')).toBe('a=b');
  });
});
