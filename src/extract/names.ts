// Names that end in a type's suffix (…基金, …实验室, …大学, …有限公司). The suffix is easy;
// the left boundary is the hard part: a name starts after a verb, a number or a separator.
import leftContext from '../../data/agency-left-context.json' with { type: 'json' };
import rules from '../../data/name-rules.json' with { type: 'json' };
import { isKnownTown, nationalOrgByForm, placeAt, placeByForm, placeEndingAt, startsWithPlace } from './gazetteer.js';
import { byLastCodeUnit, charTest, inRanges, matches, rangeHolding, WordScanner } from './literals.js';
import { afterInnerVerb, afterNeverInside, afterStraddlingStop, hasProperPart, isJoiner, levelsBracketedBefore, LEVELS_TOGETHER, nameWordsStart, wordHolding, wordsFrom, wordsOf, wordsStartingAt, type Word } from './words.js';

// Agency: the working groups a government sets up (…工作领导小组), named by what they do.
export type SuffixType = 'Fund' | 'Platform' | 'Organization' | 'Agency';
export type NameHit = { type: SuffixType; start: number; end: number; text: string; name: string; aliases: string[] };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SUFFIXES = new WordScanner(Object.values(rules.suffixes).flat());
const SUFFIXES_AT_END = new RegExp(`(?:${Object.values(rules.suffixes).flat().map(escape).join('|')})$`, 'u');
const TYPE_OF_SUFFIX = new Map<string, SuffixType>(
  Object.entries(rules.suffixes).flatMap(([type, list]) => list.map((s) => [s, type as SuffixType] as const)),
);
const STOPS = [...rules.leftStops].sort((a, b) => b.length - a.length);
const SOFT = new Set(rules.softStops.list);
const GENERIC_MORPHEMES = [...rules.genericMorphemes].sort((a, b) => b.length - a.length);
const GENERIC_NAMES = new Set(rules.genericNames);
const COUNT_AFTER = new RegExp(rules.countAfter, 'u');
const COUNT_BEFORE = new RegExp(rules.countBefore, 'u');
// A level word after another and a joiner (省、市…), not a grade (省、市级…).
const LEVEL_LISTED = /^[省市县区州][、和与及][省市县区州](?!级)/u;
const LEVELS_COUNTED = /^[省市州县区镇乡村、]*(?:两|二|三|四|五|各|多)级/u;
// (An ordinal is a name's own: 第六产业园.)
const COUNTED_CLASS = /(?<!第)[一二三四五六七八九十两]大?$/u;
const COUNTED_INSIDE = /(?<!第)[一二三四五六七八九十两]+大(?=\p{Script=Han})/u;
const AMOUNT_UNIT = /^[万亿千百]$/u;
const DIGIT = /\d/u;
const MECHANISM_AFTER = /^(?:机制|模式|体系|建设机制)/u;
const BODY_BEFORE_FUND = /(?:局|机关|厅|指挥部|领导小组)$/u;
const isNameChar = charTest(matches(/[\p{Script=Han}A-Za-z()（）·”—]/u));
const isHan = charTest(matches(/\p{Script=Han}/u));
const isHanOrLatin = charTest(matches(/[\p{Script=Han}A-Za-z]/u));
const FIRST_STEP_EXEMPT = new Set(rules.firstStepExempt.list);
const MEASURE = rules.measureWords;
const isMeasure = charTest((ch) => MEASURE.includes(ch));
const isCountDigit = charTest(matches(/[\d一二三四五六七八九十百千两]/u));
const [OPEN, OPEN_FULL, CLOSE, CLOSE_FULL, OPEN_QUOTE, CLOSE_QUOTE, DASH] = [...'(（)）“”—'].map((ch) => ch.charCodeAt(0));
const QUOTED_NUMBER = /^[一二三四五六七八九十百千\d]+$/u;
const INSIDE = '内'.charCodeAt(0);
const NOT_FOLLOWED_BY = new Map(
  Object.entries(rules.notFollowedBy).filter(([k]) => !k.startsWith('$')).map(([k, v]) => [k, new RegExp(v, 'u')] as const),
);
const ANY_NOT_FOLLOWED_BY = NOT_FOLLOWED_BY.get('*');
const NOT_IN_CORE = /[()（）“”+、·\s]/g;
const LEVEL_PREFIX = /^(?:市级以上|国家级|省级|市级|区级|县级|全国|国家|市|省|区|县)/u;
// A designation's scope (国际科技合作基地, 国际科技产业创新中心) grades a class as a level does; but the
// system of a centre so named (国际技术转移中心服务平台) is one thing.
const SCOPE_PREFIX = /^国际(?!.+(?:中心|基地|园区).+$)/u;

/** True when a name says only what kind of thing it is (技术创新中心, 产业基金, 重点实验室). */
export function isGenericName(name: string): boolean {
  const core = name.replace(NOT_IN_CORE, '');
  const bare = core.replace(LEVEL_PREFIX, '').replace(SCOPE_PREFIX, '');
  if (GENERIC_NAMES.has(core) || GENERIC_NAMES.has(bare)) return true;
  // (Most names open with neither a level nor a scope: the bare name is the core, asked once.)
  return wordBreaks(core) || (bare !== core && wordBreaks(bare));
}

const byFirst = (morphemes: string[]) => {
  const map = new Map<number, string[]>();
  for (const g of morphemes) map.set(g.charCodeAt(0), [...(map.get(g.charCodeAt(0)) ?? []), g]);
  return map;
};
const MORPHEMES_BY_FIRST = byFirst(GENERIC_MORPHEMES);
const MONEY_BY_FIRST = byFirst(rules.fundMoney.morphemes);

/** Can the whole string be cut into generic words (of `morphemes`, by first code unit)? */
function wordBreaks(s: string, morphemes = MORPHEMES_BY_FIRST): boolean {
  const ok = new Array<boolean>(s.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < s.length; i++) {
    if (!ok[i]) continue;
    for (const g of morphemes.get(s.charCodeAt(i)) ?? []) if (s.startsWith(g, i)) ok[i + g.length] = true;
  }
  return ok[s.length]!;
}

// One level or several together (国省补助资金, 中央和省级资金): 国 alone only before another level.
const ONE_FUND_LEVEL = '(?:(?:省|自治区|市|州|区(?!域)|县|镇|乡)级?|国家级?|中央|国(?=[省市县]))';
const FUND_LEVEL = new RegExp(`^(?:${ONE_FUND_LEVEL}[和及与、]?)*${ONE_FUND_LEVEL}(?=\\p{Script=Han}{2})`, 'u');

/**
 * A fund of a level (区级现代农业发展奖补专项资金, 省水利发展资金) is named when more than money words
 * say what it is for; one of no level is generic as any other name is (产业基金).
 */
function isGenericFund(name: string): boolean {
  // 创业投资类基金: a kind (类) of fund is a class, however it is described.
  if (KIND_OF_FUND.test(name)) return true;
  const core = name.replace(NOT_IN_CORE, '');
  const level = FUND_LEVEL.exec(core);
  if (level) return wordBreaks(core.slice(level[0].length), MONEY_BY_FIRST);
  // A special fund (专项) is named by what it is for, as one of a level is (人才发展专项基金).
  return core.includes('专项') ? wordBreaks(core, MONEY_BY_FIRST) : isGenericName(name);
}

const KIND_OF_FUND = new RegExp(`类(?:${rules.suffixes.Fund.map(escape).join('|')})$`, 'u');

const STOP_EXCEPTIONS = rules.stopExceptions.list;
const TYPE_STOPS: Record<SuffixType, string[]> = { Agency: [], Fund: [], Platform: [], Organization: rules.typeStops.Organization };

// Stops indexed by their last character: the scan asks at every character.
const STOPS_BY_LAST = byLastCodeUnit(STOPS);

