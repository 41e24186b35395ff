// Bodies renamed by the 2018–2019 reform (data/renamed-bodies.json): the old body of a place and
// the new one are linked (RENAMED_TO), not merged, and only when both occur.
import table from '../../data/renamed-bodies.json' with { type: 'json' };

export type Succession = { from: string; to: string; reform: string };

/** Every pair (old name, new name) of one place among `agencies`: 重庆市科学技术委员会 → 重庆市科学技术局. */
export function renamedPairs(agencies: Iterable<string>): Succession[] {
  const names = new Set(agencies);
  const out: Succession[] = [];
  for (const name of names) {
    for (const s of table.successions) {
      if (!name.endsWith(s.old) || name.length === s.old.length) continue;
      const successor = name.slice(0, -s.old.length) + s.new;
      if (names.has(successor)) out.push({ from: name, to: successor, reform: table.reform });
    }
  }
  return out;
}
