// Government, party and legislative bodies in a text, resolved to full official names:
// 市科技局 → 重庆市科学技术局 (by jurisdiction), 巴南区政府 → 重庆市巴南区人民政府 (by gazetteer),
// 科技部 → 中华人民共和国科学技术部 (national table). Unknown bodies keep the form written.
import leftContext from '../../data/agency-left-context.json' with { type: 'json' };
import nameRules from '../../data/name-rules.json' with { type: 'json' };
import signerTable from '../../data/signer-titles.json' with { type: 'json' };
import { SELF_WORD_RE } from '../parse/bodies.js';
import { isPersonName } from '../parse/personNames.js';
import {
  bodyByForm, COUNTY_LEVEL_WORDS, branchByForm, closedLevels, countyOfTown, congressSpecialCommittees, congressUnitByForm, fillTemplate, prefectureTemplates, levelByWord, MAX_PLACE_LENGTH, nationalByForm, isKnownTown, jointOffices, unitEndings, notLevel, provinceByAbbr, cityDocAbbr, sectorByDocForm, nationalByDocForm, openBodies, ownUnits, actingTowns, landmarkWords, partyByForm, placeAt, placeByForm, placeEndingAt, startsWithPlace, templateIn, withoutLevelWord, wordLikeCounties,
  zoneLevelWords,
  type Place,
  type PlaceLevel,
} from './gazetteer.js';
import { jurisdictionOf, standsOut, type Jurisdiction } from './jurisdiction.js';
import { placedName } from './scope.js';
import { holdsSentenceEnd } from './sentences.js';
import { byLastCodeUnit, charTest, inRanges, matches, ScannerGroup, type WordMatch, WordScanner } from './literals.js';
import { afterNeverInside, isLongVerb, isNameStop, isProperWord, levelsBracketedBefore, wordHolding, wordsBefore, wordsOf, type Word } from './words.js';

const BRANCH_OFFICE_RE = /^([\p{Script=Han}]{2,8}?)(?:分行|营业管理部|中心支行|监管分局|监管局|分局|调查总队)/u;

export type AgencyHit = { start: number; end: number; text: string; name: string };

const FORMS = new WordScanner([...bodyByForm.keys(), ...branchByForm.keys(), ...nationalByForm.keys()]);
// Verbs and particles that may stand before a body; the name rules' stops are such words too.
const LEFT_WORDS = [...new Set([...leftContext.words, ...nameRules.leftStops])].sort((a, b) => b.length - a.length);
// "县农业农村局种植业管理科": a named internal unit right after its body.
// "县公安局交通警察大队", "县人民政府督查室": the same for brigades and offices.
// A brigade's word ends its name whatever follows (交巡警大队将…), but not in 大队长; 科/处/股/室 end a
// word too often (科学, 处理) to end a unit before another character, but for a joiner before the next body's level
// (市交通局公交科和市公交总公司).
// (Never across a joiner: 县交警大队和市交警支队 names two brigades; but a 处 or 科 may join its two tasks, 博物馆与社会文物处,
// 推广传播和交流合作处, where no place or level word opens the second.)
// A numbered division (市政府二处) is one too.
// A centre, station or office of a bureau (区财政局评审中心, 县交通局运管所) ends where a clause goes on (对, 已, 负责);
// another level's government or party committee is no unit (抄送:…委员会区政府办公室 run together).
const UNIT_RE = /^(?![省市区县州旗镇乡](?:人民)?政府|[省市区县州旗]委)(?:[一二三四五六七八九十]{1,2}处(?=联系|负责|[^\p{Script=Han}]|$)|[^\P{Script=Han}和及与、的在对等]{2,8}?(?:(?:[和与](?![省市区县州旗镇乡我本])[^\P{Script=Han}和及与、的在对等]{2,8}?)?(?:科|处|股|室)(?=联系|负责|[和及与](?=[省市区县州旗镇乡])|[^\p{Script=Han}]|$)|(?:中心|(?<!网)站|所)(?=联系|负责|对|已|将|[^\p{Script=Han}]|$)|(?:总队|大队|支队|中队)(?![长部])))/u;
// A ministry's department (农业农村部种植业管理司, 教育部高教司, 农业农村部市场与信息化司), ending as a
// bureau's 处 does; 与 joins its two tasks (a second body would follow 和, 及 or 、).
const MINISTRY_UNIT_RE = /^[^\P{Script=Han}和及、的在对等]{2,8}?司(?=联系|负责|进行|[^\p{Script=Han}]|$)/u;
// Or a ministry's bureau (公安部禁毒局的领导), with no level word inside (工信部指导省工信局 names two bodies) and
// opening with no verb of working with another (宣传部联系交运局: a party committee's department is no ministry).
const STATE = '中华人民共和国';
const MINISTRY_BUREAU_RE = /^(?!联系|负责|指导)[^\P{Script=Han}和及与、的在对等局省市区县州]{2,8}?局(?=联系|负责|进行|的|[^\p{Script=Han}]|$)/u;
// A province department's bureau (省交通厅高速公路管理局, 自治区公安厅交管局), ending as a ministry's 司 does.
const DEPARTMENT_BUREAU_RE = /^[^\P{Script=Han}和及与、的在对等局]{2,8}?局(?=联系|负责|进行|[^\p{Script=Han}]|$)/u;
// A body's general office, whatever follows it (教育部办公厅下发, 省教育厅办公室牵头).
const OFFICE_RE = /^办公[厅室]/u;
// A city bureau's branch in one of its districts (市规划和自然资源局番禺区分局), the district's level word
// written or not (市生态环境局上城分局).
const DISTRICT_BRANCH_RE = /^([\p{Script=Han}]{1,8}?)分局/u;

/** A branch named after a county or district right after a bureau (…局埇桥分局): what is written, and that place. */
function districtBranch(after: string): { written: string; place: Place } | null {
  const m = DISTRICT_BRANCH_RE.exec(after);
  const place = m ? branchDistrict(m[1]!) : undefined;
  return place ? { written: m![0], place } : null;
}
const isCounty = (form: string) => placeByForm.get(form)?.level === 'county';
/** The county or district a branch is named after, its level word written or not (上城, 埇桥区). */
const branchDistrict = (written: string): Place | undefined =>
  [written, `${written}区`, `${written}县`].filter(isCounty).map((form) => placeByForm.get(form)!)[0];

/**
 * The bureau whose branch is named after a district is its city's (生态环境局埇桥分局 in a 埇桥区 letter:
 * 宿州市生态环境局's), though written bare it reads as the letter's district's.
 */
function branchParent(hit: AgencyHit, place: Place): AgencyHit {
  if (!place.city) return hit;
  const county = place.city + place.name;
  return hit.name.startsWith(county) ? { ...hit, name: place.city + hit.name.slice(county.length) } : hit;
}
// "县人大人事代表选举工作委员会", "县政协提案法制委员会": a congress's or conference's committee;
// 县政协(第)十五届委员会 is the conference itself, in one of its terms. Two tasks may be joined by 和 or 与
// (省政协社会和法制委员会), and a committee may be written short in 委 (县人大常委会人事代表联络委).
const COMMITTEE_RE = /^(?!第?[一二三四五六七八九十百\d]+届)(?:[^\P{Script=Han}和及与、的在对等]{2,8}[和与])?[^\P{Script=Han}和及与、的在对等]{2,10}?(?:工作委员会|委员会|工委|委)(?![\p{Script=Han}])/u;
const PRESIDIUM = '主席团';
// (An autonomous county's name runs long: 政协双江拉祜族佤族布朗族傣族自治县委员会.)
const CONFERENCE_BEFORE = /(?:政协|政治协商会议)(?:第[一二三四五六七八九十百\d]+届)?\p{Script=Han}{0,16}$/u;
// A grade of government before a body's form (县级农业农村局): the class of its bodies.
const GRADE_BEFORE = /[省市县区乡镇]级$/u;
const JOINT_OFFICE_RE = new RegExp(`^[、和]?[省市县区州盟旗]?(?:人民)?政府(?:${jointOffices.join('|')})`, 'u');
const CONGRESS_RE = /(?:人民代表大会|人民代表大会常务委员会|政治协商会议[\p{Script=Han}]*委员会)$/u;
const isHan = charTest(matches(/\p{Script=Han}/u));
const HAN_ONLY = /^\p{Script=Han}+$/u;
const CONGRESS_UNITS = new WordScanner(congressUnitByForm.keys());

function committeeOf(hit: AgencyHit, after: string): RegExpExecArray | null {
  return CONGRESS_RE.test(hit.name) ? COMMITTEE_RE.exec(after) : null;
}

/**
 * A form written bare right after the same form with its place or level, in one sentence, is that body again
 * (新雨社区属于市公安局产权,公安局已规划它用), not the letter's own of that form.
 */
function sameBodyAgain(hit: AgencyHit, before: readonly AgencyHit[], text: string): AgencyHit {
  for (let i = before.length - 1; i >= 0; i--) {
    const previous = before[i]!;
    if (previous.end > hit.start || previous.text === hit.text || !previous.text.endsWith(hit.text)) continue;
    return holdsSentenceEnd(text, previous.end, hit.start) ? hit : { ...hit, name: previous.name };
  }
  return hit;
}

/** A body's mention extended over the unit written right after it, named `unitName` within the body. */
function withUnit(hit: AgencyHit, written: string, unitName: string): AgencyHit {
  return { ...hit, end: hit.end + written.length, text: hit.text + written, name: congressOf(hit.name.replace(PARTY_COMMITTEE_NAME_RE, '$1委'), unitName) + unitName };
}
const UNIT_ENDING_RE = new RegExp(`(?:${[...unitEndings.keys()].join('|')})$`, 'u');

/** A unit's name with its ending written out (交警大队 → 交通警察大队, 人事工委 → 人事工作委员会). */
function writtenOut(unit: string): string {
  return unit.replace(UNIT_ENDING_RE, (ending) => unitEndings.get(ending)!);
}
const WEI_VERB_GOES_ON = /[托婉屈]/u;
// A party committee's unit is written under its short name, as the tables write its departments: 中共钦州市委党史研究室.
const PARTY_COMMITTEE_NAME_RE = /^(中共\p{Script=Han}+)委员会$/u;
const PARTY_UNIT_TEMPLATE = '中共{J}委';
// The units the tables list under a party committee's 委 (委宣传部, 委机构编制委员会), by the form written after it.
const partyUnitByForm: ReadonlyMap<string, string> = new Map(
  [...bodyByForm]
    .filter(([form, template]) => form.length > 1 && form.startsWith('委') && template.startsWith(PARTY_UNIT_TEMPLATE))
    .map(([form, template]) => [form.slice(1), template.slice(PARTY_UNIT_TEMPLATE.length)]),
);
const PARTY_UNITS = new WordScanner(partyUnitByForm.keys());

/**
 * A congress's committees are its standing committee's (县人大人事委 is 县人民代表大会常务委员会人事委),
 * but for its special committees written under 人大 alone (省人大民族宗教委员会, 市人大财经委).
 */
function congressOf(name: string, unitName: string): string {
  return name.endsWith('人民代表大会') && !SPECIAL_COMMITTEE_RE.test(unitName) ? `${name}常务委员会` : name;
}
const SPECIAL_COMMITTEE_RE = new RegExp(congressSpecialCommittees, 'u');
// A bare form (no place, no level) is a body only when it is specific enough on its own.
// The last character of a body's name.
const BODY_END = /[局委厅府办院会室队站所]/u;
// (And the party committee's departments, 组织部, 宣传部, 统战部: no other body is so named; and the
// brigades the tables list, 交警大队 and 消防大队, written bare where they act.)
const BARE_OK = /(?:局|厅|委员会|委|办公室|办公厅|管委会|组织部|宣传部|统战部|大队|支队)$/u;

const LEFT_WORDS_BY_LAST = byLastCodeUnit(LEFT_WORDS);

/**
 * A congress's standing committee with its term between its level and itself (省十二届人大常委会第二十八次会议表决通过,
 * 红河州第十二届人民代表大会常务委员会审议通过): the level's committee at work, written from the level on.
 */
