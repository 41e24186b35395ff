// The portal's metadata block above the letter: bracket style ("[ 索引号 ] …"), `|` tables,
// "label: value" and "label value" lines, and unlabelled bullet lists in a fixed order.
import headerTable from '../../data/header-labels.json' with { type: 'json' };
import { AGENCY_LINE_RE } from './bodies.js';
import { parseDate } from './dates.js';
import { charTest, matches } from '../extract/literals.js';
import { squeeze } from './lines.js';

export type HeaderField =
  | 'indexNumber' | 'docNumber' | 'topics' | 'genre' | 'publisher' | 'writtenDate' | 'publishedDate' | 'signedDate'
  | 'proposalTitle' | 'proposalNumber' | 'session' | 'hostAgency' | 'coHandlers' | 'resultClass' | 'signer' | 'signerLead' | 'signerTitle' | 'proposer' | 'coProposers' | 'ignore'
  // The body a page is filed under (所属机构): the publisher when no label names one (发布机构 wins).
  | 'ownerBody'
  // A leader who signs only where the field stands under the letter (责任领导: above it, in the form
  // that assigned the proposal, the leader answerable for it).
  | 'signerBelow'
  // A second body labelled as the page's source (发布机构 某县人民政府 … 来源 某县水利局): the one the publisher posts for.
  | 'postedFor'
  // The date a page says it was issued (发文日期): the letter's written date where a label dates the page's posting
  // (发布日期), its posting date else.
  | 'issuedDate'
  // The bodies that oversee the handling (督办单位: a government's office, its performance office): bodies the letter names.
  | 'supervisors'
  // A label whose value says by its shape which field it fills (信息分类: a genre or topics; 分类: the result
  // class or topics; 号: left of a cut 索引号 or 文号).
  | 'byShape'
  // A number of the letter's or of the page's record (编号): the letter's document number only in that shape.
  | 'numbered';

export type HeaderValues = Partial<Record<Exclude<HeaderField, 'ignore' | 'byShape' | 'ownerBody' | 'issuedDate' | 'numbered'>, string>>;

const LABELS = headerTable.labels as Record<string, HeaderField>;

/** Is this text (spaces and colon dropped) one of the labels a portal's record uses (领衔代表, 建议人)? */
export function isHeaderLabel(text: string): boolean {
  return Object.hasOwn(LABELS, text.replace(/[\s\u3000:：]+/gu, ''));
}
// Longest first, so 成文日期 wins over 日期; grouped by first character for the scan below.
const LABELS_BY_FIRST = new Map<number, string[]>();
for (const label of Object.keys(LABELS).sort((a, b) => b.length - a.length)) {
  const list = LABELS_BY_FIRST.get(label.charCodeAt(0));
  if (list) list.push(label);
  else LABELS_BY_FIRST.set(label.charCodeAt(0), [label]);
}
const [BRACKET, BRACKET_FULL] = [...'[【'].map((ch) => ch.charCodeAt(0));
// A value made of the page's own words alone (本网, 浏览字号, 打印 关闭) is none.
// (In the brackets a page sets its buttons in too: 【浏览字体:.)
const PAGE_WORDS_RE = new RegExp(`^(?:${headerTable.pageWords.join('|')}|[\\s\\u3000【】\\[\\]])+$`, 'u');

/** Is this text only page chrome (打印, 关闭, 字号) or a template's 'unknown' (不详)? */
export const isPageWord = (text: string) => PAGE_WORDS_RE.test(text);
const SITE_NAME_RE = new RegExp(`(?:${headerTable.siteEndings.list.join('|')})$|^(?:${headerTable.selfStarts.list.join('|')}|https?://|www\\.)`, 'u');
const SPACE = /\s/;
const HAN_BEFORE = /\p{Script=Han}$/u;
// A label this long is one even right after a value's last character ("某县公安局发布时间:…");
// shorter ones there are part of a word ("答复时间", "签发日期").
const GLUED_LABEL_LENGTH = 4;
// But a view count's label is one there at any length ("来源:某市民政局点击:").
const COUNTER_STARTS = headerTable.counters.list;
// So is any label after a document number's closing 号, a value's certain end (某综执复字〔2022〕1号签发人:某某).
const DOC_NUMBER_BEFORE = /[〕\]］﹞】)）][\s\u3000]*\d{1,5}[\s\u3000]*号$/u;

