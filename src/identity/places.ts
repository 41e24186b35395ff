// Where a node belongs, so a lookup of a shared alias (市政府, 区政协) can tell its matches apart:
// the places its own name starts with, else those of the letters that name it when they agree.
import { jurisdictionOf } from '../extract/jurisdiction.js';
import type { NodeJurisdiction } from './nodeJurisdiction.js';

/** A pronoun before a level word (你县, 我区, 本市) reads like a place name but is none. */
const PRONOUN_PLACE_RE = /^[你我本该全各此其][省市区县州旗镇乡]/u;

// Names repeat across letters (a load asks for every entity of every letter): answers remembered,
// cleared when full so memory stays flat. Frozen, since callers share them.
const known = new Map<string, Readonly<NodeJurisdiction> | null>();
const KNOWN_MAX = 8192;

export function jurisdictionOfName(name: string): Readonly<NodeJurisdiction> | null {
  const cached = known.get(name);
  if (cached !== undefined) return cached;
  if (known.size >= KNOWN_MAX) known.clear();
  const answer = readJurisdiction(name);
  known.set(name, answer);
  return answer;
}

function readJurisdiction(name: string): Readonly<NodeJurisdiction> | null {
  if (PRONOUN_PLACE_RE.test(name)) return null;
  const j = jurisdictionOf(name);
  if (!j.province && !j.city && !j.county) return null;
  return Object.freeze({ province: j.province, city: j.city, county: j.county });
}

/** The one jurisdiction all of `places` share, else null. */
export function sharedJurisdiction(places: (NodeJurisdiction | null)[]): NodeJurisdiction | null {
  const keys = new Set(places.map((p) => JSON.stringify(p)));
  return keys.size === 1 ? places[0]! : null;
}
