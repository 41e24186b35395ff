// Words with part-of-speech tags (jieba, the gazetteers' places and body forms as its user
// dictionary), asked only around a candidate name: a name starts at a word boundary, and never
// right after a verb, adverb, pronoun, time word or numeral (近年来县农业农村局, 列入市人大).
import { Jieba, type TaggedWord } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import wordTags from '../../data/word-tags.json' with { type: 'json' };
import { isSurname } from '../parse/personNames.js';
import { bodyByForm, placeByForm, shortFormWords, wordLikeCounties } from './gazetteer.js';

export type Word = TaggedWord;

let jieba: Jieba | null = null;

/** Loaded on first use: a worker that never asks pays nothing. */
function segmenter(): Jieba {
  if (jieba) return jieba;
  jieba = Jieba.withDict(dict);
  // Places as ns and body forms as nt, frequent enough to win over the general dictionary's splits; a
  // county of one character and its level word (成县, 和县) only over single characters, so that a word
  // of the sentence running into it keeps its characters (完成|县政务服务中心, not 完|成县).
  const placeFrequency = (p: string) => (TWO_CHARACTER_PLACE.test(p) ? 1000 : 100000);
  const user = [
    ...[...placeByForm.keys()].map((p) => `${p} ${placeFrequency(p)} ns`),
    ...[...bodyByForm.keys()].filter((f) => f.length > 1).map((f) => `${f} 100000 nt`),
    // The genre's words the general dictionary lacks (data/word-tags.json).
    ...Object.entries(wordTags.newWords).map(([w, tag]) => `${w} 10000 ${tag}`),
  ];
  jieba.loadDict(Buffer.from(user.join('\n')));
  return jieba;
}

const TWO_CHARACTER_PLACE = /^\p{Script=Han}[县区市旗]$/u;

/** The words of text[max(floor, end - window), end), in order; the first may be cut by the window. */
export function wordsBefore(text: string, end: number, floor: number, window = 10): Word[] {
  return wordsOf(text, Math.max(floor, end - window), end);
}

// Tags that never stand inside a name: time words, adverbs, prepositions, pronouns, conjunctions,
// particles, numerals, measure words, interjections (not localisers: 西部科学城).
const NEVER_IN_NAME = /^(?:t|tg|d|ad|vd|p|r|rr|rz|c|u\w*|m|mq|q|y|e|o)$/u;

/** Is this word a boundary a name cannot extend over to its left? Verbs of two or more characters are. */
export function isNameStop(w: Word): boolean {
  return NEVER_IN_NAME.test(w.tag) || isLongVerb(w);
}

/** Is this word a verb of two characters or more (查处, 严肃查处; not 处 alone)? */
export function isLongVerb(w: Word): boolean {
  return w.word.length > 1 && w.tag.startsWith('v');
}

/** Does text[at, end) open with a word no name runs on into (a verb, an adverb: 县交通运输局|抓紧办理)? */
export function verbFollows(text: string, at: number, end: number): boolean {
  const first = wordsOf(text, at, end)[0];
  return first !== undefined && isNameStop(first);
}

// Tagged phrases, remembered: a name is mentioned again and again in a letter. When full the oldest
// goes, so memory stays flat and the letter at hand keeps its phrases (clearing all re-tagged them).
// (8,192, not 4,096: the phrases letters share outgrew the smaller one, which evicted them before they
// came back; on 10,000 synthetic letters jieba is asked 10,384 times instead of 22,380, at ~25 µs a call.)
const tagged = new Map<string, Word[]>();
const TAGGED_MAX = 8192;
// The phrases in the order they came, as a ring: the slot to fill next holds the oldest. Its phrase
// is deleted at every insertion, the empty slot's '' (never a phrase) included: a path first taken
// when the cache fills, long after warm-up, made V8 throw away the code of every finder that inlines
// wordsOf (eight at once); and a Map's iterator, asked for the oldest, walked over the deleted slots.
const taggedOrder: string[] = new Array<string>(TAGGED_MAX).fill('');
let nextSlot = 0;