/** Does a view count's label open at `at`? (A loop over startsWith: no slice where most characters are asked.) */
function counterAt(line: string, at: number): boolean {
  for (const w of COUNTER_STARTS) if (line.startsWith(w, at)) return true;
  return false;
}

type LabelHit = { index: number; end: number; label: string };

// Every character of a header line is asked (by code unit: charAt makes a string of each Chinese one).
const isSpace = charTest(matches(SPACE));

function skipSpaces(line: string, i: number): number {
  while (isSpace(line, i)) i++;
  return i;
}

/** Where `label` ends when written at `at`, white space allowed between its characters ("类 别"); -1 if not there. */
function labelEnd(line: string, at: number, label: string): number {
  let i = at;
  for (let k = 0; k < label.length; k++) {
    if (k > 0) i = skipSpaces(line, i);
    // (Past the line's end charCodeAt gives NaN, equal to nothing, as charAt's '' was.)
    if (line.charCodeAt(i) !== label.charCodeAt(k)) return -1;
    i++;
  }
  return i;
}

/**
 * The first label (longest first) written at `at` that `closes` accepts, with the end of the
 * whole hit as `closes` returns it (-1: not accepted).
 */
function labelAt(line: string, at: number, closes: (line: string, labelEnd: number) => number, minLength = 0): LabelHit | null {
  for (const label of LABELS_BY_FIRST.get(line.charCodeAt(at)) ?? []) {
    if (label.length < minLength) break;
    const e = labelEnd(line, at, label);
    const end = e < 0 ? -1 : closes(line, e);
    if (end >= 0) return { index: at, end, label: line.slice(at, e) };
  }
  return null;
}

// How a label is closed, as `labelAt` asks it: functions of the line, not closures over it, as most
// characters of a header open some label and each closure made there was garbage at once.

/** A bracketed label ("[ 索引号 ]"): the hit ends past the closing bracket. */
function bracketClose(line: string, e: number): number {
  const close = skipSpaces(line, e);
  return line.charAt(close) === ']' || line.charAt(close) === '】' ? close + 1 : -1;
}

/** A label and its colon. */
function colonClose(line: string, e: number): number {
  const colon = skipSpaces(line, e);
  return line.charAt(colon) === ':' || line.charAt(colon) === '：' ? colon + 1 : -1;
}

/** A label with a Han value glued after it. */
function hanClose(line: string, e: number): number {
  return isHan(line, e) ? e : -1;
}

/** An unpunctuated label: white space, a cell separator, digits or the line end after it. */
function bareClose(line: string, e: number): number {
  return e === line.length || SPACE.test(line.charAt(e)) || line.charAt(e) === '|' || DIGIT.test(line.charAt(e)) ? e : -1;
}

const DIGIT = /\d/u;
const isHan = charTest(matches(/\p{Script=Han}/u));

/** Does line[0, at) end in a Han character? By code unit, without a slice; an astral one (a surrogate pair) by the regex. */
function hanBefore(line: string, at: number): boolean {
  const c = line.charCodeAt(at - 1);
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) return HAN_BEFORE.test(line.slice(at - 2, at));
  return at > 0 && isHan(line, at - 1);
}

/**
 * A label at `at` counts when bracketed ("[ 索引号 ]"), or followed by a colon and not
 * continuing a Chinese word, or standing at the line start / after white space or a cell
 * separator and followed by white space or digits (the "索引号 001…/2024-1 主题分类 农业" style).
 */
function labelHitAt(line: string, at: number): LabelHit | null {
  const c = line.charCodeAt(at);
  if (c === BRACKET || c === BRACKET_FULL) {
    const hit = labelAt(line, skipSpaces(line, at + 1), bracketClose);
    if (hit) return { ...hit, index: at };
  }
  if (!LABELS_BY_FIRST.has(c)) return null;
  const glued = hanBefore(line, at) && !counterAt(line, at) && !DOC_NUMBER_BEFORE.test(line.slice(Math.max(0, at - 8), at));
  const hit = labelAt(line, at, colonClose, glued ? GLUED_LABEL_LENGTH : 0);
  if (hit) return hit;
  // A short label glued to the value before it is one all the same where its own value is empty (…办公室作者:点击:, …局作者: 点击:).
  const short = glued ? labelAt(line, at, colonClose, 0) : null;
  if (short && (!line.slice(short.end).trim() || labelHitAt(line, skipSpaces(line, short.end)))) return short;
  // Unpunctuated: "索引号 001…/2024-1 主题分类 农业", a label alone at the line end ("浏览次数"),
  // a label whose value stands on the next line, or one glued to a value of digits ("索引号000014349/2025-1 成文日期2025-11-21").
  // (Two characters at least: a lone 号 there closes a number written with a space, 136 号.)
  if (at === 0 || SPACE.test(line.charAt(at - 1)) || line.charAt(at - 1) === '|') return labelAt(line, at, bareClose, 2) ?? gluedLabel(line, at);
  return null;
}

