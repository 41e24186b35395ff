// Figures stated for a fund in its clause: 规模50亿元, 累计支持项目821个、金额2.98亿元.
import type { Amount } from '../schema.js';

const AMOUNT_RE = /(总规模|规模|首期|金额|支持金额|累计支持项目|支持项目|投资项目|累计投资项目|已投资项目|投资|出资|累计支持科技企业|支持科技企业)?\s*(?:达到?|为|约|超过?|近)?\s*(\d+(?:\.\d+)?)\s*(亿元|万元|元|亿|个|家|项|支)/gu;
const MONEY: Record<string, number> = { 亿元: 1e8, 亿: 1e8, 万元: 1e4, 元: 1 };

/** Every amount in `segment`; money in yuan, counts as counts. */
export function findAmounts(segment: string): Amount[] {
  const out: Amount[] = [];
  for (const m of segment.matchAll(AMOUNT_RE)) {
    const n = Number(m[2]);
    const unit = m[3]!;
    const factor = MONEY[unit];
    const text = `${m[2]}${unit}`;
    out.push({
      text,
      value: factor ? Math.round(n * factor * 100) / 100 : n,
      unit: factor ? 'yuan' : 'count',
      label: m[1] ?? null,
    });
  }
  return out;
}
