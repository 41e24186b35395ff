// A letter's structure from the genre's fixed phrases: header block, title, salutation,
// opening, closing. Everything is read from the first copy of the letter on the page.
import type { Proposal } from '../schema.js';
import { AGENCY_LINE_RE, BODY_END_RE, bodyOfUnitName, PARTY_COMMITTEE_RE, SELF_WORD_RE } from './bodies.js';
import { findContact, findClosingPersons, findSignedDate, findSignerInSentence, NAME_AND_PHONE_LINE_RE, NOT_A_NAME_RE, type ContactInfo, type NamedSpan, type SignerInfo } from './closing.js';
import { headerDate, isHeaderLabel, isPageWord, parseHeaderLines, SIGNER_LABEL_RE, splitTopics, type HeaderValues } from './header.js';
import { inOrder, paddedName, splitLines, squeeze, type Line } from './lines.js';
import { findAcknowledgement, parseOpening, proposalTitleNear, sessionIn, splitBodyList, type OpeningInfo } from './opening.js';
import { readProposal } from './proposal.js';
import { classMark, docNumberLine, REPLIED_BY_NUMBER_RE, repliedByNumber, titleClass } from './marks.js';
import { findSalutation, isSectorName, type ProposerRole, type Salutation } from './salutation.js';
import { findTitle, type TitleInfo } from './title.js';
import { isPersonName, isSurname } from './personNames.js';

export class ParseError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export type ParsedLetter = {
  header: HeaderValues;
  title: TitleInfo | null;
  salutation: Salutation | null;
  opening: OpeningInfo | null;
  proposal: Proposal;
  /** Further proposals answered in the same letter. */
  otherProposals: Proposal[];
  /** The proposer: the first person of the salutation, else the opening's or the header's (建议人:). */
  proposer: { name: string | null; role: ProposerRole | null } | null;
  /** Everyone the salutation names, or the proposer named elsewhere: all are persons of the letter. */
  proposerPersons: NamedSpan[];
  docNumber: string | null;
  /** The letter proper: from the title (or salutation) to the signature/contact, page chrome excluded. */
  bodyStart: number;
  bodyEnd: number;
  /** Name of the replying body as written (title, signature line, 主办单位 or 来源), with its offset when in the letter. */
  agency: { name: string; start: number | null } | null;
  /** The body whose own site the page is on, as its breadcrumb's root names it (当前位置: 某区民政局>…); never a government's portal. */
  siteBody: string | null;
  /** The body greeted on the line above the opening where no person is (农工党某市委员会:, 自治区教育厅:), as written. */
  addressee: string | null;
  /** Co-handlers as written, from the opening or a 协办单位 field. */
  coHandlers: NamedSpan[];
  /** Bodies a header names as overseeing the handling (督办单位), as written. */
  supervisors: string[];
  signer: SignerInfo | null;
  /** Everyone named as signing or reviewing in the closing. */
  closingPersons: NamedSpan[];
  signedDate: string | null;
  contact: ContactInfo | null;
  writtenDate: string | null;
  publishedDate: string | null;
  resultClass: string | null;
};

// The closing sentence, whole: "此答复函已经邓勇主任审核,并经县政府分管领导汤亚兵副县长审签".
// "此复函已经X局长审签", "以上答复意见已经…审定", "已经我局X局长审签", "以上答复,已经镇政府镇长X审阅".
// "经朱某副秘书长和叶某局长审核同意,现将办理情况答复如下": the same, in the opening.
const CLOSING_SENTENCE_RE =
  /(?:(?:[此本](?:答复函|复函|函|答复)?|以上答复(?:意见)?)[^。\n]{0,6}已?经|已经我[局委厅办部院]|(?<=^|[,，。；;\n])经(?=[^。\n]{1,60}?(?:审签|签发|签批|审定|审核|审阅)同意))[^。\n]{1,60}?(?:审签|签发|签批|审定|审核|审阅)[^。\n]*/gu;