/**
 * A publisher's or class's label opening its line with the value glued on (发布机构某市文化和旅游局,
 * 组配分类政协委员提案: a record's lines whose separators the page lost).
 */
function gluedLabel(line: string, at: number): LabelHit | null {
  const hit = at === 0 ? labelAt(line, 0, hanClose, GLUED_LABEL_LENGTH) : null;
  const field = hit && labelField(hit.label);
  if (field === 'publisher' || field === 'genre') return hit;
  // (So is a short label of the letter's number or signer before a value of that shape, at the line's start or after
  // a gap: 文号某民函〔2017〕14号, …〔2024〕144号     签发人张某某.)
  const short = labelAt(line, at, hanClose, 2);
  const rest = short ? line.slice(short.end) : '';
  const shaped = short && labelField(short.label) === 'docNumber' ? DOC_NUMBER_VALUE.test(rest) : short && labelField(short.label) === 'signer' && GLUED_NAME.test(rest);
  return shaped ? short : null;
}
const GLUED_NAME = /^\p{Script=Han}{2,4}[\s\u3000]*$/u;

/** Every label hit in a line, left to right, each search going on after the previous hit. */
function labelHits(line: string): LabelHit[] {
  const hits: LabelHit[] = [];
  for (let at = 0; at < line.length; at++) {
    const hit = labelHitAt(line, at);
    if (!hit) continue;
    hits.push(hit);
    at = hit.end - 1;
  }
  return hits;
}

/** Where a line's first label stands (a colon after it, or a value), or -1. */
export function firstLabelAt(line: string): number {
  for (let at = 0; at < line.length; at++) if (labelHitAt(line, at)) return at;
  return -1;
}
const BULLET_RE = /^\s*[•·●▪◆■-]\s*(.+?)\s*$/;

/**
 * A header line without its bullet, with its label hits. (`taken` is there from the start: added
 * later, it gave the lines two shapes, and V8 threw away parseHeaderLines' optimised code.)
 */
type ReadLine = { text: string; bullet: boolean; hits: LabelHit[]; taken: boolean };

/**
 * The cells of the row under a row of column heads, each with its head: cells parted by ; or wide gaps,
 * dated cells under the dated heads and the others under the rest, in order. An empty column writes no
 * cell (省交通运输厅;    2016-03-01 under 主办单位 会办 交办日期): with fewer cells than heads only the first is
 * placed, unless the gaps show where the empty ones are (spacedCells). Null unless the line is heads only
 * and the next one is cells.
 */
function columnValues(text: string, hits: LabelHit[], next: ReadLine | undefined): [LabelHit, string][] | null {
  if (hits.length < 2 || !next || next.hits.length || text.replace(/[\s\u3000]+/gu, '').length !== hits.reduce((n, h) => n + h.end - h.index, 0)) return null;
  // (Or one cell a column, parted by wide gaps, each a list its cell marks part: A;␣␣B;C;␣␣2017-04-05.)
  const gapped = next.text.trim().split(WIDE_GAP_RE);
  const spaced = spacedCells(next.text) ?? (gapped.length === hits.length ? gapped.map((c) => c.replace(LAST_MARK_RE, '')) : null);
  if (spaced?.length === hits.length) return hits.flatMap((h, i) => (spaced[i] ? [[h, spaced[i]!] as [LabelHit, string]] : []));
  const cells = next.text.split(CELL_SEP_RE).map((c) => c.trim()).filter(Boolean);
  if (cells.length < 2) return null;
  const out: [LabelHit, string][] = [];
  for (const wantDate of [true, false]) {
    const heads = hits.filter((h) => DATED_LABEL.test(h.label) === wantDate);
    const values = cells.filter((c) => DATE_CELL_RE.test(c) === wantDate);
    // Fewer cells than heads: which column stayed empty is unknown, past the first.
    (values.length < heads.length ? values.slice(0, 1) : values).forEach((v, i) => heads[i] && out.push([heads[i]!, v]));
  }
  return out;
}
// Cells are parted by a cell mark or by a wide gap.
const CELL_MARK_RE = /[;；]/u;
const WIDE_GAP_RE = /[\s\u3000]{2,}/u;
const CELL_SEP_RE = new RegExp(`${CELL_MARK_RE.source}|${WIDE_GAP_RE.source}`, 'u');
const LAST_MARK_RE = new RegExp(`${CELL_MARK_RE.source}$`, 'u');
// (The gaps kept between the cells, to measure.)
const GAPS_KEPT_RE = new RegExp(`(${WIDE_GAP_RE.source})`, 'u');

