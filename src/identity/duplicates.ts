// Candidate duplicates for a researcher to review: pairs of entities of one type that may be one
// thing, each with a score and the reasons a reader can check. Different known places are never a
// pair (成都市财政局 and 重庆市财政局 differ by two characters, and are two bodies).
import type { EntityType, LetterRecord } from '../schema.js';
import type { NodeJurisdiction } from './nodeJurisdiction.js';
import { jurisdictionOfName, sharedJurisdiction } from './places.js';
import { renamedPairs } from './successions.js';

export type DuplicatePair = { type: EntityType; a: string; b: string; score: number; reason: string; letters: string[] };

type Node = { type: EntityType; name: string; aliases: Set<string>; letters: Set<string>; place: NodeJurisdiction | null; amounts: Set<number>; relative: boolean };

/** Shorter names than this are too generic to pair by containment or spelling (基金, 中心). */
const MIN_LENGTH = 4;
const MAX_EDITS = 2;
/** A name opening with a level word alone (县交通运输局, 区政府) is relative to its letter's place. */
const RELATIVE_RE = /^(?:自治区|自治州|自治县|省|市|州|区|县|旗|镇|乡)/u;
/** What follows a body's name when the longer one is a unit inside it (…人民政府办公室, …农业农村局种植业管理科). */
const UNIT_TAIL_RE = /(?:办公室|办公厅|科|处|室|股|队|站|所|中心|委员会|局|组|部)$/u;

function collect(records: Iterable<LetterRecord>): Node[] {
  const nodes = new Map<string, Node & { letterPlaces: (NodeJurisdiction | null)[] }>();
  for (const r of records) {
    const letterPlace = r.replyingAgency ? jurisdictionOfName(r.replyingAgency) : null;
    for (const e of r.entities) {
      if (e.type === 'Person') continue;
      const key = `${e.type}\u0000${e.name}`;
      let n = nodes.get(key);
      if (!n) nodes.set(key, (n = { type: e.type, name: e.name, aliases: new Set(), letters: new Set(), place: null, amounts: new Set(), relative: false, letterPlaces: [] }));
      for (const a of e.aliases) n.aliases.add(a);
      n.letters.add(r.source);
      n.letterPlaces.push(letterPlace);
      for (const m of e.mentions) for (const a of m.amounts) if (a.unit === 'yuan') n.amounts.add(a.value);
    }
  }
  return [...nodes.values()].map(({ letterPlaces, ...n }) => {
    const own = jurisdictionOfName(n.name);
    return { ...n, place: own ?? sharedJurisdiction(letterPlaces), relative: !own && RELATIVE_RE.test(n.name) };
  });
}

/** Levenshtein distance, giving up (Infinity) beyond `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]!);
    }
    if (best > max) return Infinity;
    prev = row;
  }
  return prev[b.length]! <= max ? prev[b.length]! : Infinity;
}

/** Characters whose presence or absence does not make another name: punctuation, spaces, 的, 和 … */
const MINOR_RE = /^[\s\p{P}\p{S}的和与及、]*$/u;

/** Whether x and y differ only in minor characters (六员进校园合力保平安 / 六员进校园，合力保平安), not in a proper-name part (石文镇 / 古木镇). */
function onlyMinorDifferences(x: string, y: string): boolean {
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let end = 0;
  while (end < x.length - start && end < y.length - start && x[x.length - 1 - end] === y[y.length - 1 - end]) end++;
  return MINOR_RE.test(x.slice(start, x.length - end)) && MINOR_RE.test(y.slice(start, y.length - end));
}

const placeName = (p: NodeJurisdiction): string => p.county ?? p.city ?? p.province ?? '';
const samePlace = (x: NodeJurisdiction, y: NodeJurisdiction) => x.province === y.province && x.city === y.city && x.county === y.county;
/** Two places neither of which lies in the other (成都市 / 重庆市; not 重庆市 / 重庆市璧山区). */
const placesConflict = (x: NodeJurisdiction, y: NodeJurisdiction) =>
  (['province', 'city', 'county'] as const).some((level) => x[level] !== null && y[level] !== null && x[level] !== y[level]);