function committeeAfterTerm(text: string, s: number, e: number, form: string, j: Jurisdiction, from: number): AgencyHit | null {
  if (!STANDING_COMMITTEE_FORM.test(form)) return null;
  const term = TERM_BEFORE.exec(text.slice(Math.max(from, s - 7), s));
  if (!term) return null;
  const levelEnd = s - term[0].length;
  const start = placeEndingAt(text, levelEnd, from)?.start ?? (LEVEL_BEFORE_TERM.test(text.charAt(levelEnd - 1)) && levelEnd - 1 >= from ? levelEnd - 1 : -1);
  if (start < 0) return null;
  const name = canonicalAgency(text.slice(start, levelEnd) + form, j);
  return name ? { start, end: e, text: text.slice(start, e), name } : null;
}
const STANDING_COMMITTEE_FORM = /^(?:人大常委会|人民代表大会常务委员会)$/u;
const TERM_BEFORE = /第?[一二三四五六七八九十]+届$/u;
const LEVEL_BEFORE_TERM = /^[省市县区州旗]$/u;

/**
 * A unit written right after its body (UNIT_RE); not the next clause, a verb of working with another body
 * (县应急管理局|联合县消防救援大队), nor one the body oversees, named after a verb of it (区人社局下辖|技能人才服务中心),
 * nor its units in general (街道办事处|相关科室, 区教育局|各股室).
 */
function unitAfter(after: string): RegExpExecArray | null {
  if (WORKS_WITH.test(after) || UNITS_IN_GENERAL.test(after)) return null;
  const m = UNIT_RE.exec(after) ?? unitBeforePerson(after);
  if (!m || POST_BEFORE_JOIN.test(m[0])) return null;
  // A clause is no unit: a verb, its object, another verb (科教体局|抽调专人组成办公室; 执法支队, 建议提案办理处 are units);
  // nor is what follows an adverb or pronoun (公安局|将我局交警大队: the next clause, naming the body again), nor
  // what ends in a verb (建委|严肃查处: 处 closes the verb, no unit's word), nor what opens with one before a place
  // (公安局|利用某市反诈中心: the body doing something with another).
  const words = wordsOf(m[0], 0, m[0].length);
  return !isClause(words) && afterNeverInside(words) === 0 && !isLongVerb(words.at(-1)!) && !opensWithVerb(words) ? m : null;
}

/** Does a verb of two characters or more open the words, a place its object (利用|某市…; 执法|支队, 建议|提案处 are units' tasks)? */
const opensWithVerb = (words: Word[]) => words[0]!.tag === 'v' && words[0]!.word.length > 1 && words[1]?.tag === 'ns';

// A division in a contact line, its person or post run on after it (承办人:省教育厅发展规划处汪某, …保障处副处长).
const UNIT_BEFORE_PERSON_RE = /^[^\P{Script=Han}和及与、的在对等]{2,8}?(?:[和与][^\P{Script=Han}和及与、的在对等]{2,8}?)?[处科股室](?=(\p{Script=Han}{2,3})(?:[^\p{Script=Han}]|$))/u;
const DIVISION_POST_RE = /^副?(?:处长|科长|股长|主任)$/u;
function unitBeforePerson(after: string): RegExpExecArray | null {
  const m = UNIT_BEFORE_PERSON_RE.exec(after);
  return m && (isPersonName(m[1]!) || DIVISION_POST_RE.test(m[1]!)) ? m : null;
}

/** Do the words run verb, object, verb (抽调|专人|组成)? */
function isClause(words: Word[]): boolean {
  let verbSeen = false;
  let objectSeen = false;
  for (const w of words) {
    if (w.tag === 'v' && w.word.length > 1) {
      if (objectSeen) return true;
      verbSeen = true;
    } else if (verbSeen) objectSeen = true;
  }
  return false;
}
// (A post joined to a unit, 市环保局|分管领导和人事处负责人, is the body's people: 和 joins no unit's two tasks there.)
const POST_BEFORE_JOIN = new RegExp(`(?:${signerTable.titles.join('|')})[和与]`, 'u');
const WORKS_WITH = /^(?:联合|会同|协同|配合|协调|督促|牵头|要求|委托|商请|报请|下辖|下属|所属|直属|管辖)/u;
const UNITS_IN_GENERAL = /^(?:相关|有关|各|其他|内设|职能)/u;

/** Whether text[floor, pos) ends with a left-context word of `atLeast` characters or more. */
function leftWordEndsAt(text: string, floor: number, pos: number, atLeast = 1): boolean {
  return (LEFT_WORDS_BY_LAST.get(text.charCodeAt(pos - 1)) ?? []).some((w) => w.length >= atLeast && pos - w.length >= floor && text.startsWith(w, pos - w.length));
}

const TOWN_LEVEL_CHAR = /^[乡镇]$/u;
/** Whether the tagger reads text[…, pos) as the end of a common word of two characters or more (城乡, 乡镇), no name (鲁桥镇/nr). */
function endsCommonWord(text: string, floor: number, pos: number, formEnd: number): boolean {
  const w = wordHolding(text, floor, formEnd, pos - 1);
  return w !== null && w.end === pos && w.start < pos - 1 && !isProperWord(w.word);
}

/** Whether the tagger reads a word other than a body's name (中办国办/nt) across either edge of text[s, e) (集中|办公). */
function straddled(text: string, lead: number, end: number, s: number, e: number): boolean {
  const across = (w: ReturnType<typeof wordHolding>) => w !== null && w.word.tag !== 'nt' && (w.start < s || w.end > e);
  return across(wordHolding(text, lead, end, s)) || across(wordHolding(text, lead, end, e - 1));
}

/** Whether the tagger reads a verb or preposition ending right at `pos`, with the body's form a word after it (项目归|建设局|管理). */
function verbEndsAt(text: string, floor: number, pos: number, formEnd: number): boolean {
  const w = wordHolding(text, Math.max(floor, pos - 4), formEnd, pos - 1);
  return w !== null && w.end === pos && /^[vp]$/u.test(w.word.tag);
}

// Characters the segmenter reads as particles or interjections (地 of 福兴地镇, 吗 of 伊吗图镇) are
// rare characters of a place name there.
const RARE_IN_PLACE = /^(?:u\w*|y|e|o)$/u;
// Idioms and set phrases (坚决贯彻, 大力推进) are never part of a place name, nor are localisers of two
// characters (以来, 期间; one-character ones, 东 and 西, open places).
// A pointing word (此, 该, 各: the tagger reads 此 as a morpheme, zg) is never either: 针对此|问题|区政府; nor a
// distinguishing word of two characters (历届, 大型): 平川|历届|区水务局.
const neverInPlace = (w: Word) => /^[il]$/u.test(w.tag) || ((w.tag === 'f' || w.tag === 'b') && w.word.length > 1) || POINTING_WORD.test(w.word);
const POINTING_WORD = /^[我你该本全各每其此这那另]$/u;

/**
 * Start of a place name the tables do not know that ends at `end` (where its level word starts):
 * whole words back to a verb, adverb, time word or left-context word, 2 to 4 characters; `end`
 * when there is none. A one-character verb may end such a name (沈荡镇) but not open it (待县, 属岭背镇).
 */
function unknownPlaceStart(text: string, end: number, floor: number, nounNameOk = false): number {
  const words = wordsBefore(text, end, floor, 8);
  // A left-context word inside a place's name the tagger reads whole is none (永和/nz|镇, 中和/ns|镇人民政府).
  const last = words.at(-1);
  const shortestLeft = last !== undefined && last.word.length > 1 && isProperWord(last) ? last.word.length : 1;
  if (!isHan(text, end - 1) || leftWordEndsAt(text, floor, end, shortestLeft)) return end;
  // A town's office written in full as the whole of its clause's start (,大直沽|街道办事处), its characters words the
  // tagger knows only one by one (大/a 直/d 沽/j: a name it does not know), is named by all of them; not by a word it
  // knows (,沿海|街道办事处: the coastal ones), nor where a verb or function word stands among them.
  if (nounNameOk) {
    const opened = [4, 3, 2].find((n) => end - n >= floor && !isHan(text, end - n - 1) && HAN_ONLY.test(text.slice(end - n, end)));
    const chars = opened === undefined ? [] : wordsOf(text, end - opened, end);
    if (chars.length > 1 && chars.every((w) => w.word.length === 1 && !FUNCTION_TAG.test(w.tag))) return end - opened!;
  }
  let start = end;
  // The run's first word: the run is words[first…].
  let first = words.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    // A measure word right after punctuation opens the name (单位:代|钦塔拉苏木): nothing is counted there.
    const opensPhrase = w.tag === 'q' && !isHan(text, start - w.word.length - 1);
    if (!isHan(text, start - 1) || leftWordEndsAt(text, floor, start, start === end ? shortestLeft : 1) || (isNameStop(w) && !RARE_IN_PLACE.test(w.tag) && !opensPhrase) || neverInPlace(w)) break;
    if (end - start + w.word.length > 4 || (w.word.length === 1 && /^[vp]/u.test(w.tag) && end - start >= 2)) break;
    // A word right after a number is what it counts or dates (2022|年度|市中区政府): no place's part.
    if (words[i - 1]?.tag === 'm') break;
    start -= w.word.length;
    first = i;
  }
  // A run that is one common noun (问题|区政府) is a word of the sentence, not a place; but a town's
  // government or a sub-district's office written in full names a town, whatever its name means (草坝|镇人民政府, 东风|街道办事处).
  if (!nounNameOk && start === end - (words.at(-1)?.word.length ?? 0) && words.at(-1)?.tag === 'n') return end;
  // Nor is one with no noun-like word in it, a verb and its complement (落实落|细市委).
  if (!words.slice(first).some((w) => NOUN_LIKE.test(w.tag))) return end;
  return end - start >= 2 ? start : end;
}
const FUNCTION_TAG = /^(?:v|p|c|u|r)/u;
// Tags a place's name may be read as: nouns, places, names, abbreviations, words the dictionary lacks.
const NOUN_LIKE = /^(?:n\w*|j|x|s|zg|eng)$/u;

function resolvePlaceForm(template: string, place: Place, j: Jurisdiction): string {
  if (template.includes('{P}')) return fillTemplate(template, '', place.provinceShort);
  // A municipality names its own bodies (重庆市科学技术局); a province's short name alone does too.
  const prefix = place.level === 'province' ? place.name : place.prefix;
  void j;
  return fillTemplate(template, prefix);
}

// "省委、省政府办公厅": the two heads' general offices, the office written once.
const SHARED_OFFICE_RE = /^[、和与及][\p{Script=Han}]{0,8}?(?:委|政府)(办公厅|办公室)/u;
// The two heads are a party committee and its government (a congress's committee has no such office).
const HEAD_RE = /^中共.*委员会$|人民政府$/u;

/** A party committee or government named before another's office it shares: that committee's office. */
function sharedOffice(hit: AgencyHit, after: string, j: Jurisdiction): AgencyHit {
  const shared = HEAD_RE.test(hit.name) ? SHARED_OFFICE_RE.exec(after) : null;
  if (!shared) return hit;
  const office = hit.text + shared[1];
  const [own] = findAgencies(office, j);
  return own && own.start === 0 && own.end === office.length ? { ...hit, name: own.name } : hit;
}

const PARTY_FORMS = new WordScanner(partyByForm.keys());
// 民盟文山市基层委员会: a county's committee is often a 基层委员会, a district's a 支部 or 总支部 (农工党某区支部委员会); a city
// without a full committee has a 工作委员会 (民建市工委).
const PARTY_COMMITTEE_RE = new RegExp(`^([\\p{Script=Han}]{0,${MAX_PLACE_LENGTH}}?)(${[...levelByWord.keys()].join('|')})(基层|支部|总支部?|工作?)?委(?:员会)?`, 'u');
// The party's national committee: 致公党中央, 民盟中央委员会.
const PARTY_CENTRAL_RE = /^中央(?:委员会)?/u;

/** A place written after its parent (重庆市梁平区): the last, when the parent is a place too. */
function placeUnderParent(written: string): Place | undefined {
  for (let k = 2; k < written.length - 1; k++) {
    const place = placeByForm.get(written.slice(k));
    if (place && placeByForm.has(written.slice(0, k))) return place;
  }
  return undefined;
}