function remember(phrase: string, words: Word[]): void {
  tagged.delete(taggedOrder[nextSlot]!);
  taggedOrder[nextSlot] = phrase;
  nextSlot = (nextSlot + 1) % TAGGED_MAX;
  tagged.set(phrase, words);
}

// A county's or town's name written whole, its level word last (金凤区, 双台子区, 腰堡镇).
const FULL_LOCAL_FORM = /^\p{Script=Han}{2,}[区县旗市镇乡]$/u;

/**
 * The genre's own words take their tag here (建议/v). A city's or province's name keeps the general dictionary's tag when it is also a word there (怀化/v),
 * and a county's or town's full name when the tagger reads it as a person or common noun (金凤区/nr):
 * it is a place. (Counties' short forms are not re-tagged: 会同, 和 are words of the sentence as often.)
 */
function asPlace(w: Word): Word {
  const genreTag = GENRE_TAGS.get(w.word);
  if (genreTag) return { word: w.word, tag: genreTag };
  if (w.tag === 'ns') return w;
  const place = placeByForm.get(w.word);
  if (!place) return w;
  const local = place.level === 'county' || place.level === 'town';
  return !local || FULL_LOCAL_FORM.test(w.word) ? { word: w.word, tag: 'ns' } : w;
}

/**
 * An adverb and its verb the dictionary holds as one word of another class (高度重视/l, 全力支持/n,
 * 大力发展/nz, even a person's name: 严格执行/nr) are a verb phrase, which no name runs over: 一直高度重视|明水经济技术开发区;
 * so is one whose verb the dictionary reads alone as a noun (充分利用: 充分/ad 利用/n).
 */
function asVerbPhrase(w: Word): Word {
  if (w.word.length !== 4 || !PHRASE_TAGS.test(w.tag)) return w;
  const adverb = tagPhrase(w.word.slice(0, 2));
  const verb = tagPhrase(w.word.slice(2));
  const oneWord = adverb.length === 1 && verb.length === 1;
  // (An adjective's adverb before a noun, 充分/ad 利用/n; not any adverb, 高新/d 技术/n.)
  const verbal = /^vn?$/u.test(verb[0]!.tag) || (adverb[0]!.tag === 'ad' && verb[0]!.tag === 'n');
  return oneWord && /^(?:d|ad)$/u.test(adverb[0]!.tag) && verbal ? { word: w.word, tag: 'v' } : w;
}
const PHRASE_TAGS = /^(?:l|i|n|nz|nr)$/u;

// The genre's words the general dictionary tags otherwise than these letters use them (data/word-tags.json).
const GENRE_TAGS = new Map(Object.entries(wordTags.words));

// Every list of words has one shape for V8, as the code that walks words reads them at every name
// candidate: words as this module writes them ({ word, tag }; jieba's objects hold the fields in the
// other order) in a packed array of objects (a mapped array came out packed or holey by V8's tier,
// and a literal [] is one of small integers). Mixed shapes made that code polymorphic, and V8 threw
// away the finders' optimised code each time a new one first came by.
const NO_WORDS: Word[] = [{ word: '', tag: '' }].slice(0, 0);

/** The tagger's words of a phrase, as places, verb phrases and clans are read here. */
function tagPhrase(phrase: string): Word[] {
  const words: Word[] = [];
  for (const w of segmenter().tag(phrase, false)) {
    const last = words.length > 0 ? words[words.length - 1]! : null;
    // A surname and 氏 name a clan (任氏|文化研学基地, 王氏宗祠), whatever the tagger reads the surname as (任/r, the 任 of 任何).
    if (w.word === '氏' && last && last.word.length === 1 && isSurname(last.word)) words[words.length - 1] = { word: `${last.word}氏`, tag: 'nr' };
    else words.push(asVerbPhrase(asPlace({ word: w.word, tag: w.tag })));
  }
  return words.length > 0 ? words : NO_WORDS;
}