// 主办单位 (or 主办) is the site's host where the line says more of the site (主办:某局 承办:某局办公室 联系电话:…),
// or names a government or its office (主办单位:某市人民政府办公室); alone with a body, it closes the letter (主办单位:县教育局).
// A body's line that ends in what it does for the site (某市人民政府主办, 某中心建设运营(版权所有)) is the site's too.
const FOOTER_RE = /^(?:扫一扫|文件下载|原文下载|【|打印|关闭|分享到|上一篇|下一篇|上一条|下一条|相关链接|版权所有|Copyright|网站标识码|主办(?:单位)?(?=.*(?:地址|邮编|承办|电话|网站|ICP|备案|版权|标识码|Copyright))|主办单位(?=[\s\u3000]*[:：][\s\u3000]*\S*(?:政府|办公室|办公厅)[\s\u3000]*$)|返回顶部)|^\S{2,30}?(?:主办|承办|建设运营)(?:[(（]版权所有[)）])?$/iu;
const PROPOSAL_TITLE = String.raw`关于[^，。,]{2,120}的(?:建议|提案|议案)`;
const PROPOSAL_LINE_RE = new RegExp(`^${PROPOSAL_TITLE}$`, 'u');
// (Or labelled by its kind: 政协提案:关于…的建议.)
const LABELLED_PROPOSAL_RE = new RegExp(String.raw`^[\s\u3000]*(?:政协|人大|代表|委员)(?:提案|建议)[:：][\s\u3000]*(${PROPOSAL_TITLE})[\s\u3000]*$`, 'u');
// A name as a field's value: padding spaces inside ("李  兵"), a wide gap or anything else ends it; or a
// name of Xinjiang's or Inner Mongolia's peoples with its dot (卡合热曼·努尔买买提).
const FIELD_NAME = String.raw`(?:\p{Script=Han}{1,8}·\p{Script=Han}{1,10}|[\p{Script=Han}·](?:[ \u3000]{0,2}[\p{Script=Han}·]){1,3})(?![\p{Script=Han}·])`;
const FIELD_NAME_RE = new RegExp(`^${FIELD_NAME}`, 'u');
// The names after the first, in a field of names alone (承办负责人:甲  乙).
const FIELD_NAMES_RE = new RegExp(`(?<![\\p{Script=Han}·])${FIELD_NAME}`, 'gu');
const ONLY_NAMES_RE = new RegExp(`^(?:[\\s\\u3000、,，]+${FIELD_NAME})+[\\s\\u3000]*$`, 'u');
// How many written lines above the signature date the closing block (contact, class mark) may start.
const CLOSING_LINES = 10;
// Lines of the closing block around the signature and date: contact, signing and filing fields.
// The print line of an official document ("某局办公室 2017年8月16日印发") closes it too, and a disclosure mark ((可以公开), 不予公开);
// the copy to the proposers (送提议人:…) is a sending line as 抄送 is.
// (A contact's label whose first characters the page lost, 人:…, is one too.)
const CLOSING_FIELD_RE = /署名|负责人|^[\s\u3000]*工\s*作\s*人\s*员[\s\u3000]*[:：]|^[\s\u3000]*人[\s\u3000]*[:：]|联\s*系|承\s*办|经\s*办|分管|主管领导|责任领导|电\s*话|签\s*发|审核人|审\s*签|邮\s*政\s*编\s*码|邮\s*编|抄\s*送|抄\s*报|附\s*件|公开发布|公开方式|依申请公开|主动公开|(?:可以|同意|不予|不宜|不)公开|日\s*印\s*发|^[\s\u3000]*(?:主送|送(?:提议人|提案人|建议人|代表|委员)?|报)[\s\u3000]*[:：]|主题词|校\s*对|共印/u;
const GOVERNMENT_RE = /政府$/u;
// An official document's print line: its body's office, the date (written out or run together) and 印发.
const PRINT_LINE_RE = /(?:^|\n)[\s\u3000]*(\p{Script=Han}{2,30}?)办公室[\s\u3000]*(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}年?\d{3,4}日?)[\s\u3000]*印发/u;
// The centre that runs a government's website (发布机构:大数据发展中心, 信息中心, 融媒体中心) publishes every body's pages.
const SITE_OPERATOR_RE = /(?:大数据|数据|信息|融媒体|网络|电子政务)\p{Script=Han}{0,6}中心$/u;
const PROPOSAL_OFFICE_RE = /^(?:建议|议案)?(?:建议|提案)(?:办|办公室)$/u;
// A blank line, or a table row's empty cells (| ||) that a page's layout left between closing fields.
const EMPTY_CELLS_RE = /^[\s\u3000|｜]*$/u;
const SIGNED_CONTACT_RE = /^([\p{Script=Han}()（）]{2,40})[\s\u3000]+(?:联[\s\u3000]*系|电[\s\u3000]*话)/u;
const OTHER_SIGN_RE = /(?<=[\p{Script=Han}])[(（][\p{Script=Han}]{2,20}[)）]$/u;
const OFFICE_IN_BRACKETS_RE = /(?<=政府)[(（](办公室|办公厅)[)）]$/u;
const DATE_IN_LINE_RE = /\d{4}\s*年|[〇○零0一二三四五六七八九]{4}年/u;
// A unit's name alone, no body's before it (法制审核处), or a unit of a body's own organs (机关党委).
const BARE_UNIT_RE = /^[^局委厅府部]{2,10}(?:处|科|股|室|司)$|^机关\p{Script=Han}{1,4}$/u;
// An office named without its body (来源:办公厅): whose, the page does not say.
const OFFICE_ALONE_RE = /^办公[厅室]$/u;

/**
 * Does the letter speak as another body than the government or office that posted it (我院, 我局 on a page the
 * county government or its office posts: the procuratorate's or the bureau's letter; a government says 我县)?
 */
const speaksAsOther = (body: string, publisher: string) => POSTING_BODY_RE.test(publisher) && SELF_RE.test(body);
const POSTING_BODY_RE = /(?:政府|办|办公室|办公厅)$/u;
const SELF_RE = new RegExp(SELF_WORD_RE.source, 'u');