function stopEndingAt(text: string, pos: number): string | null {
  // (Most characters end no stop: no list to walk, not even an empty one.)
  const stops = STOPS_BY_LAST.get(text.charCodeAt(pos - 1));
  if (stops === undefined) return null;
  for (const s of stops) {
    if (!text.startsWith(s, pos - s.length)) continue;
    // A word that spans the boundary (本市|场 in 资本市场, 建成|渝 in 组建成渝) means this is no boundary.
    if (exceptionAt(text, pos, s.length)) continue;
    // A character that opens a place (如 in 如皋市) is no stop there.
    if (s.length === 1 && opensPlace(text, pos - 1)) continue;
    // A stop that ends a compound noun is none (城乡|建设 in 双台子区城乡建设事业发展服务中心, 秸秆综合|利用专项资金; not 充分|发挥).
    if (s.length > 1 && endsNounCompound(text, pos, s.length)) continue;
    // Nor one inside a zone's or park's own word, which an inner name ends in (峄城经济开发|区云端大数据产业园).
    if (s.length > 1 && suffixSpans(text, pos - s.length, pos)) continue;
    return s;
  }
  return null;
}

/**
 * Does a place's name start at `at`? Not the stop and a level word that make a county's name only
 * before 级, where the level word is a grade's (资金和|县级…: 和县 is a county).
 */
function opensPlace(text: string, at: number): boolean {
  const place = placeAt(text, at);
  return place !== null && !(place.length === 2 && text.charAt(at + 2) === '级');
}

// The exceptions by first and by last code unit: a stop asks which start at its last character, and
// for a one-character stop also which end there (44 words, each asked twice at every stop found).
const EXCEPTIONS_BY_FIRST = byFirst(STOP_EXCEPTIONS);
const EXCEPTIONS_BY_LAST = byLastCodeUnit(STOP_EXCEPTIONS);
const LONGEST_EXCEPTION = Math.max(...STOP_EXCEPTIONS.map((w) => w.length));

/** Does an exception start at pos - 1, or (after a one-character stop) end there? */
function exceptionAt(text: string, pos: number, stopLength: number): boolean {
  // (Near the text's start, startsWith reads a negative position as 0: there every exception is asked.)
  if (pos < LONGEST_EXCEPTION) return STOP_EXCEPTIONS.some((w) => text.startsWith(w, pos - 1) || (stopLength === 1 && text.startsWith(w, pos - w.length)));
  const c = text.charCodeAt(pos - 1);
  if (EXCEPTIONS_BY_FIRST.get(c)?.some((w) => text.startsWith(w, pos - 1))) return true;
  return stopLength === 1 && (EXCEPTIONS_BY_LAST.get(c)?.some((w) => text.startsWith(w, pos - w.length)) ?? false);
}

/** Does a word of text[lead, end) start before `start` and end after it but before `end`? */
function wordEndsInside(text: string, lead: number, start: number, end: number): boolean {
  // (The words after the suffix decide how it is cut: 协商|会签, not 协商会.)
  const w = wordHolding(text, lead, Math.min(text.length, end + 2), start);
  // (Not a place's short form the tables lend the tagger: 成|渝中|心 is 成渝|中心.)
  return w !== null && w.start < start && w.end < end && w.word.tag !== 'ns';
}

/** Does a suffix word start in text[from, pos) and run past `pos`? */
function suffixSpans(text: string, from: number, pos: number): boolean {
  for (let i = from; i < pos; i++) if ((SUFFIXES.longestAt(text, i)?.length ?? 0) > pos - i) return true;
  return false;
}

/** Is the word the tagger reads ending at `end` longer than `length` characters, and what comes before them a noun or verbal noun (城乡|建设, 综合|利用)? */
function endsNounCompound(text: string, end: number, length: number): boolean {
  const last = wordsOf(text, Math.max(0, end - 8), end).at(-1);
  if (last === undefined || last.word.length <= length) return false;
  const head = wordsOf(last.word, 0, last.word.length - length);
  return head.length === 1 && (head[0]!.tag === 'n' || head[0]!.tag === 'vn');
}

/** True when a name may start at `pos`: after a non-Chinese character or a stop word. */
export function atNameBoundary(text: string, pos: number): boolean {
  return pos <= 0 || !isHan(text, pos - 1) || stopEndingAt(text, pos) !== null;
}

/**
 * At a joiner (和/与/及) inside a candidate name: does it join parts of one name? Yes when the
 * right part alone is generic (…协同创新与成果转移转化中心), or when the left part opens with a
 * place or holds a level's grade or the nation and the right part opens with no place (北京怀柔仪器和传感器产业园,
 * but not 北京大学…和重庆师范大学).
 */
function joinsOneName(text: string, joinerEnd: number, suffixEnd: number, floor: number): boolean {
  const right = text.slice(joinerEnd, suffixEnd);
  // 养老服务中心和智慧平台, 淮南市人民政府和高新区管委会, 某县气象局(台)和…中心 (a note in brackets after the body):
  // the left part is a whole name already, so these are two.
  const before = text.slice(Math.max(floor, joinerEnd - 9), joinerEnd - 1).replace(NOTE_AT_END, '');
  if (SUFFIXES_AT_END.test(before) || BODY_AT_END.test(before)) return false;
  let leftStart = joinerEnd - 1;
  while (leftStart > floor && isNameChar(text, leftStart - 1) && !stopEndingAt(text, leftStart)) leftStart--;
  // 国债、专项债及政府产业基金: after a list's 、 the joiner ends the list, it joins no name's parts.
  if (text.charAt(leftStart - 1) === '、') return false;
  if (isGenericName(right) || bareClass(wordsOf(text, joinerEnd, suffixEnd))) return true;
  if (startsWithPlace(right)) return false;
  const left = text.slice(leftStart, joinerEnd - 1);
  // A level's grade in the left part grades the whole name (我省省级中小企业和民营经济发展专项资金), as
  // the nation in it does (组织|国家印刷及柔性显示创新中心).
  return startsWithPlace(left) || GRADE.test(left);
}

const BODY_AT_END = /(?:政府|机构|[局厅委办院队])$/u;
const NOTE_AT_END = /[(（][^()（）]{1,4}[)）]$/u;
const GRADES = '国家级|省级|市级|县级|区级';
const GRADE = new RegExp(`${GRADES}|国家|中国`, 'u');

/** A class with one word of what it does and no proper part (援助中心 of 心理辅导与援助中心) names nothing alone: it ends the left's name. */
function bareClass(words: Word[]): boolean {
  return words.length === 2 && words[0]!.word.length === 2 && !hasProperPart(words);
}

/** Start of the name whose suffix begins at `suffixStart`. */
export function leftBoundary(text: string, suffixStart: number, suffixEnd: number, floor: number, extraStops: string[] = []): number {
  let start = suffixStart;
  let depth = 0;
  let groupEnd = start;
  // Inside a quoted part of the name (贫困村“三个一”产业发展资金) no word or count ends it.
  let quoted = false;
  let quoteEnd = start;
  while (start > floor && suffixStart - start < rules.maxLength) {
    const c = text.charCodeAt(start - 1);
    if (c === CLOSE_QUOTE && depth === 0) {
      quoteEnd = start;
      quoted = text.lastIndexOf('“', start - 1) >= Math.max(floor, start - rules.maxLength);
      // A quote closed with no opening in reach closes the clause before (…相关政策。”河北阜城经济开发区).
      if (!quoted) break;
    }
    if (c === CLOSE || c === CLOSE_FULL) {
      if (depth === 0) groupEnd = start;
      depth++;
    } else if (c === OPEN || c === OPEN_FULL) {
      if (depth === 0) break;
      depth--;
      // "(一)科技成果转化平台": a group not preceded by a name character is a list number.
      if (depth === 0 && !isHanOrLatin(text, start - 2)) return groupEnd;
    } else if (c === OPEN_QUOTE) {
      // A quoted part opens the name: “一带一路”国际技术转移中心; a quoted number is the plan's period
      // before it (“十五五”浦东新区国际贸易中心), no part of it.
      if (depth === 0 && QUOTED_NUMBER.test(text.slice(start, quoteEnd - 1))) return quoteEnd;
      // It opens the name unless a name's words run on before it (中小企业“助保贷”融资平台).
      if (depth === 0 && (!isHan(text, start - 2) || stopEndingAt(text, start - 1) !== null)) return start - 1;
      if (depth === 0) quoted = false;
    } else if (!isNameChar(text, start - 1)) break;
    // A dash after a whole name introduces the next (首个国际创新园—温江生物医药国际创新园), and a
    // localiser places it inside one (贺州高新区内|贺州天润科技企业孵化器); a double dash introduces a
    // name after any words (合资企业——沈美日用品有限公司).
    else if ((c === DASH || c === INSIDE) && (SUFFIXES_AT_END.test(text.slice(Math.max(floor, start - 7), start - 1)) || (c === DASH && text.charCodeAt(start - 2) === DASH))) break;
    // "建成7个市级…服务港", "32 支母基金": a count ends the name on its left.
    if (depth === 0 && !quoted && isMeasure(text, start - 1) && isCountDigit(text, countDigitBefore(text, start - 1))) break;
    if (depth === 0 && !quoted) {
      const stop = stopEndingAt(text, start) ?? extraStopEndingAt(text, start, extraStops);
      // A stop ends the name unless it opens it (stopOpensName) or is a joiner joining one name's parts.
      if (stop && !stopOpensName(text, stop, start, suffixStart, suffixEnd) && !(SOFT.has(stop) && joinsOneName(text, start, suffixEnd, floor))) break;
    }
    start--;
  }
  // Out of length inside a bracketed group (…(赣府厅发[2007]48号)制定了江西省…资金): the name starts after the group.
  return depth === 0 ? start : groupEnd;
}

