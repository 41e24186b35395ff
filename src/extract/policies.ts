import { isProposalReference } from '../parse/opening.js';
import { atNameBoundary, platformClassAt, PROPOSAL_POINT_AFTER } from './names.js';
import { wordsOf, type Word } from './words.js';
import { inRanges } from './literals.js';

// Policies: named documents in 《…》 (nearly always a document in this genre), with the
// document number that may follow, and programmes written in quotes (“金凤凰”人才支持政策).

export type PolicyHit = { start: number; end: number; text: string; name: string; docNumber: string | null; aliases: string[] };

// (A page may break the title's line once, its close a short way on: 《…专项规划\n  (2017—2030年)》.)
const BRACKETED_RE = /《([^《》\n]{2,200}(?:\n[\s\u3000]*[^《》\n]{1,40})?)》/gu;
// A title inside a title: 〈…〉 or <…> within 《…》.
const INNER_TITLE_RE = /[〈<]([^〈〉<>]{4,120})[〉>]/gu;
const INNER_OPEN = /[〈<]/u;
const INNER_CLOSE = /[〉>]/u;

/** Is text[start, end) a title inside another title's brackets (〈关于…的意见〉)? */
export function isInnerTitle(text: string, start: number, end: number): boolean {
  return INNER_OPEN.test(text.charAt(start - 1)) && INNER_CLOSE.test(text.charAt(end));
}
const NUMBER_CLOSING_TITLE_RE = /[(（]([\p{Script=Han}\s]{1,12}(?:[〔\[［﹝【]\s*\d{4}\s*[〕\]］﹞】]\s*\d+\s*号|第\s*\d+\s*号令))[)）]$/u;
const DOC_NUMBER_RE = /^\s*[(（]\s*([\p{Script=Han}]{1,12}\s*[〔\[［﹝【(（]\s*\d{4}\s*[〕\]］﹞】)）]\s*\d+\s*号?)\s*[)）]/u;
// The words after the quote belong to the programme's name, but not across a joiner: “渝跃行动”和新重庆引才计划.
const QUOTED_PROGRAMME_RE = /[“"]([^”"“]{2,16})[”"]((?:(?![和与及])[\p{Script=Han}]){0,6}(?:政策|计划|行动|工程|制度))(?![\p{Script=Han}]{0,2}(?:的|中))/gu;
const QUOTED_ONLY_RE = /[“"]([^”"“]{2,16}(?:行动|计划|工程))[”"]/gu;
// A plan cited in quotes instead of 《》 (提出了“某县林业生态建设三年行动方案”): a whole title, wherever it stands.
const QUOTED_PLAN_RE = /[“"]([^”"“]{5,36}(?:方案|规划|纲要))[”"]/gu;
const POINTS_BEFORE = /(?:(?:提案|建议|议案)中?提出|提到|所提|谈到)的?(?:[“"][^“”"\n]{1,60}[”"][、,，和及与]?)*$/u;
const RANK_ONLY = /^[一二三四五六七八九十百千\d]+号?(?:行动|计划|工程)$/u;
const isTimeWord = (w: Word | undefined) => w !== undefined && /^(?:f|t|tg)$/u.test(w.tag);

// A proposal's title wherever it is repeated (《关于…的建议》; a body's own 《中共中央关于…的建议》 opens
// with the body), by its short name (以下简称《提案》) or its session and number, and the reply's own forms (《…意见表》, 《…回执单》):
// papers of this exchange, not policies.
const REPLY_PAPER_RE = /^关于.*(?:建议|提案|议案)$|^(?:建议|提案|议案)$|(?:意见表|回执单|回执|反馈表|办理情况表)$/u;

export function isReplyPaper(name: string): boolean {
  return REPLY_PAPER_RE.test(name) || isProposalReference(name);
}

/** A policy's name as gold files write it: no quotes, no spaces. */
export function policyName(raw: string): string {
  const name = raw.replace(/[“”"‘’'「」『』\s\u3000]/g, '');
  // A period whose bracket the page never closed (…行动方案(2024—2026年) is closed as it was issued.
  const open = UNCLOSED_PERIOD_RE.exec(name)?.[0].charAt(0);
  return open === undefined ? name : name + (open === '（' ? '）' : ')');
}
const UNCLOSED_PERIOD_RE = /[(（]\d{4}\s*[—–\-－~～至]\s*\d{4}年?$/u;

// A news outlet cited in 《》 (《人民日报》, 《人民网》 reported the work): a name of the press, no document.
// A paper named 报 alone (《救国报》) is one too, but no report of an office (通报, 简报, 公报, 年报).
const MEDIA_RE = /^[\p{Script=Han}A-Za-z]{1,8}(?:网|日报|晚报|时报|新闻|杂志|周刊|电视台|频道|客户端|(?<![通简公快专年月周旬季汇申呈上情学])报)$/u;

// A work of art or a book (创作了《鹿回头》《达达瑟》等一大批作品, 出版《…》, 播放六个版本的《…》): made or played, not issued. Only a title
// with no word of a document (办法, 规划, 条例 …) is read so.
const WORK_VERB_BEFORE = /(?:创作|编创|出版|演出|排演|编排|拍摄|录制|编著|播放|演奏|演唱)了?(?:[^《》。，,；;\n]{0,8}的)?(?:[《》、\p{Script=Han}]*》[、]?)?$/u;
const DOCUMENT_WORD = /(?:办法|方案|措施|计划|规划|纲要|意见|通知|条例|法|规定|决定|细则|标准|规范|清单|指南|指引|协议|制度|公告|批复|函|报告|要点|目录|名录|政策|行动|工程|战略|规程|守则|章程|准则|导则|意见稿)/u;
const KIND_ONLY_RE = new RegExp(`^${DOCUMENT_WORD.source}$`, 'u');

/** Is this title a document's kind alone (《意见》, 《方案》)? It names a document only as the short form of one named in full. */
export const isKindOnly = (title: string) => KIND_ONLY_RE.test(title);

// …or an event or work named by what follows its title (《湖湘非遗情·女书唱给母亲听》公益音乐会).
const WORK_NOUN_AFTER = /^[\p{Script=Han}]{0,4}?(?:音乐会|演唱会|晚会|展览|展演|演出|剧目|节目|专题片|纪录片|宣传片|微电影|电影|歌曲|舞剧|话剧|戏剧|画册|丛书)/u;

// …or a book's chapter (《尚书·说命》, 《史记·殷本纪》): a classic cited by its part.
const BOOK_PART = /^[\p{Script=Han}]{1,8}·[\p{Script=Han}]{1,10}$/u;

// …or a piece of the press: a headline with its column's bar (《我眼中的共同富裕丨…》), or titles shown or
// printed somewhere (《…》《…》在“学习强国”学习平台、…等媒体展播).
const HEADLINE_BAR = /[丨｜]/u;
const SHOWN_AFTER = /^(?:[、和及与]?《[^《》\n]*》)*在[^。；;，,\n]{1,40}?(?:展播|播出|播放|刊发|刊登|刊载|发表|转载|推送)/u;

function namesAWork(text: string, open: number, close: number, title: string): boolean {
  return (
    !DOCUMENT_WORD.test(title) &&
    (BOOK_PART.test(title) ||
      HEADLINE_BAR.test(title) ||
      WORK_VERB_BEFORE.test(text.slice(Math.max(0, open - 40), open)) ||
      WORK_NOUN_AFTER.test(text.slice(close, close + 10)) ||
      SHOWN_AFTER.test(text.slice(close, close + 120)))
  );
}

export function findPolicies(text: string, from: number, to: number, exclude: [number, number][]): PolicyHit[] {
  const hits: PolicyHit[] = [];
  // A title one of whose mentions names a work (《某某》剧目排练) is that work wherever the letter writes it.
  const works = new Set<string>();
  const region = text.slice(0, to);
  for (const m of region.matchAll(BRACKETED_RE)) {
    if (m.index < from || inRanges(exclude, m.index)) continue;
    const end = m.index + m[0].length;
    // (A site or app named in 《》 with its class after it, 《重庆人大》网站, is a platform: extract/names.ts.)
    if (MEDIA_RE.test(m[1]!) || platformClassAt(text, end)) continue;
    if (namesAWork(text, m.index, end, m[1]!)) {
      works.add(m[1]!);
      continue;
    }
    const doc = DOC_NUMBER_RE.exec(text.slice(end, end + 40));
    // A number written inside the brackets after the title (《…意见(国办发〔2005〕18号)》, 《…办法(市政府第12号令)》) is its number, not its name.
    const inner = NUMBER_CLOSING_TITLE_RE.exec(m[1]!);
    const title = inner ? m[1]!.slice(0, inner.index) : m[1]!;
    const docNumber = doc ? doc[1]!.replace(/\s+/g, '') : inner ? inner[1]!.replace(/\s+/g, '') : null;
    hits.push({ start: m.index + 1, end: m.index + 1 + title.length, text: title, name: policyName(title), docNumber, aliases: [] });
    // 《…印发〈关于…的意见〉的通知》: the document a notice issues is a policy of its own (a title that
    // only closes with the inner one, 《某厅〈关于…的通知〉》, is that document written after its body).
    for (const inner of m[1]!.matchAll(INNER_TITLE_RE)) {
      if (inner.index + inner[0].length === m[1]!.length) continue;
      const start = m.index + 1 + inner.index + 1;
      if (namesAWork(text, start - 1, start + inner[1]!.length + 1, inner[1]!)) continue;
      hits.push({ start, end: start + inner[1]!.length, text: inner[1]!, name: policyName(inner[1]!), docNumber: null, aliases: [] });
    }
  }
  if (works.size > 0) hits.splice(0, hits.length, ...hits.filter((h) => !works.has(h.text)));
  const inBrackets = (i: number) => hits.some((h) => i >= h.start - 1 && i <= h.end);
  for (const re of [QUOTED_PLAN_RE, QUOTED_ONLY_RE, QUOTED_PROGRAMME_RE]) {
    for (const m of region.matchAll(re)) {
      if (m.index < from || inBrackets(m.index) || inRanges(exclude, m.index)) continue;
      if (hits.some((h) => m.index < h.end && h.start < m.index + m[0].length)) continue;
      // A programme's name starts at its quote only after a verb or separator; “塔尖”“塔基”政策 is one joint phrase.
      if ((re !== QUOTED_PLAN_RE && !atNameBoundary(text, m.index)) || /[”"]/u.test(text.charAt(m.index - 1))) continue;
      // 关于“有关部门…统一规划”的建议: a point of the proposal quoted in a heading, no plan; nor are the
      // points listed after 提到的 (提案中提到的“…”、“邀请专家编制…方案”).
      if (PROPOSAL_POINT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) || POINTS_BEFORE.test(text.slice(Math.max(0, m.index - 200), m.index))) continue;
      // “一号工程”: a rank alone names no programme.
      if (RANK_ONLY.test(m[1]!)) continue;
      // “十四五”期间受国家政策: a quoted term before a time word (期间, 以来) is a period, no programme's name.
      if (re === QUOTED_PROGRAMME_RE && isTimeWord(wordsOf(m[2]!, 0, m[2]!.length)[0])) continue;
      hits.push({ start: m.index, end: m.index + m[0].length, text: m[0], name: policyName(m[0]), docNumber: null, aliases: [] });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
