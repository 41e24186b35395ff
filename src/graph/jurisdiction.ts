// Where a node belongs, so a lookup of a shared alias (市政府, 区政协) can tell its matches apart:
// the places its own name starts with, else those of the letters that name it when they agree.
import { jurisdictionOf } from '../extract/jurisdiction.js';
import type { NodeJurisdiction } from './types.js';

export function jurisdictionOfName(name: string): NodeJurisdiction | null {
  const j = jurisdictionOf(name);
  if (!j.province && !j.city && !j.county) return null;
  return { province: j.province, city: j.city, county: j.county };
}

/** The one jurisdiction all of `places` share, else null. */
export function sharedJurisdiction(places: (NodeJurisdiction | null)[]): NodeJurisdiction | null {
  const keys = new Set(places.map((p) => JSON.stringify(p)));
  return keys.size === 1 ? places[0]! : null;
}