/**
 * A working group, a headquarters or its office is named by its task, a verb right before it too, after the
 * verb's object (现代农业推进|领导小组, 垃圾分类推进|工作指挥部); a verb after a body or place is the clause's (县政府成立|领导小组).
 */
const namesTask = (text: string, verbStart: number, suffixStart: number, suffixEnd: number) =>
  TASK_GROUP_RE.test(text.slice(suffixStart, suffixEnd)) && /\p{Script=Han}/u.test(text.charAt(verbStart - 1)) && !SUBJECT_END.test(text.charAt(verbStart - 1));
const TASK_GROUP_RE = /(?:小组|指挥部)(?:办公室)?$/u;
const SUBJECT_END = /[府委局厅办部院省市县区镇乡里我其]/u;

/**
 * Does the stop ending at `at` open the name, standing first before its suffix: a word exempt there, or a verb naming
 * a group's task (never a joiner: 码头、渡口和|指挥部)? (A function, not a closure in the walk: the walk asks at every character.)
 */
function stopOpensName(text: string, stop: string, at: number, suffixStart: number, suffixEnd: number): boolean {
  return isFirstStep(text, at, suffixStart) && (FIRST_STEP_EXEMPT.has(stop) || (!SOFT.has(stop) && namesTask(text, at - stop.length, suffixStart, suffixEnd)));
}

/** Does a word ending at `at` stand first before the suffix, or before the 工作 it names (平安建设|工作领导小组)? */
function isFirstStep(text: string, at: number, suffixStart: number): boolean {
  return at === suffixStart || (at === suffixStart - 2 && text.startsWith('工作', at));
}

/** The first of `stops` (a type's own) that ends at `pos`, or null. A loop, not `find`: the walk asks at every character, and a closure each time was garbage at once. */
function extraStopEndingAt(text: string, pos: number, stops: string[]): string | null {
  for (const w of stops) if (text.startsWith(w, pos - w.length)) return w;
  return null;
}

/** Where the digit of a count whose measure word is at `measure` stands: right before it, or before a space (32 支). */
function countDigitBefore(text: string, measure: number): number {
  let at = measure - 1;
  while (at > 0 && (text.charAt(at) === ' ' || text.charAt(at) === '\u3000')) at--;
  return at;
}

/** The length of the verbs (not verbal nouns) a name's words open with. */
function leadingVerbsLength(words: Word[], minLength = 1): number {
  let n = 0;
  for (const [i, w] of words.entries()) {
    // (A set phrase right before a place is a verb phrase too, 全面完成|湖北省…; elsewhere it may be a noun, 生态环境|专项资金.)
    const verbal = (w.tag.startsWith('v') && w.tag !== 'vn') || (w.tag === 'l' && words[i + 1]?.tag === 'ns');
    if (!verbal || w.word.length < minLength) break;
    n += w.word.length;
  }
  return n;
}

/** The length of a name's words up to the last verb (two characters or more) between a place or body, its subject, and a noun, its object (南彭街道|靠近|园区), or 0. */
function afterSubjectVerb(words: Word[], suffix: string): number {
  let offset = 0;
  let after = 0;
  words.forEach((w, i) => {
    offset += w.word.length;
    const subject = words[i - 1];
    // (Not a verb names use for what they do: 三峡|后续扶持资金, 广东省|创新创业基金.)
    // (Its object is the next word, or the suffix itself when none follows, unless that opens with what
    // money is for: 三峡后续|扶持资金.)
    const object = words[i + 1];
    const objectOk = object === undefined ? !MONEY_FIRST.test(suffix) : object.tag.startsWith('n');
    // (A whole name is a subject too: 木兰玻璃工业园|编制|园区.)
    if (subject && objectOk && w.tag === 'v' && w.word.length > 1 && !NAME_WORDS.has(w.word) && (subject.tag === 'ns' || subject.tag === 'nt' || PLACE_WORD.test(subject.word) || SUFFIXES_AT_END.test(subject.word))) after = offset;
  });
  return after;
}
const PLACE_WORD = /^(?:街道|社区|镇|乡|村)$/u;
const RELATED = /相关|有关/u;
const NAME_WORDS = new Set([...GENERIC_MORPHEMES, ...rules.fundMoney.morphemes]);
const MONEY_FIRST = new RegExp(`^(?:${rules.fundMoney.morphemes.join('|')})`, 'u');

/** Does a fund's name from `at` on name a class of funds (医保基金) and more than money (专项资金)? */
function classAfter(name: string, at: number): boolean {
  const rest = name.slice(at);
  return at > 0 && isGenericFund(rest) && !ONLY_MONEY.test(rest);
}
const ONLY_MONEY = new RegExp(`^(?:${rules.fundMoney.morphemes.join('|')})+$`, 'u');

/** The length of a name's words up to the last one `marks` (a verb, a spending verb, a joiner; the word after it may tell), or 0. */
function afterLast(words: Word[], marks: (w: Word, next: Word | undefined) => boolean): number {
  let offset = 0;
  let after = 0;
  for (let i = 0; i < words.length; i++) {
    offset += words[i]!.word.length;
    if (marks(words[i]!, words[i + 1])) after = offset;
  }
  return after;
}

/** A verb of two characters or more, any: a place's name holds none (联合|沣京路派出所). */
const isVerb = (w: Word) => w.tag === 'v' && w.word.length > 1;
/** A verb of two characters or more a proper name follows (授予|慧居科技…: the name is its object). */
const isVerbBeforeProper = (w: Word, next: Word | undefined) => isVerb(w) && next !== undefined && PROPER_TAG.test(next.tag);
const PROPER_TAG = /^(?:nr|nrt|ns|nz)$/u;
/** A verb of two characters or more, not one names use for what money does (扶持, 引导). */
const isClauseVerb = (w: Word) => isVerb(w) && !NAME_WORDS.has(w.word);
/** A verb of giving or spending money (投入, 予以, 下达). */
const isSpendVerb = (w: Word) => SPEND_VERBS.has(w.word);
const SPEND_VERBS = new Set(rules.fundMoney.spendVerbs.list);
/** Where a fund's name starts after the verbs of giving or spending it that open `text[start, suffixStart)`
 * (总计投入|财政补助资金: what is left may be a class of money, no name). */
function afterSpending(text: string, start: number, suffixStart: number, tagged: Word[], taggedStart: number): number {
  // (The words already tagged serve where the name starts on one of them; the tagger is asked again only otherwise.)
  return start + afterLast(wordsStartingAt(tagged, start - taggedStart) ?? wordsOf(text, start, suffixStart), isSpendVerb);
}
/** A conjunction joining two things (和, 与, 及). */
const isJoin = (w: Word) => w.tag === 'c' && isJoiner(w.word);

