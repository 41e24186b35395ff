// The closing: who signed ("此复函已经明炬局长审签", "签发人:X", "分管领导:X"), the body's
// name and the date under the signature, and the contact line.
import signerTable from '../../data/signer-titles.json' with { type: 'json' };
import { CN_DATE, parseCollapsedDate, parseDate, withYearDigits } from './dates.js';
import { squeeze, type Line } from './lines.js';

export type NamedSpan = { name: string; start: number; end: number };
export type SignerInfo = { name: string | null; title: string | null; start: number | null; end: number | null };

const TITLES = [...signerTable.titles].sort((a, b) => b.length - a.length).join('|');
const SIGN = signerTable.signVerbs.join('|');
const REVIEW = signerTable.reviewVerbs.join('|');
const NAME = '[\\p{Script=Han}]{1,4}?';
// "已经明炬局长审签" (name, title) and "由办公室主任赵强签发" (title, name).
// "已经我局王立局长审签", "已经市农业农村委路伟主任审签": the body before the name is the body's, not the person's;
// in 已经由某某局长审签 the name follows 由.
const NAME_TITLE_RE = new RegExp(`(?<=经|由|和|、|领导|，|,)(?!由)(?:我[局委厅办部院]|[省市区县][\\p{Script=Han}]{1,12}?[局委厅办部院])?(${NAME})(${TITLES})(?:同志)?(${SIGN}|${REVIEW})`, 'gu');
// "经朱某副秘书长和叶某局长审核": the first of two joined before the one verb.
const JOINED_FIRST_RE = new RegExp(`(?<=经|由)(${NAME})(${TITLES})(?:同志)?(?=[和、](?:我[局委厅办部院])?${NAME}(?:${TITLES})(?:同志)?(${SIGN}|${REVIEW}))`, 'gu');
const TITLE_NAME_RE = new RegExp(`(${TITLES})([\\p{Script=Han}]{2,3}?)(?:同志)?(${SIGN}|${REVIEW})`, 'gu');
const SIGN_RE = new RegExp(SIGN);
const NOT_A_NAME = /领导|主要|分管|局|委|厅|办|部|政府|我/u;

type ClosingHit = NamedSpan & { title: string; signs: boolean };

/**
 * Everyone the closing names with a title and 审签/签发/签批/审定/审核: those right before the verb first,
 * in order of appearance (the signer is the first who signs, else the first of these), then those joined
 * before another's verb (朱某 of 经朱某副秘书长和叶某局长审核).
 */