/** The body a page's publisher names: the publisher, the body before its unit, or null for a unit alone. */
function publishingBody(publisher: string): string | null {
  return OFFICE_ALONE_RE.test(publisher) ? null : (bodyOfUnitName(publisher) ?? (BARE_UNIT_RE.test(publisher) ? null : publisher));
}
const DATES_IN_LINE_RE = new RegExp(DATE_IN_LINE_RE.source, 'gu');
// A labelled replying unit in the closing: "联系单位:X", "承办部门:X", "联系单位及电话:X 6811…".
// Bracketed too: "(联系单位及电话:天津市科委,022-…)"; the role in brackets: "主办(分办)单位:X".
const UNIT_LABEL_RE = /^[(（]?(?:联系|承办|答复|办理|主办)(?:[(（](?:分办|会办|协办)[)）])?(?:单位|部门)(?:及电话|及联系人|和联系人及电话)?[\s\u3000]*[:：][\s\u3000]*([\p{Script=Han}()（）]{2,40})/u;
// A table's column heads naming the replying unit ("承办单位 答复日期 答复内容"), its value on the next line.
const UNIT_COLUMN_RE = /^(?:承办|答复|主办)单位[\s\u3000]+\S/u;

/** The line where a second copy of the header or title starts after the signature, if any. */
function secondCopyLine(lines: Line[], after: number, title: TitleInfo | null): number {
  // A copy follows a letter, not a header: the title repeated below the page's metadata (索引号, 发文机构 …) starts the letter.
  let prose = false;
  for (let i = after + 1; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (/^\s*[\[【]\s*索\s*引\s*号/.test(t)) return i;
    if (prose && title && squeezesTo(t, title.title)) return i;
    prose ||= PROSE_RE.test(t);
  }
  return lines.length;
}
// A line of the letter's prose: a sentence's worth of text.
const PROSE_RE = /\p{Script=Han}[^\n]{29}/u;

/** squeeze(line) === squeezed, without squeezing the body's lines that cannot match. */
function squeezesTo(line: string, squeezed: string): boolean {
  return line.length >= squeezed.length && line.trimStart().startsWith(squeezed.charAt(0)) && squeeze(line) === squeezed;
}

function trimFooter(lines: Line[], from: number, to: number, anchored: boolean): number {
  let end = to;
  // In a letter with no salutation or opening, chrome before its first prose (a page's 【字体 打印本页】 bar under
  // the title) ends nothing.
  let prose = anchored;
  for (let i = from; i < to; i++) {
    prose ||= PROSE_RE.test(lines[i]!.text);
    if (prose && FOOTER_RE.test(lines[i]!.text.trim())) {
      end = i;
      break;
    }
  }
  while (end > from && !lines[end - 1]!.text.trim()) end--;
  return end;
}

// A result written as words where others write a class (办理结果:采纳, 部分采纳, 解决或采纳, 解决采纳, 正在解决, 留作参考).
const RESULT_WORD = /^(?:(?:已|部分|基本)?(?:解决或?)?采纳|(?:已|正在)解决(?:或(?:采纳|列入计划解决))?|列入计划解决|留作参考)$/u;

/**
 * The lines above the salutation (or the opening), the last one cut where it starts (a page whose
 * letter is one long line keeps its title before the salutation), or the first 40 lines.
 */
function headLines(lines: Line[], anchor: number | null): Line[] {
  if (anchor === null) return lines.slice(0, Math.min(lines.length, 40));
  const at = lineIndexAt(lines, anchor);
  const head = lines.slice(0, at);
  const line = lines[at]!;
  if (anchor > line.start) head.push({ text: line.text.slice(0, anchor - line.start), start: line.start, end: anchor });
  return head;
}

/**
 * The lines' texts. (Pushed onto a list, not mapped: a mapped list is of one of four element kinds,
 * holey or not as the code that maps is optimised or not, of small integers when empty, and V8 threw
 * parseHeaderLines' optimised code away whenever a list of a kind it had not seen for a while came;
 * a list built by push from [] is of one kind once the code building it is optimised.)
 */
function textsOf(lines: Line[]): string[] {
  const texts: string[] = [];
  for (const l of lines) texts.push(l.text);
  return texts;
}

export function parseLetter(text: string): ParsedLetter {
  const lines = splitLines(text);
  const salutation = findSalutation(text, lines);
  const openingStart = salutation?.start ?? findAcknowledgement(text);
  const head = headLines(lines, openingStart);
  const headerEnd = openingStart !== null ? lineIndexAt(lines, openingStart) : head.length;
  const header = parseHeaderLines(textsOf(head));
  if (!header.session) Object.assign(header, unlabelledSession(head));
  const title = findTitle(head, openingStart !== null);
  const opening = openingStart !== null ? withGreetedPerson(parseOpening(text, openingStart), text, lines, salutation) : null;
  // "您的建议收悉": the proposal's title then stands as the page's own title line.
  if (opening && !opening.proposalTitle && !header.proposalTitle) {
    const line = head.find((l) => PROPOSAL_LINE_RE.test(squeeze(l.text)));
    if (line) header.proposalTitle = squeeze(line.text);
  }
  // No opening sentence: the proposal as the page's heading labels it (政协提案:关于…的建议), or as the letter's
  // first lines after its title name it.
  if (!opening && !header.proposalTitle && !title?.proposalTitle) {
    const from = title ? title.line.end : 0;
    let labelled: string | undefined;
    for (const l of head) labelled ??= LABELLED_PROPOSAL_RE.exec(l.text)?.[1];
    header.proposalTitle = labelled ?? proposalTitleNear(text.slice(from, from + 600)) ?? undefined;
  }
  if (!salutation && !title && !header.proposalTitle && !opening) {
    throw new ParseError('not a reply letter: no reply title, salutation to deputies or members, proposal reference or 收悉…答复 opening found');
  }

  const publishedDate = headerDate(header.publishedDate);
  // Where the letter proper starts (a title on the page's last line leaves it there).
  const addressee = !salutation && opening ? addresseeAbove(lines, lineIndexAt(lines, opening.start)) : null;
  const fromLine = Math.min(
    lines.length - 1,
    salutation ? salutation.lineIndex : opening ? (addressee?.line ?? lineIndexAt(lines, Math.min(opening.start, opening.proposer?.start ?? opening.start))) : title ? lineIndexAt(lines, title.line.end) + 1 : 0,
  );
  // The signature date closes the letter; a second copy of the page's letter may follow it.
  const copyEnd = secondCopyLine(lines, fromLine, title);
  const firstCopy = lines.slice(0, copyEnd);
  const dated = findSignedDate(firstCopy.slice(fromLine), publishedDate);
  const dateLine = dated ? fromLine + dated.line : -1;
  // Page chrome follows the letter: after the signature date when there is one.
  let lastLine = trimFooter(lines, Math.max(fromLine, dateLine), copyEnd, Boolean(salutation || opening));
  if (dateLine >= 0) {
    // Keep the closing block that follows the date (contact, 签发人, 承办人, 抄送 … lines).
    let i = dateLine + 1;
    while (i < lastLine && (EMPTY_CELLS_RE.test(lines[i]!.text) || CLOSING_FIELD_RE.test(lines[i]!.text) || NAME_AND_PHONE_LINE_RE.test(lines[i]!.text))) i++;
    lastLine = Math.max(dateLine + 1, Math.min(lastLine, i));
  }
  // A page that gives its source under the letter (来源:某区民政局 below the date) names its publisher there.
  header.publisher ??= parseHeaderLines(textsOf(lines.slice(lastLine, copyEnd))).publisher;
  const openingLineStart = lines[fromLine]!.start;
  const bodyStart = title && title.line.start < openingLineStart ? title.line.start : opening || salutation ? openingLineStart : 0;
  const bodyEnd = lastLine > 0 ? lines[lastLine - 1]!.end : text.length;
  const body = text.slice(0, bodyEnd);

  // Signer: the signing sentence (in the closing, or 经…审核同意 in the opening), else
  // 签发人/领导签发/分管领导 fields anywhere in the letter. The first signing sentence that names
  // someone (a body sentence may say 已经我局审核 of a plan).
  let signer: SignerInfo | null = null;
  let closingPersons: NamedSpan[] = [];
  const signingFrom = opening?.start ?? bodyStart;
  for (const closing of body.slice(signingFrom).matchAll(CLOSING_SENTENCE_RE)) {
    const closingAt = signingFrom + closing.index;
    const found = findSignerInSentence(closing[0]);
    if (!found) continue;
    signer = { ...found, start: closingAt + found.start!, end: closingAt + found.end! };
    closingPersons = findClosingPersons(closing[0]).map((p) => ({ ...p, start: closingAt + p.start, end: closingAt + p.end }));
    break;
  }
  // 签发人/领导签发/分管领导 fields may stand anywhere in the letter (above the salutation or under the date).
  const signerLines = lines.slice(0, lastLine).filter((l) => SIGNER_LABEL_RE.test(l.text));
  const fieldLines = parseHeaderLines(textsOf(signerLines));
  const belowLetter = parseHeaderLines(textsOf(signerLines.filter((l) => l.start >= lines[fromLine]!.start)));
  const signerValue = fieldLines.signer ?? fieldLines.signerLead ?? belowLetter.signerBelow ?? '';
  const signerMatch = FIELD_NAME_RE.exec(signerValue);
  const signerField = signerMatch ? squeeze(signerMatch[0]) : undefined;
  // Written padded ("王 颖") as often as not: found with the padding.
  const spanOf = (name: string): NamedSpan => {
    const written = paddedName(name).exec(body);
    return { name, start: written?.index ?? -1, end: written ? written.index + written[0].length : -1 };
  };
  if (!signer && signerField) {
    const first = spanOf(signerField);
    signer = { name: first.name, title: fieldLines.signer ? null : ((fieldLines.signerLead ? fieldLines.signerTitle : belowLetter.signerTitle) ?? null), start: first.start < 0 ? null : first.start, end: first.start < 0 ? null : first.end };
    // Those named after the first in a field of names alone (承办负责人:甲  乙) sign with them.
    const rest = signerValue.slice(signerMatch![0].length);
    const others = ONLY_NAMES_RE.test(rest) ? [...rest.matchAll(FIELD_NAMES_RE)].map((m) => spanOf(squeeze(m[0]))) : [];
    closingPersons = others.filter((o) => o.start >= 0 && !NOT_A_NAME_RE.test(o.name));
  }
  // The leader in charge named beside the one who signed (签发人:甲 … 主管领导:乙) is a person of the closing too.
  const leadMatch = fieldLines.signer && fieldLines.signerLead ? FIELD_NAME_RE.exec(fieldLines.signerLead) : null;
  const lead = leadMatch ? squeeze(leadMatch[0]) : undefined;
  const leadSpan = lead && lead !== signer?.name && !NOT_A_NAME_RE.test(lead) ? spanOf(lead) : null;
  if (leadSpan && leadSpan.start >= 0) closingPersons.push(leadSpan);

  // The replying body: title prefix, else the line above the date, else the line above a
  // repeated title, else 主办单位 / 来源 fields.
  let agency: ParsedLetter['agency'] = null;
  // (A site's operator above the title, the value of its 发布机构 label, is no replying body.)
  const titleAgency = title?.agency && !SITE_OPERATOR_RE.test(title.agency) ? title.agency : null;
  if (titleAgency) agency = { name: titleAgency, start: title!.agencyStart };
  // Bodies writing the title together, spaced apart (某镇人民政府 某县交通运输局 对…的复函): the first replies, the others co-sign.
  const titleBodies = titleAgency && title!.agencyStart !== null ? spacedBodies(title!.line, title!.agencyStart, titleAgency) : [];
  if (titleBodies[0]) agency = { name: titleBodies[0].name, start: titleBodies[0].start };
  const signed = signatureAgency(lines, dateLine >= 0 ? dateLine : lastLine, fromLine);
  // A title that writes the body short (灞桥区城管局) and a signature that writes it out (灞桥区城市管理和综合执法局): the full name.
  if (agency && signed && abbreviates(agency.name, signed.name)) agency = { name: signed.name, start: signed.start };
  agency ??= (signed && { name: signed.name, start: signed.start }) ?? labelledAgency(lines, fromLine, lastLine);
  agency ??= headerAgency(lines, headerEnd) ?? bodyBeforeSignerLabel(signerLines);
  // A government's portal, or the centre running it, posting a body's letter names the body as the page's source (来源 某县水利局).
  const portal = GOVERNMENT_RE.test(header.publisher ?? '') || SITE_OPERATOR_RE.test(header.publisher ?? '');
  if (!agency && header.postedFor && portal && AGENCY_LINE_RE.test(header.postedFor) && !GOVERNMENT_RE.test(header.postedFor)) {
    agency = { name: header.postedFor, start: null };
  }
  if (!agency && header.hostAgency && AGENCY_LINE_RE.test(header.hostAgency)) agency = { name: header.hostAgency, start: null };
  // A body's unit publishing the page (来源:市政府办公厅建议提案处) publishes for the body; a unit alone (法制审核处) names none,
  // nor does the government's office that hands proposals out (来源:建议提案办): it posts every bureau's replies.
  // (A government's office written as the government with its office in brackets, 广德市人民政府(办公室), is that office.)
  const publisher = header.publisher?.replace(OFFICE_IN_BRACKETS_RE, '$1').replace(OTHER_SIGN_RE, '');
  const publishing = publisher && AGENCY_LINE_RE.test(publisher) && !PROPOSAL_OFFICE_RE.test(publisher) && !SITE_OPERATOR_RE.test(publisher) && !speaksAsOther(body, publisher) ? publishingBody(publisher) : null;
  if (!agency && publishing) agency = { name: publishing, start: null };
  // "领导签名:张其标 闽侯县文化体育和旅游局": the body after the signer's name.
  const signerBody = fieldLines.signer?.trim().split(/[\s\u3000]+/u).at(-1);
  if (!agency && signerBody && signerBody !== signerField && AGENCY_LINE_RE.test(signerBody)) {
    const at = body.lastIndexOf(signerBody);
    agency = { name: signerBody, start: at < 0 ? null : at };
  }
  // Or the body whose office printed it, as the document's last line says (某局办公室 2022年8月17日印发).
  agency ??= printingBody(text);
  // An unsigned letter whose opening says which body studied the proposal (经县教体局认真研究).
  agency ??= opening?.studiedBy ?? null;
  // Or whose thanks name the body whose work the proposer cares for (感谢您对板桥街道办事处工作的关心和支持).
  agency ??= thankedBody(text, opening?.end ?? bodyStart);

  const listed: NamedSpan[] = opening?.coHandlers.length
    ? opening.coHandlers
    : header.coHandlers
      ? splitBodyList(header.coHandlers, -1).map((c) => ({ ...c, start: -1, end: -1 }))
      : [];
  // Bodies that sign beside the replying one (平邑县交通运输局 仲村镇人民政府) handled it with it.
  const coSigners = titleBodies.slice(1).concat(signed?.coSigners ?? []);
  const coHandlers = listed.concat(coSigners.filter((c, i) => !listed.some((l) => l.name === c.name) && coSigners.findIndex((o) => o.name === c.name) === i));

  // The closing block: from a few lines above the signature date (the whole letter without one).
  const closingLine = dateLine >= 0 ? linesAbove(lines, dateLine, fromLine, CLOSING_LINES) : fromLine;
  // (A title on a long line, run into the salutation, is past classMark's look: its own mark counts.)
  const mark = header.resultClass ?? classMark(lines, headerEnd, closingLine, lastLine) ?? (title ? (titleClass(title.line.text) ?? null) : null);
  const replied = repliedByNumber(head);
  // (A democratic party's committee greeted above the opening raised its proposal in the conference: a member's.)
  const partyGreeted = addressee && PARTY_COMMITTEE_RE.test(addressee.name) ? '委员' : null;
  const { proposal, others } = readProposal(title, opening, header, salutation?.role ?? opening?.proposer?.role ?? partyGreeted);
  const fromHeader = headerPersons(text, header.proposer);
  // (A letter greeting no one may name its proposer in its title: 某局对人大代表某某等关于….)
  const fromTitle = title?.proposer ? [title.proposer] : [];
  const proposers = salutation?.persons.length ? salutation.persons : opening?.proposers?.length ? opening.proposers : fromHeader.length ? fromHeader : fromTitle;
  // Who signed the proposal with the proposer: named in the opening (您与严某、曹某委员提出的) or listed
  // by the header (联名人, 附议人).
  const named = [...proposers];
  // (A header's list of proposers, 代表姓名:甲、乙、丙, names them all, whoever the salutation names.)
  for (const c of [...(opening?.proposers ?? []), ...fromHeader, ...headerPersons(text, header.coProposers)]) if (!named.some((p) => p.name === c.name)) named.push(c);
  const proposer = (salutation?.name || !opening?.proposer ? salutationProposer(salutation, header, proposal.kind) : opening.proposer) ?? title?.proposer ?? null;

  return {
    header,
    title,
    salutation,
    opening,
    proposal,
    otherProposals: others,
    proposer: proposer ? { name: proposer.name, role: proposer.role } : null,
    // (A party or sector that proposed, 民建等委员提出的, is no person.)
    proposerPersons: named.filter((p) => !isSectorName(p.name)).map(({ name, start, end }) => ({ name, start, end })),
    docNumber: fullerDocNumber(header.docNumber, docNumberLine(head) ?? replied?.docNumber ?? null),
    bodyStart,
    bodyEnd,
    agency,
    siteBody: siteBody(lines, headerEnd),
    addressee: addressee?.name ?? null,
    coHandlers,
    supervisors: header.supervisors ? splitBodyList(header.supervisors, -1).map((c) => c.name) : [],
    signer,
    closingPersons,
    // A table's 签发日期 field where the letter is signed by no dated line.
    signedDate: dated?.date ?? headerDate(header.signedDate),
    // (Or a page's header above the letter names who handled it: 承办人:X.)
    contact: findContact(body, Math.max(opening?.start ?? bodyStart, lines[closingLine]!.start)) ?? findContact(text.slice(0, openingLineStart), 0),
    writtenDate: headerDate(header.writtenDate) ?? headerDate(replied?.date),
    publishedDate,
    resultClass: mark ? (/[A-E][1-9]?/.exec(mark)?.[0] ?? RESULT_WORD.exec(mark)?.[0] ?? null) : null,
  };
}

/**
 * The body's name on a line of its own just above `below` (the date line, else the letter's
 * end), contact and signing lines between them skipped.
 */
function signatureAgency(lines: Line[], below: number, from: number): { name: string; start: number | null; coSigners?: NamedSpan[] } | null {
  // On a flattened line the body's name stands just before the date ("…谢谢。 某镇人民政府 2025年7月25日 |").
  // (A letter flattened into one line may name other dates before: the signature's is the last.)
  const dateLine = lines[below];
  const before = dateLine ? [...dateLine.text.matchAll(DATES_IN_LINE_RE)].at(-1) : undefined;
  if (dateLine && before && before.index > 0) {
    // (Two bodies signing together there, spaced apart: the first replies, the other co-signs.)
    const [first, ...others] = bodiesEndingLine(dateLine, before.index);
    if (first) return { name: first.name, start: first.start, coSigners: others };
  }
  let seen = 0;
  for (let i = below - 1; i > from && seen < 4; i--) {
    const t = lines[i]!.text.trim();
    // "某区财政局 联系电话:6513…": the body signs on its contact line.
    const signed = SIGNED_CONTACT_RE.exec(t)?.[1];
    if (signed && AGENCY_LINE_RE.test(signed)) return { name: signed, start: lines[i]!.start + lines[i]!.text.indexOf(signed) };
    if (!t || CLOSING_FIELD_RE.test(t)) continue;
    seen++;
    // Two bodies signing together, spaced apart: the first replies, the others co-sign.
    const [first, ...others] = [...t.matchAll(/[^\s\u3000]+/gu)];
    if (others.length > 0 && [first!, ...others].every((m) => AGENCY_LINE_RE.test(m[0]) && m[0].length >= 4)) {
      const at = (m: RegExpMatchArray) => lines[i]!.start + lines[i]!.text.indexOf(t) + m.index!;
      return { name: first![0], start: at(first!), coSigners: others.map((m) => ({ name: m[0], start: at(m), end: at(m) + m[0].length })) };
    }
    // A second name in brackets is the same office's other sign (…住房和城乡建设局(市人民防空办公室)).
    const name = squeeze(t).replace(OTHER_SIGN_RE, '');
    if (AGENCY_LINE_RE.test(name)) {
      const start = lines[i]!.start + lines[i]!.text.indexOf(name.charAt(0));
      // Two bodies signing on lines of their own, one above the other: the first replies, the second co-signs.
      const upper = bodyLineAbove(lines, i, from);
      return upper ? { ...upper, coSigners: [{ name, start, end: start + name.length }] } : { name, start };
    }
    if (!/^[\d〇○零一二三四五六七八九十年月日\s.\-/]+$/u.test(t)) break;
  }
  // "2022726 \n 某市教育体育局  联系电话:…": the body may sign on its contact line under the date.
  const under = lines.slice(below + 1, below + 3).find((l) => l.text.trim());
  const signedUnder = under ? SIGNED_CONTACT_RE.exec(under.text.trim())?.[1] : undefined;
  return signedUnder && AGENCY_LINE_RE.test(signedUnder) ? { name: signedUnder, start: under!.start + under!.text.indexOf(signedUnder) } : null;
}

/** The body a letter's thanks name (感谢您对某街道办事处工作的关心和支持), from `from` on; not 我局, nor a sector's work (交通运输工作). */
function thankedBody(text: string, from: number): { name: string; start: number } | null {
  const m = THANKED_BODY_RE.exec(text.slice(from));
  return m && AGENCY_LINE_RE.test(m[1]!) ? { name: m[1]!, start: from + m.index + m[0].indexOf(m[1]!) } : null;
}
const THANKED_BODY_RE = /感谢(?:您|你)们?对(?![我本贵])([\p{Script=Han}()（）]{2,30}?)(?:的?工作)?的(?:关心|关注|理解|支持)/u;

/**
 * Is `short` a shorter writing of `full`: its characters in order, the first and last the same (城管局 of 城市管理和综合执法局),
 * or the first its level word, written without the place, and 委 its 委员会 (省发展改革委 of 贵州省发展和改革委员会)?
 */
function abbreviates(short: string, full: string): boolean {
  const sameStart = short[0] === full[0] || (LEVEL_FIRST_RE.test(short) && full.slice(0, PLACE_SPAN).includes(short[0]!));
  // (委 writes 委员会 short: 发展改革委.)
  const sameEnd = short.at(-1) === full.at(-1) || (short.endsWith('委') && full.endsWith('委员会'));
  return short.length < full.length && sameStart && sameEnd && inOrder(short, full);
}

const LEVEL_FIRST_RE = /^[省市县区州旗]/u;
// (A place's name and level word: 内蒙古自治区 is the longest to reach 区.)
const PLACE_SPAN = 9;

/** The bodies a line writes from `start` on, spaced apart, that together make `name` as squeezed (two or more, else none). */
function spacedBodies(line: Line, start: number, name: string): NamedSpan[] {
  const out: NamedSpan[] = [];
  let joined = '';
  for (const w of line.text.slice(start - line.start).matchAll(/[^\s\u3000]+/gu)) {
    if (joined.length >= name.length) break;
    joined += w[0];
    out.push({ name: w[0], start: start + w.index!, end: start + w.index! + w[0].length });
  }
  return joined === name && out.length > 1 && out.every((b) => b.name.length >= 4 && AGENCY_LINE_RE.test(b.name)) ? out : [];
}

/** The bodies' names that end `line` before offset `end`, in order: one, or several of four characters or more spaced apart. */
function bodiesEndingLine(line: Line, end: number): NamedSpan[] {
  const out: NamedSpan[] = [];
  const words = [...line.text.slice(0, end).matchAll(/[^\s\u3000。！!|,，]+/gu)];
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    if (!AGENCY_LINE_RE.test(w[0]) || (out.length > 0 && (w[0].length < 4 || out[0]!.name.length < 4))) break;
    out.unshift({ name: w[0], start: line.start + w.index!, end: line.start + w.index! + w[0].length });
  }
  return out;
}

/** The body's name alone on the non-empty line right above line `i` (not above `from`), or null. */
function bodyLineAbove(lines: Line[], i: number, from: number): { name: string; start: number } | null {
  let k = i - 1;
  while (k > from && !lines[k]!.text.trim()) k--;
  const t = k > from ? squeeze(lines[k]!.text) : '';
  if (t.length < 4 || !AGENCY_LINE_RE.test(t) || CLOSING_FIELD_RE.test(t)) return null;
  return { name: t, start: lines[k]!.start + lines[k]!.text.indexOf(t.charAt(0)) };
}

/**
 * A portal's record without labels: the session on a line of its own under the title, the proposal's
 * number alone on the next ("淄川区第十九届人民代表大会第二次会议" / "24", or "第3号"); or a title cut after its
 * session ("对云南省十三届人大二次会议").
 */
function unlabelledSession(head: Line[]): Pick<HeaderValues, 'session' | 'proposalNumber'> {
  const filled = head.map((l) => squeeze(l.text).replace(CUT_TITLE_LEAD, '')).filter(Boolean);
  const i = filled.findIndex((t) => sessionIn(t) === t);
  if (i < 0) return {};
  const number = /^第?(\d{1,6})号?$/u.exec(filled[i + 1] ?? '')?.[1];
  return number ? { session: filled[i]!, proposalNumber: number } : { session: filled[i]! };
}
const CUT_TITLE_LEAD = /^(?:关于)?对/u;

/** The header's document number, unless it lost its prefix (文号:〔2018〕302号) that the letter's own line keeps (榆政发改函〔2018〕302号). */
function fullerDocNumber(header: string | undefined, own: string | null): string | null {
  const number = !header ? own : own && /^[〔\[［﹝【(（]/u.test(header) && own.length > header.length && own.endsWith(header) ? own : header;
  // A template's placeholder (无〔2024〕0号: "none", number 0) numbers no letter.
  return number && PLACEHOLDER_NUMBER_RE.test(number) ? null : number;
}
const PLACEHOLDER_NUMBER_RE = /^无|[〕\]］﹞】)）]0+号$/u;

/** "联系单位:X", "承办部门:X" in the closing. */
function labelledAgency(lines: Line[], from: number, to: number): ParsedLetter['agency'] {
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const value = UNIT_LABEL_RE.exec(line.text.trim())?.[1];
    // A body's internal unit in the label: the body is what replies.
    const name = value && (BODY_END_RE.test(value) ? value : bodyOfUnitName(value));
    if (name) return { name, start: line.start + line.text.indexOf(name) };
  }
  return null;
}

