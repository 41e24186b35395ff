import { describe, expect, it } from 'vitest';
import type { LayoutLine } from '../../src/ingest/layout.js';
import { needsOcr } from '../../src/ingest/pdf.js';

const lines = (...texts: string[]): LayoutLine[] => texts.map((text, i) => ({ text, left: 0, right: 100, y: 15 * i, size: 10 }));

describe('needsOcr: a text layer that is empty or garbage goes to OCR', () => {
  it('keeps a real text layer', () => {
    expect(needsOcr([lines('重庆市科学技术局关于市政协六届三次会议第0884号提案答复的函', '王普委员:')])).toBe(false);
  });

  it('sends empty pages and a scanner’s stray marks to OCR', () => {
    expect(needsOcr([[], []])).toBe(true);
    expect(needsOcr([lines('重庆市科学技术局关于市政协六届三次会议第0884号提案答复的函'), lines('. ,')])).toBe(true);
  });

  it('sends a layer of fonts without a Unicode table (Latin-1 accents, private use) to OCR', () => {
    expect(needsOcr([lines('ÖØÇìÊÐ¿ÆÑ§¼¼Êõ¾Ö¹ØÓÚÊÐÕþÐ­Áù½ìÈý´Î»áÒéµÚ0884ºÅÌá°¸')])).toBe(true);
    expect(needsOcr([lines('\ue001\ue002\ue003\ue004\ue005\ue006\ue007\ue008\ue009\ue00a\ue00b\ue00c\ue00d\ue00e\ue00f\ue010\ue011\ue012\ue013\ue014\ue015')])).toBe(true);
  });
});