function closingHits(text: string): ClosingHit[] {
  const hits: ClosingHit[] = [];
  for (const m of text.matchAll(NAME_TITLE_RE)) {
    if (NOT_A_NAME.test(m[1]!)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    hits.push({ name: m[1]!, title: m[2]!, start, end: start + m[1]!.length, signs: SIGN_RE.test(m[3]!) });
  }
  for (const m of text.matchAll(TITLE_NAME_RE)) {
    const start = m.index + m[1]!.length;
    if (NOT_A_NAME.test(m[2]!) || hits.some((h) => h.start === start)) continue;
    hits.push({ name: m[2]!, title: m[1]!, start, end: start + m[2]!.length, signs: SIGN_RE.test(m[3]!) });
  }
  for (const m of text.matchAll(JOINED_FIRST_RE)) {
    if (NOT_A_NAME.test(m[1]!)) continue;
    hits.push({ name: m[1]!, title: m[2]!, start: m.index, end: m.index + m[1]!.length, signs: SIGN_RE.test(m[3]!) });
  }
  return hits;
}

/** Signer from the 审签/签发 sentence; a 审签/签发 person wins over one who only 审定/审核. */
export function findSignerInSentence(text: string): SignerInfo | null {
  const hits = closingHits(text);
  const best = hits.find((h) => h.signs) ?? hits[0];
  return best ? { name: best.name, title: best.title, start: best.start, end: best.end } : null;
}

/** Every person named as reviewer or signer in the closing (邓勇 who 审核, 汤亚兵 who 审签). */
export function findClosingPersons(text: string): NamedSpan[] {
  return closingHits(text).map(({ name, start, end }) => ({ name, start, end }));
}

// A written date, spaces allowed inside the year ("20 20 年") and 年/日 that portals dropped ("20246月14");
// on its own line it may carry a copy site's note mark (二〇〇七年六月三十日[1]).
const WRITTEN_DATE = `\\d(?:\\s*\\d){3}\\s*年?\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日?|${CN_DATE}`;
const DATE_LINE_RE = new RegExp(
  `^[\\s\\u3000]*(${WRITTEN_DATE}|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{6,8}|\\d{4}(?:[ \\u3000]*年|[ \\u3000]+)\\d{2,4})日?(?:\\[\\d{1,2}\\])?[\\s\\u3000.。…|]*$`,
  'u',
);
// On a page flattened into long lines, the date closes its line or stands before the contact
// block ("…人民政府 2025年7月25日 |", "2024年5月6日 承办单位联系人…", "2024年9月28日 (联系人…", "…局 2016年6月6日 单位负责人:");
// never a label's value (发布日期:2024年10月15日, a header's), but for the signing head's, whose name the form left
// empty (单位负责人: 二〇二二年八月三十日).
const SIGNING_LABEL = '(?:单位)?负责人|签发人?|(?:分管|主管)领导';
const DATE_AT_END_RE = new RegExp(
  `(?<!(?<!${SIGNING_LABEL})[:：][\\s\\u3000]*)(${WRITTEN_DATE})(?=[\\s\\u3000|。.]*(?:$|[(（]?(?:联系|承办|经办|此件|抄送|附件|${SIGNING_LABEL})))`,
  'gu',
);

// A line of the letter's prose: punctuated, or a run of words no header cell holds.
const PROSE_RE = /[，,。；;！!]|\p{Script=Han}{20}/u;

/**
 * The date under the signature: the last date-only line in the letter, else the last date that
 * ends a line or comes before the contact block.
 */
export function findSignedDate(lines: Line[], publishedDate: string | null): { date: string | null; line: number } | null {
  // A date above every line of the letter's prose is the page's, in a header the page left unlabelled (无 / 主动公开 / 2021.06.03).
  const firstProse = lines.findIndex((l) => PROSE_RE.test(l.text));
  if (firstProse < 0) return null;
  for (let i = lines.length - 1; i > firstProse; i--) {
    const m = DATE_LINE_RE.exec(withYearDigits(lines[i]!.text));
    if (!m) continue;
    // (Collapsed with a space or 年 left after the year: 2020 417, 2018年710, 2021 年716.)
    const raw = m[1]!.replace(/^(\d{4})(?:[ \u3000]*年|[ \u3000]+)(?=\d+$)/u, '$1');
    const collapsed = /^\d+$/.test(raw);
    const date = collapsed ? parseCollapsedDate(raw, publishedDate) : parseDate(raw);
    // Digits alone that read as no date are a page's counter below the letter (7640815), not its date.
    if (collapsed && date === null) continue;
    return { date, line: i };
  }
  for (let i = lines.length - 1; i >= firstProse; i--) {
    const last = [...lines[i]!.text.matchAll(DATE_AT_END_RE)].at(-1);
    if (last) return { date: parseDate(last[1]!), line: i };
  }
  return null;
}

// The contact person's label in its forms: 联系人, 联 系 人, 承办人员, 经办人, 办理人, 工作人员, 联系人姓名, 联系人及电话, 联系人/电话,
// 承办人及联系电话, 承办单位联系人姓名及电话, 联系单位及联系人, 承办人签字, 承 办 人 姓 名, 经办人姓名职务, 答复人, 承办责任人; portals sometimes drop the first
// characters of a line ("人:X"); 联系人 may stand without its colon before a name, a comma and the phone (联系人成某某,联系电话:…), never
// in a sentence (建立农村老年人联系人登记、探视走访制度).
const CONTACT_LABEL_RE =
  /(?:(?:承[\s\u3000]*办|联[\s\u3000]*系)(?:股室|科室)及(?:联系)?电话|(?:联[\s\u3000]*系|承[\s\u3000]*办|经[\s\u3000]*办|办[\s\u3000]*理|联[\s\u3000]*络|工[\s\u3000]*作|答[\s\u3000]*复)(?:单位(?:及|和)?)?(?:联[\s\u3000]*系|协[\s\u3000]*办|责[\s\u3000]*任)?[\s\u3000]*人[\s\u3000]*员?|^[\s\u3000(（]*人)(?:[\s\u3000]*(?:姓[\s\u3000]*名(?:[\s\u3000]*职[\s\u3000]*务)?|签[\s\u3000]*字))?(?:(?:及|[/／])(?:联系)?电话)?[\s\u3000]*(?:[:：]|(?<=系[\s\u3000]*人)(?=\p{Script=Han}{2,4}[,，、;；\s\u3000][^\n]{0,12}?(?:电话|手机|\d{7})))[\s\u3000]*([^\n)）]*)/mu;
// A unit written before the name ("某省农业厅畜牧处 王五", "某县教育局赵六"), maybe with the post held
// there ("城市建设管理科科长 李某某"). A comma may stand between ("某局计财处,戴某"). A phone's label is no name after
// a unit: 联系人:林某科,电话:… is a person whose name ends like a section (科).
const UNIT_FIRST_RE = /^[\p{Script=Han}()（）]{2,30}(?:局|处|科|室|厅|委员会|委(?!员)|办(?!公|事)|中心|政府|股|所|站|队)(?:副?(?:科长|处长|局长|主任|股长|所长|站长|队长))?[,，、]?(?=[\s\u3000]*(?!电话|联系|手机)[\p{Script=Han}]{2,4}(?:[\s\u3000:：,，;；\d]|$))/u;
// The name: two to four Han characters, padding spaces allowed ("姜  晔"), or a name of Xinjiang's or
// Inner Mongolia's peoples with its dot (巴·乌日查湖) or without it, five characters (毕希日勒图), before a
// separator, digits or the next label (联系电话, 邮政编码).
const CONTACT_NAME_RE = /^[\s\u3000]*(\p{Script=Han}{1,8}·\p{Script=Han}{1,10}|[\p{Script=Han}·](?:[ \u3000]{0,3}[\p{Script=Han}·]){1,3}?|\p{Script=Han}{5}(?=[\s\u3000]*$))(?=[\s\u3000:：,，;；、\d(（]|联系|电话|手机|邮政编码|邮编|$)/u;
// Mobile numbers keep all 11 digits; landlines their area code and extension.
// A fixed line's area code may be joined by a doubled dash (0531——…), a line-drawing one (0915─…) or by nothing (0871…, 11–12 digits).
// (A page may mask a mobile number's middle digits, 152****0005, or any of them, 1582****162, 1*******466.)
const PHONE = '1[3-9]\\d[*＊]{3,8}\\d{2,4}|1[3-9]\\d{9}|1[\\d*＊]{10}|0[1-9]\\d{9,10}|(?:0\\d{2,3}[\\s\\u3000]*[-—–－─‐‑‒−]+[\\s\\u3000]*)?\\d{7,8}(?:[\\s\\u3000]*(?:[-—–－─‐‑‒−]|转)[\\s\\u3000]*\\d{1,5})?';
const PHONE_RE = new RegExp(`(?<!\\d)(${PHONE})(?!\\d)`, 'u');
// 联系电话 as portals space it out (联 系 电 话).
const SPACED_PHONE_LABEL = '联[\\s\\u3000]*系[\\s\\u3000]*电[\\s\\u3000]*话';
// A phone's label: 联系电话 (spaced or not), 电话(号码), 联系方式, 手机(号码).
const PHONE_WORD = `(?:${SPACED_PHONE_LABEL}|电[\\s\\u3000]*话(?:号码)?|联系方式|手机(?:号码)?)`;
// A labelled phone: "联系电话:", "电话号码:", "联系单位及电话:某局 6811…" (a unit may stand between).
const PHONE_LABEL_RE = new RegExp(`${PHONE_WORD}[\\s\\u3000]*[:：]?[^\\d\\n]{0,30}?(?<!\\d)(${PHONE})(?!\\d)`, 'u');
const UNIT_CONTACT_RE = /联系单位/u;
// A phone stands alone as the contact only on its own labelled line, not in a sentence (请与我局联系,电话:…);
// on a page that is one long line, a full label after a space stands for its line (…支持。 联系电话:3221671).
const PHONE_LINE_RE = new RegExp(`^[\\s\\u3000(（]*${PHONE_WORD}|(?<=[\\s\\u3000])联系电话[:：]`, 'mu');
// A phone labelled after the contact unit on its line (联系单位:某局,电话:…) is the contact's too.
const UNIT_PHONE_LINE_RE = new RegExp(`^[\\s\\u3000(（]*联系单位[:：][^\\n:：]{2,40}?(?:联系)?电话[:：][\\s\\u3000]*(${PHONE})`, 'mu');
// "联系电话:陈某某 13805590606": the person first, then the phone, on the phone's own line (a two-character name maybe padded: 王 畅).
const NAMED_PHONE_LINE_RE = new RegExp(`^([\\s\\u3000]*${SPACED_PHONE_LABEL}[\\s\\u3000]*[:：][\\s\\u3000]*)(\\p{Script=Han}{2,4}|\\p{Script=Han}[ \\u3000]{1,2}\\p{Script=Han})[\\s\\u3000]+(${PHONE})(?!\\d)`, 'mu');
// A unit's name in that place (办公室, 教育局) is no person's.
const UNIT_END_RE = /[局处科室厅委办股所站队部]$/u;
// Spaces portals leave between a number's digits ("1 5838365863").
const DIGIT_GAP_RE = /(?<=\d)[ \u3000]+(?=\d)/gu;

/** `others`: further people on the contact line (联系人及电话:赵某  张某 6789…), Persons but not the contact. */
export type ContactInfo = { name: string | null; phone: string | null; nameStart: number | null; others: NamedSpan[] };

// A further name after the contact's, before the phone: separated by spaces or 、, never a label word;
// after 、 a two-character name may be padded (曹某某、卢 某), as names are on signature lines.
const MORE_NAME_RE = /^([\s\u3000]+|[\s\u3000]*[、,，;；][\s\u3000]*)([\p{Script=Han}]{2,3}|(?<=[、,，;；][\s\u3000]*)\p{Script=Han}[ \u3000]{1,2}\p{Script=Han})(?=[\s\u3000、,，;；\d)）]|$)/u;
export const NOT_A_NAME_RE = /电话|手机|联系|号码|座机|传真|邮箱|办公/u;

/** The names after the contact's on its line, up to the phone. */
function moreNames(value: string, at: number): NamedSpan[] {
  const out: NamedSpan[] = [];
  let rest = value;
  let offset = at;
  for (let m = MORE_NAME_RE.exec(rest); m && !NOT_A_NAME_RE.test(m[2]!); m = MORE_NAME_RE.exec(rest)) {
    const start = offset + m[1]!.length;
    out.push({ name: squeeze(m[2]!), start, end: start + m[2]!.length });
    offset += m[0].length;
    rest = rest.slice(m[0].length);
  }
  return out;
}

// A site's footer (主办:某局 承办:某局办公室 联系电话:…) gives the site's phone, not the letter's contact.
const SITE_FOOTER_RE = /(?:主办|承办|版权所有|技术支持)(?:单位)?[:：]/u;

/** Does the line holding `at` read as a site's footer? */
function onSiteFooter(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return SITE_FOOTER_RE.test(text.slice(start, end < 0 ? text.length : end));
}

const cleanPhone = (phone: string | undefined) => (phone === undefined ? null : squeeze(phone));

/**
 * The contact's label and value: the first, but for 承办责任人 (the lead who signs, by header-labels.json)
 * where the handler's own line follows it (承办人及联系电话:…).
 */
function contactLabel(tail: string): RegExpExecArray | null {
  const m = CONTACT_LABEL_RE.exec(tail);
  if (!m) {
    // The contact unit's label before a unit and a person in it (联系单位:某省环境保护厅污染防治处 谢某), or before a
    // person alone (联系单位及电话:付某某 联系电话:…): the person's.
    const unit = UNIT_LABEL_RE.exec(tail);
    return unit && (personAfterUnit(unit[1]!) || personAlone(unit[1]!)) ? unit : null;
  }
  if (!LEAD_LABEL_RE.test(m[0])) return m;
  const next = CONTACT_LABEL_RE.exec(tail.slice(m.index + m[0].length));
  if (next) next.index += m.index + m[0].length;
  return next ?? m;
}
const LEAD_LABEL_RE = /^承[\s\u3000]*办[\s\u3000]*责[\s\u3000]*任/u;
/** Does a unit's name open `value` with a person's after it (某处 谢某), not a unit of it (某市公安局交警支队)? */
function personAfterUnit(value: string): boolean {
  const unit = UNIT_FIRST_RE.exec(value)?.[0];
  const name = unit ? CONTACT_NAME_RE.exec(value.slice(unit.length))?.[1] : undefined;
  return name !== undefined && !UNIT_END_RE.test(name) && !NOT_A_NAME_RE.test(name);
}
/** Does `value` hold a person's name alone before its phone's label (付某某 联系电话:…), no unit? */
function personAlone(value: string): boolean {
  const name = UNIT_FIRST_RE.test(value) ? undefined : CONTACT_NAME_RE.exec(value)?.[1];
  return name !== undefined && name.length <= 4 && !UNIT_END_RE.test(name) && !NOT_A_NAME_RE.test(name) && /^[\s\u3000]*\S+[\s\u3000]*(?:联系)?电话[:：]/u.test(value);
}
const UNIT_LABEL_RE = /^[\s\u3000(（]*联系单位(?:及(?:联系)?电话)?[\s\u3000]*[:：][\s\u3000]*([^\n)）]*)/mu;

/**
 * The contact in the closing (from `from`): the labelled person with the phone written after the
 * name, on the same line or labelled nearby; else a labelled phone alone (no name).
 */
export function findContact(text: string, from: number): ContactInfo | null {
  const tail = text.slice(from);
  const m = contactLabel(tail);
  if (!m) {
    // A phone labelled with its person before it (联系电话:陈某某 138…) names the contact.
    const named = NAMED_PHONE_LINE_RE.exec(tail);
    if (named && !NOT_A_NAME_RE.test(named[2]!) && !UNIT_END_RE.test(named[2]!)) {
      return { name: squeeze(named[2]!), phone: cleanPhone(named[3]), nameStart: from + named.index + named[1]!.length, others: [] };
    }
    // A phone with nobody named is the contact's, unless a unit is named for it elsewhere (联系单位…): then it is the body's.
    const labelled = PHONE_LINE_RE.exec(tail);
    const own = labelled && !UNIT_CONTACT_RE.test(tail) && !onSiteFooter(tail, labelled.index) ? PHONE_LABEL_RE.exec(tail.slice(labelled.index))?.[1] : undefined;
    const phone = cleanPhone(own ?? UNIT_PHONE_LINE_RE.exec(tail)?.[1]);
    return phone ? { name: null, phone, nameStart: null, others: [] } : null;
  }
  const value = m[1]!;
  const valueAt = from + m.index + m[0].length - value.length;
  const unit = UNIT_FIRST_RE.exec(value)?.[0] ?? '';
  // (An empty label runs on to the next line's label: 经 办 人:\n联系电话:…, 承 办 人:\n办理情况:…, no name.)
  const candidate = CONTACT_NAME_RE.exec(value.slice(unit.length));
  const onNextLine = m[0].slice(0, m[0].length - value.length).includes('\n');
  const nextLabel = candidate && onNextLine && /^[\s\u3000]*[:：]/u.test(value.slice(unit.length + candidate[0].length));
  const named = candidate && !nextLabel && !NOT_A_NAME_RE.test(candidate[1]!) ? candidate : null;
  const name = named ? squeeze(named[1]!) : null;
  const nameStart = named ? valueAt + unit.length + named.index + named[0].length - named[1]!.length : null;
  const after = named ? value.slice(unit.length + named[0].length) : value;
  const rest = tail.slice(m.index + m[0].length);
  const nextLines = rest.split('\n', 4).slice(1).join('\n');
  const phone = cleanPhone(
    PHONE_RE.exec(after.replace(DIGIT_GAP_RE, ''))?.[1] ?? PHONE_LABEL_RE.exec(nextLines)?.[1] ?? PHONE_LABEL_RE.exec(tail)?.[1],
  );
  const others = named ? moreNames(after, nameStart! + named[1]!.length) : [];
  // Lines after it holding a name and a phone alone ("冯  华  0730-…") list further contacts.
  let at = valueAt + value.length;
  for (const line of tail.slice(at - from).split('\n').slice(1, 4)) {
    const m = NAME_AND_PHONE_LINE_RE.exec(line);
    at += 1;
    const name = m && squeeze(m[2]!);
    if (m && name && !NOT_A_NAME_RE.test(name)) others.push({ name, start: at + m[1]!.length, end: at + m[1]!.length + m[2]!.length });
    else if (line.trim()) break;
    at += line.length;
  }
  return { name, phone, nameStart, others };
}
// (Also kept in the closing block after the date, where the letter ends.)
export const NAME_AND_PHONE_LINE_RE = new RegExp(`^([\\s\\u3000]*)(\\p{Script=Han}(?:[ \\u3000]{0,2}\\p{Script=Han}){1,3})[\\s\\u3000:：]+(?:${PHONE})[\\s\\u3000]*$`, 'u');
