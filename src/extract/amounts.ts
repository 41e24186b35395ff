// Figures stated for a fund in its clause: 规模50亿元, 累计支持项目821个、金额2.98亿元.
import type { Amount } from '../schema.js';

const AMOUNT_RE = /(总规模|规模|首期|金额|支持金额|累计支持项目|支持项目|投资项目|累计投资项目|已投资项目|投资|出资|累计支持科技企业|支持科技企业)?\s*(?:达到?|为|约|超过?|近)?\s*(\d+(?:\.\d+)?)\s*(亿元|万元|元|亿|个|家|项|支)/gu;
const MONEY: Record<string, number> = { 亿元: 1e8, 亿: 1e8, 万元: 1e4, 元: 1 };

// A goal, not a result: "到2024年底……种子基金规模3亿元以上", "力争…", "目标…".
const GOAL_BEFORE = /(?:到|至)\s*\d{4}\s*年|力争|目标|预计|计划(?:到|至)/u;
const AT_LEAST_AFTER = /^\s*(?:以上|左右)/u;

/** Every amount in `segment`; money in yuan, counts as counts. `lead` is the text before the segment in its sentence, where a goal is announced. */
export function findAmounts(segment: string, lead = ''): Amount[] {
  const out: Amount[] = [];
  for (const m of segment.matchAll(AMOUNT_RE)) {
    const before = lead + segment.slice(0, m.index);
    const target = GOAL_BEFORE.test(before) && (AT_LEAST_AFTER.test(segment.slice(m.index + m[0].length)) || /力争|目标/u.test(before));
    const n = Number(m[2]);
    const unit = m[3]!;
    const factor = MONEY[unit];
    const text = `${m[2]}${unit}`;
    out.push({
      text,
      value: factor ? Math.round(n * factor * 100) / 100 : n,
      unit: factor ? 'yuan' : 'count',
      label: m[1] ?? null,
      ...(target ? { target: true as const } : {}),
    });
  }
  return out;
}