const endsWithOneOf = (words: string[]) => new RegExp(`(?:${words.join('|')})中心$`, 'u');
const SERVICE_CENTRE = endsWithOneOf(rules.serviceCentre.before);
const CARE_CENTRE = endsWithOneOf(rules.careCentre.before);
const SERVICE_STATION = new RegExp(`(?:${rules.serviceCentre.stations.join('|')})工作站$`, 'u');
// (A level's grade is no level: 县级政务服务中心 is a class of centres, whatever it serves.)
const LEVEL_START = /^[省市区县州盟旗镇乡](?!级)/u;
const GRADE_START = /^[省市区县州盟旗镇乡村]级/u;
const BUREAU_CENTRE = /[局厅]\p{Script=Han}{2,}中心$/u;
// A care centre is named by the place it serves: 庆丰社区日间照料中心, not 居委会养老服务中心.
const NAMED_PLACE = /\p{Script=Han}{2,}(?:社区|村|街道|镇|乡)/u;
const PLACE_CLASS = /乡镇|镇街|镇村|[乡镇村]级/u;

/** What a platform-suffixed name is by what its centre does: a public service centre of a level's
 * government (区环卫中心, X县农业项目管理服务中心) is an Agency, a care centre of a named place an
 * Organization, one of no named place nothing; 'Platform' otherwise. */
function centreType(name: string): 'Agency' | 'Organization' | 'Platform' | null {
  // (A care centre first: 居家社区养老综合服务中心 ends like a service body's 综合服务中心.)
  const care = CARE_CENTRE.test(name);
  // Written bare (人参产业发展服务中心), it is still the letter's own level's body; a bare generic one is no name.
  if (!care && (SERVICE_CENTRE.test(name) || SERVICE_STATION.test(name))) return !GRADE_START.test(name) && (LEVEL_START.test(name) || startsWithPlace(name) || !isGenericName(name)) ? 'Agency' : null;
  // A bureau's own centre (区城管局高新区服务中心, 县农业农村局农技推广中心) is a unit of the bureau.
  if (!care) return BUREAU_CENTRE.test(name) ? 'Agency' : 'Platform';
  // One of a class of places (仙居县乡镇养老服务中心: the county's towns' centres) names none.
  if (PLACE_CLASS.test(name)) return null;
  return (NAMED_PLACE.test(name) && !hasVerb(name)) || startsWithPlace(name) ? 'Organization' : null;
}

/** Does a name hold a verb of two characters or more (慢病患者选择|社区卫生服务中心: a phrase, not a place's centre)? */
function hasVerb(name: string): boolean {
  return wordsOf(name, 0, name.length).some((w) => w.tag.startsWith('v') && w.tag !== 'vn' && w.word.length > 1);
}

const PROPER_PART_SUFFIXES = new Set(rules.properPart.suffixes);
const BRACKETED_PLACE_RE = /^[(（]([\p{Script=Han}]{2,8})[)）]/u;

/** A place in brackets right after a name (…中心（四川）), or ''. */
function placeInBrackets(text: string, at: number): string {
  const m = BRACKETED_PLACE_RE.exec(text.slice(at, at + 12));
  return m && placeByForm.has(m[1]!) ? m[0] : '';
}

const ZONE_COMMITTEES = new Set(rules.zoneCommittee.suffixes);
const ZONE_WORDS = [...rules.zoneCommittee.zones].sort((a, b) => b.length - a.length);

/** Where the zone's word (开发区, 园区, 基地) ending at `at` starts; -1 when none does: the committee is no zone's. */
function zoneWordStart(text: string, at: number, floor: number): number {
  const word = ZONE_WORDS.find((w) => at - w.length >= floor && text.startsWith(w, at - w.length));
  return word ? at - word.length : -1;
}
const TOWN_MIDDLE_BEFORE = /^[市县镇乡城街副]$/u;
// The words that stand before a body (指导, 协调, 支持 …; 报, 由, 向 …).
// (By first character: each candidate name asks at its start.)
const VERBS_BEFORE_BODY = byFirst(leftContext.words.filter((w) => w.length > 1));
// (As code units: the loop below asks at every character, and charAt makes a string of each Chinese one.)
const ONE_BEFORE_BODY = new Set(leftContext.words.filter((w) => w.length === 1).map((w) => w.charCodeAt(0)));
const LEVEL_CHARS = new Set([...'省市区县'].map((ch) => ch.charCodeAt(0)));

/**
 * 指导|怀化职业技术学院, 方案报|市脱贫攻坚指挥部: how far the name starts after `at`: after such a word (which
 * the tagger may read as a noun) before a place, after one character before a level word that makes no
 * place with it, or after a word the tagger reads as a verb or attribute before a lone level word; else 0.
 */
function verbBeforePlace(text: string, at: number, end: number, tagged: Word[], taggedStart: number): number {
  const verb = VERBS_BEFORE_BODY.get(text.charCodeAt(at))?.find((w) => text.startsWith(w, at) && objectFollows(text, at + w.length, end, taggedStart));
  if (verb) return verb.length;
  // The last such character in the phrase (方案报|市…指挥部).
  for (let i = end - 2; i >= at; i--) {
    if (ONE_BEFORE_BODY.has(text.charCodeAt(i)) && LEVEL_CHARS.has(text.charCodeAt(i + 1)) && !startsWithPlace(text, i)) return i + 1 - at;
  }
  // Or the last word the segmenter reads as a verb or an attribute before a level character it reads as a
  // word of its own (承担起|市|法律援助中心, 一站式|市…; not 省级|区块链), of the phrase's words (`tagged`, from `taggedStart`).
  let cut = 0;
  let pos = taggedStart;
  for (const [i, w] of tagged.entries()) {
    const start = pos;
    pos += w.word.length;
    const next = tagged[i + 1]?.word;
    if (start >= at && pos <= end && NOT_PLACE_TAGS.has(w.tag) && next?.length === 1 && LEVEL_CHARS.has(next.charCodeAt(0)) && !startsWithPlace(text, start)) cut = pos - at;
  }
  return cut;
}
const NOT_PLACE_TAGS = new Set(['v', 'b', 'd', 'p', 'c', 'u', 'r']);

/**
 * Does what follows such a word at `at` read as its object: a place, a level word the tagger reads alone
 * (指导|市|律师协会), levels together (听取|乡镇商会: a class), or the suffix itself (指导|商会)?
 */
function objectFollows(text: string, at: number, end: number, phraseStart: number): boolean {
  if (at === end || startsWithPlace(text, at) || LEVELS_TOGETHER.test(text.slice(at, end))) return true;
  if (!LEVEL_CHARS.has(text.charCodeAt(at))) return false;
  // (The phrase's words, as the caller tagged them from `phraseStart`.)
  const level = wordHolding(text, phraseStart, end, at);
  return level !== null && level.start === at && level.word.word.length === 1;
}
// (Not a level word itself: 区县, 市县 name two levels.)
const LONE_BEFORE_LEVEL = /^[^\P{Script=Han}省市区县州盟旗镇乡][县省]$/u;
// A place written in full, with its level word (福建省, 泉州市, 青川县).
const FULL_PLACE = /[省市县]$/u;
const FUND_PHASE = /^[一二三四五六七八九]期/u;
// (A designation's batch may open it: 首批省级示范零工市场, 第二批国家级…基地.)
const GRADED = new RegExp(`^(?:首批|第[一二三四五六七八九十\\d]+批)?(?:${GRADES})`, 'u');
const GRADE_ALONE = new RegExp(`^(?:${GRADES})$`, 'u');
const QUOTES = /[“”]/g;
const GROUP_SUFFIX = /小组$/u;
const PLACE_NAMED = new Set(rules.placeNamed.suffixes);
// A level's body opening a name (市委人才工作领导小组, 县政府…) is its owner, as a place is.
const LEVEL_OPENING = /^[省市县区镇乡州旗](?:委|政府|人民政府|人大|政协)/u;
const LIST_MARK = /^、$/u;

/**
 * A name that opens inside a town's name the town table knows (次|邱镇食品工业园: 次 is a stop word) opens
 * with the town: the start moved back over the town's first one or two characters, else `start`.
 */
function townStartBefore(text: string, start: number, floor: number): number {
  const level = TOWN_LEVEL_IN_OPENING.exec(text.slice(start, start + 4));
  if (!level) return start;
  const end = start + level.index + level[0].length;
  for (const k of [1, 2]) if (start - k >= floor && isKnownTown(text.slice(start - k, end))) return start - k;
  return start;
}
const TOWN_LEVEL_IN_OPENING = /^\p{Script=Han}{1,2}?(?:镇|乡|街道)/u;

