// The salutation names the proposers: "王普委员:", "尊敬的甲、乙、丙委员", "甲、乙等12位人大代表:", "甲、乙二位代表:",
// "陈红(等10位)代表:", "各位代表们:", "江北代表团:", "民革界委员:" (a sector's members), masked "xxx委员:", "X委员并附议人:", "尊敬地…" (a slip for 尊敬的). It may
// stand mid-line (pages flattened to one line) and go without a colon before 您/你 or a line end.
import type { Line } from './lines.js';
import { squeeze } from './lines.js';
import { isHeaderLabel } from './header.js';
import sectors from '../../data/conference-sectors.json' with { type: 'json' };
import transliterated from '../../data/transliterated-names.json' with { type: 'json' };

/** A deputy, a member, a delegation, or a group of the conference's members (马街镇委员小组 → 委员小组). */
export type ProposerRole = '委员' | '代表' | '代表团' | `${string}组`;

export type Salutation = {
  /** The first person named: the proposer. */
  name: string | null;
  role: ProposerRole;
  /** Offsets of the first name in the text, when a name is written. */
  nameStart: number | null;
  nameEnd: number | null;
  /** Everyone named, in order (the first is the proposer). */
  persons: { name: string; start: number; end: number }[];
  /** The salutation's own span in the text. */
  start: number;
  end: number;
  lineIndex: number;
};

