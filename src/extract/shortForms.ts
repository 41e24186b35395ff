// A county or city named by its short form only (霞浦茶产业 for 霞浦县, 创赢宿迁 for 宿迁市): the reader inferCounty may be given.
// A reader of its own: a letter's extraction passes it, and inferCounty's other callers go without it.
import { placeByForm, type Place, shortFormWords, withoutLevelWord, wordLikeCounties } from './gazetteer.js';
import { cityOfLetters, namesAFeature, standsOut } from './jurisdiction.js';
import { WordScanner } from './literals.js';
import { wordsOf } from './words.js';

// A county or city written without its level word (霞浦 for 霞浦县, 宿迁 for 宿迁市), when the tagger knows
// that word as a place and no other place shares it; not before another level's word (城关镇 is a town,
// 永安市 a full name).
// A short form the tagger reads as a person's name (永嘉, 北碚, 张家港) is known too, but places a letter only
// when written as often as a common word's must be: a person so named is seldom written that often.
let shortCounties: { scanner: WordScanner; place: Map<string, Place>; personLike: Set<Place> } | null = null;
const LEVEL_AFTER = /^[镇乡村县区市旗州]|^街道|^社区/u;

function countyShortForms(): NonNullable<typeof shortCounties> {
  if (shortCounties) return shortCounties;
  const place = new Map<string, Place | null>();
  for (const [form, p] of placeByForm) {
    if ((p.level !== 'county' && p.level !== 'city') || form !== p.name || wordLikeCounties.has(p.name)) continue;
    const short = withoutLevelWord(form);
    if (short === null || (placeByForm.get(short) ?? p) !== p) continue;
    place.set(short, place.has(short) ? null : p);
  }
  const known: [string, Place][] = [];
  const personLike = new Set<Place>();
  for (const [form, p] of place) {
    const tag = p && wordTag(form);
    if (!tag) continue;
    known.push([form, p]);
    if (tag !== 'ns') personLike.add(p);
  }
  shortCounties = { scanner: new WordScanner(known.map(([f]) => f)), place: new Map(known), personLike };
  return shortCounties;
}

/** The tag of a short form the tagger reads as one word of a place or a person's name (nr, nrt), or null. */
function wordTag(form: string): string | null {
  const words = wordsOf(form, 0, form.length);
  return words.length === 1 && PLACE_OR_PERSON.test(words[0]!.tag) ? words[0]!.tag : null;
}
const PLACE_OR_PERSON = /^(?:ns|nr|nrt)$/u;

/**
 * The county or city a text names most often by its short form, in `city` or `province` when given
 * (a city only where none is): more than any other, and in a letter whose bodies are that level's
 * (县政府, 县X局 for 霞浦县; 市X局 for 宿迁市).
 */
export function mostNamedByShortForm(text: string, province: string | null, city: string | null): Place | null {
  const { scanner, place, personLike } = countyShortForms();
  const votes = new Map<Place, number>();
  for (const { word, start } of scanner.scan(text, 0, text.length)) {
    const p = place.get(word)!;
    const end = start + word.length;
    if (LEVEL_AFTER.test(text.slice(end, end + 2)) || namesAFeature(text, end) || insideLongerWord(text, start, end)) continue;
    if ((province && p.province !== province) || (city && (p.level === 'city' || cityOfLetters(p) !== city))) continue;
    votes.set(p, (votes.get(p) ?? 0) + 1);
  }
  const best = standsOut(votes);
  // (A common word's place named fewer times than would place a letter (新建 of 新建初级中学) competes with none.)
  const rivals = [...votes].filter(([p, n]) => !shortFormWords.has(p.name) || n >= WORD_VOTES).length;
  if (!best || best[1] < (personLike.has(best[0]) ? WORD_VOTES : leastVotes(best[0], Math.max(1, rivals)))) return null;
  const level = best[0].name.at(-1)!;
  return new RegExp(`${level}(?:委|政府|人大|政协|\\p{Script=Han}{1,6}局)`, 'u').test(text) ? best[0] : null;
}

/** Does the tagger read text[start, end) as part of a longer word (天门|冬, a herb), not as a place's name? */
function insideLongerWord(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 3);
  let pos = from;
  for (const w of wordsOf(text, from, Math.min(text.length, end + 3))) {
    const next = pos + w.word.length;
    if ((pos < start && next > start) || (pos < end && next > end)) return true;
    if (next >= end) return false;
    pos = next;
  }
  return false;
}

/**
 * How often a short form must be written to place a letter: once where the letter names no other
 * (围绕乐山现代农业 in a letter of 市委, 市农业农村局), three times where others compete or the short
 * form is a common word (新建 城区), which single mentions cannot tell apart.
 */
function leastVotes(place: Place, candidates: number): number {
  return candidates === 1 && !shortFormWords.has(place.name) ? 1 : WORD_VOTES;
}
const WORD_VOTES = 3;