/** Democratic parties' committees: 民建长春市委 → 中国民主建国会长春市委员会, 致公党市委 and 市致公党 → 中国致公党福州市委员会 (the letter's city). */
function findPartyCommittees(text: string, j: Jurisdiction, from: number, to: number, parties: WordMatch[]): AgencyHit[] {
  const hits: AgencyHit[] = [];
  for (const { start, word } of parties) {
    const at = start + word.length;
    // The party's form opens a word (市民|进出 holds no 民进), or, after a level word the tagger read into 市民, ends one (市民|革|:, 市民|进|提出).
    const words = wordsByStart(text, Math.max(from, start - 4), Math.min(text.length, at + 4));
    if (!words.has(start) && !(words.has(start - 1) && levelByWord.has(text.charAt(start - 1)) && words.has(at))) continue;
    const central = PARTY_CENTRAL_RE.exec(text.slice(at, Math.min(to, at + 5)));
    if (central) {
      // (The national table names a central committee whose party's full name the short form hides: 共青团中央 → 中国共产主义青年团中央委员会.)
      const written = text.slice(start, at + central[0].length);
      hits.push({ start, end: at + central[0].length, text: written, name: nationalByForm.get(written) ?? `${partyByForm.get(word)!}中央委员会` });
      continue;
    }
    const m = PARTY_COMMITTEE_RE.exec(text.slice(at, Math.min(to, at + MAX_PLACE_LENGTH + 5)));
    // "市致公党": the level word before the party.
    const level = start > from ? levelByWord.get(text.charAt(start - 1)) : undefined;
    if (!m && level && j[level]) hits.push({ start: start - 1, end: at, text: text.slice(start - 1, at), name: `${partyByForm.get(word)!}${j[level]}委员会` });
    if (!m) continue;
    const written = m[1]! + m[2]!;
    const place = m[1] ? placeByForm.get(written) ?? placeByForm.get(m[1]) ?? placeUnderParent(written) : undefined;
    if (m[1] && !place) continue;
    const jurisdiction = place ? place.prefix : j[levelByWord.get(m[2]!)!];
    if (!jurisdiction) continue;
    const end = at + m[0].length;
    const kind = m[3]?.startsWith('工') ? '工作' : (m[3] ?? '');
    hits.push({ start, end, text: text.slice(start, end), name: `${partyByForm.get(word)!}${jurisdiction}${kind}委员会` });
  }
  return hits;
}

/** Finds every body in `text[from, to)`, skipping the ranges in `skip` (policy titles). */
export function findAgencies(text: string, j: Jurisdiction, from = 0, to = text.length, skipRanges: [number, number][] = []): AgencyHit[] {
  const [formWords, partyWords, openSuffixes, unitSuffixes, townLevelWords] = AGENCY_WORDS.scan(text, from, to);
  // A democratic party's committee holds a level's 委 (民建长春市委): read first, the rest around it.
  const parties = findPartyCommittees(text, j, from, to, partyWords!);
  // (Pushed onto a new list, not concatenated: see rangeHolding.)
  const skip: [number, number][] = [];
  for (const r of skipRanges) skip.push(r);
  for (const h of parties) skip.push([h.start, h.end]);
  const hits: AgencyHit[] = [...parties];
  let jointEnd = -1;
  let gradeEnd = -2;
  for (const { start: s, word: form } of formWords!) {
    const e = s + form.length;
    if (s < jointEnd || inRanges(skip, s)) continue;
    // 县级农业农村局、自然资源局: the bodies of a grade of government are a class, and so are those listed after them.
    if (GRADE_BEFORE.test(text.slice(Math.max(from, s - 2), s)) || (s === gradeEnd + 1 && LIST_JOIN.test(text.charAt(gradeEnd)))) {
      gradeEnd = e;
      continue;
    }
    // 财政部门, 教育部门: a department in general, not the ministry; 建设部署 and 体系建设部际 no ministry either.
    if (form.endsWith('部') && MINISTRY_WORD_GOES_ON.test(text.charAt(e))) continue;
    // (委 before 员会: a committee written out, whose place and 委 the form holds.)
    const committeeWritten = form.endsWith('委') && text.startsWith('员会', e);
    // 政协东兰县委员会, 政协第十四届漳州市委员会, 中国人民政治协商会议若羌县委员会: the conference's committee, whose 县委 is no party committee.
    if (committeeWritten && CONFERENCE_BEFORE.test(text.slice(Math.max(from, s - 24), s))) continue;
    // 雨露乡委员小组, 县委员联络组: members, not a committee (委 before 员, but not 员会).
    if (form.endsWith('委') && text.charAt(e) === '员' && text.charAt(e + 1) !== '会') continue;
    // 经开区委托第三方, 县委婉: 委 opens a verb there (委托, 委婉, 委屈), no committee.
    if (form.endsWith('委') && WEI_VERB_GOES_ON.test(text.charAt(e))) continue;
    // 市人大代表, 区政协委员: a member's title, not the body (市人大代表工委 is the body's unit); so are a party
    // committee's posts (市委书记, 县委常委), but not its standing committee (市委常委会).
    if (MEMBER_AFTER.test(text.slice(e, e + 4)) && (form === '人大' || form === '政协')) continue;
    if (form.endsWith('委') && PARTY_POST_AFTER.test(text.slice(e, e + 5))) continue;
    // 县(市)区政府: the governments of several levels at once, a class, no body.
    if (levelsBracketedBefore(text, from, s)) continue;
    // 国税局家属区, 教育局门口: the body's building or grounds, a landmark, not the body at work.
    if (LANDMARK_AFTER.test(text.slice(e, e + 3))) continue;
    // 十三届全国人大一次会议, 市政协八届三次会议: a session's name, not the congress or conference at work.
    if (SITTING_BODY_FORM.test(form) && SITTING_AFTER.test(text.slice(e, e + 8))) continue;
    const national = nationalByForm.get(form);
    const template = bodyByForm.get(form) ?? branchByForm.get(form);
    let hit: AgencyHit | null = null;
    // 集中办公, 国办理: a national body's two-character short form inside a word of the sentence, no body.
    if (national && form.length === 2 && straddled(text, Math.max(from, s - 3), Math.min(to, e + 3), s, e)) continue;
    if (national) {
      // A national body's provincial office: 人民银行陕西省分行 → 中国人民银行陕西省分行.
      const office = BRANCH_OFFICE_RE.exec(text.slice(e, Math.min(to, e + 14)));
      hit =
        office && placeByForm.has(office[1]!)
          ? { start: s, end: e + office[0].length, text: text.slice(s, e + office[0].length), name: national + office[0] }
          : { start: s, end: e, text: form, name: national };
    } else if (template) {
      // A form listed right after or before a national body (民政部、发展改革委、科技部; 会同发展改革委、住房城乡建设部) is
      // the national body of that name.
      const nationalListed = listedAfterNational(hits.at(-1), text, s) || listedBeforeNational(text, e, to) ? nationalByForm.get(`国家${form}`) : undefined;
      hit = nationalListed
        ? { start: s, end: e, text: form, name: nationalListed }
        : resolveLocal(text, s, e, form, template, pairedJurisdiction(hitEndingBefore(hits, s), text, s, j) ?? j, from, listedHome(hits.at(-1), text, s, j));
    }
    hit ??= committeeAfterTerm(text, s, e, form, j, from);
    if (!hit) continue;
    // A party committee written out (中国共产党若羌县委员会): the committee's name runs to 员会.
    if (committeeWritten && hit.end === e && hit.name.startsWith('中共')) {
      hit = { ...hit, end: e + 2, text: text.slice(hit.start, e + 2) };
      // 中共某区委员会机构编制委员会: one of its units written after it, as after its 委.
      const partyUnit = PARTY_UNITS.longestAt(text, hit.end, to);
      if (partyUnit) hit = withUnit(hit, partyUnit, partyUnitByForm.get(partyUnit)!);
    }
    // "区委区政府督查局": one office of a committee and its government, named as written with the
    // letter's place before a level word alone (郑州市上街区委区政府督查局), the mark between dropped (市委、市政府督查局).
    // Only a party committee (区委) runs an office with its government: 政协提案委、区政府督查室 are two units.
    const joint = hit.name.startsWith('中共') && hit.name.endsWith('委员会') ? JOINT_OFFICE_RE.exec(text.slice(hit.end, Math.min(to, hit.end + 14))) : null;
    if (joint) {
      jointEnd = hit.end + joint[0].length;
      const written = text.slice(hit.start, jointEnd);
      const name = written.replace('、', '');
      hits.push({ start: hit.start, end: jointEnd, text: written, name: placedName(name, j) ?? name });
      continue;
    }
    const congressUnit = CONGRESS_RE.test(hit.name) ? CONGRESS_UNITS.longestAt(text, hit.end, to) : null;
    const unit = congressUnit
      ? null
      : (unitAfter(text.slice(hit.end, Math.min(to, hit.end + 12))) ??
        (hit.name.endsWith('部') ? MINISTRY_UNIT_RE.exec(text.slice(hit.end, Math.min(to, hit.end + 10))) : null) ??
        (hit.name.startsWith(STATE) && hit.name.endsWith('部') ? MINISTRY_BUREAU_RE.exec(text.slice(hit.end, Math.min(to, hit.end + 10))) : null) ??
        (hit.name.endsWith('厅') ? DEPARTMENT_BUREAU_RE.exec(text.slice(hit.end, Math.min(to, hit.end + 10))) : null) ??
        OFFICE_RE.exec(text.slice(hit.end, Math.min(to, hit.end + 3))) ??
        committeeOf(hit, text.slice(hit.end, Math.min(to, hit.end + 14))));
    const branch = congressUnit || unit ? null : districtBranch(text.slice(hit.end, Math.min(to, hit.end + 11)));
    if (congressUnit) hit = withUnit(hit, congressUnit, congressUnitByForm.get(congressUnit)!);
    else if (unit) hit = withUnit(hit, unit[0], writtenOut(unit[0]));
    else if (branch) hit = withUnit(branchParent(hit, branch.place), branch.written, branch.written);
    // A town's congress has a presidium, no standing committee: 镇人大主席团.
    else if (hit.name.endsWith('人民代表大会') && text.startsWith(PRESIDIUM, hit.end) && hit.end + PRESIDIUM.length <= to) {
      hit = { ...hit, end: hit.end + PRESIDIUM.length, text: hit.text + PRESIDIUM, name: hit.name + PRESIDIUM };
    } else hit = sharedOffice(hit, text.slice(hit.end, Math.min(to, hit.end + 16)), j);
    // "中共重庆市委组织部": the party prefix belongs to the mention.
    if (text.slice(hit.start - 2, hit.start) === '中共' && hit.name.startsWith('中共')) {
      hit = { ...hit, start: hit.start - 2, text: text.slice(hit.start - 2, hit.end) };
    }
    hits.push(hit.text === form ? sameBodyAgain(hit, hits, text) : hit);
    // "镇党委、政府": the government written after its party committee, without its place again.
    const party = COMMITTEE_OF_PLACE_RE.exec(hit.name);
    const government = party ? GOVERNMENT_AFTER_RE.exec(text.slice(hit.end, Math.min(to, hit.end + 4))) : null;
    if (party && government) {
      const at = hit.end + government[0].length - 2;
      hits.push({ start: at, end: at + 2, text: '政府', name: `${party[1]}人民政府` });
    }
  }
  // The finders after this one walk the bodies found so far in text order (the parties came first).
  const listed = hits.concat(placesSharingBody(text, hits, j, from)).sort(byStart);
  const bodies = listed.concat(findOpenBodies(text, j, from, to, skip, listed, openSuffixes!)).sort(byStart);
  const withUnits = bodies.concat(findOwnUnits(text, j, from, to, skip, bodies, unitSuffixes!)).sort(byStart);
  const withTowns = withUnits.concat(findActingTowns(text, j, from, to, skip, withUnits, townLevelWords!)).sort(byStart);
  return withTowns.concat(findPoliceBranches(text, from, to, skip, withTowns)).sort(byStart);
}