/**
 * A row's cells parted by runs of spaces only, an empty cell wherever a run is twice the narrowest or more
 * (主办 A, 会办 B, 分办 empty, 交办日期 D written A␣␣B␣␣␣␣D): null where a cell mark parts them or no run does.
 */
function spacedCells(row: string): string[] | null {
  if (CELL_MARK_RE.test(row)) return null;
  const parts = row.trim().split(GAPS_KEPT_RE);
  if (parts.length < 3) return null;
  const narrowest = Math.min(...parts.filter((_, i) => i % 2 === 1).map((gap) => gap.length));
  const cells: string[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 0) cells.push(part.trim());
    else for (let width = 2 * narrowest; width <= part.length; width += narrowest) cells.push('');
  });
  return cells;
}
// A label naming a date or time (交办日期, 发布时间).
const DATED_LABEL = /日期|时间/u;
const POSTED_LABEL = /发布|公开/u;
const NAV_BAR_RE = /^[\s\u3000|｜]*(?:网站)?首页[\s\u3000]*[|｜]/u;
const DATE_CELL_RE = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$/u;

/** The next non-empty line, up to its first label, as `field`'s value. */
function nextLineValue(lines: ReadLine[], n: number, field: HeaderField): string {
  // (A record's validity cell the page put between, 有效 or 废止, is no value of the label above.)
  const next = lines.slice(n + 1, n + 4).find((l) => l.text.trim() && !VALIDITY_RE.test(l.text));
  if (next === undefined) return '';
  // The value stands before any label of the next line ("2023-07-10 16:49 信息来源:某局").
  const raw = next.text.slice(0, next.hits[0]?.index ?? next.text.length);
  // A line ending in a colon greets its addressee (自治区住房和城乡建设厅:): it is the letter, not a value;
  // or, in a table's cells (| 摘要内容: | |), labels a field the page has and this reader does not.
  if (!next.hits.length && /[:：][\s\u3000|｜]*$/u.test(raw)) return '';
  // Nor is a label's own opening word on an empty label's line (单位|主要领导: under 分管领导:).
  if (next.hits.length === 1 && LABEL_WORD_RE.test(raw) && !next.text.slice(next.hits[0]!.end).trim()) return '';
  const value = fieldValue(field, raw);
  // An empty field followed by the letter's title: a value of the wrong shape is none.
  if (NEXT_LINE_SHAPE[field] && !NEXT_LINE_SHAPE[field].test(value)) return field === 'docNumber' ? brokenDocNumber(lines, n) : '';
  if (NOT_VALUE_SHAPE[field]?.test(value)) return '';
  // A class mark on its own line ((A类) under an empty 来源:) is the letter's class, no other field's value.
  if (field !== 'resultClass' && CLASS_MARK_SHAPE.test(value)) return '';
  // (A bullet taken as a label's value is not read again by its shape.)
  next.taken = value !== '';
  return value;
}

// A short word before a label (单位, 区) that is no value: a page's own wording of the label.
const LABEL_WORD_RE = /^[\s\u3000]*\p{Script=Han}{1,4}[\s\u3000]*$/u;
const VALIDITY_RE = /^[\s\u3000]*(?:现行)?(?:有效|失效|废止|已废止|已失效|部分失效)[\s\u3000]*$/u;

/** A document number a page broke over short lines below its label (普绿容 / 〔2019〕 / 44号), joined; '' when they make none. */
function brokenDocNumber(lines: ReadLine[], n: number): string {
  const parts: ReadLine[] = [];
  for (const line of lines.slice(n + 1, n + 7)) {
    if (!line.text.trim()) continue;
    if (line.hits.length || parts.length === 3 || squeeze(line.text).length > 12) break;
    parts.push(line);
    const joined = parts.map((p) => squeeze(p.text)).join('');
    if (DOC_NUMBER_SHAPE.test(joined) && joined.endsWith('号')) {
      for (const p of parts) p.taken = true;
      return joined;
    }
  }
  return '';
}
// (Its year may carry its month: …/202406-00031.)
const INDEX_NUMBER_RE = /^[0-9A-Za-z-]*\/\d{4}(?:\d{2})?-\d+$/;

