// Junk never becomes a node: breadcrumbs, document numbers, page labels, verb fragments and bare
// relative forms where the letter's place is known. Checked on the whole shared real corpus.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyJurisdiction, jurisdictionOf } from '../../src/extract/jurisdiction.js';
import { resolvedItems } from '../../src/pipeline.js';
import { junkShape } from './junkShapes.js';

const MAGUAN = jurisdictionOf('马关县人民政府');
const NOWHERE = emptyJurisdiction();

describe('junkShape', () => {
  it.each([
    ['Agency', '首页>>政务公开>>重庆市科学技术局', 'contains “>”'],
    ['Agency', '渝科发〔2024〕12号重庆市科学技术局', 'contains “〔”'],
    ['Agency', '发布机构:市科技局', 'contains “:”'],
    ['Platform', '积极争取国家级孵化器', 'contains the verb “争取”'],
    ['Agency', '县政府', 'a level word alone before the body, in a letter whose place is known'],
  ] as const)('flags %s %s', (type, name, reason) => {
    expect(junkShape(type, name, MAGUAN)).toBe(reason);
  });

  it.each([
    ['Agency', '马关县人民政府', MAGUAN],
    ['Agency', '县政府', NOWHERE],
    ['Agency', '乡政府', MAGUAN],
    ['Policy', '关于积极推进科技创新的意见', MAGUAN],
    ['Fund', '重庆市科技成果转化股权投资基金', MAGUAN],
    ['Fund', '省级水利发展资金', MAGUAN],
    ['Agency', '郑州市金水区妇女联合会', MAGUAN],
  ] as const)('passes %s %s', (type, name, place) => {
    expect(junkShape(type, name, place)).toBeNull();
  });
});

const REAL = '../shared/corpus/real';

describe.skipIf(!existsSync(REAL))('the shared real corpus (skipped when ../shared is absent)', () => {
  it('has no entity with a junk shape', async () => {
    const flagged: string[] = [];
    for await (const item of resolvedItems([REAL], { merges: new Map() })) {
      if (!item.ok) continue;
      const place = item.record.replyingAgency ? jurisdictionOf(item.record.replyingAgency) : emptyJurisdiction();
      for (const e of item.record.entities) {
        const reason = junkShape(e.type, e.name, place);
        if (reason) flagged.push(`${item.record.source}: ${e.type} ${e.name} — ${reason}`);
      }
    }
    expect(flagged, flagged.join('\n')).toEqual([]);
  });
});