/**
 * A district's police written 公安 + district + 分局 (公安嘉定分局, as Shanghai's letters write it): the city bureau's
 * branch (上海市公安局嘉定分局), where the district is one the tables know, and a unit written after it its own.
 */
function findPoliceBranches(text: string, from: number, to: number, skip: [number, number][], known: AgencyHit[]): AgencyHit[] {
  const hits: AgencyHit[] = [];
  for (const m of text.slice(from, to).matchAll(POLICE_BRANCH_WRITTEN_RE)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const name = policeBranchName(m[1]! + POLICE_BRANCH);
    if (name === m[1]! + POLICE_BRANCH || inRanges(skip, start) || overlapsKnown(known, 0, start, end)) continue;
    const unit = unitAfter(text.slice(end, Math.min(to, end + 12)));
    const hit = { start, end, text: m[0], name };
    hits.push(unit ? withUnit(hit, unit[0], writtenOut(unit[0])) : hit);
  }
  return hits;
}
const POLICE_BRANCH_WRITTEN_RE = /公安(\p{Script=Han}{2,4}?)分局/gu;

const POLICE_BRANCH = '公安分局';

/**
 * A district's police written as its 公安分局 (南票区公安分局, 薛城公安分局) is the city bureau's branch, named
 * as such (葫芦岛市公安局南票分局, 枣庄市公安局薛城分局); kept as written where the district is not known
 * (some cities keep 区 in the branch's name: 郑州市公安局金水区分局).
 */
function policeBranchName(name: string): string {
  const place = name.slice(0, -POLICE_BRANCH.length);
  const placed = jurisdictionOf(`${place}人民政府`);
  // (Its district may be written without its level word: 薛城 for 薛城区.)
  const short = placeByForm.get(place) ?? placeByForm.get(`${place}区`) ?? placeByForm.get(`${place}县`);
  const [city, county] =
    placed.county && placed.city && placed.county.startsWith(placed.city)
      ? [placed.city, placed.county.slice(placed.city.length)]
      : short?.level === 'county'
        ? [short.city, short.name]
        : [null, null];
  // (A new district's branch drops 新区: 浦东新区 → 上海市公安局浦东分局.)
  return city && county ? `${city}公安局${county.replace(/(?:新?区|县)$/u, '')}分局` : name;
}

const TOWN_LEVEL_WORDS = new WordScanner(['镇', '乡', '街道']);
const ACTS_AFTER = new RegExp(actingTowns.after, 'u');
const LIST_OPENS_BEFORE = new RegExp(actingTowns.listBefore, 'u');
const LIST_ENDS_AFTER = new RegExp(actingTowns.listAfter, 'u');
const TIME_BEFORE_SUBJECT = /(?:\d[年月日]|[年月][底初末中]|目前|今年|去年|近年来?|当前|现在)$/u;
// A town's own name: single characters the tagger does not know, or words it reads as places or names.
const TOWN_NAME_TAGS = /^(?:ns|s|nr|nrt|nz)$/u;
// (Nor a word pointing to wherever the thing is: 当地乡镇政府, 属地街道 are the local ones, no town's name.)
const NOT_TOWN_NAME_START = /^(?:[我该本全各每其此这那另乡镇]|当地|属地|所在|辖区)/u;

/**
 * Towns and sub-districts named bare where they act (石文镇已开展…, 协办单位白泉镇和干览镇, 与交通、腰堡镇等部门):
 * their governments (…镇人民政府, …街道办事处), placed in the letter's county. The name runs from the
 * clause's or list's start to the level word, which the tagger reads as a word of its own; two to four
 * characters of single characters or place words, or a town of the town table.
 */
function findActingTowns(text: string, j: Jurisdiction, from: number, to: number, skip: [number, number][], known: AgencyHit[], levelWords: WordMatch[]): AgencyHit[] {
  const hits: AgencyHit[] = [];
  // Bodies found so far come in text order and never overlap: one pointer walks them beside the scan.
  let k = 0;
  const bodyStarts = new Set(known.map((b) => b.start));
  const bodyEnds = new Set(known.map((b) => b.end));
  for (const { start: lv, word: level } of levelWords) {
    const e = lv + level.length;
    const after = text.slice(e, Math.min(to, e + 6));
    const acts = ACTS_AFTER.test(after) || actsWithPlaces(text.slice(e, Math.min(to, e + 20)));
    const listEnds = LIST_ENDS_AFTER.test(after);
    const previous = hits.at(-1);
    const afterPrevious = previous !== undefined && lv - previous.end <= 5;
    // Cheap tests first: the words of the phrase are asked only where a town may act (a list opens
    // before a name of two to four characters).
    const opensList = () => [2, 3, 4].some((n) => LIST_OPENS_BEFORE.test(text.slice(Math.max(from, lv - n - 10), lv - n)));
    // An item of a list whose next or previous item is a body (羊楼司镇、移民局等单位; 组织住建局、开元街道).
    const beforeBody = LIST_JOIN.test(text.charAt(e)) && bodyStarts.has(e + 1);
    const bodyJoinedBefore = (at: number) => LIST_JOIN.test(text.charAt(at - 1)) && bodyEnds.has(at - 1);
    const nearBody = beforeBody || [2, 3, 4].some((n) => bodyJoinedBefore(lv - n));
    if (!acts && !listEnds && !afterPrevious && !nearBody && !opensList()) continue;
    while (k < known.length && known[k]!.end <= lv - 4) k++;
    if (inRanges(skip, lv)) continue;
    const start = townNameStart(text, lv, e, Math.max(from, lv - 4));
    // (Not inside a body found already: a body may end right before the name, 住建局、开元街道.)
    if (start === null || overlapsKnown(known, k, start, e)) continue;
    const listed =
      listEnds || beforeBody || bodyJoinedBefore(start) || LIST_OPENS_BEFORE.test(text.slice(Math.max(from, start - 6), start)) || (afterPrevious && previous.end === start - 1 && LIST_JOIN.test(text.charAt(start - 1)));
    // Else the subject of its clause, before a word of handling: nothing of Chinese script before it but a
    // time (2021年石泉镇对…, 目前石文镇已…).
    const subject = acts && (start === from || !isHan(text, start - 1) || TIME_BEFORE_SUBJECT.test(text.slice(Math.max(from, start - 4), start)));
    if (!listed && !subject) continue;
    const written = text.slice(start, e);
    const government = level === '街道' ? `${written}办事处` : `${written}人民政府`;
    // Placed by the tables where they know the town, else in the letter's county (三交镇 of 柳林县).
    const name = canonicalAgency(government, j);
    hits.push({ start, end: e, text: written, name: name && name !== government ? name : (j.county ?? '') + government });
  }
  return hits;
}

/** Does a town act with the places listed after it (天宁街道、前后北岸社区正在进行…)? */
function actsWithPlaces(after: string): boolean {
  const listed = LISTED_PLACES.exec(after);
  return listed !== null && ACTS_AFTER.test(after.slice(listed[0].length));
}
const LISTED_PLACES = /^(?:[、和及与]\p{Script=Han}{2,8}?(?:社区|村委会|居委会|村|镇|乡|街道))+/u;

/** Does a body of `known` (in text order, from index `k`) overlap text[start, end)? */
function overlapsKnown(known: AgencyHit[], k: number, start: number, end: number): boolean {
  for (let i = k; i < known.length && known[i]!.start < end; i++) if (known[i]!.end > start) return true;
  return false;
}

/**
 * Where the town's name before its level word text[lv, e) starts, or null when it is no town's name:
 * a town of the town table, or characters the tagger does not know and place words (not 属地|街道, 重点|镇).
 */
function townNameStart(text: string, lv: number, e: number, floor: number): number | null {
  for (let k = Math.min(4, lv - floor); k >= 2; k--) {
    if (!isKnownTown(text.slice(lv - k, e))) continue;
    // A town named by a common noun (小城镇/nr, a small town) is the noun.
    const [first] = wordsOf(text, lv - k, e);
    return first && first.word.length === e - lv + k && first.tag !== 'ns' ? null : lv - k;
  }
  // The run of name characters back to a boundary: a character not of Chinese script, a joiner, or a word that opens a list.
  const opensName = (at: number) => at === 0 || !isHan(text, at - 1) || LIST_JOIN.test(text.charAt(at - 1)) || LIST_OPENS_BEFORE.test(text.slice(Math.max(0, at - 6), at));
  let start = lv;
  while (start > floor && !opensName(start)) start--;
  if (lv - start < 2 || !opensName(start) || NOT_TOWN_NAME_START.test(text.slice(start, lv))) return null;
  const words = wordsByStart(text, start, e);
  // A place word the tagger knows whole (石门镇/ns) is the town's name.
  const whole = words.get(start);
  if (whole?.word === text.slice(start, e) && whole.tag === 'ns') return start;
  // The level word is a word of its own (腰|堡|镇, 城北|路|街道), not the end of one (城镇, 小城镇).
  if (words.get(lv)?.word !== text.slice(lv, e)) return null;
  for (let at = start; at < lv; ) {
    const w = words.get(at);
    // No function word (由|白鹤镇) and no common word (属地|街道) stands in a town's name.
    if (!w || FUNCTION_WORD.test(w.tag) || (w.word.length > 1 && !TOWN_NAME_TAGS.test(w.tag))) return null;
    at += w.word.length;
  }
  return start;
}

const FUNCTION_WORD = /^(?:p|c|r\w*|u\w*|d|y|e)$/u;

// 部 beginning the next word (部门, 部署, 部分, 部位, 部队, 部件): no ministry (建设部署, 铁道部分).
const MINISTRY_WORD_GOES_ON = /^[门署分位队件际]/u;
const MEMBER_AFTER = /^(?:代表|委员)(?!大会|工委|工作|联络|选举|会)/u;
const PARTY_POST_AFTER = /^(?:(?:常务)?副?书记|常委(?!会))/u;
const LANDMARK_AFTER = new RegExp(`^(?:${landmarkWords.join('|')})`, 'u');
// A sitting after a congress's name (一次会议, 第二次全体会议), or its term and sitting (十三届二次会议).
const SITTING_BODY_FORM = /(?:人大|政协)$/u;
const SITTING_AFTER = /^(?:第?[一二三四五六七八九十]+届(?:全国委员会)?)?第?[一二三四五六七八九十]+次(?:全体)?会议/u;

const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;

const COMMITTEE_OF_PLACE_RE = /^中共(.+?[省市县区旗镇乡])委员会$/u;
const GOVERNMENT_AFTER_RE = /^[、和与]?政府(?![办机])/u;

const OPEN_SUFFIXES = new WordScanner(openBodies.suffixes);
const OPEN_NOT_FOLLOWED_BY = new RegExp(openBodies.notFollowedBy, 'u');
const NOT_IN_OPEN_NAME = new RegExp(openBodies.notInName, 'u');
const NOT_BODY_WORD = new RegExp(`(?:${openBodies.notBodyWords.join('|')})$`, 'u');
const OWN_LEVEL_RE = /[我本]([省市区县镇乡])$/u;
const NO_DOMAIN = new Set(openBodies.notDomain);
const NATIONAL_LEAD_RE = /^国家(?!级)\p{Script=Han}{2}/u;
const NATIONAL_SUFFIX_RE = /^(?:局|委员会|办公室)$/u;
const PARK_LEAD_RE = /^国家(?:森林|湿地|地质)?公园/u;
/**
 * Where the park's name before 国家公园 starts: its nouns back to a verb, a mark or five characters, one of
 * them of two characters or more.
 */
function parkNameStart(text: string, at: number, floor: number): number {
  let start = at;
  let word = false;
  for (const w of wordsBefore(text, at, floor, 6).reverse()) {
    // (A lone character right before it, 报 or 经, is the verb it is, however the tagger reads it.)
    if (!PARK_NAME_TAG.test(w.tag) || at - start + w.word.length > 5 || (start === at && w.word.length === 1 && w.tag === 'n')) break;
    start -= w.word.length;
    word ||= w.word.length > 1;
  }
  return word ? start : at;
}
const PARK_NAME_TAG = /^(?:n[srz]?|ng|j)$/u;