/**
 * The names, each platform starting after a body whose name opens it where what follows is a name of its
 * own: a park named right after the office that runs it (…委员会办公室洪庆航天动力产业园) is the park. A body's
 * class of platform (某局科技服务平台) stays whole, and so does a fund, named for the body's work
 * (县政协提案政府专项补助资金). A name starting inside a body's own is none: only what follows the body may be one.
 */
export function afterLeadingBodies(text: string, hits: NameHit[], bodies: { start: number; end: number }[], skip: [number, number][]): NameHit[] {
  const out: NameHit[] = [];
  // The name of the hit's type that ends where the hit does and starts after `from`, if what follows `from` is one.
  const nameAfter = (from: number, hit: NameHit) => findSuffixNames(text, from, hit.end, skip).find((h) => h.end === hit.end && h.type === hit.type);
  for (const hit of hits) {
    // A name cut out of a body's own (文化和|旅游部全国…中心, cut at 和) is no name; what follows the body may be
    // the body's unit (its name written with the body's, its span after it).
    const cut = bodies.find((b) => b.start < hit.start && hit.start < b.end && b.end < hit.end);
    if (cut) {
      const unit = nameAfter(cut.end, hit);
      if (unit) out.push({ ...unit, name: text.slice(cut.start, cut.end) + unit.name });
      continue;
    }
    const body = hit.type === 'Platform' ? bodies.find((b) => b.start === hit.start && b.end < hit.end) : undefined;
    out.push((body && nameAfter(body.end, hit)) || hit);
  }
  return out;
}

const PURPOSE_VERBS = [...rules.fundMoney.purposeVerbs.list].sort((a, b) => b.length - a.length);
// The money's level before its purpose (中央和自治区财政, 省级, 省): not a level character ending a word (城市|促进…).
const MONEY_LEVEL_BEFORE = new RegExp(`(?:${ONE_FUND_LEVEL}[和及与、]?)*(?:中央|国家|自治区|省|[省市州县区]级|财政)$`, 'u');

/**
 * Where a fund starts whose name holds the verbs of its purpose after a place or a level's money
 * (云南省|加快|食用菌产业发展资金, 中央和自治区财政|衔接推进|乡村振兴补助资金), or after its amount or a
 * verb giving it: at that place or level, or at the verbs, which are the name's, not the sentence's; else `start`.
 */
function purposePlaceStart(text: string, start: number, floor: number): number {
  let at = start;
  for (let verb = extraStopEndingAt(text, at, PURPOSE_VERBS); verb && at - verb.length >= floor; verb = extraStopEndingAt(text, at, PURPOSE_VERBS)) at -= verb.length;
  if (at === start) return start;
  const place = placeEndingAt(text, at, floor);
  if (place) return place.start;
  const level = MONEY_LEVEL_BEFORE.exec(text.slice(Math.max(floor, at - 16), at));
  if (level) return at - level[0].length;
  // After an amount or a verb of giving it (安排11.5亿元|衔接推进乡村振兴补助资金, 下达|衔接…), the verbs open the name.
  return AMOUNT_BEFORE.test(text.slice(Math.max(floor, at - 2), at)) || extraStopEndingAt(text, at, rules.fundMoney.spendVerbs.list) ? at : start;
}
const AMOUNT_BEFORE = /[\d万亿千百]元$/u;

// Names no suffix name runs over: an app's quoted name (the quote finder's), a firm's whole name, an official and a name.
const APP_SUFFIX = /^(?:APP|App)$/u;
const FIRM_BEFORE_NAME = /(?:有限公司|有限责任公司|股份公司)(?=\p{Script=Han}{2})/u;
const OFFICIAL_BEFORE_NAME = /(?:组长|局长|主任|书记|县长|区长|市长|镇长|乡长|厅长|部长|主席)(?=\p{Script=Han}{2})/u;