/** The words of text[start, end), in order. */
export function wordsOf(text: string, start: number, end: number): Word[] {
  if (start >= end) return NO_WORDS;
  const phrase = text.slice(start, end);
  let words = tagged.get(phrase);
  if (!words) {
    words = tagPhrase(phrase);
    remember(phrase, words);
  }
  return words;
}

/**
 * A character-level left boundary may fall inside a word (获|评天津市…基地: the stop lists know 获 but not
 * 评): where a verb or another word no name holds runs over `at` from the characters before it, the
 * name starts after that word; else at `at`.
 */
export function afterStraddlingStop(text: string, at: number, floor: number): number {
  const lead = Math.max(floor, at - 3);
  if (lead === at) return at;
  const w = wordHolding(text, lead, Math.min(text.length, at + 4), at);
  // (So does a word a number opens, its count's or date's: 2024年|度市级专项资金 starts after 年度.)
  return w && w.start < at && (isNameStop(w.word) || AFTER_NUMBER.test(text.charAt(w.start - 1))) ? w.end : at;
}

/** The word of text[lead, end), as the tagger reads that stretch, that holds the character at `at`, with its span; null past the stretch. */
export function wordHolding(text: string, lead: number, end: number, at: number): { word: Word; start: number; end: number } | null {
  let pos = lead;
  for (const word of wordsOf(text, lead, end)) {
    const next = pos + word.word.length;
    if (next > at) return { word, start: pos, end: next };
    pos = next;
  }
  return null;
}

const AFTER_NUMBER = /^[\d０-９]$/u;

/** The index of the first word that does not start before `offset` characters, and where that word starts. */
function firstWordAt(words: Word[], offset: number): { index: number; start: number } {
  let index = 0;
  let start = 0;
  for (; start < offset && index < words.length; index++) start += words[index]!.word.length;
  return { index, start };
}

/** The words after the first `offset` characters (`offset` falls between words, as nameWordsStart gives it). */
export function wordsFrom(words: Word[], offset: number): Word[] {
  return words.slice(firstWordAt(words, offset).index);
}

/** The words from `offset` characters on, or null where `offset` falls inside a word. */
export function wordsStartingAt(words: Word[], offset: number): Word[] | null {
  const { index, start } = firstWordAt(words, offset);
  return start === offset ? words.slice(index) : null;
}

// Time words the tagger is sure of (近年来, 今年, 目前); it also tags 明月 and 青年 as time words. A part of
// a month or year after its number is one too (9月底, 年初, 上旬).
const TIME_WORD = /^(?:[近今去明前当目每同上下本历往现此][\p{Script=Han}]*[年来期前后时日今]|[年月][底初末中]|[上中下]旬)$/u;
// Tags that never stand inside a name, wherever they are in it (和/与 and numerals may: 一带一路, 三大).
const INSIDE_NEVER = /^(?:d|ad|p|r|rr|rz|u\w*)$/u;
// Locality words of a span of time (协议期内|高新区管委会, 成立以来, 其中) close the phrase before them; those of
// place and rank (西部, 周边, 上游, 以上: 市级及以上) may stand inside a name.
const SPAN_LOCALITY = /^(?:期[内间末满]|以[来后前内]|之[后前间中]|其中|年[内底初])$/u;
/** 和, 与, 及: the words that may join two parts of one name, or two names. */
export const isJoiner = (word: string) => JOINERS.test(word);
const JOINERS = /^[和与及]$/u;
// A pronoun and the body or level word it points to: 我局, 你县, 该中心, 本市.
const POINTED = /^[局县市区镇乡省委厅办院]$/u;
// Tags of a proper-name part: places, people, organisations, abbreviations, other proper nouns, Latin.
const PROPER = /^(?:ns|nr\w*|nt|nz|j|eng|zg|ng)$/u;
const MAGNITUDE = /^[万千百]$/u;
/** Does the tagger read a word as a proper name's part (a place, person, organisation, abbreviation)? */
export const isProperWord = (w: Word) => PROPER.test(w.tag);