/**
 * Bodies the table does not list, read by their shape: a place or level word, what the body does
 * (two to six characters of whole words, the first no verb) and an ending (武山县水务局, 区综治办).
 * Only where no listed body was found. Named with the jurisdiction they point to, like listed bodies:
 * a level word alone would make one node of every county's 县公路局.
 */
function findOpenBodies(text: string, j: Jurisdiction, from: number, to: number, skip: [number, number][], known: AgencyHit[], suffixes: WordMatch[]): AgencyHit[] {
  const hits: AgencyHit[] = [];
  // Listed bodies come in text order and never overlap: one pointer walks them beside the scan.
  let k = 0;
  for (const { start: sufStart, word: suffix } of suffixes) {
    const e = sufStart + suffix.length;
    while (k < known.length && known[k]!.end <= sufStart) k++;
    if (OPEN_NOT_FOLLOWED_BY.test(text.charAt(e)) || LANDMARK_AFTER.test(text.slice(e, e + 3)) || (k < known.length && known[k]!.start < e)) continue;
    if (inRanges(skip, sufStart) || NOT_BODY_WORD.test(text.slice(Math.max(from, sufStart - 3), e))) continue;
    const floor = Math.max(from, sufStart - 6);
    let words: Map<number, Word> | null = null;
    for (let s = sufStart - 2; s >= floor; s--) {
      const domain = text.slice(s, sufStart);
      if (NOT_IN_OPEN_NAME.test(domain) || !HAN_ONLY.test(domain)) break;
      // 开发区管理委员会: a word that says nothing of what the body does belongs to a longer name; a place is
      // none either (政协吴忠市|利通区|委员会: the conference's committee of the district).
      if (NO_DOMAIN.has(domain) || placeByForm.has(domain)) continue;
      // 国家 opens a national body the tables do not know (国家商标总局): nobody's place's, whatever place the
      // sentence writes before it (到北京国家商标总局).
      if (NATIONAL_LEAD_RE.test(domain)) {
        // (But a national park's bureau is named by its park: 三江源|国家公园管理局.)
        const named = PARK_LEAD_RE.test(domain) ? parkNameStart(text, s, from) : s;
        if (NATIONAL_SUFFIX_RE.test(suffix)) hits.push({ start: named, end: e, text: text.slice(named, e), name: text.slice(named, e) });
        break;
      }
      const placed = placeEndingAt(text, s, from) !== null;
      if (!(placed || levelByWord.has(text.charAt(s - 1))) || levelByWord.has(domain.charAt(0))) continue;
      // (A town's level character closing a common word is none: 市城乡|交通运输局 is the city's.)
      if (!placed && TOWN_LEVEL_CHAR.test(text.charAt(s - 1)) && endsCommonWord(text, Math.max(from, s - 4), s, e)) continue;
      // 县市场监管所: the place ends where a word does (县|市场), not inside one (县市|场); the ending
      // ends a word too (研究办|理 is no body), and the first word is no verb (镇|组织|西周交警中队).
      words ??= wordsByStart(text, Math.max(from, sufStart - 10), Math.min(to, e + 3));
      // 城市|社区居民委员会: a level character closing a common noun (城市, 超市) is no level word (地区 is one).
      const closing = words.get(s - 2);
      if (!placed && closing?.word.length === 2 && closing.tag === 'n' && !levelByWord.has(closing.word)) continue;
      const first = words.get(s);
      // A verbal noun may open it (综合行政执法局), a verb not (组织).
      if (!first || (isNameStop(first) && first.tag !== 'vn') || (!words.has(e) && isHan(text, e))) break;
      const own = OWN_LEVEL_RE.exec(text.slice(s - 2, s));
      const jurisdiction = own ? j[levelByWord.get(own[1]!)!] : null;
      const found = jurisdiction
        ? { start: s - 2, end: e, text: text.slice(s - 2, e), name: jurisdiction + domain + suffix }
        : resolveLocal(text, s, e, domain + suffix, `{J}${domain}${suffix}`, j, from);
      const hit = found && { ...found, name: fullOpenName(found.name) };
      // Its unit written right after it (省国土环境资源厅法规处), as after a listed body.
      const unit = hit && unitAfter(text.slice(hit.end, Math.min(to, hit.end + 12)));
      if (hit && hit.start < s) hits.push(unit ? withUnit(hit, unit[0], unit[0]) : hit);
      break;
    }
  }
  return hits;
}

const OWN_UNIT_SUFFIXES = new WordScanner(ownUnits.suffixes);
// findAgencies' finders' words, found in one walk over the stretch (in the order findAgencies takes them).
const AGENCY_WORDS = new ScannerGroup([FORMS, PARTY_FORMS, OPEN_SUFFIXES, OWN_UNIT_SUFFIXES, TOWN_LEVEL_WORDS]);
const BARE_BRIGADE_RE = /^交警(?:大队|支队)$/u;
/** A unit's name as written (城建股), but for a police brigade, which is its place's police's (交警大队 → 某县公安局交通警察大队). */
const ownUnitName = (unit: string, j: Jurisdiction) => (BARE_BRIGADE_RE.test(unit) ? (canonicalAgency(unit, j) ?? unit) : unit);
const OWN_ANCHOR = new RegExp(ownUnits.anchor, 'u');
// After a unit's name: the end of the phrase, a conjunction, a verb of handling or a post (股长, 负责人).
const UNIT_FOLLOWED_BY = /^(?:[^\p{Script=Han}]|[和及与、经对于在将已等牵负主承股科处室会联同按根具])/u;
const LIST_JOIN = /^[、和及与]$/u;

/**
 * Units of the letter's own body, named bare as letters name them: after 我局/本委 (我局城建股, 由局督查科)
 * and the units listed with such a unit (我委县域处和经服处). Two to four characters of whole words,
 * the first no verb, before the unit's ending.
 */
function findOwnUnits(text: string, j: Jurisdiction, from: number, to: number, skip: [number, number][], known: AgencyHit[], suffixes: WordMatch[]): AgencyHit[] {
  const hits: AgencyHit[] = [];
  let k = 0;
  for (const { start: sufStart, word: suffix } of suffixes) {
    const e = sufStart + suffix.length;
    while (k < known.length && known[k]!.end <= sufStart) k++;
    if ((k < known.length && known[k]!.start < e) || !UNIT_FOLLOWED_BY.test(text.slice(e, e + 1) || '。')) continue;
    if (inRanges(skip, sufStart) || NOT_BODY_WORD.test(text.slice(sufStart - 1, e))) continue;
    const last = hits.at(-1);
    for (let s = sufStart - 2; s >= Math.max(from, sufStart - 4); s--) {
      const domain = text.slice(s, sufStart);
      if (NOT_IN_OPEN_NAME.test(domain) || !HAN_ONLY.test(domain)) break;
      const listed = last !== undefined && last.end === s - 1 && LIST_JOIN.test(text.charAt(s - 1));
      if (!listed && !OWN_ANCHOR.test(text.slice(Math.max(from, s - 3), s))) continue;
      const first = wordsByStart(text, s, e).get(s);
      if (first && !(isNameStop(first) && first.tag !== 'vn')) hits.push({ start: s, end: e, text: domain + suffix, name: ownUnitName(domain + suffix, j) });
      break;
    }
  }
  return hits;
}

/** The words jieba finds in text[start, end), by where each starts (and `end` itself, as a boundary). */
function wordsByStart(text: string, start: number, end: number): Map<number, Word> {
  const at = new Map<number, Word>();
  let pos = start;
  for (const w of wordsOf(text, start, end)) {
    at.set(pos, w);
    pos += w.word.length;
  }
  at.set(end, { word: '', tag: 'x' });
  return at;
}

/**
 * A place found before a form, unless it is a county of another province that is really a word of
 * the sentence: 和县 in …和县财政局 is 和 + 县财政局, 会同县 in 会同县财政局 the verb 会同 + 县财政局
 * (counties named by a common word, two-character counties, or any right after a body's name).
 */
function placeNotWord(text: string, placed: { place: Place; start: number } | null, j: Jurisdiction): { place: Place; start: number } | null {
  if (!placed || placed.place.level !== 'county') return placed;
  const afterBody = BODY_END.test(text.charAt(placed.start - 1));
  // (One named by a common word, right after a body, is that word even where the letter's province is unknown: 我局会同县….)
  if (!j.province) return afterBody && wordLikeCounties.has(placed.place.name) ? null : placed;
  if (placed.place.province === j.province) return placed;
  const wordLike = placed.place.name.length <= 2 || wordLikeCounties.has(placed.place.name);
  return wordLike || afterBody ? null : placed;
}

const nationalNames: ReadonlySet<string> = new Set(nationalByForm.values());
const listedAfterNational = (previous: AgencyHit | undefined, text: string, s: number) =>
  previous !== undefined && previous.end === s - 1 && text.charAt(s - 1) === '、' && nationalNames.has(previous.name);
/** Does a national body's form of three characters or more follow the form at `e` after a list mark? */
const listedBeforeNational = (text: string, e: number, to: number) => text.charAt(e) === '、' && NATIONAL_LONG_FORMS.longestAt(text, e + 1, to) !== null;
const NATIONAL_LONG_FORMS = new WordScanner([...nationalByForm.keys()].filter((f) => f.length >= 3));

/**
 * The jurisdiction of the body listed right before a form (省工商局、税务局: the province), which a
 * bare form in the list shares, as does the body's other sign in brackets after it (省卫生健康委(中医药局));
 * null when the form follows no body of the letter's places.
 */