/** Every suffix-named Fund, Platform and Organization in `text[from, to)`, longest first where they overlap. */
export function findSuffixNames(text: string, from: number, to: number, skip: [number, number][] = []): NameHit[] {
  const hits: NameHit[] = [];
  for (const { start: suffixStart, word: suffix } of SUFFIXES.scan(text, from, to)) {
    const type = TYPE_OF_SUFFIX.get(suffix)!;
    // "国家集成电路产业投资基金二期": a fund's phase is part of its name.
    const phase = type === 'Fund' ? (FUND_PHASE.exec(text.slice(suffixStart + 2, suffixStart + 4))?.[0] ?? '') : '';
    // "物流园区": a park takes the 区 after it, and is then a 园区.
    const zone = suffix.endsWith('园') && text.charAt(suffixStart + suffix.length) === '区' ? '区' : '';
    const end = suffixStart + suffix.length + phase.length + zone.length;
    const inTitle = rangeHolding(skip, suffixStart);
    // Names inside a title are the title's; but for the body opening it (某区管委会关于…), its issuer.
    if (inTitle && (type !== 'Agency' || !text.startsWith('关于', end))) continue;
    // (An app whose name is quoted, “i重庆”App, is the quote finder's.)
    if (APP_SUFFIX.test(suffix) && text.charAt(suffixStart - 1) === '”') continue;
    // 市中心, 镇中心, 大街中心: the middle of a town or street, not a centre of anything; nor is a city's
    // secondary centre (北京城市副中心), a district of its plan.
    if (suffix === '中心' && TOWN_MIDDLE_BEFORE.test(text.charAt(suffixStart - 1))) continue;
    const after = text.slice(end, end + 6);
    if (NOT_FOLLOWED_BY.get(zone ? '园区' : suffix)?.test(after) || ANY_NOT_FOLLOWED_BY?.test(after)) continue;
    // "商丘市梁园区": a place whose name ends like a suffix.
    if ((placeEndingAt(text, end, from)?.start ?? end) < suffixStart) continue;
    // "与市财政局协商会签": a word that runs into the suffix from its left and ends inside it (协商|会签) leaves no suffix there.
    if (wordEndsInside(text, Math.max(from, suffixStart - 4), suffixStart, suffixStart + suffix.length)) continue;
    // A zone's committee: the name's words end before the zone's word (开发区 holds the stop 开发).
    const head = ZONE_COMMITTEES.has(suffix) ? zoneWordStart(text, suffixStart, from) : suffixStart;
    if (head < 0) continue;
    const charBounded = leftBoundary(text, head, end, from, TYPE_STOPS[type]);
    if (charBounded === head) continue;
    const bounded = isHan(text, charBounded - 1) ? Math.min(head, afterStraddlingStop(text, charBounded, from)) : charBounded;
    if (bounded === head) continue;
    // Words tell what characters do not: a name never starts after a verb, adverb or pronoun.
    // One that opens with a place (重庆市…) is only cut after a verb whose object is a place or body.
    const tagged = wordsOf(text, bounded, head);
    // Not even one opening with a place runs over a preposition, adverb or pronoun (榆林市被列为…园区).
    const cut = bounded + afterNeverInside(tagged);
    const words = startsWithPlace(text.slice(cut, head)) ? null : wordsFrom(tagged, cut - bounded);
    const wordStart = Math.max(cut + (words ? nameWordsStart(words, cut === bounded && LIST_MARK.test(text.charAt(bounded - 1))) : 0), bounded + afterInnerVerb(tagged));
    // One character before 县/省 that makes no known place with it (经县…, 由省…) is a word of the sentence.
    // So is one before a province's, city's or county's name written in full (用好|福建省…基地).
    const lone = !startsWithPlace(text, wordStart) && (LONE_BEFORE_LEVEL.test(text.slice(wordStart, wordStart + 2)) || FULL_PLACE.test(placeAt(text, wordStart + 1) ?? ''));
    const cutStart = lone ? wordStart + 1 : wordStart + verbBeforePlace(text, wordStart, head, tagged, bounded);
    // An amount's unit after its digits (40万福彩公益金) is no part of the name.
    const opened = townStartBefore(text, cutStart + (AMOUNT_UNIT.test(text.charAt(cutStart)) && DIGIT.test(text.charAt(cutStart - 1)) ? 1 : 0), from);
    // A body's or organisation's name never opens with a verb of two characters or more (召开|领导小组,
    // 督促|城投集团; 喜|鹤集团 is a name); a fund's or platform's may, as the tagger reads it (制造强省专项资金).
    // (Nor does a centre that is a public service body without it: 报经|国资管理中心, but 指挥协调中心, named by what it does;
    // nor a platform whose name has a proper part without it: 释放|双循环节点平台.)
    const lead = type === 'Fund' ? 0 : leadingVerbsLength(wordsFrom(tagged, opened - bounded), 2);
    const led = lead > 0 && (type !== 'Platform' || centreType(text.slice(opened + lead, end)) === 'Agency' || hasProperPart(wordsFrom(tagged, opened + lead - bounded))) ? opened + lead : opened;
    // A body named by its place (沣京路派出所) starts after the clause's last verb (刑侦大队联合|沣京路派出所).
    const placeNamed = PLACE_NAMED.has(suffix);
    // So does a firm after a verb whose object it is, its proper name right after the verb (经营权授予|慧居科技…有限公司).
    const named = placeNamed ? led + afterLast(wordsFrom(tagged, led - bounded), isVerb) : type === 'Organization' ? led + afterLast(wordsFrom(tagged, led - bounded), isVerbBeforeProper) : led;
    // A fund a place or level names by its purpose (云南省加快|食用菌产业发展资金) starts at the place; one after a
    // verb of giving or spending money (下达|农田建设补助资金, 在测算分配|…时) after the verb, its object.
    const funded = type === 'Fund' ? afterSpending(text, purposePlaceStart(text, named, from), suffixStart, tagged, bounded) : named;
    // Money of several levels together (争取省、市|农村公路建设补助资金) is no one place's: its name drops the level.
    const start = type === 'Fund' && funded - 2 >= from && LEVEL_LISTED.test(text.slice(funded - 2, funded + 2)) ? funded + 1 : funded;
    // 新区管委会: a zone's word alone names none.
    if (start === suffixStart || start > head - 2 || (inTitle && start !== inTitle[0] + 1)) continue;
    // An official's title with a name after it is a sentence about the official (…领导小组组长唐英瑜主持召开|领导小组会议), no body's name.
    if (OFFICIAL_BEFORE_NAME.test(text.slice(start, suffixStart))) continue;
    // Nor does one run over a firm's whole name into what the firm does (某科技有限公司意向投资|某产业园).
    if (type !== 'Organization' && FIRM_BEFORE_NAME.test(text.slice(start, suffixStart))) continue;
    const written = text.slice(start, end);
    // (The quote finder reads “渝快办”政务服务平台 as 渝快办, described.)
    if (type === 'Platform' && isDescribedQuote(text, start, written)) continue;
    // Quotes inside a name (“一带一路”国际技术转移中心) are dropped from the canonical form.
    const name = written.replace(QUOTES, '');
    if ((written.match(QUOTES)?.length ?? 0) % 2 === 1) continue;
    // A service centre is named by what it does (县农业项目管理服务中心): generic words are its name.
    const kind = type === 'Platform' ? centreType(name) : type;
    // A platform needs a proper part; a name opening with a place has it.
    if ((kind === 'Platform' || kind === 'Organization') && words && PROPER_PART_SUFFIXES.has(suffix) && !hasProperPart(wordsFrom(words, start - cut))) continue;
    // "某市生物医药产业相关科研平台", "相关厅管专项资金": what is related to something describes a class, names none.
    if (kind !== 'Agency' && RELATED.test(name)) continue;
    // "省级示范性职教集团": an organisation of a grade with no proper part is a class too.
    const grade = kind === 'Organization' || kind === 'Platform' ? GRADED.exec(name) : null;
    if (grade && !hasProperPart(wordsOf(name, grade[0].length, name.length - suffix.length))) continue;
    // (A fund's suffix alone, 奖励资金 after 下达, names no fund.)
    const generic = kind === 'Fund' ? (n: string) => n === suffix || isGenericFund(n) : isGenericName;
    if (!kind || name.length < 3 || (generic(name) && (kind !== 'Agency' || placeNamed))) continue;
    // What follows a cut in the name may still be a class (the name whole is none, but for a body's):
    // asked only where a cut falls inside the name.
    // (A body named by its place is asked as a thing's name is: 属|当地派出所 names none.)
    const byWords = kind !== 'Agency' || placeNamed;
    const nameWords = byWords ? wordsFrom(tagged, start - bounded) : [];
    const genericAfter = (at: number) => byWords && at > 0 && generic(name.slice(at));
    // "筹集补助资金", "建全民健身中心": a verb before a class noun names no thing.
    if (genericAfter(leadingVerbsLength(nameWords))) continue;
    // "城镇和工业园区": two things joined, the last a class, are not one name.
    if (genericAfter(afterLast(nameWords, isJoin))) continue;
    // "南彭街道靠近园区": a place or body and its verb before a class is a clause, no name.
    if (genericAfter(afterSubjectVerb(nameWords, suffix))) continue;
    // "打击欺诈骗取医保基金": nor a verb before a class of funds (its object), where a verb before money
    // alone says what the money is for (旅游扶贫|专项资金) and a place's fund is named (璧山区乡村振兴产业引导基金).
    if (kind === 'Fund' && !startsWithPlace(name) && classAfter(name, afterLast(nameWords, isClauseVerb))) continue;
    // (A count after the last item of a list counts the list: …、某县某某返乡创业园3个; not where the item before
    // has its own: 试点项目2个、某某示范基地1个, each a class counted.)
    const listCounted = text.charAt(start - 1) === '、' && !COUNT_BEFORE.test(text.slice(Math.max(from, start - 7), start - 1));
    if (COUNT_BEFORE.test(text.slice(Math.max(from, start - 6), start)) || (COUNT_AFTER.test(text.slice(end, end + 6)) && !listCounted)) continue;
    // "市、区两级古城保护发展指挥部": bodies of several levels at once are a class, not one body.
    if (LEVELS_COUNTED.test(name) || (kind !== 'Fund' && LEVELS_TOGETHER.test(name))) continue;
    if (levelsBracketedBefore(text, from, start)) continue;
    // "四馆三中心", "五大平台": a number of a class, a slogan's count, names none.
    if (COUNTED_CLASS.test(text.slice(Math.max(start, suffixStart - 2), suffixStart))) continue;
    // "六大产业基地": a name opening with such a count is a class too (not a place so named: 五大连池), as is
    // one counting after its place (菱湖镇两大省级化工园区).
    const counted = kind === 'Agency' ? null : COUNTED_INSIDE.exec(name);
    if (counted && !startsWithPlace(name, counted.index)) continue;
    // "产业化基金机制", "基金运营模式": a way of working named after a class, not a named thing.
    if (MECHANISM_AFTER.test(text.slice(end, end + 4))) continue;
    if (type !== 'Fund' && name.length - suffix.length < 2) continue;
    // "市医保局基金监管", "局机关基金": a body before the suffix makes the money its work, no fund's name;
    // a headquarters' or working group's money (某指挥部补助资金) is the money it hands out, named by no one.
    if (kind === 'Fund' && BODY_BEFORE_FUND.test(name.slice(0, name.length - suffix.length))) continue;
    // A working group is named by its task: 工作领导小组 alone names none, and one of no place or body is
    // the letter's own arrangement (提案办理领导小组, 联合整治领导小组), no standing body.
    if (type === 'Agency' && name.length - suffix.length - (name.includes('工作') ? 2 : 0) < 2) continue;
    if (type === 'Agency' && GROUP_SUFFIX.test(suffix) && !LEVEL_OPENING.test(name) && !hasProperPart(wordsOf(name, 0, name.length - suffix.length))) continue;
    // "各区也相应成立区级指挥部": a grade alone before the suffix names a class of bodies.
    if (type === 'Agency' && GRADE_ALONE.test(name.slice(0, name.length - suffix.length))) continue;
    // The branch a national platform keeps in a province belongs to its name: …检验中心(四川).
    const branch = type === 'Platform' ? placeInBrackets(text, end) : '';
    const full = branch ? name + branch.replace(/^（/u, '(').replace(/）$/u, ')') : name;
    hits.push({ type: kind, start, end: end + branch.length, text: written + branch, name: full, aliases: [] });
  }
  return joinEarmarked(text, dropOverlaps(hits));
}

/**
 * A fund earmarked from another is named by both (中央彩票公益金|支持|体育事业专项资金): two funds joined by
 * a verb of support are one fund's name.
 */