function labelField(raw: string): HeaderField {
  return LABELS[raw.replace(/\s+/g, '')] ?? 'ignore';
}

function cleanValue(v: string): string {
  // (A law database's record parts its fields with bullets: •【制定机关】某委员会•【公布日期】….)
  return v.replace(/[|]/g, ' ').replace(/^[\s:：\]】•]+|[\s:：\[【•]+$/g, '').trim();
}

// Fields whose value is one unbroken token: what follows a space is the next thing on the page
// ("某县交通局 打印", "来源:某局 2017-06-08 16:23").
const ONE_TOKEN: ReadonlySet<HeaderField> = new Set(['publisher', 'ownerBody', 'postedFor', 'indexNumber']);

// A document number ends at its 号 (a page may put a space before it): what is glued after it is the next field ("…1号索取号:…").
const DOC_NUMBER_VALUE = /^[^\s\u3000]*?[〔\[［﹝【]\d{4}[〕\]］﹞】][^\s\u3000号]*[\s\u3000]*号/u;

function fieldValue(field: HeaderField, raw: string): string {
  const value = withoutGluedLabel(cleanValue(raw));
  // A document number holds a number: a portal's empty template (〔〕号) is none.
  const docNumber = () => DOC_NUMBER_VALUE.exec(value)?.[0].replace(/[\s\u3000]+/gu, '') ?? (/\d/u.test(value) ? value : '');
  // (A body's name may run into the page's date: 来源:市提案科2016-10-20 10:30.)
  // (A proposal's title may close with the record's full stop: 事由:关于…的建议。)
  // (Nor do the page's credits after it: 某市林业局/文/图/.)
  const token = ONE_TOKEN.has(field) ? value.split(/[\s\u3000]+/u)[0]!.split(TITLE_PARTS)[0]!.replace(DATE_RUN_ON, '').replace(CREDITS, '') : field === 'docNumber' ? docNumber() : field === 'genre' ? genreValue(value) : field === 'proposalTitle' ? value.replace(/。$/u, '') : value;
  return isPageWord(token) || ((field === 'genre' || field === 'topics') && NOT_A_CLASS.test(token)) ? '' : token;
}

const CREDITS = /[/／](?:文|图|摄)(?:[/／].*)?$/u;
// (Nor the other names of a site whose title the value is: 某市政协委员会-某市政协-政协某市委员会.)
const TITLE_PARTS = /(?<=\p{Script=Han})[-－_](?=\p{Script=Han})/u;
const DATE_RUN_ON = /(?<=\p{Script=Han})\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$/u;
// A class given as the path to it (公开目录 > 建议提案办理 > 人大代表建议) is its last step; it ends at a wide
// gap, where the row's next cells follow (分类 建议议案办理   其他    其他).
const genreValue = (value: string) => value.split(WIDE_GAP)[0]!.split(/[>»]/u).at(-1)!.trim();
const WIDE_GAP = /[\s\u3000]{2,}/u;
const CELL_COMMA = /[\s\u3000]*[,，][\s\u3000]*/u;

/** A value that runs on into a label glued to it (来源:本网字体: [ ]): the value is what stands before that label. */
function withoutGluedLabel(value: string): string {
  const colon = value.search(/[:：]/u);
  if (colon < 0) return value;
  const before = value.slice(0, colon);
  for (let k = Math.min(before.length, 8); k >= 2; k--) if (LABELS[before.slice(-k)]) return before.slice(0, -k).trim();
  return value;
}

