import { describe, expect, it } from 'vitest';
import { intersects, nameKeys, normalizeName, normalizeValue } from '../../src/eval/normalize.js';

describe('normalizeName', () => {
  it('strips whitespace, quotes and brackets', () => {
    expect(normalizeName('《重庆市 高质量孵化载体建设实施方案》')).toBe('重庆市高质量孵化载体建设实施方案');
    expect(normalizeName('“易智网”')).toBe('易智网');
    expect(normalizeName('「渝才荟」 『平台』【x】〈y〉‘z’"q\'')).toBe('渝才荟平台xyzq');
    expect(normalizeName('某省实施‹某某法>办法')).toBe(normalizeName('某省实施〈某某法〉办法'));
  });

  it('folds full-width parentheses and unifies dashes', () => {
    const a = normalizeName('重庆市高质量孵化载体建设实施方案（2021—2025年）');
    expect(a).toBe('重庆市高质量孵化载体建设实施方案(2021-2025年)');
    for (const dash of ['–', '-', '－', '‐', '―', '—'])
      expect(normalizeName(`方案(2021${dash}2025年)`)).toBe('方案(2021-2025年)');
  });

  it('keeps different names different', () => {
    expect(normalizeName('种子基金')).not.toBe(normalizeName('种子引导基金'));
  });

  it('turns empty or missing values into null', () => {
    expect(normalizeValue(null)).toBeNull();
    expect(normalizeValue(undefined)).toBeNull();
    expect(normalizeValue(' “” ')).toBeNull();
    expect(normalizeValue('023—68511253')).toBe('023-68511253');
  });
});

describe('nameKeys / intersects', () => {
  it('matches a prediction through an alias on either side', () => {
    const gold = nameKeys('重庆市科学技术局', ['市科技局']);
    expect(intersects(nameKeys('市科技局'), gold)).toBe(true);
    expect(intersects(nameKeys('科技局', ['市 科技局']), gold)).toBe(true);
    expect(intersects(nameKeys('市教委'), gold)).toBe(false);
  });
});