const GAP = '[\\s\\u3000]*';
// One name: Han characters with padding spaces inside ("陈  先"), or a masked name (xxx, ****, 姜xx, 张*);
// 等, 各 and 们 belong to the count or the role, not to a name.
const HAN = '(?:[^\\P{Script=Han}等各们]|·)';
// Names of Xinjiang's peoples join given name and father's name with a dot: 买买江·阿不都热西提
// (the father's name may be cut to its first character: 米黑日邦古丽·吐).
const DOTTED = '[^\\P{Script=Han}等各们]{2,8}·[^\\P{Script=Han}等各们]{1,10}';
// Or written without a dot, longer than a Han name, in the characters that write those peoples' sounds (阿拉腾其木格).
const LONG_NAME = `[${transliterated.chars}]{6,8}`;
// A conference's sector written before 界 (民革界委员): its members, no one's name.
const SECTOR_WORD = `(?:${sectors.list.join('|')})`;
const SECTOR = `${SECTOR_WORD}界别?`;
// A name never ends in a count (赵六二位代表 is 赵六 + 二位) or the role's body (丁四海政协委员), nor opens
// with the word that closes a title run into it, spaced or not (…(82号)答复 杨军代表:, …的 答 复 杨军代表:, …复函 杨军代表:),
// or its 函 broken off onto the salutation's line (…的答复 / 函某某委员:);
// nor with the form's label for the proposers (提建议代表, 提案委员); five characters are a name of the north's peoples written without a dot (乌兰格日乐).
const NAME = `(?:${DOTTED}|${LONG_NAME}|(?![答回]?[ \\u3000]*复|函|提(?:出|交)?(?:建议|议案|案))${HAN}(?:[ \\u3000]{0,3}${HAN}){1,4}(?<![二两三四五六七八九十][名位])(?<!人大|政协|领衔)(?<!${SECTOR})|${HAN}[xX×*＊○□]{1,5}${HAN}?|[xX×*＊○□]{2,5})`;
// A body addressed before the people ("县政协民族和宗教委、黄洪强委员"): not a person.
const BODY = '[^\\P{Script=Han}、]{2,14}?(?:委|会|组|局|办|团)';
// (The one who led may be joined to the others by 并: 甲并乙、丙代表.)
const SEP = `${GAP}[、,，]${GAP}|[ \\u3000]+|并(?=${HAN}{2})`;
const OWN_ROLE = '委员|代表';
// A delegation may stand before the names with no mark between ("沙堰镇代表团王伟、乔符珀代表"), a sector's
// members before them with one ("农工党界别委员,甲、乙等委员").
// Each name may carry its own role ("甲委员、乙委员、丙委员:").
// An item may be two or three names of three characters the page ran together (柏永剑矣俊杰, 郑志和张翠美杨连忠):
// a later one before a mark or role, the first only before a mark, where the list goes on.
const RUN_NAMES = `(?:${HAN}{3}){2,3}(?<![委会组局办团室处院所厅部])`;
const LATER_RUN = `${RUN_NAMES}(?=${GAP}[、,，]|${GAP}(?:${OWN_ROLE}))`;
const FIRST_RUN = `${RUN_NAMES}(?=${GAP}[、,，])`;
// A later item the page cut to one character (甲某、金、乙某): it keeps the list going and names nobody.
const CUT_NAME = `${HAN}(?=${GAP}[、,，])`;
const NAMES = `(?:${BODY}${GAP}[、,，]${GAP}|${SECTOR}(?:${OWN_ROLE})?${GAP}[、,，]${GAP}|[^\\P{Script=Han}、]{2,10}?代表团${GAP})*(?:${NAME}|${FIRST_RUN})(?:(?:${OWN_ROLE})?(?:${SEP})(?:${NAME}|${LATER_RUN}|${CUT_NAME})(?!${GAP}代表团))*`;
// (Or the leader of those who proposed: 潘某某领衔代表, 某某及各位委员; a page may space the count out: 某某 等 1 名代表,
// or count people: 某某等13人委员.)
const COUNT = `(?:领衔|及(?=各位)|等[ \\u3000]*(?:\\d+|[一二两三四五六七八九十]+)?[ \\u3000]*[名位人]?|(?:\\d+|[二两三四五六七八九十]+)[名位人]|[(（](?:等\\d*|\\d+)[名位人]?[)）])`;
// The role, with the body it belongs to: "人大代表", "政协委员", "政协某县委员", "市人大代表"; never after a term's 届,
// where a title broke after its session's 委员 (政协某市第十届委员 / 次会议…).
// The proposer's unit may follow in brackets: "苏璇委员(区应急管理局):".
const ROLE = `(?:各位)?(?:${HAN}{0,4}?(?:人大|政协)${HAN}{0,6}?)?(?<!届)(代表团|委员|代表)(?:${OWN_ROLE})?(?:们)?(?:同志)?(?:并附议人)?(?:[(（][^()（）\\n]{2,20}[)）])?`;
// A colon, or no colon where the letter goes on with 您/你 (after a comma too: 某代表,您好) or a new line; never a field label
// followed by another label on its line ("领衔代表: 代表团: X;").
const CLOSE = `${GAP}(?:[:：](?![^\\n:：。，,]{0,12}[:：])|(?=[,，]?[\\s\\u3000]*(?:\\n|$|您|你)))`;
// Where a salutation may start: a line start, white space, the end of a sentence or cell, or a
// document number or a header's date the page ran into it (卫工管发〔2022〕96号赵磊代表:, 发布时间:2025-06-04赵磊代表:), a bracket closing a title run into it (…答复(B)儋州代表团:),
// or a record's label for the reply (问题答复:某某代表:), or the 函 of a title's 答复函 broken off onto its line.
// (A header's date as the page writes it: 2025-06-04.)
const DASHED_DATE = '\\d{4}-\\d{1,2}-\\d{1,2}';
const LEFT = `(?<=^|[\\s\\u3000。！!|>】\\])）]|[〕\\]］]\\d{1,6}号|${DASHED_DATE}|(?:答复|回复)(?:内容|意见)?[:：]|^函)`;
// A role alone on its line ("代表:", or no colon before the letter's 您 on the next) or before a greeting
// ("委员您好") greets a proposer the page does not name.
const ROLE_ALONE = `(?=(?:${OWN_ROLE})(?:[:：][ \\t\\u3000]*$|${GAP}您好|[ \\t\\u3000]*\\n[\\s\\u3000]*您))`;
// The level word before 人大/政协 is the role's (王某区人大代表 is 王某 + 区人大代表), not the name's end.
const NOT_LEVEL_OF_ROLE = '(?!(?<=[省市区县镇乡])(?:人大|政协))';
// The body may stand before the name too: "市政协王某某委员".
const BODY_LEAD = `(?:[省市区县州旗]?(?:人大|政协)${GAP})?`;
// A delegation may close the list too, greeted beside its deputies ("骆某某代表,郭里代表团:").
const DELEGATION_AFTER = `(?:${SEP})[^\\P{Script=Han}、,，]{2,10}?代表团`;
const SALUTATION_RE = new RegExp(
  `${LEFT}(?:尊敬[的地]?${GAP})?(?:${BODY_LEAD}(${NAMES})(?!(?<=及)各位)${NOT_LEVEL_OF_ROLE}${GAP}${COUNT}?${GAP}|(?=各位|人大|政协)|${ROLE_ALONE}|${SECTOR}${GAP}(?=委员))${ROLE}(?:${DELEGATION_AFTER})?${CLOSE}`,
  'gmu',
);
// A delegation names a place, not a person: "江北代表团", "九龙坡区代表团"; so does a group of the conference's
// members (马街镇委员小组, 某乡政协联络组, 某街道政协工作联络组), its role the group's word from 委员 or 政协 on.
export const MEMBERS_GROUP = '(?:委员|政协)(?:工作|活动|履职)?(?:联络)?小?组';
const GROUP_RE = new RegExp(`${LEFT}(?:尊敬的)?([\\p{Script=Han}]{2,10}?)(代表团|${MEMBERS_GROUP})${CLOSE}`, 'mu');
const MASKED_RE = /[xX×*＊○□]/;
const PERSON_NAME_RE = new RegExp(`^(?:[\\p{Script=Han}·]{2,5}|${DOTTED}|${LONG_NAME})$`, 'u');
const LIST_SEP_RE = /[、,，]|(?<=^\p{Script=Han}{2,4})并(?=\p{Script=Han}{2})/u;
const RUN_TOGETHER_RE = /^(?:\p{Script=Han}{3}){2,3}$/u;
// (A party or sector greeted alone, 农工党代表:, is its members, no one's name.)
const SECTOR_RE = new RegExp(`^${SECTOR_WORD}(?:界别?)?$`, 'u');
/** Is a name a party or sector greeted or named as the proposer (民建, 农工党界), its members no one's name? */
export const isSectorName = (name: string) => SECTOR_RE.test(name);
const OWN_ROLE_END_RE = new RegExp(`(?:${OWN_ROLE})$`, 'u');
// (Three characters are a person's name, whatever it ends in: 陈云会.)
const BODY_NAME_RE = /^[^\P{Script=Han}、]{3,14}?(?:委|会|组|局|办|团)$/u;
const DELEGATION_LEAD_RE = /^[^\P{Script=Han}、]{2,10}?代表团(?=[\p{Script=Han}])/u;

