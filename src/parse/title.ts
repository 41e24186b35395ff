// The reply's title ("重庆市科学技术局关于市政协六届三次会议第0884号提案答复的函") and what it
// says about the proposal it answers: session, number, kind.
import { AGENCY_LINE_RE } from './bodies.js';
import { firstLabelAt, isHeaderLabel, isPageWord } from './header.js';
import type { Line } from './lines.js';
import { squeeze } from './lines.js';
import { docNumberLine, TRAILING_DOC_RE, TRAILING_SPACED_DOC_RE } from './marks.js';

export type TitleInfo = {
  title: string;
  /** The body named before 关于/对 or on the line above, if any: the replying agency as it writes itself. */
  agency: string | null;
  /** Where the agency is written, when it is. */
  agencyStart: number | null;
  session: string | null;
  number: string | null;
  /** 提案 / 建议 / 议案 as the title words it. */
  word: string | null;
  /** "对《关于…的建议》的答复": the proposal's own title, when the reply's title quotes it. */
  proposalTitle: string | null;
  /** "X局对人大代表某某等关于…的议案的答复": the proposer the title names, where its line writes the name. */
  proposer: { name: string; role: '委员' | '代表'; start: number; end: number } | null;
  line: Line;
};

// A portal's notice of the reply (…会议第82号提案公示公告) is its title too, and a ministry's 复文 (“关于…的建议”复文).
// A ministry publishes a summary of its letter (…提案答复的函摘要).
// 答覆: mirrors write 覆 for 复 (both are simplified characters, so the reading copy keeps it). 续复 (续办续复) answers again a proposal handled on.
const REPLY_END = /(?:(?:答[复覆]的?函|复函|的函)(?:摘要)?|的?复文|(?:答[复覆]|回复)(?:意见|摘要)|(?:主办|会办|协办|办理)(?:工作)?的?意见|答[复覆]|回复|续复|答复书|答[复覆]件|办理单|答复单|(?:办理(?:落实)?情况|答[复覆])的?报告|答[复覆]情况|的办理结果|(?:提案|建议|议案)(?:办理(?:结果|情况))?公示(?:公告)?|(?:提案|建议|议案)的?办理情况)$/;
// The last characters of REPLY_END's words: a text holding none of them ends in no reply word however it is cleaned.
// (A title's last line is asked for all but 书, as it always was: see ENDS_LIKE_TITLE.)
const LINE_END_CHARS = '函见复覆单告要果况示文件';
// (Not 文, in most lines: 复文 holds 复 already.)
const REPLY_END_CHAR = new RegExp(`[${LINE_END_CHARS.replace('文', '')}书]`, 'u');
// After the reply word, the proposal's title after a colon or a dash ("…第4号建议的答复:关于增加教育投入的建议",
// "…提案的答复——关于…的建议") or its number after a colon ("…代表建议的答复:第3号").
const AFTER_REPLY_NOTE = String.raw`(?:[:：]|——)[^:：]{2,80}(?:建议|提案|议案)|[:：]第?\d+号`;
// A parenthetical after the reply word repeats the reference: "…的答复(县十七届人大五次会议第33号建议)", brackets
// of its own inside ("…的回复(关于提高全自动体外除颤仪(AED)覆盖率的建议)");
// or a note after it as above, or the proposal in 《》 right after it: "…第77号提案的答复函《关于…的建议》".
const TRAILING_NOTE = new RegExp(String.raw`[(（](?:[^()（）]|[(（][^()（）]*[)）])*[)）]{1,2}$|(?<=答复|复函)(?:${AFTER_REPLY_NOTE})$|(?<=[复覆函])《[^《》]{2,150}》$`, 'u');
// "关于市政协六届二次会议第0315号、第0327号提案的复函", "…第13、53号建议的复函" (the first is the letter's), "X局对县十七届人大二次会议第 094 号建议的答复",
// "…会议0948号建议的会办意见", "…会议温36号建议" (a delegation's character before the number; 笫 is 第 mistyped): the
// session runs from 关于/对/( to the first number.
// A proposal's number: a letter or two first (B017, DH0315), its year in brackets (B(2022)327), dots and dashes (6.11);
// the whole number may stand in brackets (第(J027)号).
// (Or in Chinese numerals between 第 and 号: 第五十二号建议; without 第 they are a name's, 汪家沟二号拦河闸.)
const PROPOSAL_NUMBER = String.raw`(?:[A-Za-z]*(?:[(（]\d{4}[)）])?-?\d[\dA-Za-z.-]*|(?<=第)[一二三四五六七八九十百〇零]{1,6}(?=号))`;
// Between the number and the kind may stand its class's own number in brackets ("第4117号(城乡建设类063号)提案"),
// the proposers ("第20号某某等代表建议"), a deputy's written opinion (第0781号书面意见, Shanghai's name for a suggestion), a key proposal's mark (第A010号重点提案), a party's or sector's (第2024D28号党派团体提案) or the title in quotes or 《》, its kind last ("第16号“关于…的建议”的答复",
// "第20241056号《关于…的建议》的答复"), or bare ("第40号加强对某县排水系统的建议的答复").
const PROPOSAL_REF =
  new RegExp(String.raw`(?:关于|对|[(（])(?:对)?([^《》()（）对]*?)第?[(（]?((?:(?<=会议)(?!笫)[\u4e00-\u9fa5])?${PROPOSAL_NUMBER})[)）]?(?:[、和及]${PROPOSAL_NUMBER})*号(?:[、和及与]第?${PROPOSAL_NUMBER}号)*(?:[(（][^()（）]{1,12}类[^()（）]{0,8}[)）])?(?:[\p{Script=Han}、]{2,12}?等|[“"《][^“”"《》]{2,150}?(?=(?:提案|建议|议案)[”"》])|(?:(?!提案|建议|议案|答复)[^\s《》“”"()（）第号]){2,60}?的(?=建议|提案|议案))?(?:代表|委员|政协|人大|集体|党派团体|界别|重点|书面)*(提案|建议|议案|意见)`, 'u');