function listedHome(previous: AgencyHit | undefined, text: string, s: number, j: Jurisdiction): string | null {
  if (!previous || previous.end !== s - 1 || !LIST_OR_SIGN.test(text.charAt(s - 1))) return null;
  return [j.county, j.city, j.province].find((home) => home && previous.name.includes(home)) ?? null;
}
const LIST_OR_SIGN = /^[、(（]$/u;

/**
 * A body written with its level word alone right after a placed body of that level (汨罗市委、市政府,
 * 沅陵县委县政府) is that place's: the jurisdiction to read it in, or null where the pair is the letter's own.
 */
function pairedJurisdiction(previous: AgencyHit | undefined, text: string, s: number, j: Jurisdiction): Jurisdiction | null {
  const word = text.charAt(s - 1);
  if (!previous || !PAIRED_LEVEL.test(word) || !(previous.end === s - 1 || (previous.end === s - 2 && LIST_JOIN.test(text.charAt(s - 2))))) return null;
  const placed = jurisdictionOf(previous.text);
  const place = [placed.county, placed.city].find((p) => p?.endsWith(word));
  // (Null where the level word reads so already: 市 is the letter's city, 县/区/旗 its county.)
  if (!place || place === (word === '市' ? j.city : j.county)) return null;
  return word === '市' ? { ...placed, city: place, county: null, town: null, year: j.year } : { ...placed, county: place, town: null, year: j.year };
}
const PAIRED_LEVEL = /^[市县区旗]$/u;

/**
 * Places listed before a placed body share it (沈阳、大连、营口市政府: each city's government): every place
 * of the body's level, written bare or with its level word and joined to it by 、/和/及/与, names that body
 * of its own place.
 */
function placesSharingBody(text: string, hits: readonly AgencyHit[], j: Jurisdiction, from: number): AgencyHit[] {
  const shared: AgencyHit[] = [];
  for (const hit of hits) {
    // (Most bodies follow no list mark: asked first, before the place lookup every hit would pay.)
    if (hit.start - 1 <= from || !LIST_JOIN.test(text.charAt(hit.start - 1))) continue;
    const form = placeAt(hit.text);
    const place = form ? placeByForm.get(form) : undefined;
    if (!form || !place || form.length === hit.text.length) continue;
    const body = hit.text.slice(form.length).replace(LEADING_LEVEL_WORD, '');
    let end = hit.start - 1;
    while (end > from && LIST_JOIN.test(text.charAt(end))) {
      const before = placeEndingAt(text, end, from);
      if (!before || before.place.level !== place.level || before.place.name === place.name || hits.some((h) => h.start <= before.start && h.end > before.start)) break;
      // (The place is a whole word: 铁西区 holds no 西区.)
      if ((wordHolding(text, Math.max(from, before.start - 4), end, before.start)?.start ?? before.start) < before.start) break;
      const name = canonicalAgency(before.place.name + body, j);
      if (!name) break;
      shared.push({ start: before.start, end, text: text.slice(before.start, end), name });
      end = before.start - 1;
    }
  }
  return shared;
}
const LEADING_LEVEL_WORD = /^[省市县区旗州盟]/u;

/** The hit ending right before `s` or one joiner before it, if any (party committees are read first, so not always the last). */
function hitEndingBefore(hits: readonly AgencyHit[], s: number): AgencyHit | undefined {
  for (let k = hits.length - 1; k >= 0; k--) if (hits[k]!.end >= s - 2 && hits[k]!.end < s) return hits[k];
  return undefined;
}

/**
 * The place a level word points to in the letter: its level's, except that 州, 盟 and 地区 name only
 * prefectures, so in a county-level city's letter (博乐市, whose 市 is itself) they name the prefecture
 * it lies in (州委宣传部 → 中共博尔塔拉蒙古自治州委员会宣传部), and only one of their kind.
 */
function levelOf(j: Jurisdiction, level: PlaceLevel, word: string): string | null {
  // An autonomous region's letters call it 区 (区党委, 区供销合作社) where no district is theirs.
  if (word === '区' && !j.county && j.province?.endsWith('自治区')) return j.province;
  if (level !== 'city' || !PREFECTURE_WORD.test(word)) return j[level];
  const city = j.county && j.city === j.county ? (placeByForm.get(j.county)?.city ?? j.city) : j.city;
  // (And only a prefecture of their kind: 州政府 in a 保山市 letter is none of its.)
  return city?.endsWith(word === '地区' || word === '盟' ? word : '州') ? city : null;
}
const PREFECTURE_WORD = /^(?:自治州|州|盟|地区)$/u;
// (自治区, 自治州, 自治县 end in a level character too.)
const LISTED_AFTER_LEVEL_RE = /[省市县区州旗镇乡][、和及]$/u;
const COUNTED_LEVEL_RE = /[\d一二三四五六七八九十百两]个[省市县区州旗镇乡]$/u;

/** The letter's county without its city (河东区 of 临沂市河东区), or null. */
const bareCounty = (j: Jurisdiction) => (j.county && j.city && j.county.startsWith(j.city) && j.county.length - j.city.length >= 2 ? j.county.slice(j.city.length) : null);

/** The letter's county as written without its city or by its short form, ending at `s`, or null. */
function ownCountyWritten(text: string, s: number, floor: number, j: Jurisdiction): string | null {
  const bare = bareCounty(j);
  // Or by its short form (灌南自然资源和规划局 in a letter of 灌南县): the letter's own county only, and not
  // before a party body's form (泉港委办发〔2022〕: a document number's abbreviation).
  // (An autonomous county's short form drops its peoples too, which letters write in no one way.)
  const short = j.county && text.charAt(s) !== '委' && !AUTONOMOUS_END.test(j.county) ? withoutLevelWord(bare ?? j.county) : null;
  return [bare, short].find((form) => form && s - form.length >= floor && text.startsWith(form, s - form.length)) ?? null;
}
const AUTONOMOUS_END = /自治[县旗]$/u;
// The end of a firm's or body's name, whose office a place's name may follow.
const OWNER_BEFORE = /(?:公司|集团|银行|[行社局厂院所会])$/u;

/** The letter's county written without its city opening a body's name (河东区公路中心), or null. */
function ownCountyAt(name: string, j: Jurisdiction): string | null {
  const bare = bareCounty(j);
  return bare && name.length > bare.length && name.startsWith(bare) ? bare : null;
}

// A town has no standing committee of its congress and no political consultative conference (瓦渡乡政协联络组
// is the county's liaison group there): bodies of these kinds are never a town's.
const NOT_AT_TOWN = /^中国人民政治协商会议\{J\}|\{J\}人民代表大会常务委员会/u;
const TOWN_END = /(?:镇|乡|街道|苏木)$/u;

function resolveLocal(text: string, s: number, e: number, form: string, current: string, j: Jurisdiction, floor: number, listed: string | null = null): AgencyHit | null {
  const hit = resolveLocalAt(text, s, e, form, current, j, floor, listed);
  if (!hit || !NOT_AT_TOWN.test(current)) return hit;
  const [pre, post] = current.split('{J}') as [string, string];
  const town = hit.name.slice(pre.length, hit.name.length - post.length);
  if (!TOWN_END.test(town)) return hit;
  // The county conference's group in the town, named by the town (瓦渡乡政协联络组).
  const group = form === '政协' ? LIAISON_GROUP_RE.exec(text.slice(e, e + 4)) : null;
  return group ? { start: hit.start, end: e + group[0].length, text: text.slice(hit.start, e + group[0].length), name: `${town}政协${group[0]}` } : null;
}
const LIAISON_GROUP_RE = /^(?:联络组|联络处|联络室|工作组|委员活动组)/u;

function resolveLocalAt(text: string, s: number, e: number, form: string, current: string, j: Jurisdiction, floor: number, listed: string | null = null): AgencyHit | null {
  const template = templateIn(current, j.year);
  const mk = (start: number, name: string): AgencyHit => ({ start, end: e, text: text.slice(start, e), name });
  // 1. The letter's own jurisdiction written out (湄潭县永兴镇人民政府), or a known place right before
  //    the form: 巴南区政府, 宜宾科技局, 重庆金融监管局, 重庆市科学技术局.
  const own = [j.town, j.county, j.city, j.province].find((name) => name && s - name.length >= floor && text.startsWith(name, s - name.length));
  // (A county's or city's 办事处 is a firm's or a liaison office there, no sub-district's: 中国铁塔蒙自办事处.)
  if (current === SUB_DISTRICT_OFFICE && placedAboveTown(text, s, floor, j, own)) return null;
  if (own && !template.includes('{P}')) return mk(s - own.length, fillTemplate(template, own));
  // …or the letter's own county written without its city (河东区政府 in a letter of 临沂市河东区: two cities have a 河东区).
  const county = ownCountyWritten(text, s, floor, j);
  if (county !== null && !template.includes('{P}')) return mk(s - county.length, fillTemplate(template, j.county!));
  const placed = placeNotWord(text, placeEndingAt(text, s, floor), j);
  if (placed) {
    const outer = placeEndingAt(text, placed.start, floor);
    const start = outer && outer.place.level !== placed.place.level ? outer.start : placed.start;
    return mk(start, resolvePlaceForm(template, placed.place, j));
  }
  if (template.includes('{P}')) return null;
  // 2. A level word (市/区/县/省 …) pointing into the letter's jurisdiction: 市科技局; in a zone's
  //    letter, the zone's own word (园区财政局 in 苏州工业园区).
  const zoneWord = zoneLevelWords.find((w) => text.startsWith(w, s - w.length) && j.county?.endsWith(w));
  if (zoneWord && s - zoneWord.length >= floor) return mk(s - zoneWord.length, fillTemplate(template, j.county!));
  // 彩屯办事处: a sub-district the town table knows, written without its 街道 before its office (not a firm's
  // office there: 中国铁塔有限公司石林办事处).
  const subDistrict = current === SUB_DISTRICT_OFFICE ? [3, 2].find((k) => s - k >= floor && knownSubDistrict(text.slice(s - k, s)) && !OWNER_BEFORE.test(text.slice(Math.max(floor, s - k - 2), s - k))) : undefined;
  if (subDistrict !== undefined) {
    const town = knownSubDistrict(text.slice(s - subDistrict, s))!;
    return mk(s - subDistrict, `${countyOfTown(town)?.prefix ?? j.county ?? ''}${town}办事处`);
  }
  for (const len of [3, 2, 1]) {
    const word = text.slice(s - len, s);
    const level = levelByWord.get(word);
    if (!level || s - len < floor) continue;
    // A town the town table knows starts where its name does, whatever the segmenter makes of it (边|阳镇).
    const town = level === 'town' ? [3, 2].map((k) => s - len - k).find((at) => at >= floor && isKnownTown(text.slice(at, s))) : undefined;
    // 乡 or 镇 closing a common word (市城乡|交通运输局, 各乡镇|卫生院) is no town's level word.
    if (TOWN_LEVEL_CHAR.test(word) && town === undefined && endsCommonWord(text, Math.max(floor, s - len - 3), s, e)) continue;
    const runStart = town ?? (closedLevels.has(word) ? s - len : unknownPlaceStart(text, s - len, floor, level === 'town' && (form === '人民政府' || current === SUB_DISTRICT_OFFICE)));
    const run = text.slice(runStart, s - len);
    // 两江新区城管局: the level character ends a place the tables do not know.
    // 乡镇人民政府, 县区政府: two level characters name a class of bodies, whatever stands before.
    const ending = text.slice(s - len - 1, s);
    const jurisdiction = levelOf(j, level, word);
    // 设区的市、自治州人民政府: a list of level words names a class of bodies too.
    // (Not when the level before is counted, 16个区和市委组织部: those places themselves, then the body.)
    const listedBefore = text.slice(Math.max(floor, s - len - 4), s - len);
    if (run === '' && LISTED_AFTER_LEVEL_RE.test(listedBefore) && !COUNTED_LEVEL_RE.test(listedBefore.slice(0, -1))) return null;
    // 我区政府, 本县财政局: the letter’s own (the other such words, 全区/该县, name no one body).
    if (OWN_LEVEL_RE.test(ending) && jurisdiction) return mk(s - 2, fillTemplate(template, jurisdiction));
    if (notLevel.has(ending) && (run.length < 2 || levelByWord.has(ending.charAt(0)))) return null;
    if (run && !/[局委厅部办府院会]/u.test(run)) {
      // A place the tables do not know, after the place it lies in (海盐县沈荡镇), or in the letter's
      // own county (a town) or municipality (滨海新区 → 天津市滨海新区).
      const outer = placeEndingAt(text, runStart, floor);
      // 葵山镇镇政府: the town's government, its level word written twice.
      const place = run.endsWith(word) ? run : run + word;
      if (outer) {
        const outmost = placeEndingAt(text, outer.start, floor);
        return mk(outmost && outmost.place.level !== outer.place.level ? outmost.start : outer.start, fillTemplate(template, outer.place.prefix + place));
      }
      // (Every county of a municipality is known, or was one of its districts before: 綦江县 → 綦江区. A 县 the
      // tables do not know is elsewhere: 横山县 in a letter that went to Beijing is no Beijing county.)
      const inMunicipality = level === 'county' && j.province !== null && j.city === j.province && !place.startsWith(j.provinceShort ?? j.province) &&
        (word !== '县' || placeByForm.get(`${place.slice(0, -1)}区`)?.city === j.province);
      const inCounty = level === 'town' && j.county !== null;
      return mk(runStart, fillTemplate(template, inMunicipality ? j.province + place : inCounty ? j.county + place : place));
    }
    // 镇政府 in a letter that names no town is any town's: a class of bodies, no node. So is 州政府 in one of no 州
    // after a character no word ends with (统筹地区人民政府, 华|州政府: a place's name the tables do not know, cut).
    if (!jurisdiction && (level === 'town' || (PREFECTURE_WORD.test(word) && isHan(text, s - len - 1) && !leftWordEndsAt(text, floor, s - len)))) return null;
    if (jurisdiction) return mk(s - len, ownPoliceUnit(jurisdiction, template));
    // Of no place the letter names: as written, or as the letter writes the same level's body out (区人社局 where
    // it writes 区人力资源和社会保障局 too).
    const writtenOut = fillTemplate(template, word);
    return mk(s - len, text.includes(writtenOut) ? writtenOut : text.slice(s - len, e));
  }
  // 3. A bare form: only specific names (any, listed after a body: 教育厅、卫健委; one of two characters
  //    only so listed: 总工会、妇联), and only where it does not continue a longer word.
  if ((!BARE_OK.test(form) || form.length < 3) && listed === null) return null;
  if (isHan(text, s - 1) && !leftWordEndsAt(text, floor, s) && !verbEndsAt(text, floor, s, e)) return null;
  if (form.endsWith('厅') && j.province) return mk(s, fillTemplate(template, j.province));
  // 办事处 bare is a sub-district's letter's own office (街道党工委、办事处); in any other letter, no one body's.
  if (current === SUB_DISTRICT_OFFICE) return j.town?.endsWith('街道') ? mk(s, fillTemplate(current, j.town)) : null;
  // A bureau written bare is the letter's own government's (交通局 in a county's letter).
  const home = listed ?? (prefectureTemplates.has(current) ? j.city : (j.county ?? j.city));
  return mk(s, home ? ownPoliceUnit(home, template) : form);
}

/**
 * A body of `home` by its template; a district's police unit is its city's bureau's branch's (交警大队 in a 薛城区
 * letter is 枣庄市公安局薛城分局's, 区交警支队 in a 嘉定区 letter 上海市公安局嘉定分局's).
 */
function ownPoliceUnit(home: string, template: string): string {
  const branch = home.endsWith('区') && template.startsWith(POLICE_TEMPLATE) && template !== POLICE_TEMPLATE ? policeBranchName(home + POLICE_BRANCH) : null;
  return branch && branch !== home + POLICE_BRANCH ? branch + template.slice(POLICE_TEMPLATE.length) : fillTemplate(template, home);
}
/** Does a county, city or province, the letter's own (`own`) or another, end right before text[s]? */
function placedAboveTown(text: string, s: number, floor: number, j: Jurisdiction, own: string | null | undefined): boolean {
  if (own) return own !== j.town;
  return ownCountyWritten(text, s, floor, j) !== null || (placeEndingAt(text, s, floor)?.place.level ?? 'town') !== 'town';
}
const POLICE_TEMPLATE = '{J}公安局';
const SUB_DISTRICT_OFFICE = '{J}办事处';

// What a page puts before a body's name on its line: a label (标题:, 办理情况:), a document number.
const LABEL_RE = /^.*[:：]/u;
const DOC_NUMBER_RE = /^.*[〔\[［﹝【]\d{4}[〕\]］﹞】]\d+号?/u;
// A session's ordinal inside a party or congress body's name: 中共第十二届广东省委员会.
const TERM_RE = /第[一二三四五六七八九十百\d]+届/u;
// Never a body's name: a title or list still open, navigation, a class of bodies (…部门, 市县两级水务局).
const NOT_A_BODY_RE = /[《》<>“”"]|会议$|单位$|部门$|[两三四五多各]级/u;

/** The name as written, without labels, document numbers and term ordinals; null when it is no body's name. */
export function cleanAgencyName(written: string): string | null {
  const name = written.replace(LABEL_RE, '').replace(DOC_NUMBER_RE, '').replace(TERM_RE, '').trim();
  return name.length < 2 || NOT_A_BODY_RE.test(name) || isPlaceAlone(name) ? null : name;
}

/**
 * A place's short form alone (湛江, 雷州 of 综合湛江、雷州两级水务局意见), which names no body; written in full
 * (会同大冶市、阳新县等单位), a place names its government.
 */
function isPlaceAlone(name: string): boolean {
  const place = placeByForm.get(name);
  return (place !== undefined && place.name !== name) || COUNTY_LEVEL_WORDS.some((w) => placeByForm.get(name + w)?.level === 'county');
}

/**
 * A co-handler named by its sector alone (会同财政、国土等部门, 市财政): that sector's body, a bureau or
 * committee the tables know (财政 → 财政局); null when none is.
 */
export function sectorBody(written: string, j: Jurisdiction): string | null {
  const sector = /^[省市区县]?(\p{Script=Han}{2,4})$/u.exec(written)?.[1];
  if (!sector || findAgencies(written, j).some((h) => h.end === written.length)) return null;
  // (A sector's committee at a city or province, its bureau at a county: 发改委, 发改局.)
  const ending = (j.county ? ['局', '委', '厅'] : ['委', '局', '厅']).find((e) => bodyByForm.has(sector + e));
  const name = ending && written + ending;
  return (name && findAgencies(name, j).find((h) => h.start === 0 && h.end === name.length)?.name) ?? null;
}

/** Is this session the province's own congress or conference (a municipality's: 市六届人大一次会议)? */
export function isProvinceSession(session: string | null, province: Place): boolean {
  return session !== null && (session.includes(province.name) || (province.municipality ? /^(?:政协)?市/u : /^(?:政协)?(?:省|自治区)/u).test(session));
}

/**
 * The province an unplaced letter's document number opens with (渝卫函〔2023〕323号: 重庆市), when the letter
 * answers that province's congress or conference; a municipality is its own city too.
 */
export function placeOfDocNumber(docNumber: string, session: string | null): Place | null {
  const province = provinceByAbbr.get(docNumber.charAt(0));
  return province && isProvinceSession(session, province) ? province : null;
}

/**
 * The province whose own documents a letter answering a province's congress or conference cites (黔府发〔2015〕35号,
 * 黔林函〔2019〕…), when one stands out: its own, where its text names no province more than another.
 */
export function provinceOfCitedNumbers(text: string, session: string | null): Place | null {
  const counts = new Map<Place, number>();
  for (const m of text.matchAll(CITED_NUMBER_RE)) {
    const province = placeOfDocNumber(m[0], session);
    if (province) counts.set(province, (counts.get(province) ?? 0) + 1);
  }
  return standsOut(counts)?.[0] ?? null;
}
const CITED_NUMBER_RE = new RegExp(`[${[...provinceByAbbr.keys()].join('')}]\\p{Script=Han}{1,5}[〔\\[［﹝【]\\s*(?:19|20)\\d{2}\\s*[〕\\]］﹞】]\\s*\\d+\\s*号`, 'gu');
const MAX_SECTOR = 4;

/**
 * The body whose document number an unsigned letter carries: its place's character (甘 of 甘肃省, 临 of 临湘市,
 * 渝中 or 厦集 of a district), its sector (交 of 甘交办案), and the level word the letter calls itself by (我厅) or,
 * where it never does, the one body of that place and sector its text names (省民政厅 in a letter numbered
 * 云民政法): 甘交办案〔2018〕99号 and 我厅 → 甘肃省交通运输厅. Null where the number opens with no place's
 * character or sector, or the letter is another province's. 委 and 局 are a city's level words too: they do
 * not make a province's body of a letter answering a city's or county's congress or conference, and a 厅 is
 * a province's only. A national body's numbers open with its own form, no place before it
 * (人社建字〔2025〕141号: 人力资源和社会保障部).
 */
export function bodyOfDocNumber(docNumber: string, text: string, j: Jurisdiction, session: string | null, named: ReadonlySet<string> = new Set()): string | null {
  const self = selfWord(text);
  const province = provinceByAbbr.get(docNumber.charAt(0));
  const ofProvince = province && (j.province === null || j.province === province.name) ? provinceBodyOfDocNumber(docNumber, province, self, j, session, named) : null;
  return ofProvince ?? localBodyOfDocNumber(docNumber, self, j, named) ?? (province ? null : nationalBodyOfDocNumber(docNumber, j, session));
}

function provinceBodyOfDocNumber(docNumber: string, province: Place, self: string | undefined, j: Jurisdiction, session: string | null, named: ReadonlySet<string>): string | null {
  const stem = sectorAt(docNumber, 1);
  if (!stem || (self !== '厅' && session !== null && !isProvinceSession(session, province))) return null;
  return bodyOfSector(province.name, stem, self, { ...j, province: province.name, provinceShort: province.provinceShort }, named);
}

/**
 * A county's or city's bureau known the same way, where its number opens with its own county's or city's
 * characters (临农字 in a 临湘市 letter that says 我局 → 临湘市农业农村局; 岳发改字 and 我委 → 岳阳市发展和改革委员会;
 * 渝中经信函 → 重庆市渝中区经济和信息化委员会; 厦集农水 → 厦门市集美区农业农村和水利局).
 */
function localBodyOfDocNumber(docNumber: string, self: string | undefined, j: Jurisdiction, named: ReadonlySet<string>): string | null {
  if (self === '厅') return null;
  for (const [place, code] of placeCodes(j)) {
    const stem = docNumber.startsWith(code) ? sectorAt(docNumber, code.length) : undefined;
    if (stem) return bodyOfSector(place, stem, self, j, named);
  }
  return null;
}

/** The characters a county's or city's document numbers open with, longest first, each with its place. */
function placeCodes(j: Jurisdiction): [string, string][] {
  const codes: [string, string][] = [];
  const county = bareCounty(j) ?? j.county;
  if (j.county && county) {
    const short = withoutLevelWord(county) ?? county;
    if (short.length >= 2) codes.push([j.county, short]);
    if (j.city) codes.push([j.county, j.city.charAt(0) + county.charAt(0)]);
    codes.push([j.county, county.charAt(0)]);
  }
  if (j.city) codes.push([j.city, cityDocAbbr.get(j.city) ?? j.city.charAt(0)]);
  // Or the level word alone (市应急函, 县教字): the letter's own county, else its city.
  if (j.county) codes.push([j.county, j.county.slice(-1)]);
  if (j.city && !j.county?.endsWith('市')) codes.push([j.city, '市']);
  return codes;
}

/** A place's sector body (甘肃省交通运输) with the level word the letter calls itself by, else the one its text names. */
function bodyOfSector(place: string, stem: string, self: string | undefined, j: Jurisdiction, named: ReadonlySet<string>): string | null {
  const stemmed = place + stem;
  if (self) {
    const body = canonicalAgency(`${stemmed}${self}`, j);
    // The letter names its body otherwise than the table (花水函 and 区水务局, not the table's 水利局): the one body
    // of that place it names whose work opens with the stem's first character and that it calls so.
    const at = body && !named.has(body) ? body.indexOf(stem, body.indexOf(place)) : -1;
    const alike = at > 0 ? [...named].filter((n) => n.startsWith(body!.slice(0, at + 1)) && n.endsWith(self)) : [];
    return alike.length === 1 ? alike[0]! : body;
  }
  const found = new Set(['局', '厅', '委'].map((word) => canonicalAgency(`${stemmed}${word}`, j)).filter((name) => name !== null && named.has(name)));
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * The body an unsigned letter without a document number speaks as: it calls itself 我局/我厅/我委, and of the
 * sector bodies of its own place with that level word it names one most (我局 in a 九江市 letter naming
 * 九江市科学技术局 twice and 九江市工业和信息化局 once). Null when none stands out: a government, party,
 * congress or conference body is never taken, nor another level's body (a 局 of the city in a county's letter).
 */
export function bodySpeakingAsSelf(text: string, hits: AgencyHit[], j: Jurisdiction, selfFrom = 0, selfTo = text.length): string | null {
  const self = selfWord(text.slice(selfFrom, selfTo));
  const place = ownPlace(j);
  if (!self || !place) return null;
  const ending = self === '委' ? /委(?:员会)?$/u : new RegExp(`${self}$`, 'u');
  const counts = new Map<string, number>();
  for (const { name, start } of hits) {
    // A body the letter works with (我局联合县民政局, 会同县财政局), or listed after that verb in its clause
    // (联合省委组织部、省财政厅等部门), is its partner, not itself.
    const before = text.slice(Math.max(0, start - 40), start);
    if (isOwnSectorBody(name, place, ending) && !PARTNER_BEFORE.test(before) && !PARTNER_LISTED_BEFORE.test(before)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return standsOut(counts)?.[0] ?? null;
}
const PARTNER_BEFORE = /(?:联合|会同|协调|配合|协同|[与和及同])$/u;
const PARTNER_LISTED_BEFORE = /(?:联合|会同|协同)[^，,。；;：:！!？?\n]*、$/u;

/** The place a letter's own bodies are named under: its county, else its city, else its province. */
const ownPlace = (j: Jurisdiction) => j.county ?? j.city ?? j.province;

/** Is a body's name its place's own sector body with this ending (九江市科学技术局 under 九江市, ending 局)? */
function isOwnSectorBody(name: string, place: string, ending: RegExp): boolean {
  const rest = name.startsWith(place) ? name.slice(place.length) : '';
  return ending.test(rest) && !NOT_SECTOR_BODY_RE.test(rest);
}
// A place's own government and its congress (the party's and the conference's open with 中共, 政协 before the place).
const NOT_SECTOR_BODY_RE = /^(?:人民政府|人民代表大会|人大)/u;

/**
 * The body an unsigned letter that never says 我局 speaks as in the third person: the first sector body
 * of its own place that opens a sentence or clause of the answer as its subject (现答复如下:市教育局一直…,
 * 下一步,区应急管理局将…, 省科技厅高度重视…), and that the opening (text[openingStart, from)) does not name
 * as a body it consulted or writes to. Null where none does.
 */
export function bodyAnswering(text: string, openingStart: number, from: number, hits: AgencyHit[], j: Jurisdiction): string | null {
  const place = ownPlace(j);
  if (!place) return null;
  // (Inside the opening a body is one consulted, but for the subject of the clause right after the
  // acknowledgement: …的提案收悉,省商务厅高度重视,会同…研究.)
  const acknowledging = (start: number) => ACKNOWLEDGED_BEFORE.test(text.slice(Math.max(0, start - 4), start));
  const consulted = new Set(hits.filter((h) => h.start >= openingStart && h.start < from && !acknowledging(h.start)).map((h) => h.name));
  for (const { start, end, name } of hits) {
    if (start < openingStart || (start < from ? !acknowledging(start) : consulted.has(name))) continue;
    // (There the subject is the replying body whatever its level: a provincial letter may name cities more than its province.)
    const places = start < from ? [j.county, j.city, j.province] : [place];
    if (!places.some((p) => p && isOwnSectorBody(name, p, SECTOR_BODY_END))) continue;
    // (The body's other sign may stand in brackets after it: 省商务厅(省自贸办)高度重视.)
    const after = text.slice(end, end + 24).replace(SIGN_IN_BRACKETS, '');
    if (CLAUSE_OPENS_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && SUBJECT_GOES_ON.test(after)) return name;
  }
  return null;
}
const SECTOR_BODY_END = /(?:局|厅|委员会|委)$/u;
const SIGN_IN_BRACKETS = /^[(（][^()（）]{2,12}[)）]/u;
const ACKNOWLEDGED_BEFORE = /收悉[,，][\s\u3000]*$/u;
// A sentence's or clause's start: a line, a stop, a time word and its comma (下一步, 2025年,), or the
// acknowledgement's comma (…的提案收悉,省商务厅高度重视).
const CLAUSE_OPENS_BEFORE = /(?:^|[\n。：:；;]|(?:下一步|近年来|目前|\d{4}年|今年|同时|收悉)[,，]?)[\s\u3000]*$/u;
// What a body's sentence as its subject goes on with.
const SUBJECT_GOES_ON = /^(?:将|高度重视|一直|始终|积极|认真|已|多次|持续|坚持|立足|围绕|结合|按照|根据|针对|近年来|历来|高度关注|正在|主动|及时|先后|不断|进一步|充分|大力|全力|深入|配合)/u;

/** The level word a letter calls itself by (我厅, 本委, 我局), when one outnumbers the others. */
function selfWord(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(SELF_WORD_RE)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  return standsOut(counts)?.[0];
}

/** The sector a body's document number writes after its place's characters (交 of 甘交办案), as a body's stem. */
const sectorAt = (docNumber: string, at: number) => longestFormAt(sectorByDocForm, docNumber, at);

/** The value of the longest form of `forms` a document number writes from `at` on (at most MAX_SECTOR characters). */
function longestFormAt(forms: ReadonlyMap<string, string>, docNumber: string, at: number): string | undefined {
  for (let k = MAX_SECTOR; k >= 1; k--) {
    const value = forms.get(docNumber.slice(at, at + k));
    if (value !== undefined) return value;
  }
  return undefined;
}

/** A national body by its number's opening form, in a letter answering the national congress or conference or no place's. */
function nationalBodyOfDocNumber(docNumber: string, j: Jurisdiction, session: string | null): string | null {
  if (session === null ? j.province !== null : !session.includes('全国')) return null;
  return longestFormAt(nationalByDocForm, docNumber, 0) ?? null;
}

/** The canonical name of a body written on its own (a co-handler, the replying body); null for junk. */
export function canonicalAgency(written: string, j: Jurisdiction): string | null {
  const name = cleanAgencyName(written);
  if (name === null) return null;
  // A sub-district's office written short (观澜街道办) is its 街道办事处.
  const shortOffice = SHORT_TOWN_OFFICE_RE.exec(name);
  if (shortOffice) return canonicalAgency(`${shortOffice[1]}办事处`, j);
  // So is one the town table knows, written as a street (秀全街 for 秀全街道).
  const street = STREET_RE.exec(name);
  const streetTown = street ? knownSubDistrict(street[1]!) : null;
  if (streetTown) return canonicalAgency(`${streetTown}办事处`, j);
  const hits = findAgencies(name, j);
  const whole = hits.find((h) => h.start === 0 && h.end === name.length);
  if (whole) return whole.name;
  // A place written before a body whose full name holds it already (龙华区 + 观澜街道办事处 → 深圳市龙华区观澜街道办事处).
  // So is a level word alone before a place's body (市武义县政府: the city's county).
  const placed = hits.find((h) => h.start > 0 && h.end === name.length && (h.name.includes(name.slice(0, h.start)) || (h.start === 1 && levelByWord.has(name.charAt(0)) && startsWithPlace(name, 1))));
  if (placed) return placed.name;
  const government = governmentOfPlace(name);
  if (government !== name) return canonicalAgency(government, j);
  return fullOpenName(placedAgencyName(name, j));
}

/** A place signing for itself (微山县鲁桥镇, 碧鸡街道) is its government (…镇人民政府, …街道办事处); any other name stays. */
export function governmentOfPlace(name: string): string {
  const place = PLACE_ALONE_RE.exec(name);
  if (place) return name + (place[1] === '街道' ? '办事处' : '人民政府');
  // (A city or district only where the tables know it whole, or after its city: 大冶市, 贵阳市花溪区, not 超市 or 园区.)
  const known = /[市区]$/u.test(name) ? placeByForm.get(name) ?? placeUnderParent(name) : undefined;
  return known && (known.name === name || known.prefix === name) && known.level !== 'province' ? `${name}人民政府` : name;
}

/**
 * The letter's own body as it signs or publishes the letter: written bare and unknown to the tables
 * (发布机构: 政务数据办), it is its own place's, as a bare bureau is (桐乡市政务数据办).
 */
export function ownBodyName(written: string, j: Jurisdiction): string | null {
  const name = canonicalAgency(written, j);
  if (name === null || name !== cleanAgencyName(written) || !OWN_BODY_END.test(name) || startsWithPlace(name) || levelByWord.has(name.charAt(0)) || nationalByForm.has(name)) return name;
  // (A national body is nobody's place's: 国家医疗保障局 reposted by a city. A 厅 is a province's; a name opening with its place's first characters has its place: 嵊州经济开发区管理委员会,
  // and so has one naming its place inside: 生态环境临沭分局.)
  const home = name.endsWith('厅') ? j.province : (j.county ?? j.city);
  if (!home || name.startsWith(home.slice(0, 2)) || name.includes(withoutLevelWord(home) ?? home)) return name;
  return canonicalAgency(home + name, j);
}
const OWN_BODY_END = /(?:局|厅|委员会|委|办)$/u;

/**
 * The replying body a page's header names (来源, 机构分类), as ownBodyName reads it; but a unit a ministry's page
 * names alone (机构分类: 公路局) in a letter of no place stands for the ministry its number names (交公路建字 → 交通运输部).
 */
export function pageBodyName(written: string, j: Jurisdiction, docNumber: string | null, session: string | null): string | null {
  const name = ownBodyName(written, j);
  if (name !== written || j.province !== null || docNumber === null || startsWithPlace(name) || nationalByForm.has(name)) return name;
  return nationalBodyOfDocNumber(docNumber, j, session) ?? name;
}

/** A body read by its shape, named in full where the shape is a short one: a district's 公安分局, a 街道办. */
function fullOpenName(name: string): string {
  if (name.endsWith(POLICE_BRANCH)) return policeBranchName(name);
  return SHORT_TOWN_OFFICE_RE.test(name) ? `${name}事处` : name;
}

/**
 * A body the tables do not know, written relative to the letter (市政府政务服务中心) or opening with a
 * county, carries its place; a public service centre or station written bare (水旱灾害防御中心) is the
 * letter's own government's, as a bare bureau is.
 */
export function placedAgencyName(written: string, j: Jurisdiction): string {
  const name = ABBREVIATED_ZONE_RE.test(written) ? written : written.replace(ZONE_COMMITTEE_SHORT_RE, '$1管理委员会');
  const county = ownCountyAt(name, j);
  const placed = partyWritten(placedName(name, j) ?? (county ? j.county! + name.slice(county.length) : withPlacePrefix(name)));
  if (placed !== name || !BARE_CENTRE_RE.test(name) || NOT_BARE_RE.test(name) || startsWithPlace(name)) return placed;
  // (A zone's centres are units of its committee, named bare: 政务服务和社会事务中心 of 重庆高新区.)
  const home = j.county && zoneLevelWords.some((w) => j.county!.endsWith(w)) ? null : (j.county ?? j.city);
  // (One that opens with its place written short is placed already: 同江三江口…服务中心 of 同江市.)
  const short = home ? withoutLevelWord(home) : null;
  return home && !(short && name.startsWith(short)) ? home + name : name;
}

// A party committee's own group or office (岳阳市委人才工作领导小组) is the party's: 中共 written before it,
// as the tables write a committee's departments (中共X市委宣传部).
const PARTY_OWN_RE = /^\p{Script=Han}{2,12}?[省市区县州旗盟]委(?!员会|会)\p{Script=Han}{2,}(?:小组|办公室|指挥部)$/u;
const partyWritten = (name: string) => (PARTY_OWN_RE.test(name) && !name.startsWith('中共') ? `中共${name}` : name);

// A zone's 管委会 written out, but not after a zone word that is a short form itself (重庆高新区管委会).
const ZONE_COMMITTEE_SHORT_RE = new RegExp(`(${nameRules.zoneCommittee.zones.join('|')})管委会$`, 'u');
const ABBREVIATED_ZONE_RE = new RegExp(`(?:${Object.keys(nameRules.zoneCommittee.inFull).join('|')})管委会$`, 'u');
const BARE_CENTRE_RE = /(?:中心|站)$/u;
// A level word anywhere (河东区公路中心), a national or party word or an ordinal (第一…) first: not bare.
const NOT_BARE_RE = /[省市区县州盟旗镇乡]|^(?:村|自治|地区|国家|中国|全国|中央|中共|第)/u;

const PLACE_ALONE_RE = /^[\p{Script=Han}]{1,10}(镇|乡|县|旗|街道|苏木)$/u;
const SHORT_TOWN_OFFICE_RE = /^([\p{Script=Han}]{1,12}街道)办$/u;
const STREET_RE = /^(\p{Script=Han}{2,4})街$/u;

/** The sub-district the town table knows by `stem` written without its 街道 (彩屯 → 彩屯街道), or null. */
function knownSubDistrict(stem: string): string | null {
  return isKnownTown(`${stem}街道`) ? `${stem}街道` : null;
}

/**
 * A body the tables do not know, opening with a district or county: the place's full prefix
 * (灞桥区文化和旅游体育局 → 西安市灞桥区…, 屏边县农业农村和科学技术局 → 屏边苗族自治县…,
 * 双台子区城乡建设事业发展服务中心 → 盘锦市双台子区…).
 */
function withPlacePrefix(name: string): string {
  for (let k = Math.min(MAX_PLACE_LENGTH, name.length - 2); k >= 2; k--) {
    const form = name.slice(0, k);
    const place = placeByForm.get(form);
    if (!place) continue;
    return place.level === 'county' && (place.prefix.endsWith(form) || /[县旗]$/u.test(form)) && (BODY_END.test(name.charAt(name.length - 1)) || name.endsWith('中心'))
      ? place.prefix + name.slice(k)
      : name;
  }
  return name;
}