/**
 * Nothing before the last adverb, preposition, pronoun or particle belongs to a name (…就你镇X基地,
 * 榆林市被列为…物流园区): the offset after it, else 0.
 */
export function afterNeverInside(words: Word[]): number {
  let offset = 0;
  let after = 0;
  words.forEach((w, i) => {
    offset += w.word.length;
    // A pronoun takes the body or level word it points to (我局, 你镇).
    const pointed = i > 0 && words[i - 1]!.tag.startsWith('r') && POINTED.test(w.word);
    // A conjunction of two characters or more (以及, 以次) joins clauses, never parts of one name (和, 与 may).
    // (和/与/及 join a name's parts whether the tagger reads them as conjunctions or prepositions, 心理辅导与援助中心,
    // but not right before the class word: …由西向东与|园区.)
    const joins = isJoiner(w.word) && i < words.length - 1;
    // 一 alone after a noun, before no number or measure, is a dash a page typed as one (a bus route: 政务中心一长河社区一职教中心).
    const dash = w.word === '一' && words[i - 1]?.tag.startsWith('n') === true && words[i + 1] !== undefined && !/^[mq]/u.test(words[i + 1]!.tag);
    // 之 before one bound character binds a literary name's halves (汴水之畔超算中心, 长江之滨科创中心, 职工之家).
    const bound = w.word === '之' && i > 0 && words[i + 1]?.word.length === 1;
    // One character the tagger reads as an adverb between a place and a noun is a trade name's (绍兴县华越|印花有限公司,
    // 绍兴越园|染整有限公司); an adverb before a verb is the clause's (某市将|建设…).
    const traded = w.tag === 'd' && w.word.length === 1 && words[i - 1]?.tag === 'ns' && TRADE_NAME_NEXT.test(words[i + 1]?.tag ?? '');
    if ((INSIDE_NEVER.test(w.tag) && !joins && !bound && !traded) || pointed || dash || (w.tag === 'c' && w.word.length > 1) || (w.tag === 'f' && SPAN_LOCALITY.test(w.word))) after = offset;
  });
  return after;
}
const TRADE_NAME_NEXT = /^(?:n|ng|nz|zg)$/u;

/** How many of `words` lie within their first `offset` characters. */
function wordsWithin(words: Word[], offset: number): number {
  let i = 0;
  for (let n = 0; n < offset; i++) n += words[i]!.word.length;
  return i;
}

/** A word no name opens with: a time word of the clause (当前, 目前) or a word of a class never inside a name (adverbs, pronouns …). */
const opensNoName = (w: Word) => (w.tag === 't' ? TIME_WORD.test(w.word) : NEVER_IN_NAME.test(w.tag));

/**
 * Where a name whose words are `words` (its text before the suffix) really starts, as an offset
 * into that text: after leading time words, adverbs, pronouns (and the 局/县 they point to),
 * prepositions, numerals, and a verb whose object is a proper noun (下设准格尔…, 深入X村…).
 */
export function nameWordsStart(words: Word[], opensListItem = false): number {
  let offset = afterNeverInside(words);
  for (let i = wordsWithin(words, offset); i < words.length; i++) {
    const w = words[i]!;
    // Verbs in a row (集中|解决|西部云基地) are read as one before what follows them.
    let last = i;
    while (w.tag === 'v' && words[last + 1]?.tag === 'v') last++;
    const next = words[last + 1];
    // (A one-character verb too, before a person's or organisation's name: 属|西亚斯大学; and a
    // region's word, 位于|西部云基地.)
    const verbBeforeProper =
      w.tag === 'v' &&
      next !== undefined &&
      (w.word.length > 1 || last > i
        ? PROPER.test(next.tag) || NATIONAL.test(next.word) || LEVEL_OR_GRADE.test(next.word) || REGION.test(next.word)
        : // (Not first in a list's item, where a name starts: 、保|周跨境电商直播基地 is 保周….)
          (next.tag === 'nr' || next.tag === 'nt') && !(opensListItem && i === 0));
    // 原 (former) and 现 (now) before a place or body: 将原内蒙古准格尔经济开发区管理委员会.
    const formerOf = (w.word === '原' || w.word === '现') && next !== undefined && PROPER.test(next.tag);
    // (A lone 万, 千 or 百 after no number and before a place the tagger knows is a name's first character, 万|香…港.)
    const magnitude = w.tag === 'm' && MAGNITUDE.test(w.word) && words[i - 1]?.tag !== 'm' && next?.tag === 'ns';
    const leading = opensNoName(w) && !magnitude;
    // A verb before a time word or an adverb ends the clause before the name (认为|当前|基层派出所).
    const verbBeforeStop = last === i && isLongVerb(w) && next !== undefined && opensNoName(next);
    if (!(leading || verbBeforeProper || formerOf || verbBeforeStop)) break;
    if (verbBeforeProper) for (; i < last; i++) offset += words[i]!.word.length;
    offset += words[i]!.word.length;
  }
  return offset;
}