function joinEarmarked(text: string, hits: NameHit[]): NameHit[] {
  const out: NameHit[] = [];
  for (const h of hits) {
    const last = out.at(-1);
    if (last?.type === 'Fund' && h.type === 'Fund' && EARMARK_RE.test(text.slice(last.end, h.start))) {
      out[out.length - 1] = { ...last, end: h.end, text: text.slice(last.start, h.end), name: last.name + text.slice(last.end, h.start) + h.name };
    } else out.push(h);
  }
  return out;
}
const EARMARK_RE = /^(?:支持|资助)$/u;

// A fund a policy governs: 《丰泽区文化产业发展专项资金管理办法》 names 丰泽区文化产业发展专项资金.
const FUND_IN_TITLE_RE = /^(关于印发)?([\p{Script=Han}()（）]{2,40}?(?:专项资金|发展资金|引导基金|基金))(?=(?:使用)?管理|使用|绩效)/u;

/** The fund a policy's title (the text inside 《》) is about, with its offset in the title, or null. */
export function fundInTitle(title: string): { offset: number; name: string } | null {
  const m = FUND_IN_TITLE_RE.exec(title);
  if (!m || isGenericName(m[2]!)) return null;
  return { offset: m[1]?.length ?? 0, name: m[2]! };
}

/**
 * Keeps the longest of overlapping hits (市自然科学基金创新发展联合基金 over 市自然科学基金);
 * between hits of equal length the one given first wins.
 */
export function dropOverlaps<T extends { start: number; end: number }>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start));
  // Kept hits in start order. They are non-empty (every finder's are) and never overlap, so
  // their ends are in order too, and only the last one starting before a hit's end can overlap it.
  const kept: T[] = [];
  for (const h of sorted) {
    const before = countStartingBefore(kept, h.end);
    if (before > 0 && kept[before - 1]!.end > h.start) continue;
    kept.splice(before, 0, h);
  }
  return kept;
}

