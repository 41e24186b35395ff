// Junk shapes of entity names (data/junk-shapes.json): what a name must never look like.
import shapes from '../../data/junk-shapes.json' with { type: 'json' };
import type { Jurisdiction } from '../../src/extract/jurisdiction.js';
import { LEVEL_OF_WORD, LEVEL_WORD_RE } from '../../src/extract/scope.js';
import { jurisdictionOfName } from '../../src/identity/places.js';
import type { EntityType } from '../../src/schema.js';

/**
 * The reason `name` is junk, or null. `place`: the letter's jurisdiction; a level word alone
 * (县政府) is junk where the letter's place of that level is known, as it should have been resolved.
 */
export function junkShape(type: EntityType, name: string, place: Jurisdiction): string | null {
  const mark = shapes.marks.find((m) => name.includes(m));
  if (mark) return `contains “${mark}”`;
  if (type !== 'Policy' && type !== 'Person') {
    const verb = shapes.verbs.find((v) => name.includes(v));
    if (verb) return `contains the verb “${verb}”`;
  }
  // 省级…资金 (provincial-level) opens with a level adjective, not a relative place.
  const level = LEVEL_WORD_RE.exec(name)?.[1];
  if (level !== undefined && name[level.length] === '级') return null;
  const known = level !== undefined && shapes.levels.includes(level) && place[LEVEL_OF_WORD[level]!] !== null;
  if ((type === 'Agency' || type === 'Fund' || type === 'Platform') && known && !jurisdictionOfName(name)) {
    return 'a level word alone before the body, in a letter whose place is known';
  }
  return null;
}