/** The evidence that x and y are one thing, as a base score and reasons; null when there is none. */
function likeness(x: Node, y: Node, renamed: Set<string>, together: boolean): { score: number; reasons: string[] } | null {
  const [short, long] = x.name.length <= y.name.length ? [x, y] : [y, x];
  if (short.relative && long.name.endsWith(short.name) && together) {
    return { score: 0.95, reasons: [`“${short.name}” is “${long.name}” written relative to the letter’s place, in one letter`] };
  }
  // A unit inside a body (…人民政府 / …人民政府办公室) is another body.
  if (long.name.startsWith(short.name) && UNIT_TAIL_RE.test(long.name)) return null;
  if (renamed.has(`${x.name}\u0000${y.name}`) || renamed.has(`${y.name}\u0000${x.name}`)) {
    return { score: 0.55, reasons: ['a body renamed in the 2018–2019 reform (data/renamed-bodies.json): link, or merge if the letters mean one body'] };
  }
  if (short.name.length >= MIN_LENGTH && long.name.includes(short.name)) {
    return { score: 0.5 + 0.4 * (short.name.length / long.name.length), reasons: [`“${long.name}” contains “${short.name}”`] };
  }
  const shared = [...x.aliases].filter((a) => y.aliases.has(a) || a === y.name);
  if (shared.length > 0) return { score: 0.6, reasons: [`both written “${shared[0]}”`] };
  if (short.name.length >= MIN_LENGTH + 1 && onlyMinorDifferences(x.name, y.name)) {
    const d = editDistance(x.name, y.name, MAX_EDITS);
    if (d <= MAX_EDITS) return { score: 0.85 - 0.15 * d - (d / long.name.length), reasons: [`${d} character${d > 1 ? 's' : ''} apart`] };
  }
  return null;
}

/** Grams of a name looked up per node: containment shares all of the shorter name's, a spelling variant most. */
const GRAMS_PER_NODE = 3;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function grams(name: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 2 <= name.length; i++) out.add(name.slice(i, i + 2));
  return [...out];
}

/**
 * The pairs worth comparing (indices into `list`, i < j), instead of every pair: nodes sharing one of
 * the rarest character pairs of either name, or an alias, or a renamed-body link.
 */
function candidatePairs(list: Node[], renamed: Set<string>): [number, number][] {
  const byGram = new Map<string, number[]>();
  const byForm = new Map<string, number[]>();
  const indexOf = new Map<string, number>();
  list.forEach((n, i) => {
    indexOf.set(n.name, i);
    for (const g of grams(n.name)) push(byGram, g, i);
    for (const f of [n.name, ...n.aliases]) push(byForm, f, i);
  });
  const seen = new Set<number>();
  const out: [number, number][] = [];
  const add = (i: number, j: number) => {
    if (i === j) return;
    const [a, b] = i < j ? [i, j] : [j, i];
    if (seen.has(a * list.length + b)) return;
    seen.add(a * list.length + b);
    out.push([a, b]);
  };
  list.forEach((n, i) => {
    const rarest = grams(n.name).sort((x, y) => byGram.get(x)!.length - byGram.get(y)!.length).slice(0, GRAMS_PER_NODE);
    for (const g of rarest) for (const j of byGram.get(g)!) add(i, j);
  });
  for (const group of byForm.values()) for (const i of group) for (const j of group) add(i, j);
  for (const pair of renamed) {
    const [from, to] = pair.split('\u0000') as [string, string];
    const i = indexOf.get(from);
    const j = indexOf.get(to);
    if (i !== undefined && j !== undefined) add(i, j);
  }
  return out;
}

/** Candidate pairs across the corpus, best first. */
export function findDuplicates(records: Iterable<LetterRecord>): DuplicatePair[] {
  const nodes = collect(records);
  const renamed = new Set(renamedPairs(nodes.filter((n) => n.type === 'Agency').map((n) => n.name)).map((p) => `${p.from}\u0000${p.to}`));
  const byType = new Map<EntityType, Node[]>();
  for (const n of nodes) push(byType, n.type, n);
  const out: DuplicatePair[] = [];
  for (const [type, list] of byType) {
    for (const [i, j] of candidatePairs(list, renamed)) {
      const x = list[i]!;
      const y = list[j]!;
      if (x.place && y.place && placesConflict(x.place, y.place)) continue;
      const together = [...x.letters].some((l) => y.letters.has(l));
      // A relative form is only comparable within its own letter or place.
      if ((x.relative || y.relative) && !together && !(x.place && y.place && samePlace(x.place, y.place))) continue;
      const like = likeness(x, y, renamed, together);
      if (!like) continue;
      let { score } = like;
      const reasons = [...like.reasons];
      if (x.place && y.place && samePlace(x.place, y.place)) {
        score += 0.1;
        reasons.push(`same jurisdiction (${placeName(x.place)})`);
      }
      const amounts = [...x.amounts].filter((v) => y.amounts.has(v));
      if (amounts.length > 0) {
        score += 0.15;
        reasons.push(`same fund amount${amounts.length > 1 ? 's' : ''} (${amounts.map((v) => `${v} 元`).join(', ')})`);
      }
      // Named apart in one letter (full names both), the extractor saw two things: weaker evidence of one.
      if (together && !x.relative && !y.relative) {
        score -= 0.2;
        reasons.push('both named in one letter');
      }
      const [a, b] = x.name.length <= y.name.length ? [x, y] : [y, x];
      out.push({ type, a: a.name, b: b.name, score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000, reason: reasons.join('; '), letters: [...new Set([...a.letters, ...b.letters])].sort() });
    }
  }
  return out.sort((p, q) => q.score - p.score || p.type.localeCompare(q.type) || p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
}