// A session's last word; suggestions made between sittings are numbered apart (区十八届人大三次会议闭会期间第4号建议).
const SITTING = '会议(?:闭会期间)?';
// The title in 《》 before the number: "对县政协十届第二次会议《关于…的提案》第025号提案的答复".
const TITLE_THEN_NUMBER_REF = new RegExp(String.raw`(?:关于|对)(?:对)?([^《》()（）对]*?会议)《[^《》]+》第?(${PROPOSAL_NUMBER})号(?:代表|委员)?(提案|建议|议案)`, 'u');
// Or before the session: "关于对《…的建议》区政协十三届四次会议第43号提案的答复".
const TITLE_BEFORE_SESSION_REF = new RegExp(String.raw`(?:关于|对)(?:对)?《[^《》]+》([^《》()（）对]{2,30}?会议)第?(${PROPOSAL_NUMBER})号(?:代表|委员)?(提案|建议|议案)`, 'u');
// Or the title bare, the session and number noted in brackets after it: "某局关于对…的提案(某市政协十一届一次会议第80号)的答复".
const BRACKETED_SESSION_REF = new RegExp(String.raw`(?:关于|对)[^《》()（）]{2,150}?(提案|建议|议案)[(（]([^《》()（）对]{2,30}?会议)第?(${PROPOSAL_NUMBER})号[)）]`, 'u');
// The kind before the number: "…会议代表建议第0043号", "…会议代表建议、批评和意见第542255号", no session: "对县政协提案第100号".
const KIND_FIRST_REF = new RegExp(String.raw`(?:关于|对)(?:对)?([^《》()（）对]*?(?:${SITTING}|政协|人大))(?:代表|委员|党派团体|界别|集体)?(建议|提案|议案)[^第《》]{0,10}第(${PROPOSAL_NUMBER})号`);
// No 关于/对, the number in brackets or after a colon after the kind: "区人大八届四次会议代表建议(第24号)答复意见",
// "区某届人大二次会议建议:第009号--关于…的答复".
const BRACKETED_NUMBER_REF = new RegExp(String.raw`^([^《》()（）]*?会议)(?:代表|委员)?(建议|提案|议案)(?:[(（]第?(${PROPOSAL_NUMBER})号[)）]|[:：]第?(${PROPOSAL_NUMBER})号)`);
// The number right after the session with no 号, or after its class (会议20240088提案, 会议A类第72提案, 会议第jy2016020建议,
// 会议9B111提案: the term's digit, a class letter and the number).
const BARE_NUMBER = String.raw`\d?[A-Za-z]{0,3}\d{2,}`;
const BARE_NUMBER_REF = new RegExp(String.raw`(?:关于|对)(?:对)?([^《》()（）对]*?会议)(?:[A-Za-z\p{Script=Han}]{1,3}类)?第?(${BARE_NUMBER})(提案|建议|议案)`, 'u');
// Or no kind at all, the reply right after the number: "关于对政协某省第六届委员会第三次会议第0159号的答复".
const KINDLESS_REF = new RegExp(String.raw`(?:关于|对)(?:对)?([^《》()（）对]*?会议)第(${PROPOSAL_NUMBER})号(?=的?(?:答复|复函|回复))`, 'u');
// A national conference's page titles the reply by the number alone: "0332号提案复文".
const NUMBER_ONLY_REF = /^第?(\d{2,6})号(提案|建议|议案)(?=复文|的?答复|的?复函)/u;
// The proposal's title in quotes after the session, no number: "对县十六届人大五次会议“…”建议的答复".
const QUOTED_REF = /(?:关于|对)(?:对)?([^《》“”()（）对]*?会议)[“"][^”"]{2,80}[”"]的?(?:代表|委员)?(提案|建议|议案)/;
// Or its proposer after the session, no number: "某镇人民政府对镇五届人大第六次会议某某某代表建议的答复".
const NAMED_REF = /(?:关于|对)(?:对)?([^《》“”()（）对]*?会议)[\p{Script=Han}·]{2,4}(?:代表|委员)的?(提案|建议|议案)/u;
// No 关于/对, the session opening the title: "泗县第十八届人民代表大会第三次会议第63号建议的答复", "六届四次第109号代表建议的答复".
const SESSION_FIRST_REF = new RegExp(String.raw`^((?:(?!关于)[^《》()（）对])*?(?:会议|届[一二三四五六七八九十]+次))第?(${PROPOSAL_NUMBER})号(?:代表|委员)?(建议|提案|议案)`);
// The session, then the proposal's own title bare, its number before it or in brackets after it:
// "市十九届人大六次会议第60号关于…的建议的答复", "对省十四届人大一次会议关于…的建议(第1274号)的答复",
// "对市政协八届四次会议关于…管理(第101号)提案的答复".
const SESSION_THEN_TITLE_REF = new RegExp(String.raw`^对?([^《》()（）关对]*?会议)(?:第?(${PROPOSAL_NUMBER})号)?关于[^《》()（）]{2,150}?(?:[(（]第?(${PROPOSAL_NUMBER})号[)）])?(建议|提案|议案)(?:[(（]第?(${PROPOSAL_NUMBER})号[)）])?`, 'u');
// Or its number after the reply word: "某县十七届人大四次会议代表建议的答复:第3号".
const NUMBER_AFTER_REPLY_REF = new RegExp(String.raw`^([^《》()（）关对]*?会议)(?:代表|委员)?(建议|提案|议案)的?答复[:：]第?(${PROPOSAL_NUMBER})号$`, 'u');
// The session, then the proposal's title and number: "县政协九届一次会议《关于…的建议》(43号)答复", "…》(1206)号答复";
// the session may end at its sitting without 会议 (政协十一届五次《…》(0074号)答复).
const TITLE_FIRST_REF = new RegExp(String.raw`^([^《》]*?(?:会议|届[一二三四五六七八九十]+次))《[^《》]+》[(（]第?(${PROPOSAL_NUMBER})(?:号[)）]|[)）]号)`);
// Before a session in a title: a year, 答复/回复/反馈 (reporting back, 再次答复 again), 关于对/对/关于办理 (对市九届人大二次会议《…》的答复),
// 协助办理 (a co-handler's letter).
const SESSION_LEAD = /^(?:\d{4}年度?)?(?:(?:再次|重新|补充)?(?:答复|回复|反馈))?(?:关于)?(?:对|(?:协助|配合)?办理)?/;
// Where the reference starts, after the body's own name: 关于…, or 对 before a session, number or 《》.
const REF_START = new RegExp(String.raw`关于|对(?=[^，。,]*(?:号|《|会议“|会议[\u4e00-\u9fa5]{2,4}(?:代表|委员)|会议第?${BARE_NUMBER}(?:提案|建议|议案)))`);
// The proposal quoted in a title: after 对, ending like one, or right after the kind and number (…16号议案《…》);
// or noted in brackets after the reply word (…建议的答复(关于…的建议), a stray bracket closing it twice).
const QUOTED_PROPOSAL = /对《([^《》]{2,150})》|^“([^“”]{2,150}?(?:建议|提案|议案))”(?=的?(?:复文|答复|复函|回复))|《([^《》]{2,150}?(?:建议|提案|议案))》|(?:建议|提案|议案)《([^《》]{2,150})》|(?<=答复|复函|回复|的函)[(（](关于[^()（）]{2,150}?(?:建议|提案|议案))[)）]{1,2}$/u;
const SESSION_END = new RegExp(`^(.*${SITTING})`, 'u');
// A ministry's 复文 notes the proposal's year and number after it: “关于…的建议”复文(2022年第4406号).
const YEAR_NUMBER_NOTE = /(?<=复文|答复|复函)[(（]\d{4}年第(\d+)号[)）]$/u;
// A record's title may open with the proposal's number and a colon: 第23号:关于“…”的答复.
const LEADING_NUMBER = /^第(\d+)号[:：]/u;
// The proposer after 对, the role before the name or after it (对人大代表某某等关于…, 对某某代表《…》), then the
// proposal's title bare (…等关于建设某桥的议案的答复).
const PROPOSER_AFTER = String.raw`(?:等(?:\d+名)?(?:代表|委员)?)?(?=关于|《|“|提出)`;
const TITLE_PROPOSER = new RegExp(String.raw`对(?:人大|政协)?(代表|委员)([\p{Script=Han}·]{2,4}?)${PROPOSER_AFTER}|对([\p{Script=Han}·]{2,4}?)(代表|委员)${PROPOSER_AFTER}`, 'u');
const NOT_A_PERSON = /人大|政协|届|会议|^[省市县区镇乡]/u;
const BARE_PROPOSAL = /^(关于[^《》“”]{2,150}?(?:建议|提案|议案))的?(?:答复|回复|复函|办理)/u;
const SESSION_THEN_BARE = /会议(?:第?[\dA-Za-z]+号)?(?=关于(?!第|\d))/u;
const WRAPPED_TITLE = /[(（]([^()（）]{2,120}?关于[^()（）]{4,120})[)）]$/u;
const SESSION_SHAPE = /会议|届|次/u;
// The body before 关于/对: Han characters (a quote or label is no body), a year before it dropped.
// (A title opening with 对 names the proposal's session first, no body: 对银川市政协十三届…; so does one opening
// with the session itself: 市十七届人大一次会议关于…的建议办理情况的答复.)
// (Not a tag in brackets alone, the kind of file the letter is: (会办件)关于….)
const AGENCY_PREFIX_RE = /^(?!(?:关于)?对)(?!.*(?:届|会议$))(?![(（][^()（）]*[)）]$)[\p{Script=Han}()（）]{2,40}$/u;
const YEAR_LEAD = /^\d{4}年度?/u;
// What may stand before the title on its line: a breadcrumb (首页 > …, 当前位置: 首页 / …), bullets and list numbers ("•004(1)."), a label
// ("标题:", "信息名称", "内容概述:", "[ 名 称 ]", "称:" of a 名称 label cut by the page, "成文日期 标题" of a table row), a document number ("某教〔2021〕122号", "某建字(2018)249号", "(湘水提〔2017〕046号A类)" with its class, the class quoted before it: "“B”某建办函〔2016〕5号";
// never a session's name: 关于市十四届人大五次会议〔2020〕104号建议 holds the proposal's year and number)
// or its tail the page split off ("34号 对…"), table cell bars, a column's tag in 【】 ("【办理结果】对…"), a portal's tag of
// the place that reposted it ("(四川-遂宁)国家医疗保障局对…").
const TITLE_PREFIX =
  /^(?:[^>\n]*>[\s\u3000]*)*(?:[^\n]{0,6}位置[\s\u3000]*[:：][\s\u3000]*(?:[^/／\n]{1,20}[/／][\s\u3000]*)*)?(?:[|•·●▪◆■—–-]|\d+(?:[(（]\d+[)）])?[.、．]|【\p{Script=Han}{2,8}】(?=关于|对)|[(（]\p{Script=Han}{2,4}[-—－]\p{Script=Han}{2,6}[)）])*(?:[\[【［]?(?:(?!关于|对)[\p{Script=Han}]){0,8}?(?:标题|题目|名称|中文名|概述|摘要|称(?=[:：]))[\]】］]?[:：]?[|—–-]*)?(?:[“"][\s\u3000]*[A-D][1-9]?类?[\s\u3000]*[”"][\s\u3000]*)?(?:[(（]?(?:(?!会议)[\p{Script=Han}]){1,12}[〔\[［﹝【(（]\d{4}[〕\]］﹞】)）]第?\d+号(?:[A-D][1-9]?类?)?[)）]?[|—–-]*|\d+号[\s\u3000]*(?=关于|对))?/u;
// A record's cells on the title's line before its name label (索引号: 发布机构: 本网 名称: …), a whole row of them
// (索 引 号:… 公文目录:… 发文机构:… 主 题 词: 发布日期:… 文  号: 标  题:…), the last cell's value with them however long
// (发布机构: 某省卫生健康委员会 名  称: …): the page's, not the title's.
const CELLS_BEFORE_NAME = /^.{0,200}?[:：][^:：]{0,12}(?=(?:名称|标题|题目)[:：])/u;
// Or a row whose last cell holds the title, whatever its label (索引号:… 发文机关:… 发布机构:关于…的答复); two cells
// at least (第23号:关于… is a record's number before its title).
const CELLS_BEFORE_TITLE = /^.{0,200}[:：].{0,200}[:：](?=(?:关于|对)[^:：]*$)/u;

function withoutCells(text: string): string {
  const named = text.replace(CELLS_BEFORE_NAME, '');
  if (named !== text) return named;
  const cells = CELLS_BEFORE_TITLE.exec(text)?.[0];
  return cells && firstLabelAt(cells) >= 0 ? text.slice(cells.length) : text;
}
const TRAILING_BARS = /\|+$/;
// The page's own fields in brackets after the title (…的答复(发布日期:2025年05月12日文号:某发〔2025〕10号)): the page's, not the title's.
const PAGE_FIELDS_NOTE = /[(（][^()（）]*(?:发布日期|成文日期|发文字号|文号|索引号)[:：][^()（）]*[)）]$/u;
// The class mark in brackets closing a title after its reply word (…办理情况的答复(B)): the class, not the title's.
const BRACKETED_CLASS_AFTER_REPLY = /(?<=答复|复函|的函)[(（][A-D][1-9]?类?[)）]$/u;
const SITE_SUFFIX = /[\s\u3000]*[-_–—|｜][\s\u3000]*[^\s\u3000\-_–—|｜]{2,24}$/u;
// A class mark after the title ("…的答复函 B"): the result class, not part of the title; and
// the date a page prints after it ("…提案的答复 2019-11-09", "…提案的答复情况 ( 2025-05-20 )").
const PAGE_DATE = String.raw`\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?`;
const TRAILING_CLASS = new RegExp(String.raw`(?:[\s\u3000]+(?:[A-DＡ-Ｄ]类?|${PAGE_DATE})|[\s\u3000]*[(（][\s\u3000]*${PAGE_DATE}[\s\u3000]*[)）])$`, 'u');

function proposalRef(title: string): { session: string; number: string | null; word: string | null } | null {
  const ref = PROPOSAL_REF.exec(title);
  if (ref) return { session: ref[1]!, number: ref[2]!, word: ref[3]! };
  const kindFirst = KIND_FIRST_REF.exec(title) ?? BRACKETED_NUMBER_REF.exec(title);
  if (kindFirst) return { session: kindFirst[1]!, number: (kindFirst[3] ?? kindFirst[4])!, word: kindFirst[2]! };
  const numberAfter = NUMBER_AFTER_REPLY_REF.exec(title);
  if (numberAfter) return { session: numberAfter[1]!, number: numberAfter[3]!, word: numberAfter[2]! };
  const sessionFirst = SESSION_FIRST_REF.exec(title);
  if (sessionFirst) return { session: sessionFirst[1]!, number: sessionFirst[2]!, word: sessionFirst[3]! };
  const sessionThenTitle = SESSION_THEN_TITLE_REF.exec(title);
  const titledNumber = sessionThenTitle?.[2] ?? sessionThenTitle?.[3] ?? sessionThenTitle?.[5];
  if (titledNumber) return { session: sessionThenTitle![1]!, number: titledNumber, word: sessionThenTitle![4]! };
  const titleFirst = TITLE_FIRST_REF.exec(title);
  if (titleFirst) return { session: titleFirst[1]!, number: titleFirst[2]!, word: null };
  const titleThenNumber = TITLE_THEN_NUMBER_REF.exec(title) ?? TITLE_BEFORE_SESSION_REF.exec(title);
  if (titleThenNumber) return { session: titleThenNumber[1]!, number: titleThenNumber[2]!, word: titleThenNumber[3]! };
  const noted = BRACKETED_SESSION_REF.exec(title);
  if (noted) return { session: noted[2]!, number: noted[3]!, word: noted[1]! };
  const bare = BARE_NUMBER_REF.exec(title);
  if (bare) return { session: bare[1]!, number: bare[2]!, word: bare[3]! };
  const numberOnly = NUMBER_ONLY_REF.exec(title);
  if (numberOnly) return { session: '', number: numberOnly[1]!, word: numberOnly[2]! };
  const kindless = KINDLESS_REF.exec(title);
  if (kindless) return { session: kindless[1]!, number: kindless[2]!, word: null };
  const quoted = QUOTED_REF.exec(title) ?? NAMED_REF.exec(title);
  return quoted ? { session: quoted[1]!, number: null, word: quoted[2]! } : null;
}

const PROPOSAL_END = /(?:提案|建议|议案)$/u;

export function parseTitleText(raw: string, line: Line): TitleInfo | null {
  // (Cleaning a title only removes characters. Most lines asked, a page's header fields among them, hold no reply word.)
  if (!REPLY_END_CHAR.test(raw)) return null;
  // Two titles on one line, the proposal's reply heading then the letter's own (…的建议答复 关于…第327号建议的答复): the last.
  const parts = raw.trim().replace(/^[•·●▪◆■][\s\u3000]*/u, '').split(/[\s\u3000]+(?=关于|对)/u);
  // Or the proposal's own title, then the letter's (关于…的提案 关于对区政协…提案的答复).
  if (parts.length === 2 && REPLY_END.test(squeeze(parts[1]!))) {
    const proposalFirst = PROPOSAL_END.test(parts[0]!);
    const own = proposalFirst || REPLY_END.test(parts[0]!) ? parseTitleText(parts[1]!, line) : null;
    if (own?.number || (own && proposalFirst)) return own;
  }
  const unprefixed = squeeze(raw.replace(TRAILING_SPACED_DOC_RE, '').replace(TRAILING_CLASS, '')).replace(PAGE_FIELDS_NOTE, '').replace(TRAILING_BARS, '').replace(TRAILING_DOC_RE, '').replace(BRACKETED_CLASS_AFTER_REPLY, '');
  const cleaned = withoutCells(unprefixed).replace(TITLE_PREFIX, '');
  // A page's title bar: "…的答复函-某某网站", "…的答复_某县人民政府".
  const unsited = cleaned.replace(SITE_SUFFIX, '');
  const title = unsited !== cleaned && REPLY_END.test(unsited.replace(TRAILING_NOTE, '')) ? unsited : cleaned;
  const bare = title.replace(TRAILING_NOTE, '');
  if (title.length > 160 || !REPLY_END.test(bare)) return null;
  // A portal's heading around the letter's own title in brackets ("南港镇2023年人大代表建议办理答复(X局关于…的函)"):
  // the body, session and number are the bracketed title's.
  const wrapped = WRAPPED_TITLE.exec(title)?.[1];
  const inner = wrapped && REPLY_END.test(wrapped) ? parseTitleText(wrapped, line) : null;
  if (inner?.agency) return { ...inner, title };
  const named = TITLE_PROPOSER.exec(title);
  const proposerName = named ? (named[2] ?? named[3])! : null;
  const proposerRef = named && !NOT_A_PERSON.test(proposerName!) ? named : null;
  const refFrom = title.search(REF_START);
  // (The body ends before the proposer's 对: 某局对人大代表某某等关于….)
  const refAt = proposerRef && (refFrom < 0 || proposerRef.index < refFrom) ? proposerRef.index : refFrom;
  if (refAt < 0 && !/第?[A-Za-z]*-?\d+号(?:代表|委员)?(?:提案|建议|议案)/.test(title) && !BRACKETED_NUMBER_REF.test(title) && !NUMBER_AFTER_REPLY_REF.test(title)) return null;
  // The body before 关于/对, else one named in brackets after the title ("…的答复(水利局)", "…的答复函(县发改委主办)").
  const noted = /[(（]([\p{Script=Han}]{2,20}?)(?:主办|承办)?[)）]$/u.exec(title)?.[1];
  const before = refAt > 0 ? title.slice(0, refAt).replace(YEAR_LEAD, '') : noted && AGENCY_LINE_RE.test(noted) ? noted : null;
  const agency = before && AGENCY_PREFIX_RE.test(before) ? before : null;
  const ref = proposalRef(title);
  // "镇五届人大五次会议道路交通类": a category after the session is not part of it.
  // A reference read from the title's start holds the body and its 关于 (X区人民政府关于市八届人大三次会议《…》): the session follows them.
  // (A quoted proposal before it is no part of it either: “关于…的建议”--二届人大五次会议第7018号建议.)
  // (A role before the number belongs to the proposal, not the session: 市政协八届一次委员第094号提案.)
  const written = ref?.session ? (SESSION_END.exec(ref.session)?.[1] ?? ref.session).replace(/第$/, '').replace(/(?:代表|委员)$/u, '').replace(/^.*关于/u, '').replace(/^.*[”"][-—–]*/u, '').replace(SESSION_LEAD, '') : '';
  // A session names a sitting or a term (…会议, 十三届): 报送自治区人大代表 before the number names neither.
  const session = SESSION_SHAPE.test(written) ? written : null;
  const word = ref?.word && ref.word !== '意见' ? ref.word : /提案/.test(title) ? '提案' : /建议|议案/.test(title) ? '建议' : null;
  // The proposal's title written bare after its proposer (…等关于建设某桥的议案的答复), or the whole title where it
  // is the proposal's own with 的答复 after it and cites no session or number (关于…的建议的答复); -1: none.
  // So is one after the session (对区九届人大三次会议关于…建议的答复).
  const afterSession = SESSION_THEN_BARE.exec(title);
  const bareFrom = proposerRef ? proposerRef.index + proposerRef[0].length : afterSession ? afterSession.index + afterSession[0].length : !ref?.number && !session ? 0 : -1;
  return {
    title,
    agency,
    agencyStart: !agency ? null : refAt > 0 ? line.start + Math.max(0, line.text.indexOf(agency.charAt(0))) : line.text.includes(agency) ? line.start + line.text.lastIndexOf(agency) : null,
    session,
    number: ref?.number ?? YEAR_NUMBER_NOTE.exec(title)?.[1] ?? LEADING_NUMBER.exec(title)?.[1] ?? null,
    word,
    proposalTitle: quotedProposal(title) ?? (bareFrom >= 0 ? (BARE_PROPOSAL.exec(title.slice(bareFrom))?.[1] ?? null) : null),
    proposer: proposerRef ? personOnLine(proposerName!, (proposerRef[1] ?? proposerRef[4]) as '委员' | '代表', line) : null,
    line,
  };
}

function personOnLine(name: string, role: '委员' | '代表', line: Line): TitleInfo['proposer'] {
  const at = line.text.indexOf(name);
  return at < 0 ? null : { name, role, start: line.start + at, end: line.start + at + name.length };
}

function quotedProposal(title: string): string | null {
  const m = QUOTED_PROPOSAL.exec(title);
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!) : null;
}

// Lines never joined into a title: breadcrumbs, labelled header values (with the label on the line
// above too: 公开日期\n2025-10-30), bullets, document numbers.
const NOT_TITLE_PART = /[>:：|•·●▪◆■]|[〔\[［﹝【]\d{4}[〕\]］﹞】]\d*号|^[\s\u3000]*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[\s\u3000]*$/u;

/** Does a line open with a header label written without its colon (公开范围 面向社会 公开方式 主动公开)? */
function opensWithLabel(line: string): boolean {
  const first = /^[\s\u3000]*(\S+)[\s\u3000]/u.exec(line);
  return first !== null && isHeaderLabel(first[1]!);
}

// What a page puts before a title it repeats: a field's label and colon, or a breadcrumb from 首页.
const PAGE_LEAD = /[:：]|^首页/u;

/**
 * The letter's own title: the last title before the salutation or opening (`anchored`; a page's
 * heading may come first), unless an earlier one holds it whole (the heading adds the agency) or all but
 * a character or two the title lost, or names the proposal's number where it names none;
 * without an anchor the first title on the page. A title may be split over up to three lines; one
 * that does not start its reference (…第三次会议第20号建议的答复) takes the lines above it that do.
 * A line above it holding only a body's name is the replying agency, not part of the title.
 */
export function findTitle(lines: Line[], anchored: boolean): TitleInfo | null {
  const nonEmpty = lines.filter((l) => l.text.trim());
  let best: TitleInfo | null = null;
  for (let i = 0; i < nonEmpty.length; i++) {
    const found = titleEndingAt(nonEmpty, i);
    if (!found) continue;
    if (!anchored) return found;
    // A later heading that names no proposal number (关于…建议的答复) does not replace one that does; nor does a
    // page's field repeating the title as its value (2016-06-20 09:10 来源:某厅关于…的函), or its breadcrumb ending in it
    // (首页    建议提案    某管委会 关于…).
    const repeatsTitle = best !== null && found.title.endsWith(best.title) && PAGE_LEAD.test(found.title.slice(0, -best.title.length));
    if (!best || (!holds(best.title, found.title) && !repeatsTitle && (found.number !== null || best.number === null))) best = found;
  }
  return best;
}

/**
 * Does a heading hold the title whole, or all but a character or two the title lost, or its numbers
 * (人大次会议 for 人大三次会议, 区届人大次会议14号 for 区三届人大三次会议第14号, 第0111建议 for 第0111号建议)?
 */
function holds(heading: string, title: string): boolean {
  if (heading.includes(title)) return true;
  // The heading may add its body before 关于 and write 关于对 (宜良县交通运输局 关于对…): compare from 关于, and
  // after a 对 opening it (对阿拉山口市…第28号… over the page's cut 拉山口市…28号…).
  const h = fromAbout(heading);
  const t = fromAbout(title);
  if (h.length <= t.length || h.length - t.length > 6) return false;
  let k = 0;
  let lost = '';
  for (const c of h) {
    if (c === t[k]) k++;
    else lost += c;
  }
  return k === t.length && (lost.length <= 2 || LOST_NUMBERS.test(lost));
}
const fromAbout = (s: string) => s.replace(/\s+/gu, '').replace(/^.*?(?=关于)/u, '').replace(/^关于对/u, '关于').replace(/^对/u, '');
// (With their number mark and a place's level word: 第0111号, 腾冲市人大第三届二次会议 over 腾冲人大次会议第33.)
const LOST_NUMBERS = /^[第\d一二三四五六七八九十百零〇次届号省市县区州旗]+$/u;

// A title's last line ends in a reply word (…答复, …复函, …意见, …办理单, …办理情况报告, …答复摘要, …的办理结果), maybe before the proposal in
// 《》, a note or a cell bar.
const ENDS_LIKE_TITLE = new RegExp(String.raw`[${LINE_END_CHARS}](?:《[^《》]{2,150}》)?(?:[\s\u3000]+[A-DＡ-Ｄ]类?)?[\s\u3000|]*$|[)）\]］】][\s\u3000|]*$|(?:答复|复函)(?:${AFTER_REPLY_NOTE})[\s\u3000|]*$`, 'u');

function endsLikeTitle(line: string): boolean {
  const bare = line.replace(TRAILING_SPACED_DOC_RE, '').replace(TRAILING_CLASS, '');
  return ENDS_LIKE_TITLE.test(bare) || ENDS_LIKE_TITLE.test(bare.replace(SITE_SUFFIX, '')) || line.includes('|');
}

/**
 * A title run on by the page's fields on its line (…建议的答复 发布日期:2022-07-01 信息来源: …), its own label maybe
 * before it (标  题: 关于…的答复 成文日期: …): the line before them, if it ends like one.
 */
function beforeLabels(line: Line): Line | null {
  // (Most lines are neither: only one with a reply word and a colon is looked at.)
  if (!REPLY_END_CHAR.test(line.text) || !/[:：]/u.test(line.text)) return null;
  const labelled = TITLE_LABEL_LEAD.exec(line.text)?.[0].length ?? 0;
  const after = labelled > 0 ? firstLabelAt(line.text.slice(labelled)) : -1;
  const at = after > 0 ? labelled + after : firstLabelAt(line.text);
  const text = at > 0 ? line.text.slice(0, at).trimEnd() : '';
  return REPLY_END_CHAR.test(text) && endsLikeTitle(text) ? { ...line, text, end: line.start + text.length } : null;
}

/** The title whose last line is nonEmpty[i], if any, with an agency line above it. */
function titleEndingAt(nonEmpty: Line[], i: number): TitleInfo | null {
  const titleLine = beforeLabels(nonEmpty[i]!) ?? (endsLikeTitle(nonEmpty[i]!.text) ? nonEmpty[i]! : null);
  if (!titleLine) return null;
  const one = parseTitleCells(titleLine);
  const startsReference = (t: TitleInfo | null) => t !== null && t.title.search(REF_START) >= 0;
  let found = startsReference(one) ? one : null;
  let first = i;
  // Two lines that still lack the reference's start (第110号…\n的答复函) take a third above them.
  for (let n = 2; !startsReference(found) && n <= 3 && i + 1 - n >= 0; n++) {
    const group = nonEmpty.slice(i + 1 - n, i).concat(titleLine);
    // (The last line's own document number in brackets or after a space is a note, not a number's line: …\n提案答复的函(桂海函〔2021〕192号).)
    const partText = (l: Line) => (l === titleLine ? l.text.trimEnd().replace(TRAILING_DOC_RE, '').replace(TRAILING_SPACED_DOC_RE, '') : l.text);
    if (!group.every((l) => squeeze(l.text).length <= 60 && !NOT_TITLE_PART.test(partText(l)) && !opensWithLabel(l.text) && !isPageWord(squeeze(l.text)))) break;
    // (A line ending like a title goes on where the next opens with 的: …建议办理情况\n的答复函.)
    if (AGENCY_LINE_RE.test(squeeze(group[0]!.text)) || group.slice(0, -1).some((l, k) => REPLY_END.test(squeeze(l.text)) && !OPENS_WITH_DE.test(group[k + 1]!.text))) break;
    const text = group.map((l) => l.text).join('');
    const joined = parseTitleText(text, { text, start: group[0]!.start, end: group[n - 1]!.end });
    if (joined && (!found || startsReference(joined))) {
      found = joined;
      first = i + 1 - n;
    }
  }
  found ??= one;
  if (!found) return null;
  if (found.agency) return found;
  // The body on its own line above the title, or right below it as a portal record's cell before its
  // other cells (…的复函\n某区退役军人事务局 |\n类 别: A |). (A body's line below the title without the
  // cell's bar may be the addressee of a co-handling opinion.)
  const below = nonEmpty[i + 1];
  const cell = below && CELL_BARS_END.test(below.text) ? below : undefined;
  // (A document number's line may stand between them: 某县工信局\n灌工信议复〔2024〕9号 签发人:…\n对…的答复.)
  const above = nonEmpty[first - 1];
  const bodyLine = above && docNumberLine([above]) !== null ? nonEmpty[first - 2] : above;
  for (const line of [bodyLine, cell]) {
    const name = line ? squeeze(line.text).replace(CELL_BARS_END, '') : '';
    if (line && AGENCY_LINE_RE.test(name)) return { ...found, agency: name, agencyStart: line.start + line.text.indexOf(name.charAt(0)) };
  }
  return found;
}
const CELL_BARS_END = /[\s\u3000]*[|｜]+[\s\u3000]*$/u;
const OPENS_WITH_DE = /^[\s\u3000]*的/u;
const TITLE_LABEL_LEAD = /^[\s\u3000]*(?:标[\s\u3000]*题|题[\s\u3000]*目)[\s\u3000]*[:：]/u;

/** A title line, or the first table cell of it that is a title ("| 标题 | X关于…的答复 |"). */
function parseTitleCells(line: Line): TitleInfo | null {
  if (!line.text.includes('|')) return parseTitleText(line.text, line);
  let at = 0;
  for (const cell of line.text.split('|')) {
    const found = cell.trim() ? parseTitleText(cell, { text: cell, start: line.start + at, end: line.start + at + cell.length }) : null;
    if (found) return found;
    at += cell.length + 1;
  }
  return null;
}
