// Forms of one name across a corpus folded into one: a place's short form for its full name
// (重庆科技成果转化股权投资基金 → 重庆市科技成果转化股权投资基金, when the corpus writes both), and a
// policy title without its year range or document number into the one title that has it.
import { placeByForm } from '../extract/gazetteer.js';
import type { EntityType, LetterRecord } from '../schema.js';
import { renameKey, type Renames } from './renames.js';

/** Short form → the full names it stands for at the start of a name (重庆 → 重庆市). */
const fullNamesByShort: ReadonlyMap<string, string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [form, place] of placeByForm) {
    if (form === place.name || !place.name.startsWith(form)) continue;
    map.set(form, [...(map.get(form) ?? []), place.name]);
  }
  return map;
})();
const MAX_SHORT = Math.max(...[...fullNamesByShort.keys()].map((k) => k.length));

/** A title's trailing year range or document number: （2021—2025年）, (2019-2022), 〔2020〕12号. */
const POLICY_TAIL_RE = /^\s*(?:[（(]\s*\d{4}\s*[-—–－~～至]+\s*\d{4}\s*年?\s*[)）]|[（(]?[\p{Script=Han}]{0,10}[〔\[［﹝【(（]\d{4}[〕\]］﹞】)）]\s*\d+\s*号[)）]?)$/u;

/** The names a corpus writes, by type: all the folds need, gathered one record at a time. */
export class CorpusNames {
  private readonly names = new Map<EntityType, Set<string>>();

  add(r: LetterRecord): void {
    for (const e of r.entities) this.addName(e.type, e.name);
    if (r.replyingAgency) this.addName('Agency', r.replyingAgency);
    for (const c of r.coHandlers) this.addName('Agency', c);
  }

  private addName(type: EntityType, name: string): void {
    let set = this.names.get(type);
    if (!set) this.names.set(type, (set = new Set()));
    set.add(name);
  }

  /** The folds these names call for, as a rename map. */
  folds(): Renames {
    return foldsOf(this.names);
  }
}

/** The folds the corpus calls for, as a rename map. */
export function corpusFolds(records: Iterable<LetterRecord>): Renames {
  const names = new CorpusNames();
  for (const r of records) names.add(r);
  return names.folds();
}

function foldsOf(names: ReadonlyMap<EntityType, ReadonlySet<string>>): Renames {
  const renames = new Map<string, string>();
  for (const [type, set] of names) {
    if (type === 'Person') continue;
    for (const name of set) {
      const full = fullFormOf(name, set);
      if (full) renames.set(renameKey(type, name), full);
    }
    if (type !== 'Policy') continue;
    // Sorted, the titles a title is the start of follow it directly.
    const sorted = [...set].sort();
    sorted.forEach((name, i) => {
      const longer: string[] = [];
      for (let k = i + 1; k < sorted.length && sorted[k]!.startsWith(name); k++) {
        if (POLICY_TAIL_RE.test(sorted[k]!.slice(name.length))) longer.push(sorted[k]!);
      }
      // Two titles with different year ranges are two policies (two five-year plans): fold only into a single one.
      if (longer.length === 1) renames.set(renameKey(type, name), longer[0]!);
    });
  }
  return renames;
}

/** The name with its leading short place form written in full, when the corpus has that name too. */
function fullFormOf(name: string, names: ReadonlySet<string>): string | null {
  for (let k = Math.min(MAX_SHORT, name.length - 2); k >= 2; k--) {
    const fulls = fullNamesByShort.get(name.slice(0, k));
    if (!fulls) continue;
    for (const full of fulls) {
      if (name.startsWith(full)) return null;
      const candidate = full + name.slice(k);
      if (names.has(candidate)) return candidate;
    }
  }
  return null;
}