// A page's date, dashed or written out (2017-09-09, 2025年07月16日).
const PAGE_DATE = String.raw`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日`;
// A portal's timestamp standing without a label ("2024-04-23 点击数:", "| 2022-08-09 阅读: |", "来源:某局 2017-09-09 16:24:21").
const STAMP_RE = new RegExp(String.raw`(?:^[\s\u3000|｜]*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?![\d-])|(${PAGE_DATE})[\s\u3000]+\d{1,2}:\d{2})`, 'u');
const POSTED_BULLET_RE = new RegExp(String.raw`^(${PAGE_DATE})[\s\u3000]*\d{1,2}[:：时]\d{2}`, 'u');
// Or written out before the page's other labels ("2025年07月16日 来源: 某区"); a date alone on a line may be the letter's own.
const WRITTEN_STAMP_RE = /^[\s\u3000]*(\d{4}年\d{1,2}月\d{1,2}日)/u;
// Or closing a line of labels after a gap ("来源:某县教体局   2025-07-14").
const TRAILING_STAMP_RE = /[\s\u3000](\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[\s\u3000]*$/u;
// (A page may print the date twice, run together: …的答复 2021-05-182021-05-18.)
const TITLE_STAMP_RE = /(?:答复|复函|的函|回复)[\s\u3000]+(\d{4}-\d{1,2}-\d{1,2})(?:\1)?[\s\u3000]*$/u;
// A line of the page's date, maybe its time, and its poster alone, a view counter glued on (2025-09-09 某厅4890).
const STAMPED_BODY_RE = new RegExp(String.raw`^[\s\u3000]*(?:${PAGE_DATE})(?:[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[\s\u3000]+([\p{Script=Han}()（）]{2,40}?)\d*[\s\u3000]*$`, 'u');

/** Labels that name the signer: lines holding one are read as fields wherever they stand. */
export const SIGNER_LABEL_RE = new RegExp(
  Object.keys(LABELS)
    .filter((l) => LABELS[l] === 'signer' || LABELS[l] === 'signerLead' || LABELS[l] === 'signerBelow')
    // Written spaced as often as not (签 发 人).
    .map((l) => [...l].join('[\\s\\u3000]*'))
    .join('|'),
  'u',
);

// A proposal's title ends with its kind (题目 may title the letter instead: …的答复). A page's owner is a
// body (作者 may name the body, or a person or account: 周建, admin).
// (A publisher is named in words: a template's placeholder, 来源:1, names none.)
const VALUE_SHAPE: Partial<Record<HeaderField, RegExp>> = { proposalTitle: /(?:建议|提案|议案)[》”"]?$/u, ownerBody: AGENCY_LINE_RE, publisher: /\p{Script=Han}/u };

/** Fields found in `lines` (the header zone); the first non-empty value of each field wins. */
export function parseHeaderLines(lines: string[]): HeaderValues {
  const out: HeaderValues = {};
  const bullets: string[] = [];
  let owner: string | undefined;
  let issued: string | undefined;
  // The page's date where a label names it its posting (发布日期, 公开日期), not a bare 时间 that may date the letter.
  let posted: string | undefined;
  const set = (named: HeaderField, value: string) => {
    // A source given as the letter's document number (来源:某住建函〔2019〕55号) is that number, no body; a 编号
    // is the letter's number only in that shape, up to its 号 (编号:B〔2017〕062号).
    const number = named === 'publisher' || named === 'numbered' ? DOC_NUMBER_VALUE.exec(value) : null;
    const field = number ? 'docNumber' : named;
    const v = number ? number[0].replace(/[\s\u3000]+/gu, '') : value;
    if (field === 'ignore' || field === 'byShape' || field === 'numbered' || !v || VALUE_SHAPE[field]?.test(v) === false) return;
    if (field === 'ownerBody') owner ??= v;
    else if (field === 'issuedDate') {
      issued ??= v;
      out.publishedDate ??= v;
    } else out[field] ??= v;
  };
  let stamp: string | undefined;
  // (Pushed, not mapped: see textsOf in letter.ts.)
  const read: ReadLine[] = [];
  for (const line of lines) {
    const bullet = BULLET_RE.exec(line);
    const text = bullet ? bullet[1]! : line;
    // A site's menu (首页 | 公开目录 | 公开指南 | …) holds page names, no labels.
    read.push({ text, bullet: bullet !== null, hits: NAV_BAR_RE.test(text) ? [] : labelHits(text), taken: false });
  }
  // The same list with its bullets lost: the index number alone on the first line, each value on its own line after it.
  const first = read.find((l) => l.text.trim());
  const bulletsLost = first !== undefined && !first.bullet && !first.hits.length && INDEX_NUMBER_RE.test(first.text.trim());
  read.forEach(({ text, bullet, hits }, n) => {
    if ((bullet || bulletsLost) && !hits.length) {
      if (!read[n]!.taken && text.trim()) bullets.push(text.trim());
      return;
    }
    // A row of column heads alone (主办单位 会办 交办日期) over a row of cells: each cell is its column's.
    const columns = columnValues(text, hits, read[n + 1]);
    if (columns) {
      for (const [hit, value] of columns) set(labelField(hit.label), value);
      read[n + 1]!.taken = true;
      return;
    }
    hits.forEach((hit, i) => {
      let field = labelField(hit.label);
      if (field === 'publisher' && out.publisher !== undefined) field = 'postedFor';
      // Portals repeat their blocks: a field already read needs no cleaning of its value.
      // (A label of no field alone at its line's end still owns the value below it: 交办日期 over 2004-05-18 dates no page.)
      if (field === 'ignore' && i === hits.length - 1 && !text.slice(hit.end).trim()) nextLineValue(read, n, field);
      // (A posting date is read after an issued one, which stood in for it.)
      const standsIn = field === 'publishedDate' && issued !== undefined && posted === undefined;
      if (field === 'ignore' || (field !== 'byShape' && field !== 'ownerBody' && field !== 'issuedDate' && field !== 'numbered' && !standsIn && out[field] !== undefined)) return;
      const valueEnd = i + 1 < hits.length ? hits[i + 1]!.index : text.length;
      let value = fieldValue(field, text.slice(hit.end, valueEnd));
      // A label alone at the end of its line: the value stands on the next line, unlabelled.
      if (!value && i === hits.length - 1) value = nextLineValue(read, n, field);
      // A page's source named by its website or app, or by the site itself (本网原创稿), is where it was posted, not a body;
      // nor is one the page filled with the letter's title (来源:某厅关于…的函).
      if ((field === 'publisher' || field === 'ownerBody' || field === 'postedFor') && (SITE_NAME_RE.test(value) || TITLE_SHAPE.test(value))) return;
      if (field === 'byShape' && value) {
        // A classification's cells run together (信息分类: 人大代表建议办理情况, 国土资源、能源,其他,其他): the
        // genre, then its topics; 其他 fills a cell with none.
        const [first, ...cells] = value.split(CELL_COMMA);
        field = bulletField(first!, out);
        if (field === 'genre') {
          value = genreValue(first!);
          const topics = cells.filter((c) => c !== '其他');
          if (topics.length > 0) set('topics', topics.join(','));
        }
      }
      if (field === 'publishedDate' && value && POSTED_LABEL.test(hit.label)) posted ??= value;
      set(field, value);
      // 分管领导/主管领导/承办负责人: the label is the signer's title.
      if ((field === 'signerLead' || field === 'signerBelow') && value) set('signerTitle', hit.label.replace(/[\s\u3000]+|(?:姓名|签字)$/g, ''));
    });
    if (stamp === undefined && out.publishedDate === undefined && !read[n]!.taken && !hits.some((h) => DATED_LABEL.test(h.label))) {
      // (So is a dashed date after the title on its line, at its end or before the page's first label:
      // "…的答复 2019-11-09", "…的函 2021-06-21 来源:…".)
      const m =
        STAMP_RE.exec(text) ??
        (hits.length ? (WRITTEN_STAMP_RE.exec(text) ?? TRAILING_STAMP_RE.exec(text)) : null) ??
        TITLE_STAMP_RE.exec(hits.length ? text.slice(0, hits[0]!.index) : text);
      if (m) stamp = m[1] ?? m[2];
    }
    // A line of the page's date and its poster alone (2025-09-09 内蒙古自治区农牧厅4890, with its counter): the publisher.
    const poster = hits.length ? null : STAMPED_BODY_RE.exec(text)?.[1];
    if (poster && AGENCY_LINE_RE.test(poster)) set('publisher', poster);
  });
  if (issued !== undefined && posted !== undefined) {
    out.writtenDate ??= issued;
    out.publishedDate = posted;
  }
  if (stamp !== undefined) set('publishedDate', stamp);
  if (owner !== undefined) set('publisher', owner);
  // A bullet of a date and its time of day is when the page was posted (• 2020-12-30 10:32).
  const postedBullet = firstMatch(POSTED_BULLET_RE, bullets);
  if (postedBullet) set('publishedDate', postedBullet[1]!);
  // Unlabelled bullet lists holding an index number (• 某县民政局 • 某民复〔2021〕17号 • 000123456/2021-00321): each
  // value is read by its shape, since portals differ in which fields they list and in what order.
  if (firstMatch(INDEX_NUMBER_RE, bullets)) {
    for (const value of bullets) if (!POSTED_BULLET_RE.test(value)) set(bulletField(value, out), value);
  }
  return out;
}

/**
 * The first of `lines` that `re` matches, matched. (A loop, not map and find: see textsOf in
 * letter.ts; inlined here, they threw parseHeaderLines' optimised code away.)
 */
function firstMatch(re: RegExp, lines: string[]): RegExpExecArray | null {
  for (const line of lines) {
    const m = re.exec(line);
    if (m) return m;
  }
  return null;
}

const DOC_NUMBER_SHAPE = /[〔\[［﹝【]\d{4}[〕\]］﹞】]/u;
const DATE_SHAPE = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/u;
const NEXT_LINE_SHAPE: Partial<Record<HeaderField, RegExp>> = { docNumber: DOC_NUMBER_SHAPE, writtenDate: DATE_SHAPE, publishedDate: DATE_SHAPE, signedDate: DATE_SHAPE };
// A body's name, not a timestamp (来源: / 2016-04-22 09:54), the letter's title (责任部门 / 某局关于…的函)
// or its document number (责任部门: / 九教案字(2025)12号).
const TITLE_SHAPE = /关于/u;
// A class mark alone (A, B类) under an empty label is the letter's class, no body either; nor is a title's
// opening that names the session answered (来源:\n对省政协某届某次会议…), nor a document number the page garbled (某字〔2024144, 某字〔 2024 44)
// or wrote without brackets (财农函2018110: no body's name holds five digits).
const NOT_A_BODY = new RegExp(`^\\d{4}[-/.年]|\\d{5}|${TITLE_SHAPE.source}|^对|届|会议$|^\\p{Script=Han}$|[〔\\[［﹝【](?:\\s*\\d{4}|$)|[(（]\\d{4}[)）]\\d*号|^[A-DＡ-Ｄ]类?$`, 'u');
// A heading of the record's next block (提 案 者: / 承办单位及答复) is no proposer.
const NOT_A_PROPOSER = /单位|答复|日期|内容|办理|情况|类别/u;
// (An empty class field above the letter's title: the title is no topic, 主题分类:\n\n关于对…建议的答复.)
const LETTER_TITLE = /关于|(?:答复|复函|的函)$/u;
// (A year, the portal's folder (组配分类: 2025年), or the session answered (主题分类: 市政协第十四届委员会第二次会议) is no class
// wherever it stands: fieldValue drops it.)
const NOT_A_CLASS = /^\d{4}年?$|届.*会议$/u;
const NOT_VALUE_SHAPE: Partial<Record<HeaderField, RegExp>> = { publisher: NOT_A_BODY, ownerBody: NOT_A_BODY, proposer: NOT_A_PROPOSER, topics: LETTER_TITLE, genre: LETTER_TITLE };
const GENRE_SHAPE = /办理|提案|建议|公文|通知|函/u;
const CLASS_MARK_SHAPE = /^[(（]?[A-EＡ-Ｅ][1-9]?类?[)）]?类?$/u;

function bulletField(value: string, seen: HeaderValues): HeaderField {
  // The letter's title, listed as the page's 名称, and the record's validity (有效): no field of the header.
  if (TITLE_SHAPE.test(value) || VALIDITY_RE.test(value)) return 'ignore';
  if (INDEX_NUMBER_RE.test(value)) return 'indexNumber';
  if (DOC_NUMBER_SHAPE.test(value)) return 'docNumber';
  if (DATE_SHAPE.test(value)) return seen.writtenDate === undefined ? 'writtenDate' : 'publishedDate';
  if (AGENCY_LINE_RE.test(value)) return 'publisher';
  if (GENRE_SHAPE.test(value)) return 'genre';
  // (分类: B is the result class, 分类: 文化、体育 the topics.)
  if (CLASS_MARK_SHAPE.test(value)) return 'resultClass';
  return 'topics';
}

const YEAR_ONLY = /^\d{4}年?$/u;

export function splitTopics(value: string | undefined): string[] {
  if (!value) return [];
  // A year alone (主题分类: 2019) is the portal's filing, not a topic.
  // (A loop, not map and filter: inlined into the extractor's main function, they threw its optimised code away.)
  const topics: string[] = [];
  // (A slash separates them too: 新闻出版/文体综合类.)
  for (const piece of value.split(/[、,，;；/／\s]+/)) {
    const t = piece.trim();
    if (t && !YEAR_ONLY.test(t)) topics.push(t);
  }
  return topics;
}

/** A header date; two-digit years ("22/07/14") are this century's. */
export function headerDate(value: string | undefined): string | null {
  if (!value) return null;
  const short = /^(\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(value.trim());
  return short ? parseDate(`20${short[1]}-${short[2]}-${short[3]}`) : parseDate(value);
}
