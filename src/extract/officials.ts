// Officials a letter names by their post in running text: 由副县长罗志刚领办, 分管领导孔燕牵头,
// 经梁文斌局长审签, 由邵明局长任组长. Each is a Person, as the signer is; a post alone (由分管副县长牵头) names none.
import signerTable from '../../data/signer-titles.json' with { type: 'json' };
import { isPersonName, isSurname } from '../parse/personNames.js';
import { MEMBERS_GROUP } from '../parse/salutation.js';
import { isKnownTown, placeEndingAt } from './gazetteer.js';
import { wordHolding, wordsOf, type Word } from './words.js';

export type OfficialHit = { start: number; end: number; name: string };

// (同志 and 负责人 stand after any name or none, no post of one official.)
const POSTS = signerTable.titles.filter((t) => !/同志|负责人/u.test(t)).sort((a, b) => b.length - a.length).join('|');
const POST_RE = new RegExp(POSTS, 'gu');
// A body or a post inside what looks like a name (局长任组长, 市委书记): no person.
const NOT_A_NAME = /领导|主要|分管|局|委|厅|办|部|政府|我|组长|等/u;
// What may stand right before a name written ahead of its post: a mark, or a word of the clause (经|梁文斌局长, 由|邵明局长).
const BEFORE_NAME = /^(?:[^\p{Script=Han}]|[由经和与及同请在向对将把让并被])$/u;
// A word of one character that may follow a name written after its post (邓卫平|为组长, 韦小平|和…, 邵明|又再次);
// the tagger reads characters of names as adverbs too (陈|刚), so only those that are nothing else end one.
const AFTER_NAME_WORD = /^(?:p|c|u\w*)$/u;
const AFTER_NAME_ADVERB = /^[又也还都就才再却已曾将均亦]$/u;
// 委员 opening a body of members (马街镇委员小组, 某委员会, 某委员联络组) is no one's post.
const MEMBERS_BODY_RE = new RegExp(`^(?:委员会|${MEMBERS_GROUP}(?!织))`, 'u');
// 总书记 is the national leader's post; its name is no official's of the letter.
const NATIONAL_POST_BEFORE = '总';

/**
 * Is `name` a person's name, not words of the clause (信箱, 由|村民, 和|副)? The tagger reads a name as one
 * word of a person, or as single characters (孔|燕, 罗|志|刚) with maybe a place's word (刘|大庆); never with a
 * function word or adverb (包联|的, 邵明|又), nor a common word of two characters or more inside it (黄牛|铺, 成立|了).
 */
function namesPerson(name: string, words: readonly Word[]): boolean {
  if (!HAN_ONLY.test(name) || !isPersonName(name) || NOT_A_NAME.test(name)) return false;
  // (A verb's character opens no name of two: 主任|包联, a verb there.)
  if (words.some((w) => FUNCTION_WORD.test(w.tag) || AFTER_NAME_ADVERB.test(w.word)) || (name.length === 2 && words[0]!.word.length === 1 && words[0]!.tag === 'v')) return false;
  return words.every((w) => w.word.length === 1 || NAME_WORD.test(w.tag) || isSurname(w.word));
}
const FUNCTION_WORD = /^(?:c|p|u\w*)$/u;
const NAME_WORD = /^(?:nr\w*|ns|nz)$/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;

/**
 * The name right after a post (副县长|罗志刚|领办): two or three characters ending where a word of the clause
 * starts; not a post again (市长|任双|组长: the clause's verb and its post).
 */
function nameAfter(text: string, at: number, to: number): OfficialHit | null {
  const words = wordsOf(text, at, Math.min(to, at + 8));
  let end = at;
  for (let i = 0; i < words.length && end - at < 3; i++) {
    end += words[i]!.word.length;
    const next = words[i + 1];
    const ends = end >= to || !next || !/\p{Script=Han}/u.test(next.word) || next.word.length > 1 || AFTER_NAME_WORD.test(next.tag) || AFTER_NAME_ADVERB.test(next.word);
    if (end - at < 2 || end - at > 3 || !ends || POST_AFTER.test(text.slice(end, end + 4))) continue;
    const name = text.slice(at, end);
    if (namesPerson(name, words.slice(0, i + 1))) return { start: at, end, name };
  }
  return null;
}
const POST_AFTER = new RegExp(`^(?:${POSTS}|[副双]?组长)`, 'u');

/**
 * The name right before a post (经|梁文斌|局长): two characters, else three, after a mark or a word of the
 * clause, the post a word of its own.
 */
function nameBefore(text: string, at: number, postEnd: number, from: number): OfficialHit | null {
  for (const length of [2, 3]) {
    const start = at - length;
    if (start < from) return null;
    const name = text.slice(start, at);
    if (start > from && !BEFORE_NAME.test(text.charAt(start - 1))) continue;
    if (!startsWordAt(text, start, postEnd + 2, at) || !startsWordAt(text, start, postEnd + 2, postEnd)) continue;
    // (Nor a place with its level word, the post's first character: 黄牛铺镇|长滩坝村, 石林县|长湖; nor a place
    // whole: 宁洱县|委员活动小组 greets the county's members.)
    if (isKnownTown(text.slice(start, at + 1)) || placeEndingAt(text, at + 1, start) !== null || placeEndingAt(text, at, start) !== null) continue;
    if (namesPerson(name, wordsOf(name, 0, name.length))) return { start, end: at, name };
  }
  return null;
}

/** Does the tagger, reading text[lead, end), start a word at `at` (or is `at` the text's end)? */
const startsWordAt = (text: string, lead: number, end: number, at: number) => at >= text.length || wordHolding(text, lead, end, at)?.start === at;

/** Every official named with a post in `text[from, to)`, in order. */
export function findOfficials(text: string, from: number, to: number): OfficialHit[] {
  const hits: OfficialHit[] = [];
  POST_RE.lastIndex = from;
  for (let m = POST_RE.exec(text); m && m.index < to; m = POST_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (MEMBERS_BODY_RE.test(text.slice(end - 2, end + 4))) continue;
    const hit = text.charAt(m.index - 1) === NATIONAL_POST_BEFORE ? null : (nameAfter(text, end, to) ?? nameBefore(text, m.index, end, from));
    if (hit && hits.at(-1)?.start !== hit.start) hits.push(hit);
  }
  return hits;
}
