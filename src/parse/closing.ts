// The closing: who signed ("此复函已经明炬局长审签", "签发人:X", "分管领导:X"), the body's
// name and the date under the signature, and the contact line.
import signerTable from '../../data/signer-titles.json' with { type: 'json' };
import { CN_DATE, parseCollapsedDate, parseDate } from './dates.js';
import type { Line } from './lines.js';

export type NamedSpan = { name: string; start: number; end: number };
export type SignerInfo = { name: string | null; title: string | null; start: number | null; end: number | null };

const TITLES = [...signerTable.titles].sort((a, b) => b.length - a.length).join('|');
const SIGN = signerTable.signVerbs.join('|');
const REVIEW = signerTable.reviewVerbs.join('|');
const NAME = '[\\p{Script=Han}]{1,4}?';
// "已经明炬局长审签" (name, title) and "由办公室主任赵强签发" (title, name).
const NAME_TITLE_RE = new RegExp(`(?<=经|由|和|、|领导|，|,)(${NAME})(${TITLES})(?:同志)?(${SIGN}|${REVIEW})`, 'gu');
const TITLE_NAME_RE = new RegExp(`(${TITLES})([\\p{Script=Han}]{2,3}?)(?:同志)?(${SIGN}|${REVIEW})`, 'gu');
const SIGN_RE = new RegExp(SIGN);
const NOT_A_NAME = /领导|主要|分管|局|委|厅|办|部|政府|我/u;

type ClosingHit = NamedSpan & { title: string; signs: boolean };

/** Everyone the closing names with a title and 审签/签发/签批/审定/审核, in order of appearance. */
function closingHits(text: string): ClosingHit[] {
  const hits: ClosingHit[] = [];
  for (const m of text.matchAll(NAME_TITLE_RE)) {
    if (NOT_A_NAME.test(m[1]!)) continue;
    hits.push({ name: m[1]!, title: m[2]!, start: m.index, end: m.index + m[1]!.length, signs: SIGN_RE.test(m[3]!) });
  }
  for (const m of text.matchAll(TITLE_NAME_RE)) {
    const start = m.index + m[1]!.length;
    if (NOT_A_NAME.test(m[2]!) || hits.some((h) => h.start === start)) continue;
    hits.push({ name: m[2]!, title: m[1]!, start, end: start + m[2]!.length, signs: SIGN_RE.test(m[3]!) });
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

const DATE_LINE_RE = new RegExp(
  `^[\\s\\u3000]*(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|${CN_DATE}|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{6,8})[\\s\\u3000.。…]*$`,
  'u',
);

/** The date line under the signature: the last date-only line in the letter. */
export function findSignedDate(lines: Line[], publishedDate: string | null): { date: string | null; line: number } | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = DATE_LINE_RE.exec(lines[i]!.text);
    if (!m) continue;
    const raw = m[1]!;
    const date = /^\d+$/.test(raw) ? parseCollapsedDate(raw, publishedDate) : parseDate(raw);
    return { date, line: i };
  }
  return null;
}

// 联系人 first: a letter may name both a 承办人 and a 联系人 with a phone.
const CONTACT_NAME_RES = [
  /联[\s\u3000]*系[\s\u3000]*人(?:及电话)?[\s\u3000]*[:：][\s\u3000]*([\p{Script=Han}·]{2,4})/u,
  /(?:承办人员?|经办人|联络人)[\s\u3000]*[:：][\s\u3000]*([\p{Script=Han}·]{2,4})/u,
];
const PHONE_RE = /((?:\d{3,4}\s*[-—–－]\s*)?\d{7,8}|1[3-9]\d{9})/u;
const PHONE_LABEL_RE = /(?:联系电话|电话|联系方式)[\s\u3000]*[:：]?[\s\u3000]*((?:\d{3,4}\s*[-—–－]\s*)?\d{7,8}|1[3-9]\d{9})/u;

export type ContactInfo = { name: string | null; phone: string | null; nameStart: number | null };

/** "联系人:蒋明杰,联系电话:023—68511253", "联系人及电话:叶贞京 020-…", "承办人员:吕海林" + a phone elsewhere. */
export function findContact(text: string, from: number): ContactInfo | null {
  const tail = text.slice(from);
  const m = CONTACT_NAME_RES.map((re) => re.exec(tail)).find(Boolean);
  if (!m) return null;
  const name = m[1]!;
  // A phone belongs to the contact when it stands on the same line (or the next one, labelled).
  const rest = tail.slice(m.index + m[0].length);
  const lineEnd = rest.indexOf('\n');
  const sameLine = lineEnd === -1 ? rest : rest.slice(0, lineEnd);
  const nextLine = lineEnd === -1 ? '' : rest.slice(lineEnd + 1).split('\n', 1)[0]!;
  const near = PHONE_LABEL_RE.exec(sameLine) ?? PHONE_RE.exec(sameLine) ?? PHONE_LABEL_RE.exec(nextLine);
  const anywhere = PHONE_LABEL_RE.exec(text);
  const phone = (near?.[1] ?? anywhere?.[1] ?? null)?.replace(/\s+/g, '') ?? null;
  return { name, phone, nameStart: from + m.index + m[0].length - name.length };
}
