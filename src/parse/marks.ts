// The document number and the result class as letters write them around the title and signature:
// "某交函〔2019〕6号(A)类", "某建复〔2017〕5号(B类)", "某教提复字〔2019〕来信号B类", "(C类)", "A类",
// "办复类别:C类", "办复类型:A类", "办复情况标记:B", "分类:B", a subclass ("…3号B1类"), a lone "A" or "C2" above the salutation and "…情况(B)的函" in the title.
import type { Line } from './lines.js';
import { squeeze } from './lines.js';

// (Never a session's reference: 对区十四届人大五次会议B(2025)011号 numbers the proposal, not the letter.)
const DOC_NUMBER = '(?:(?!会议)[\\p{Script=Han}A-Z]){1,12}[〔\\[［﹝【(（]\\d{4}[〕\\]］﹞】)）]第?(?:\\d+(?:[-－]\\d+)?|[\\p{Script=Han}]{1,3}?)号';
// On a squeezed line: a document number starting it (a title may follow), with a class mark after it, maybe all
// in brackets ((湘水提〔2017〕046号A类)对…).
// With 类 written, anything may follow ("…46号A类 同意公开"); a bare letter only before a non-Han character.
// A labelled class mark may come first on the line (类别 A类    杨政工函﹝2023﹞72号, 分类:B类某文〔2024〕1号), or one in quotes (“B”泰建办函〔2016〕5号).
const DOC_LINE_RE = new RegExp(`^(?:(?:(?:办复|答复)?类别|分类)[:：]?[A-D][1-9]?类?|[“"][A-D][1-9]?类?[”"])?[(（]?(${DOC_NUMBER})(?:[(（]?([A-D][1-9]?)[)）]?(?:类[)）]?|(?![\\p{Script=Han}])))?`, 'u');
// Or in brackets closing the title's line, maybe with its class: "关于…的答复[某交建〔2018〕101号]", "…(岳财字〔2024〕70号A1类)".
export const TRAILING_DOC_RE = new RegExp(`[\\[［【(（](?:编号[:：])?(${DOC_NUMBER})(?:[A-D][1-9]?类?)?[\\]］】)）]$`, 'u');
// Or after a space closing it: "…建议的答复 某公复〔2023〕01号" (on the unsqueezed line).
export const TRAILING_SPACED_DOC_RE = new RegExp(`(?<=[复函见])[\\s\\u3000]+(${DOC_NUMBER})(?:[A-D][1-9]?类?)?[\\s\\u3000]*$`, 'u');
// A line holding only a number the page cut (湘工信建议〔2025117: its 〕 and 号 lost), kept as printed,
// or such a number before the signer's label or a class mark, maybe with the letter's publication (舞水〔202258 签发人:…,
// 临水字〔202313B1类, 某交议复字〔202315 A同意公开).
const CUT_DOC_LINE_RE = /^([\p{Script=Han}A-Z]{1,12}[〔\[［﹝【]\d{4}\d{1,4})(?=$|签发|([A-D][1-9]?)(?:类|(?:同意|主动|依申请|不予)?公开|$))/u;
// Or after the signer's field on its line, the two written as one heading (签发:某某某 浮城字〔2022〕46号), the field
// naming two signers or three (签发人:某某 某某某 某政函〔2024〕45号).
const AFTER_SIGNER_RE = new RegExp(`^[\\s\\u3000]*(?:领导)?签发人?[:：][\\s\\u3000]*(?:\\p{Script=Han}{2,4}[\\s\\u3000、]+){1,3}(${DOC_NUMBER})[\\s\\u3000]*$`, 'u');
// A class mark's line may add the letter's publication (A(公开), B类(依申请公开)).
const PUBLICATION_NOTE = '(?:[(（](?:主动|依申请|不予)?公开[)）])?';
const CLASS_LINE_RE = new RegExp(`^[(（〔【]?([A-D][1-9]?)[)）]?类[)）〕】]?${PUBLICATION_NOTE}$`, 'u');
// Alone, or with the result it stands for after a colon (A:解决采纳, B:正在解决).
const LONE_CLASS_RE = new RegExp(`^[(（【〔]?([A-D][1-9]?)[)）】〕]?(?:${PUBLICATION_NOTE}|[:：]\\p{Script=Han}{0,6}(?:解决|采纳|参考)\\p{Script=Han}{0,6})$`, 'u');
const HAS_CLASS_LETTER = /[A-E]/;
const YEAR_BRACKET = /[〔\[［﹝【(（]\s*\d{4}/u;
// (The label may come before its letter and colon alike: 类别A:; or stand with a bracketed letter and no colon: 分类(A).)
const CLASS_LABEL_RE = /(?:(?:(?:办复|办理)类[别型]|答复类别|办理结果|类别|分类|标注|(?:办复|办理|答复)情况标记)[:：]|(?:分类|办理结果)(?:标识|标注)[:：]?|^(?:办复|答复)?类别(?=[A-E][1-9]?[:：]$)|^(?:分类|类别)(?=[(（【][A-E][1-9]?[)）】]$))[(（【]?([A-E][1-9]?)/u;
// In the title, before its reply word ("…建议办理情况(B)的函"), after it ("…的答复(B)", "…答复函 B") or
// before the number ("…会议A类第72提案").
const TITLE_CLASS_RE = /[(（]([A-D][1-9]?)类?[)）]的?(?:函|答复|复函)|(?:答复|复函|的函)[(（【]?([A-D][1-9]?)类?[)）】]?$|会议([A-D][1-9]?)类第?\d/u;
// After a document number however mangled ("…2017〕1号B类", "…〔2022〕号(B类)").
const AFTER_NUMBER_RE = /号[(（【]?([A-D][1-9]?)[)）】]?类/u;
// In brackets with its 类 closing a line of the closing block or head (签发人:某某 (A类)).
const TRAILING_CLASS_RE = /[(（【]([A-D][1-9]?)类[)）】]$/u;

/** The class mark a title line carries (…的答复(B)), if any. */
export function titleClass(line: string): string | undefined {
  const m = TITLE_CLASS_RE.exec(line);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

// A national conference's page notes the ministry's reply above it: "2011年6月16日以〔2011〕司发函第148号文函复:" (its number, year first).
export const REPLIED_BY_NUMBER_RE = /^[\s\u3000]*(\d{4}年\d{1,2}月\d{1,2}日)以([〔\[［﹝【(（]\d{4}[〕\]］﹞】)）][\p{Script=Han}]{1,10}?第?\d+号)文?(?:函复|答复|复函)/u;

/** The date and number of the reply a conference's page notes above it (2011年6月16日以〔2011〕司发函第148号文函复), if any. */
export function repliedByNumber(head: Line[]): { date: string; docNumber: string } | null {
  for (const line of head) {
    const m = REPLIED_BY_NUMBER_RE.exec(line.text);
    if (m) return { date: m[1]!, docNumber: m[2]! };
  }
  return null;
}

/** The first document number that starts a line of the head (above the salutation) or closes it in brackets or after a space. */
export function docNumberLine(head: Line[]): string | null {
  for (const line of head) {
    if (!YEAR_BRACKET.test(line.text)) continue;
    const squeezed = squeeze(line.text);
    const m = DOC_LINE_RE.exec(squeezed) ?? TRAILING_DOC_RE.exec(squeezed) ?? TRAILING_SPACED_DOC_RE.exec(line.text) ?? CUT_DOC_LINE_RE.exec(squeezed) ?? AFTER_SIGNER_RE.exec(line.text);
    if (m) return m[1]!;
  }
  return null;
}

/**
 * The result class: after a document number, on a line of its own or labelled, in the head
 * (`headEnd` lines, where a lone letter also counts) or the closing block (`closingStart` to `end`).
 */
export function classMark(lines: Line[], headEnd: number, closingStart: number, end: number): string | null {
  for (let i = 0; i < end; i++) {
    if (i === headEnd && closingStart > headEnd) i = closingStart;
    if (!HAS_CLASS_LETTER.test(lines[i]!.text)) continue;
    const t = squeeze(lines[i]!.text);
    if (!t || t.length > 80) continue;
    const mark =
      DOC_LINE_RE.exec(t)?.[2] ??
      CLASS_LINE_RE.exec(t)?.[1] ??
      CLASS_LABEL_RE.exec(t)?.[1] ??
      AFTER_NUMBER_RE.exec(t)?.[1] ??
      CUT_DOC_LINE_RE.exec(t)?.[2] ??
      TRAILING_CLASS_RE.exec(t)?.[1] ??
      (i < headEnd ? (LONE_CLASS_RE.exec(t)?.[1] ?? titleClass(t)) : undefined);
    if (mark) return mark;
  }
  return null;
}