/**
 * Anywhere in a name, even one that opens with a place, a verb whose object is a place or body starts
 * the name after it (辽河碑林作为|盘锦市…基地, 国务院批复|郑州航空港…): the offset after the last such
 * verb, else 0. (nameWordsStart cuts only leading verbs, before any proper noun.)
 */
export function afterInnerVerb(words: Word[]): number {
  let offset = 0;
  let after = 0;
  words.forEach((w, i) => {
    offset += w.word.length;
    const next = words[i + 1];
    // A body before the verb is its subject (县人民政府划拨|专项资金): the name starts after the verb too.
    const objectOrSubject =
      (next !== undefined && (next.tag === 'ns' || next.tag === 'nt' || LEVEL_OR_GRADE.test(next.word) || LEVELS_TOGETHER.test(next.word) || NATIONAL.test(next.word) || REGION.test(next.word))) || words[i - 1]?.tag === 'nt';
    // (The tagger may read the verb as a noun before a grade or a place written whole or known: 因素法分配|省级财政专项资金,
    // 探索运用|福建省…追溯平台, 稳妥设计|连云港石化产业基地.)
    const verb = w.tag === 'v' || (w.tag === 'vn' && next !== undefined && (LEVEL_OR_GRADE.test(next.word) || (next.tag === 'ns' && (FULL_PLACE.test(next.word) || placeByForm.has(next.word)))));
    if (i > 0 && verb && w.word.length > 1 && objectOrSubject) after = offset;
    // A one-character verb before a place written whole (沿线有|金凤区应急指挥中心): a clause too.
    if (i > 0 && w.tag === 'v' && w.word.length === 1 && next?.tag === 'ns' && FULL_LOCAL_FORM.test(next.word)) after = offset;
    // 有 and 是 say what there is, before any proper name (在谈项目有|中联数据智算中心); 无 and 没有 that
    // there is none, before anything, the suffix itself too (我厅无|海绵城市建设专项资金, 部门无|专项资金).
    // (After what has them, 有 says so before any name: 院校有|枣矿集团技术学院.)
    if (w.tag === 'v' && ((next !== undefined && EXISTENTIAL.test(w.word) && (PROPER.test(next.tag) || (i > 0 && w.word === '有'))) || NONE.test(w.word))) after = offset;
    // A modal and its verb (政府应|征询…工业园): a clause, whose object is what follows.
    if (i > 0 && MODAL.test(w.word) && next !== undefined && next.tag.startsWith('v')) after = offset + next.word.length;
  });
  return after;
}

