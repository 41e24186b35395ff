import { describe, expect, it } from 'vitest';
import { parseCollapsedDate, parseDate, withYearDigits } from '../../src/parse/dates.js';

describe('parseDate', () => {
  it('reads header and signature forms', () => {
    expect(parseDate('2024-10-12')).toBe('2024-10-12');
    expect(parseDate('2022-07-29 11:22')).toBe('2022-07-29');
    // A one-digit day before its time of day stays one digit (not 8 and 9 of 9:18 run together).
    expect(parseDate('2021-7-8 9:18:07')).toBe('2021-07-08');
    expect(parseDate('2025年4月24日')).toBe('2025-04-24');
    expect(parseDate('２０２４年５月１６日')).toBe('2024-05-16');
    expect(parseDate('二〇二三年五月十六日')).toBe('2023-05-16');
    expect(parseDate('二〇一九年十二月三十一日')).toBe('2019-12-31');
    expect(parseDate('二〇二四年十月二十日')).toBe('2024-10-20');
  });
  it('rejects impossible dates', () => {
    expect(parseDate('2023-02-30')).toBeNull();
    expect(parseDate('二〇二三年二月三十日')).toBeNull();
    expect(parseDate('no date')).toBeNull();
  });
});

describe('parseCollapsedDate', () => {
  it('reads a collapsed date with one valid split', () => {
    expect(parseCollapsedDate('2023516', '2023-05-23')).toBe('2023-05-16');
    expect(parseCollapsedDate('202463', null)).toBe('2024-06-03');
    expect(parseCollapsedDate('2024619', '2024-06-24')).toBe('2024-06-19');
  });
  it('gives null when two splits are valid', () => {
    // 2023-1-11 or 2023-11-1
    expect(parseCollapsedDate('2023111', null)).toBeNull();
  });
  it('uses the publication date to rule out a later reading', () => {
    expect(parseCollapsedDate('2023111', '2023-10-01')).toBe('2023-01-11');
  });
});

describe('withYearDigits', () => {
  it('reads letters typed for a year’s digits before 年', () => {
    expect(withYearDigits('20l6年7月4日')).toBe('2016年7月4日');
    expect(withYearDigits('2O19年12月3日')).toBe('2019年12月3日');
  });
  it('leaves words and numbers that are no year alone', () => {
    expect(withYearDigits('Iolo年')).toBe('Iolo年');
    expect(withYearDigits('HOLI 2019年')).toBe('HOLI 2019年');
    expect(withYearDigits('2016-07-04')).toBe('2016-07-04');
  });
});
