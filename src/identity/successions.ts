// Bodies renamed by the 2018–2019 reform (data/renamed-bodies.json): the old body of a place and
// the new one are linked (RENAMED_TO), not merged, and only when both occur.
import table from '../../data/renamed-bodies.json' with { type: 'json' };

export type Succession = { from: string; to: string; reform: string };

/** Every succession `name` can take part in, as the old body or the new one, whether or not the other is known. */
export function successionsOf(name: string): Succession[] {
  const out: Succession[] = [];
  for (const s of table.successions) {
    if (name.endsWith(s.old) && name.length > s.old.length) out.push({ from: name, to: name.slice(0, -s.old.length) + s.new, reform: table.reform });
    if (name.endsWith(s.new) && name.length > s.new.length) out.push({ from: name.slice(0, -s.new.length) + s.old, to: name, reform: table.reform });
  }
  return out;
}

/** Every pair (old name, new name) of one place among `agencies`: 重庆市科学技术委员会 → 重庆市科学技术局. */
export function renamedPairs(agencies: Iterable<string>): Succession[] {
  const names = new Set(agencies);
  return [...names].flatMap((name) => successionsOf(name).filter((s) => s.from === name && names.has(s.to)));
}
