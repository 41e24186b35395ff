import { describe, expect, it } from 'vitest';
import { letterLabels, shortBodyName } from '../../src/graph/letterLabel.js';
import type { LetterRecord } from '../../src/schema.js';
import { goldRecords } from './goldRecords.js';

describe('letter labels', () => {
  it('name body, year, kind and number on the samples, never a hash, all different', () => {
    const labels = letterLabels(goldRecords());
    expect(labels.get('11500000MB15895317/2024-00040')).toBe('重庆市科技局 2024 建议0601');
    expect(labels.get('11500000MB15895317/2025-00054')).toBe('重庆市科技局 2025 提案0884');
    const all = [...labels.values()];
    expect(new Set(all).size).toBe(all.length);
    for (const label of all) {
      expect(label).not.toContain('sha256');
      expect(label).toMatch(/ (19|20)\d\d /);
    }
  });

  it('shorten a local body by its table form and keep a body no table covers', () => {
    expect(shortBodyName('重庆市科学技术局')).toBe('重庆市科技局');
    expect(shortBodyName('四川省人民政府')).toBe('四川省政府');
    expect(shortBodyName('创新服务中心')).toBe('创新服务中心');
  });

  it('tell apart letters that would share a label, the same way on every build', () => {
    const [a] = goldRecords();
    const twin = (id: string, signedDate: string | null): LetterRecord => ({ ...a!, id, letter: { ...a!.letter, signedDate, writtenDate: null, publishedDate: null } });
    const byDate = letterLabels([twin('sha256:b', '2025-05-01'), twin('sha256:a', '2025-04-01')]);
    expect(byDate.get('sha256:a')).toBe('重庆市科技局 2025 提案0884 (2025-04-01)');
    expect(byDate.get('sha256:b')).toBe('重庆市科技局 2025 提案0884 (2025-05-01)');
    const sameDay = letterLabels([twin('sha256:b', '2025-04-01'), twin('sha256:a', '2025-04-01')]);
    expect(sameDay.get('sha256:a')).toBe('重庆市科技局 2025 提案0884 (1)');
    expect(sameDay.get('sha256:b')).toBe('重庆市科技局 2025 提案0884 (2)');
  });

  it('fall back to the doc number, then the title, when the letter names no proposal number', () => {
    const [a] = goldRecords();
    const r: LetterRecord = { ...a!, proposal: null, letter: { ...a!.letter, docNumber: '渝科局函〔2025〕9号' } };
    expect(letterLabels([r]).get(r.id)).toBe('重庆市科技局 2025 渝科局函〔2025〕9号');
    const untitled: LetterRecord = { ...r, letter: { ...r.letter, docNumber: null, title: '关于某某工作的答复函' } };
    expect(letterLabels([untitled]).get(r.id)).toBe('重庆市科技局 2025 关于某某工作的答复函');
    const bare: LetterRecord = { ...untitled, replyingAgency: null, letter: { ...untitled.letter, title: null }, proposal: { kind: '建议', number: null, title: '关于某路口红绿灯的建议', session: '县十八届人大三次会议' } };
    expect(letterLabels([bare]).get(r.id)).toBe('县十八届人大三次会议 2025 建议《关于某路口红绿灯的建议》');
  });
});