// The salutation comes before the proposal is acknowledged: the search ends there, or at the next
// acknowledgement where the first was a page's summary of the letter above it (内容概述 …答复如下).
const ACKNOWLEDGED_RE = /收悉|答复如下/gu;
const ACKNOWLEDGEMENTS_TRIED = 3;

export function findSalutation(text: string, lines: Line[]): Salutation | null {
  const person = personBeforeAcknowledgement(text);
  const group = /代表团|组/u.test(text) ? GROUP_RE.exec(person ? text.slice(0, person.index) : text) : null;
  const m = group && (!person || group.index < person.index) ? null : person;
  if (!m && !group) return null;
  const at = m ? m.index : group!.index;
  const end = m ? m.index + m[0].length : group!.index + group![0].length;
  const persons: Salutation['persons'] = [];
  if (m?.[1]) persons.push(...namesIn(m[1], m.index + m[0].indexOf(m[1])));
  const first = persons[0] ?? null;
  return {
    name: first?.name ?? null,
    // A delegation's members greeted together (第五代表团各位代表:) propose as the delegation.
    role: !m ? (group![2] as ProposerRole) : first === null && m[0].includes('代表团') ? '代表团' : (m[2] as ProposerRole),
    nameStart: first?.start ?? null,
    nameEnd: first?.end ?? null,
    persons,
    start: at,
    end,
    lineIndex: lineOf(lines, at),
  };
}

/** The first person greeted before an acknowledgement (the first three tried in turn), or anywhere in a text that has none. */
function personBeforeAcknowledgement(text: string): RegExpExecArray | null {
  let tried = 0;
  for (const ack of text.matchAll(ACKNOWLEDGED_RE)) {
    const person = firstPersonSalutation(text.slice(0, ack.index + ack[0].length));
    if (person || ++tried === ACKNOWLEDGEMENTS_TRIED) return person;
  }
  return tried ? null : firstPersonSalutation(text);
}

/**
 * The people of a name list: items split at 、/，; an item of padded characters ("陈  先") is one
 * name, one of several space-separated names ("张三 李四") is several; bodies and masks are nobody.
 */
