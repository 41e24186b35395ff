import { describe, expect, it } from 'vitest';
import { pagesToText, type LayoutLine } from '../../src/ingest/layout.js';
import { dropHanDigitSpaces, tidyOcrLine } from '../../src/ingest/spacing.js';

// A page of 10-point lines, 20 characters wide (left 0, right 200), one line every 15 points.
const SIZE = 10;
function page(...rows: [text: string, indent?: number][]): LayoutLine[] {
  return rows.map(([text, indent = 0], i) => ({
    text,
    left: indent * SIZE,
    right: (indent + [...text].length) * SIZE,
    y: 15 * (i + 1),
    size: SIZE,
  }));
}
const full = (s: string) => s.padEnd(20, '字');

describe('pagesToText', () => {
  it('joins a line that reaches the margin with the next, and keeps short lines apart', () => {
    expect(pagesToText([page([full('关于')], ['的建议收悉。'], ['王普委员:'])])).toBe(`${full('关于')}的建议收悉。\n王普委员:`);
  });

  it('joins a line that ends short of the margin when the next line starts with a piece that did not fit', () => {
    const line = '市政府办公厅印发《若干措施》（成办发'; // 18 of 20 characters
    const other = full('另一段');
    expect(pagesToText([page([line], ['〔2023〕19号），从职务科技成果赋权。'], [other])])).toBe(`${line}〔2023〕19号），从职务科技成果赋权。\n${other}`);
    expect(pagesToText([page([line], ['提出18条措施。'], [other])])).toBe(`${line}\n提出18条措施。\n${other}`);
  });

  it('does not join a full line ending a sentence or a table row', () => {
    const ends = full('一是').slice(0, 19) + '。';
    expect(pagesToText([page([ends], ['二是加强合作。'])])).toBe(`${ends}\n二是加强合作。`);
    const row = full('主办单位 | 科技厅 |').slice(0, 19) + '|';
    expect(pagesToText([page([row], ['广西壮族自治区科学技术厅关于……的函'])])).toBe(`${row}\n广西壮族自治区科学技术厅关于……的函`);
  });

  it('never joins an indented next line', () => {
    expect(pagesToText([page([full('甲')], ['乙段开始', 2])])).toBe(`${full('甲')}\n乙段开始`);
  });

  it('turns wide vertical gaps into blank lines, one per missing line', () => {
    const lines = page(['一'], ['二'], ['三'], ['四'], ['五'], ['六']);
    lines[2]!.y += 15;
    for (const later of lines.slice(3)) later.y += 45;
    expect(pagesToText([lines])).toBe('一\n二\n\n三\n\n\n四\n五\n六');
  });

  it('keeps page breaks as a form-feed line, after a paragraph that runs over the page, and drops page numbers', () => {
    const first = page(['标题'], [full('正文')], ['- 1 -']);
    const second = page(['接续的正文。'], ['下一段'], ['第2页 共2页']);
    expect(pagesToText([first, second])).toBe(`标题\n${full('正文')}接续的正文。\n\f\n下一段`);
    expect(pagesToText([page(['一页']), page(['二页'])])).toBe('一页\n\f\n二页');
  });

  it('joins wrapped Latin words with a space', () => {
    const head = `${'字'.repeat(15)} Open`; // 20 characters, to the margin
    expect(pagesToText([page([head], ['Source 软件'])])).toBe(`${head} Source 软件`);
  });
});

describe('spacing', () => {
  it('removes the spaces PDF writers put between Han and digits or Latin words', () => {
    expect(dropHanDigitSpaces('第 123 号')).toBe('第123号');
    expect(dropHanDigitSpaces('金额 2.92 亿元')).toBe('金额2.92亿元');
    expect(dropHanDigitSpaces('占 87%，高通量 RFID 识别')).toBe('占87%，高通量RFID识别');
  });

  it('keeps real spaces: between Latin words, between Han characters, in 联 系 人', () => {
    expect(dropHanDigitSpaces('Open Source Software')).toBe('Open Source Software');
    expect(dropHanDigitSpaces('联 系 人：孙静')).toBe('联 系 人：孙静');
  });

  it('in OCR output keeps only spaces between Latin words and numbers', () => {
    expect(tidyOcrLine('签发人 : 赵 卫东')).toBe('签发人:赵卫东');
    expect(tidyOcrLine('(一 ) 汇聚 成果 1. 8 万项')).toBe('(一)汇聚成果1.8万项');
    expect(tidyOcrLine('Open Source 2024 年')).toBe('Open Source 2024年');
  });

  it('in OCR output reads the semicolon ending a short line as a colon, not a list item’s', () => {
    expect(tidyOcrLine('尊敬的顾雅琴委员 ;')).toBe('尊敬的顾雅琴委员:');
    expect(tidyOcrLine('一是加强统筹协调，建立联席会议制度；')).toBe('一是加强统筹协调，建立联席会议制度；');
  });
});