// (国际性 is a class's adjective: 国际性展会平台.)
const NATIONAL = /^(?:国家|中国|全国|中央|国际(?!性))/u;
// A country's region, which opens names as a place does (西部云基地, 中部地区…).
const REGION = /^[东南西北中](?:部|南|北)$/u;
const MODAL = /^(?:应|须|需|要|应当|应该|需要|必须)$/u;
const EXISTENTIAL = /^[有是]$/u;
const NONE = /^(?:无|没有)$/u;
// A place written whole, its level word last (福建省, 黄石市, 金凤区).
const FULL_PLACE = /^\p{Script=Han}{2,}[省市区县旗州盟镇乡]$/u;
// A level word alone (县 of 县人才…) stands for a place as a place name does.
const LEVEL_WORD = /^[省市县区镇乡]$/u;
// …and its grade (下达|省级水利发展资金).
const LEVEL_OR_GRADE = /^[省市县区镇乡]级?$/u;
/**
 * Places of a level taken together (乡镇…, 村居…) open a class's name, not one's (a fund may be theirs: 区县科技创新引导基金),
 * and are a verb's object (听取|乡镇商会); not a county's body whose word opens with 市 (县|市容环卫服务中心, 县|市场…, 县|市政…).
 */
export const LEVELS_TOGETHER = /^(?:乡镇|县区|区县|县市(?![容场政])|市县|县乡|镇村|村居|镇街)/u;
/** Do levels in brackets end at `at` (县(市)区政府, 县(市、区)公共法律服务中心: the bodies of several levels, a class)? */
export function levelsBracketedBefore(text: string, from: number, at: number): boolean {
  return LEVELS_BRACKETED_BEFORE.test(text.slice(Math.max(from, at - LEVELS_BRACKETED_SPAN), at));
}
const LEVELS_BRACKETED_BEFORE = /[(（][省市区县州旗镇乡](?:[、,，][省市区县州旗镇乡])*[)）][省市区县州旗镇乡]?$/u;
const LEVELS_BRACKETED_SPAN = 8;

/** Does a name (its words before the suffix) hold a proper-name part, or is it only a description (茶叶交易市场, 良种繁育基地)? */
export function hasProperPart(words: Word[]): boolean {
  // (Latin letters and digits are a proper part, 5G, AI; brackets are not: 国别(地区)工业园.)
  // A level word opening it names the letter's own place (市公共法律服务中心).
  if (words[0] !== undefined && LEVEL_WORD.test(words[0].word)) return true;
  // A quoted part is a name the letter marks as one (“走出去”服务平台).
  return words.some((w) => (PROPER.test(w.tag) && !LEVEL_MORPHEME.test(w.word) && !isProduceAsName(w, words)) || NATIONAL.test(w.word) || REGION.test(w.word) || w.word === '“' || LATIN_OR_DIGIT.test(w.word) || (w.tag.startsWith('n') && isCountyStem(w.word))) || unknownRun(words);
}

/**
 * Three or more one-character nouns in a row are a name the dictionary does not hold, which the
 * segmenter breaks into its characters (马|栏|山 of 马栏山视频文创产业园): a place's or a brand's.
 */
function unknownRun(words: Word[]): boolean {
  let run = 0;
  for (const w of words) {
    run = w.word.length === 1 && NOUN_TAG.test(w.tag) && !LEVEL_MORPHEME.test(w.word) && !LEVEL_WORD.test(w.word) ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}
// (Built once: the test runs for every candidate name.)
const NOUN_TAG = /^n[grs]?$/u;

/**
 * The tagger reads some two-character common nouns as given names (木耳/nr, 毛竹/nr): alone before the
 * suffix (木耳基地, 毛竹基地) such a word is what the place grows, no person it is named after.
 */
const isProduceAsName = (w: Word, words: Word[]) => words.length === 1 && w.tag === 'nr' && w.word.length === 2;

/** Is a word a county's name without its level word, which the tagger reads as a common noun (金水 of 金水区: 金水科教园区)? */
function isCountyStem(word: string): boolean {
  if (word.length < 2) return false;
  const county = placeByForm.get(`${word}区`) ?? placeByForm.get(`${word}县`);
  return county?.level === 'county' && !shortFormWords.has(county.name) && !wordLikeCounties.has(county.name);
}
const LATIN_OR_DIGIT = /[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]/u;
// A bound morpheme (湾, 阁) may be a name’s own part; a village’s or town’s level word (村, 镇) names a class: 村特色产业园.
const LEVEL_MORPHEME = /^[村乡镇组社]$/u;
