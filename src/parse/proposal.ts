// The proposal a letter answers, from its title, opening and header: kind, number, title, session.
import type { Proposal } from '../schema.js';
import type { HeaderValues } from './header.js';
import { inOrder } from './lines.js';
import { sessionIn, type OpeningInfo } from './opening.js';
import type { ProposerRole } from './salutation.js';
import type { TitleInfo } from './title.js';

type Role = ProposerRole | null;

/**
 * 提案 (CPPCC) or 建议 (people's congress): the body that raised it decides (session, then the
 * portal's genre), then the letter's title, then the proposal's own wording (…的提案, 《…》的提案收悉), then the
 * proposer's role; a title ending in 建议 says least, as members' proposals are often so titled.
 */
function proposalKind(session: string | null, titleWord: string | null, genre: string | null, openingWord: string | null, proposalTitle: string | null, role: Role): Proposal['kind'] {
  if (session && /政协/.test(session)) return '提案';
  if (session && /人大|人民代表大会/.test(session)) return '建议';
  if (genre && /政协|提案/.test(genre) && !/建议提案/.test(genre)) return '提案';
  if (genre && /人大|建议/.test(genre) && !/建议提案/.test(genre)) return '建议';
  // A title's 建议 may be the proposal's own title's (…的建议的答复): the opening's 提案 and a member's role outweigh it.
  if (titleWord === '建议' && openingWord === '提案' && role === '委员') return '提案';
  if (titleWord === '提案') return '提案';
  if (titleWord === '建议' || titleWord === '议案') return '建议';
  if (openingWord === '提案' || (proposalTitle && /提案$/.test(proposalTitle))) return '提案';
  if (role === '代表' || role === '代表团') return '建议';
  // (A member or a group of members: 委员小组, 政协联络组.)
  if (role) return '提案';
  if (proposalTitle && /(?:建议|议案)$/.test(proposalTitle)) return '建议';
  return null;
}

/**
 * Session: the portal's 会议届次 field; else the opening's own words (您在X会议上提出的) name it as the letter means it, in full
 * (区政协第十六届一次 → …会议; 镇五届… → 某镇五届…); else the title's. An opening that names no
 * body (您向第五届第五次人大代表会议提出的) yields to a title that does.
 */
const LOST_ORDINAL = /[^一二三四五六七八九十\d]次会议$|(?<![一二三四五六七八九十百零〇\d])届/u;
// A session named without its term or sitting (您在市政协会议上提出的).
const UNNUMBERED = /^[^届次]*$/u;

// The year a letter writes before a session (2018年县政协九届一次会议) dates it; it is no part of its name.
const YEAR_BEFORE = /^\d{4}\s*年(?:度)?/u;

function proposalSession(title: TitleInfo | null, opening: OpeningInfo | null, header: HeaderValues): string | null {
  return sessionNamed(title, opening, header)?.replace(YEAR_BEFORE, '') || null;
}

/** Is `fuller` the session `session` with one run of characters (its place) written into it? */
function withPlaceAdded(fuller: string, session: string): boolean {
  if (fuller.length <= session.length) return false;
  let k = 0;
  while (k < session.length && fuller[k] === session[k]) k++;
  const added = fuller.slice(k, fuller.length - (session.length - k));
  return fuller.endsWith(session.slice(k)) && !ORDINAL_ONLY.test(added);
}
/** Does `session` lack the term (届) that `titled` writes, its other characters all there in order? */
function lostTerm(session: string, titled: string | null | undefined): boolean {
  return titled != null && !session.includes('届') && titled.includes('届') && inOrder(session, titled);
}
// (An ordinal's 第 written in, 十四届 → 第十四届, adds no place.)
const ORDINAL_ONLY = /^[第届次\d一二三四五六七八九十百零〇]+$/u;

function sessionNamed(title: TitleInfo | null, opening: OpeningInfo | null, header: HeaderValues): string | null {
  // A portal's 会议届次 field names it in full (济南市平阴县十九届人大三次会议), unless it lost its numbers
  // (第届…第次会议, a page's template) where the title has them, or its first characters (拉山口市… under 阿拉山口市…).
  const cut = (session: string) => title?.session != null && title.session.length > session.length && title.session.endsWith(session);
  if (header.session && /会议$/u.test(header.session) && !((LOST_ORDINAL.test(header.session) && title?.session) || cut(header.session))) return header.session.replace(/\s+/g, '');
  // One that lost its ordinal (十五届人大次会议, a slip of the pen; 第届), its term (区政协六二次会议 under a title's
  // 六届二次) or names none yields to the title's.
  const own = opening?.session && !((LOST_ORDINAL.test(opening.session) || UNNUMBERED.test(opening.session) || lostTerm(opening.session, title?.session)) && title?.session) ? opening.session : null;
  // The title's, where it writes the opening's out with its place (省六届… → 海南省六届…, 政协第十届… → 政协砚山县第十届…).
  if (own && title?.session && withPlaceAdded(title.session, own)) return title.session;
  // Else any session the title or the opening names, however phrased (…会议《…》的答复).
  return (own && !own.startsWith('第') ? own : (title?.session ?? own)) ?? sessionIn(title?.title) ?? opening?.namedSession ?? null;
}

const NUMBER_CLOSING_TITLE_RE = /[(（]\s*第?\s*[\dA-Za-z-]+\s*号(?:提案|建议|议案)?[)）]?$/u;

const wordsOnly = (title: string) => title.replace(/[\s\p{P}]/gu, '');

// A record's number field may write the session before the number (建议号: 某区十一届人大三次会议第23号).
const SESSION_THEN_NUMBER = /^(.+?会议)第?([\dA-Za-z-]+)号?$/u;

/** The header's values with a number field that names its session too read as the two fields. */
function numberApart(header: HeaderValues): HeaderValues {
  const m = SESSION_THEN_NUMBER.exec(header.proposalNumber?.replace(/\s+/gu, '') ?? '');
  return m ? { ...header, session: header.session ?? m[1]!, proposalNumber: m[2]! } : header;
}

export function readProposal(
  title: TitleInfo | null,
  opening: OpeningInfo | null,
  recorded: HeaderValues,
  role: Role,
): { proposal: Proposal; others: Proposal[] } {
  const header = numberApart(recorded);
  const session = proposalSession(title, opening, header);
  // A record's 题目 field is the fuller title, but where it is the opening's 《…》 with its commas lost to spaces, the opening's is as written.
  const field = header.proposalTitle?.replace(/\s+/g, '');
  const quoted = opening?.proposalTitle;
  const written = (field && quoted && wordsOnly(quoted) === wordsOnly(field) ? quoted : field) ?? quoted ?? title?.proposalTitle ?? null;
  // Its number written inside the brackets, after the title (《关于…粮食安全(第25号提案》): the number's, not the title's.
  const proposalTitle = written?.replace(NUMBER_CLOSING_TITLE_RE, '') || written;
  const proposal: Proposal = {
    kind: proposalKind(session, title?.word ?? null, header.genre ?? null, opening?.kindWord ?? null, proposalTitle, role),
    number: title?.number ?? opening?.number ?? header.proposalNumber?.match(/^[\dA-Za-z-]+$/u)?.[0] ?? null,
    title: proposalTitle,
    session,
  };
  const others = (opening?.others ?? []).map((o) => ({ ...proposal, title: o.title, number: o.number }));
  return { proposal, others };
}