/** How many of `spans` (sorted by start) start before `pos`. */
function countStartingBefore(spans: { start: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// (A name in 《》 is a platform only with its class after it: 《重庆人大》网站.)
const QUOTED_RE = /[“"]([^”"“]{2,40})[”"]|《([^《》\n]{2,40})》/gu;
// A quoted slogan, list or heading (“产业研究院+产业基金+产业园区”, “泉州:宋元中国的世界海洋商贸中心”), not a
// name; but “互联网+” opens one (“互联网+心电云”平台).
const LIST_OR_SUM = /[+＋、，,:：;；]/u;
const INTERNET_PLUS = /^(?:互联网|物联网|智慧|数字)[+＋][^+＋、，,]+$/u;
const QUOTED_PLATFORM_SUFFIX = new RegExp(`^(?:${[...rules.quotedSuffixes.Platform].sort((a, b) => b.length - a.length).map(escape).join('|')})`, 'u');
/** Does a platform's class (网站, 平台, 小程序 …) follow a quoted or bracketed name ending at `end`? */
export function platformClassAt(text: string, end: number): boolean {
  return QUOTED_PLATFORM_SUFFIX.test(text.slice(end, end + 12));
}
const LISTED_UNDER_CLASS = new RegExp(`^等\\p{Script=Han}{0,6}?(?:${rules.quotedSuffixes.Platform.map(escape).join('|')})`, 'u');
/**
 * Is a quote ending at `end` listed under a platform's class (“厨娘快线”等电商微商平台)? The class ends a word,
 * and a …网 the dictionary knows (等公路网主骨架) is a network, no site.
 */
function listedUnderClass(text: string, end: number): boolean {
  const m = LISTED_UNDER_CLASS.exec(text.slice(end, end + 12));
  if (!m) return false;
  const classEnd = end + m[0].length;
  const last = wordHolding(text, end, Math.min(text.length, classEnd + 6), classEnd - 1);
  return last !== null && last.end === classEnd && !isCommonNet(last.word.word);
}
const PLATFORM_END = new RegExp(`(?:${[...rules.suffixes.Platform, ...rules.quotedSuffixes.endings].map(escape).join('|')}|网)$`, 'u');

/**
 * “过滤网”, “互联网”, “数据孤岛”: a …网 the dictionary knows as one word, or a name ending in a common noun
 * of an island the dictionary knows (孤岛, not 海南岛, a place), is a common phrase (a site's name, 易智网,
 * is not one word).
 */
function isCommonNet(name: string): boolean {
  if (name.endsWith('网')) return wordsOf(name, 0, name.length).length === 1;
  const last = name.endsWith('岛') ? wordsOf(name, 0, name.length).at(-1) : undefined;
  return last !== undefined && last.word.length > 1 && last.tag === 'n';
}

/**
 * Is a quoted phrase a sentence rather than a name: does it open like one (在…, 建设…, 将…纳入…: a disposal
 * marker, which the tagger reads as an adverb), or say what something is (山水林田湖是一个生命共同体)?
 */
function isSentence(words: Word[]): boolean {
  const first = words[0];
  const opensAsSentence = first !== undefined && (first.tag === 'p' || DISPOSAL.has(first.word) || NEGATION.has(first.word) || ((first.tag === 'v' || first.tag === 'vn') && first.word.length > 1));
  return opensAsSentence || words.some((w) => w.word === '是' && w.tag === 'v');
}
/** A quote right before 的建议 (关于“…”的建议): a point of the proposal, neither a plan nor a platform. */
export const PROPOSAL_POINT_AFTER = /^的?(?:建议|提案|意见)/u;
const DISPOSAL = new Set(['将', '把']);
// “非镇非区”产业发展平台: a quote opening with a negation says what a class is not, naming nothing.
const NEGATION = new Set(['非', '不', '无', '未']);

/**
 * The class a quoted name is described by after its quote, in common words only (“长江渝融通”线上服务平台,
 * “渝快办”政务服务平台): the quote is the name, the description its alias. A proper part, a verb or a class
 * of its own there (“芯火”双创基地公共服务平台) makes one name of the whole, read by the suffix finder; so does
 * a quote inside a longer name (中小企业“助保贷”融资平台) or a slogan opening with a verb (“走出去”服务平台).
 */
function describedQuote(text: string, at: number, name: string, after: string): RegExpExecArray | null {
  // (The class word first: most quotes have none after them, and the segmenter is asked only about those that do.)
  const m = DESCRIBED_CLASS.exec(after);
  if (!m || !opensName(text, at) || wordsOf(name, 0, name.length)[0]?.tag === 'v') return null;
  const words = wordsOf(m[0], 0, m[0].length - m[1]!.length);
  return hasProperPart(words) || !words.every((w) => DESCRIBING_TAG.test(w.tag) && !PLATFORM_CLASSES.has(w.word)) ? null : m;
}
const DESCRIBED_CLASS = /^\p{Script=Han}{1,8}?(平台|系统)/u;
// Nouns, verbal nouns, adjectives and localisers (线上) describe; a verb, particle or pronoun there makes a clause (…”的平台架构).
const DESCRIBING_TAG = /^(?:n[^rstz]?|vn|an?|b|f)$/u;
const PLATFORM_CLASSES = new Set(rules.suffixes.Platform);

/** Does a quote at `at` open a name: no word of a name before it (根据|“渝快办”…, not 中小企业|“助保贷”…)? */
function opensName(text: string, at: number): boolean {
  if (!isHan(text, at - 1)) return true;
  const before = wordsOf(text, Math.max(0, at - 4), at);
  return !NAME_WORD_TAG.test(before[before.length - 1]!.tag);
}
const NAME_WORD_TAG = /^(?:n\w*|an?|b|f|j|eng)$/u;

/** Is a name the suffix finder read from a quote at `at` on (“渝快办”政务服务平台) a quoted name and its description? */
function isDescribedQuote(text: string, at: number, written: string): boolean {
  if (!written.startsWith('“')) return false;
  const close = written.indexOf('”');
  const after = written.slice(close + 1);
  return close > 0 && describedQuote(text, at, written.slice(1, close), after)?.[0] === after;
}

/**
 * Platforms the text counts in a list of their class: 新增橙色云、蓝海2个平台, 布局建设了中机院海西分院、
 * 氟化工、…、中国医工总院三明分院等创新平台, “渝快办”、“渝快政”等平台. An item is one when it has a proper
 * name's part or is quoted; a field, an activity, a class or an occasion (氟化工, 项目申报, 国家实验室, …宣传月) names none. Spans
 * another finder read (`taken`: a body, a suffix-named platform) are left to it.
 */
export function findListedPlatforms(text: string, from: number, to: number, taken: { start: number; end: number }[][]): NameHit[] {
  const hits: NameHit[] = [];
  for (const m of text.slice(0, to).matchAll(LISTED_CLASS_RE)) {
    if (m.index < from) continue;
    const items = listItemsBefore(text, m.index, from);
    if (items.length < 2) continue;
    for (const { start, end } of items) {
      const written = text.slice(start, end);
      const name = written.replace(QUOTES, '');
      const quoted = name.length === written.length - 2 && written.startsWith('“') && written.endsWith('”');
      // (…体系的重点领域: a phrase with 的 describes, it names nothing.)
      if (name.length < 2 || name.length > 16 || name.includes('的') || overlapsTaken(taken, start, end)) continue;
      const words = wordsOf(name, 0, name.length);
      // (Two things joined, QQ及微信, are no one item's name.)
      if (isGenericName(name) || OCCASION_END.test(name) || words.some(isJoin) || !(quoted || startsWithPlace(name) || words.some((w) => LISTED_PROPER_TAG.test(w.tag)))) continue;
      hits.push({ type: 'Platform', start, end, text: written, name, aliases: [] });
    }
  }
  return hits;
}
// A list's item names one thing by a place, a person's, brand's or body's name, or Latin letters (海尔卡奥斯, 蓝海):
// the tagger's other proper nouns (氟/nz, 申报/nz) are often a field's or an activity's words (氟化工, 项目申报).
const LISTED_PROPER_TAG = /^(?:ns|nr\w*|nt|eng)$/u;
// An occasion a body uses to publicise (“世界某某日”、“某某宣传月”等平台, …活动周, …文化节) is a day, no platform.
const OCCASION_END = /[日周月节]$/u;
// The class after a list: …等(重大科技创新)平台, …2个平台.
const LISTED_CLASS_RE = /(?:等|(?:\d+|[一二三四五六七八九十两]+)个)\p{Script=Han}{0,6}?平台/gu;

/** Does [start, end) overlap a span another finder read (the lists of spans in `taken`)? */
const overlapsTaken = (taken: { start: number; end: number }[][], start: number, end: number): boolean =>
  taken.some((spans) => spans.some((t) => t.start < end && start < t.end));

/** The items of a list (…、…、…) ending at `end`; the first starts after the clause's last verb, adverb or particle. */
function listItemsBefore(text: string, end: number, floor: number): { start: number; end: number }[] {
  const items: { start: number; end: number }[] = [];
  let itemEnd = end;
  for (let at = end; ; at--) {
    if (at > floor && isListItemChar(text, at - 1)) continue;
    if (at > floor && text.charAt(at - 1) === '、') {
      items.unshift({ start: at, end: itemEnd });
      itemEnd = at - 1;
      continue;
    }
    // (A quoted item is cut nowhere inside its quote: 依托|“渝快办”.)
    const quote = text.indexOf('“', at);
    const words = wordsOf(text, at, quote >= 0 && quote < itemEnd ? quote : itemEnd);
    items.unshift({ start: at + afterClauseWord(words), end: itemEnd });
    return items;
  }
}
const isListItemChar = charTest(matches(/[\p{Script=Han}A-Za-z0-9()（）·“”]/u));

/** The offset after a list's first item's last verb (not a verbal noun), adverb, preposition, pronoun or particle (布局建设了|中机院海西分院), else 0. */
function afterClauseWord(words: Word[]): number {
  let offset = 0;
  let after = 0;
  for (const w of words) {
    offset += w.word.length;
    if (CLAUSE_WORD_TAG.test(w.tag)) after = offset;
  }
  return after;
}
const CLAUSE_WORD_TAG = /^(?:v|vd|vi|d|ad|p|r\w*|u\w*|c|m|q|t)$/u;

/** Where the run of quotes the quote ending at `end` opens ends (“甲”、“乙”和“丙”等…): `end` if none follows. */
function quoteRunEnd(text: string, end: number): number {
  return end + QUOTE_RUN.exec(text.slice(end, end + 100))![0].length;
}
const QUOTE_RUN = /^(?:[、和及与]?“[^”“\n]{1,40}”)*/u;

/** Is the quote ending at `end` joined (、, 及, 和, 与) to a quote its platform class follows (“云预约”及“中易办”小程序)? */
function joinedToQuotedPlatform(text: string, end: number): boolean {
  const joined = JOINED_QUOTE.exec(text.slice(end, end + 48));
  return joined !== null && QUOTED_PLATFORM_SUFFIX.test(text.slice(end + joined[0].length, end + joined[0].length + 12));
}
const JOINED_QUOTE = /^(?:、|及|和|与)“[^”“]{2,40}”/u;

/** The national academies by any form the table lists (中科院 → 中国科学院), outside names found otherwise (中国科学院大学) and not opening a branch's (中科院成都分院). */
export function findNationalOrganizations(text: string, from: number, to: number, taken: { start: number; end: number }[][]): NameHit[] {
  const hits: NameHit[] = [];
  for (const { start, word } of NATIONAL_ORGS.scan(text, from, to)) {
    const end = start + word.length;
    // (中科院成都分院: a place after it opens its branch's name, no mention of the academy itself.)
    if (startsWithPlace(text, end) || overlapsTaken(taken, start, end)) continue;
    const name = nationalOrgByForm.get(word)!;
    hits.push({ type: 'Organization', start, end, text: word, name, aliases: name === word ? [] : [word] });
  }
  return hits;
}
const NATIONAL_ORGS = new WordScanner(nationalOrgByForm.keys());

/** Quoted platform names: “易智网”平台, “渝才荟”数字化平台, “三峡库区…协同创新中心”. */
export function findQuotedPlatforms(text: string, from: number, to: number, skip: [number, number][] = []): NameHit[] {
  const hits: NameHit[] = [];
  for (const m of text.slice(0, to).matchAll(QUOTED_RE)) {
    if (m.index < from || inRanges(skip, m.index)) continue;
    const name = (m[1] ?? m[2]!).trim();
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const classAfter = QUOTED_PLATFORM_SUFFIX.exec(after);
    if (m[2] !== undefined && !classAfter) continue;
    const suffix = classAfter ?? describedQuote(text, m.index, name, after);
    // “厨娘快线”等电商微商平台: a quoted name listed under its class is one of that class, each of a run of
    // quotes so listed too (“甲”、“乙”等平台); so is one joined to the next quote of that class (“云预约”及“中易办”小程序).
    const runEnd = quoteRunEnd(text, m.index + m[0].length);
    const listed = !suffix && (listedUnderClass(text, runEnd) || joinedToQuotedPlatform(text, m.index + m[0].length));
    // (Quotes listed under another class, “海洋强国”和“国际旅游岛”等重大发展机遇, are of that class, whatever they end in.)
    const listedElsewhere = !listed && text.charAt(runEnd) === '等';
    // (Most quotes are neither: the segmenter is asked only about those that may be.)
    if (!suffix && !listed && !PLATFORM_END.test(name)) continue;
    // “产业研究院+产业基金+产业园区”, “科创平台强基、特色载体领航”: slogans and lists, not names;
    // “在新野县…建设仓储物流园”: a quoted proposal or sentence opens with a preposition, verb or adverb.
    if ((LIST_OR_SUM.test(name) && !INTERNET_PLUS.test(name)) || isSentence(wordsOf(name, 0, name.length)) || PROPOSAL_POINT_AFTER.test(after)) continue;
    const start = m.index + 1;
    if (suffix) {
      const end = m.index + m[0].length + suffix[0].length;
      hits.push({ type: 'Platform', start: m.index, end, text: text.slice(m.index, end), name, aliases: [name + suffix[0]] });
    } else if (listed || (PLATFORM_END.test(name) && !listedElsewhere && !isGenericName(name) && !COUNTED_CLASS.test(name.slice(0, PLATFORM_END.exec(name)!.index)) && !isCommonNet(name))) {
      // (“一有七中心”: a slogan's count of a class names none.)
      hits.push({ type: 'Platform', start, end: start + name.length, text: name, name, aliases: [] });
    }
  }
  return hits;
}