function namesIn(list: string, at: number): Salutation['persons'] {
  const out: Salutation['persons'] = [];
  let offset = 0;
  for (const written of list.split(LIST_SEP_RE)) {
    // The delegation before the first name is nobody ("沙堰镇代表团王伟").
    const delegation = offset === 0 ? (DELEGATION_LEAD_RE.exec(written)?.[0] ?? '') : '';
    offset += delegation.length;
    const raw = written.slice(delegation.length);
    // A name's own role ("甲委员、乙委员、…") is not part of it.
    const item = raw.replace(OWN_ROLE_END_RE, '');
    const whole = squeeze(item);
    const pieces = PERSON_NAME_RE.test(whole)
      ? [{ text: item, index: 0 }]
      : RUN_TOGETHER_RE.test(item) && !BODY_NAME_RE.test(item)
        ? [...item.matchAll(/\p{Script=Han}{3}/gu)].map((p) => ({ text: p[0], index: p.index }))
        : padPairs([...item.matchAll(/\S+/gu)].map((p) => ({ text: p[0], index: p.index })));
    for (const piece of pieces) {
      const name = squeeze(piece.text);
      if (MASKED_RE.test(name) || !PERSON_NAME_RE.test(name) || BODY_NAME_RE.test(name) || isSectorName(name)) continue;
      const start = at + offset + piece.index + (piece.text.length - piece.text.trimStart().length);
      out.push({ name, start, end: start + piece.text.trim().length });
    }
    offset += raw.length + 1;
  }
  return out;
}

/**
 * Space-separated names where a two-character name is padded to three ("张三丰 魏 娜 李四光"): two
 * single characters in a row are one name.
 */
function padPairs(pieces: { text: string; index: number }[]): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const [a, b] = [pieces[i]!, pieces[i + 1]];
    if (b && a.text.length === 1 && b.text.length === 1) {
      out.push({ text: a.text + ' '.repeat(b.index - a.index - 1) + b.text, index: a.index });
      i++;
    } else out.push(a);
  }
  return out;
}

/** The first salutation to people; a name list that runs into a role word of the letter body is not one. */
function firstPersonSalutation(text: string): RegExpExecArray | null {
  SALUTATION_RE.lastIndex = 0;
  let loose: RegExpExecArray | null = null;
  for (let m = SALUTATION_RE.exec(text); m; m = SALUTATION_RE.exec(text)) {
    // A record's field label (领衔代表: 甲;乙;…) greets nobody, nor does a label read as the name (案号\n领衔代表).
    if (m[2] === '代表团' || isHeaderLabel(m[0]) || (m[1] !== undefined && isHeaderLabel(m[1].trim())) || isMenuRun(m) || inLabelledField(text, m.index)) continue;
    // One with no colon after words on its line (a record's line: 关于…的议案 某某等14名代表) stands only
    // if no greeting of its own line with a colon follows.
    if (isGreetingLine(text, m)) return m;
    loose ??= m;
  }
  return loose;
}

/** Does a salutation open its line and close with a colon (某某代表:)? */
function isGreetingLine(text: string, m: RegExpExecArray): boolean {
  return /[:：][\s\u3000]*$/u.test(m[0]) && !text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index).trim();
}

/**
 * Is `at` in the value of a field line (题  目: 《…》 陈某等10名代表): the record's proposers, greeted by nobody;
 * not after a date that is the whole value (发布时间:2025-06-04某某代表:, the page running the salutation on).
 */
function inLabelledField(text: string, at: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const label = FIELD_LABEL_RE.exec(before);
  return label !== null && isHeaderLabel(label[1]!) && !DATE_VALUE_RE.test(before.slice(label[0].length));
}
const FIELD_LABEL_RE = /^[\s\u3000]*([^:：\n]{1,12}?)[:：]/u;
const DATE_VALUE_RE = new RegExp(`^[\\s\\u3000]*${DASHED_DATE}$`, 'u');

/** A page's menu, one word a line (观察 / 委员 / 名录), read as a name over its role: no colon closes it. */
function isMenuRun(m: RegExpExecArray): boolean {
  if (m[1] === undefined || /[:：][\s\u3000]*$/u.test(m[0])) return false;
  const nameEnd = m[0].indexOf(m[1]) + m[1].length;
  return m[0].slice(nameEnd, m[0].lastIndexOf(m[2]!)).includes('\n');
}

function lineOf(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