// The posting stamp a portal writes after the body on its line.
const POSTING_STAMP_RE = /[\s\u3000]+\d{4}-\d{1,2}-\d{1,2}(?:[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[\s\u3000]*$/u;

// A letterhead's line: the body's name before 文件 (某区环境保护局文件), as printed in red above an official document.
const LETTERHEAD_RE = /^(\S{2,40}?)[\s\u3000]*文[\s\u3000]*件$/u;

/**
 * A body's name on a header line of its own: above the title ("株洲县水利局" over "对县…第12号建议的"),
 * under a table's 承办单位 column head, or as the letterhead (某区环境保护局文件).
 */
function headerAgency(lines: Line[], headerEnd: number): ParsedLetter['agency'] {
  let previous = '';
  for (let i = 0; i < headerEnd; i++) {
    // (A posting stamp may follow the body on its line: 四平市民政局   2025-09-29 09:02:00.)
    const t = lines[i]!.text.replace(POSTING_STAMP_RE, '').trim();
    if (!t) continue;
    const next = lines.slice(i + 1, i + 4).find((l) => l.text.trim())?.text.trim() ?? '';
    if (AGENCY_LINE_RE.test(t) && !SITE_OPERATOR_RE.test(t) && (/^(?:关于|对)/u.test(next) || REPLIED_BY_NUMBER_RE.test(next) || UNIT_COLUMN_RE.test(previous))) return { name: t, start: lines[i]!.start + lines[i]!.text.indexOf(t) };
    const head = LETTERHEAD_RE.exec(t)?.[1];
    if (head && AGENCY_LINE_RE.test(head)) return { name: head, start: lines[i]!.start + lines[i]!.text.indexOf(head) };
    previous = t;
  }
  return null;
}

/**
 * The body a breadcrumb above the letter opens with (当前位置: 重庆市江津区民政局>政务公开>…), or names first after
 * the home page (首页 > 省经济和信息化厅 > 执行和结果 > …): the site's own, not a government portal's.
 */
function siteBody(lines: Line[], headerEnd: number): string | null {
  for (let i = 0; i < headerEnd; i++) {
    const root = BREADCRUMB_ROOT_RE.exec(lines[i]!.text)?.[1];
    if (root) return AGENCY_LINE_RE.test(root) && !GOVERNMENT_RE.test(root) && !SITE_OPERATOR_RE.test(root) ? root : null;
  }
  return null;
}
const BREADCRUMB_ROOT_RE = /(?:位置[\s\u3000]*[:：][\s\u3000]*(?:首页[\s\u3000]*[>＞»][\s\u3000]*)?|^[\s\u3000]*首页[\s\u3000]*[>＞»][\s\u3000]*)([\p{Script=Han}()（）]{2,40}?)[\s\u3000]*[>＞»]/u;

// What follows a label: its colon, a gap, a cell's bar or the line's end.
const LABEL_CLOSE_RE = /^(?:[:：\s\u3000|]|$)/u;
/** The body named before a signer's label on its line ("某市生态环境局 签发人:某某"): the body whose leader signs. */
function bodyBeforeSignerLabel(signerLines: Line[]): ParsedLetter['agency'] {
  for (const line of signerLines) {
    const m = SIGNER_LABEL_RE.exec(line.text)!;
    // (A label's words going on into a sentence label nothing: 一是由市城管局分管领导带队.)
    if (!LABEL_CLOSE_RE.test(line.text.slice(m.index + m[0].length))) continue;
    const name = line.text.slice(0, m.index).trim().split(/[\s\u3000|]+/u).at(-1) ?? '';
    if (AGENCY_LINE_RE.test(name)) return { name, start: line.start + line.text.lastIndexOf(name, m.index) };
  }
  return null;
}

/** The people a header's proposer field lists (代表姓名:甲、乙、丙), where the text writes them. */
function headerPersons(text: string, value: string | undefined): NamedSpan[] {
  const at = value ? text.indexOf(value) : -1;
  if (at < 0) return [];
  // (The last may close the list: 庞某某等. A field the value ran into, 代 表 团: 儋州, 内容: 残疾人…, is no name of it.)
  const fields = value!.split(/[:：]/u);
  const own = fields.length > 1 ? fields[0]!.replace(/[\s\u3000]+\S+$/u, '') : fields[0]!;
  return [...own.matchAll(/[^\s、,，;；等]+/gu)]
    .map((m) => ({ name: withoutRole(m[0]), start: at + m.index }))
    .filter((m) => PERSON_NAME_RE.test(m.name))
    .map(({ name, start }) => ({ name, start, end: start + name.length }));
}
// A name with its role written after it (建议人: 王某某委员) is the name's.
const withoutRole = (written: string) => written.replace(/(?<=^[\p{Script=Han}·]{2,4})(?:委员|代表)$/u, '');
// Two to five characters (a Mongolian name written whole: 孟可巴依尔), never a delegation or body (东方代表团),
// nor a form's column heading the value ran into (提建议代表 | 单位姓名 | 某某代表团 某某).
const PERSON_NAME_RE = /^(?!.*(?:姓名|单位|职务))[\p{Script=Han}·]{2,5}$(?<![团组会委局办])/u;

/**
 * The salutation's proposer, else a person the header names (提案人: X, 委员姓名: X), whose role the
 * proposal's kind says: a 提案 is a conference member's, a 建议 a deputy's.
 */
function salutationProposer(salutation: Salutation | null, header: HeaderValues, kind: Proposal['kind']): ParsedLetter['proposer'] {
  if (salutation) return { name: salutation.name, role: salutation.role };
  const first = header.proposer?.split(/[\s、,，;；等]+/u)[0];
  if (!first) return null;
  const named = withoutRole(first);
  // A delegation (儋州代表团) proposes as a body: no person's name.
  if (named.endsWith('代表团')) return { name: null, role: '代表团' };
  // A party's or group's committee (提案者: 九三学社海南省委会) proposes as a body: no person's name either.
  if (!PERSON_NAME_RE.test(named) && GROUP_END_RE.test(named)) return null;
  return { name: named, role: PERSON_NAME_RE.test(named) && kind ? ROLE_OF_KIND[kind] : null };
}
const ROLE_OF_KIND = { 提案: '委员', 建议: '代表' } as const;
const GROUP_END_RE = /(?:会|委|组|局|办|党|社|联|部|院)$/u;

/** The line `count` non-empty lines above `from` (not above `floor`). */
function linesAbove(lines: Line[], from: number, floor: number, count: number): number {
  let i = from;
  for (let seen = 0; i > floor && seen < count; i--) if (lines[i - 1]!.text.trim()) seen++;
  return i;
}

// A co-handling opinion is addressed to the lead handler on the line above its opening ("自治区教育厅:"); a
// body's proposal is answered to the body, a page dropping the colon (致公党福州市委会 over 《…》收悉).
const ADDRESSEE_RE = /^[\s\u3000]*([^:：\s]{2,40})[:：]?[\s\u3000]*$/u;

/**
 * A person greeted by name alone on the line above the opening, the page giving no role (傅某某: over 您提出的《…》收悉):
 * the proposer, the role left to the proposal's kind. A surname opens the name, and a field label (时间:) is none.
 */
function withGreetedPerson(opening: OpeningInfo, text: string, lines: Line[], salutation: Salutation | null): OpeningInfo {
  if (salutation || opening.proposer || !ADDRESSED_RE.test(text.slice(opening.start, opening.start + 8))) return opening;
  const i = nonEmptyAbove(lines, lineIndexAt(lines, opening.start));
  const greeted = i >= 0 ? GREETED_NAME_RE.exec(lines[i]!.text) : null;
  // (Or a surname and the role, 张委员:, the name the page gives.)
  const role = (greeted?.[2] ?? null) as '委员' | '代表' | null;
  const name = greeted?.[1];
  if (!name || !(role ? isSurname(name) : isPersonName(name) && !isHeaderLabel(name) && !isPageWord(name))) return opening;
  const start = lines[i]!.start + lines[i]!.text.indexOf(name);
  // (A surname alone names the proposer but no person the letter can be traced to.)
  return { ...opening, proposer: { name, role, start }, proposers: role ? [] : [{ name, start, end: start + name.length }] };
}
const GREETED_NAME_RE = /^[\s\u3000]*(?:尊敬的)?(\p{Script=Han}{1,4}?)(委员|代表)?[:：][\s\u3000]*$/u;
// (The opening speaks to the person: 您提出的…, 你们提出的….)
const ADDRESSED_RE = /^[\s\u3000]*(?:您|你)/u;

/** The nearest line above `line` that holds text, or -1. */
function nonEmptyAbove(lines: Line[], line: number): number {
  let i = line - 1;
  while (i >= 0 && !lines[i]!.text.trim()) i--;
  return i;
}

/** The addressee's line right above the opening, and the body it greets: the letter proper starts there. */
function addresseeAbove(lines: Line[], openingLine: number): { line: number; name: string } | null {
  const i = nonEmptyAbove(lines, openingLine);
  const name = i >= 0 ? ADDRESSEE_RE.exec(lines[i]!.text)?.[1] : undefined;
  return name && (AGENCY_LINE_RE.test(name) || PARTY_COMMITTEE_RE.test(name)) ? { line: i, name } : null;
}

function lineIndexAt(lines: Line[], offset: number): number {
  const i = lines.findIndex((l) => l.end >= offset);
  return i < 0 ? lines.length - 1 : i;
}

export { splitTopics };

/** The body whose office printed the letter (临湘市农业农村局办公室 2022年8月17日印发 → 临湘市农业农村局), or null. */
function printingBody(text: string): ParsedLetter['agency'] {
  const m = PRINT_LINE_RE.exec(text);
  if (!m || !AGENCY_LINE_RE.test(m[1]!)) return null;
  // (Without a span: the office's own name, a unit of the body, holds it.)
  return { name: m[1]!, start: null };
}
