// Whose proposal a letter answers. Proposal numbers restart in every assembly and session, and a
// letter writes the session relative to itself (市政协六届三次会议), so two cities' 第0884号提案 are
// told apart only by the raising body written out in full: 重庆市政协六届三次会议 in a Chongqing
// letter. With no session written, the replying body and the year scope the proposal.
import type { Jurisdiction } from './jurisdiction.js';
import { jurisdictionOf } from './jurisdiction.js';

type Level = 'province' | 'city' | 'county' | 'town';

/** A session opening with a level word alone (市政协…, 县十八届人大…, 自治州政协…): the letter's place of that level. */
export const LEVEL_WORD_RE = /^(自治区|自治州|自治县|街道|省|市|州|区|县|旗|镇|乡)/u;
export const LEVEL_OF_WORD: Record<string, Level> = {
  省: 'province',
  自治区: 'province',
  市: 'city',
  州: 'city',
  自治州: 'city',
  区: 'county',
  县: 'county',
  旗: 'county',
  自治县: 'county',
  镇: 'town',
  乡: 'town',
  街道: 'town',
};

/** Whether the session names its own place: a place name, not a level word alone (自治州 reads as a place otherwise). */
function namesPlace(session: string): boolean {
  const own = jurisdictionOf(session);
  return [own.province, own.city, own.county, own.town].some((place) => place !== null && !(place in LEVEL_OF_WORD));
}

/**
 * A name opening with a level word alone (市人大…, 县农业项目管理服务中心) written out with the letter's
 * place of that level; null when it opens with none, or the letter's places do not say which.
 * A level adjective (省级水利发展资金: provincial-level), levels together (区县科技创新引导基金: of
 * the districts and counties) or a word opening with the level's character (市场, 市民, 市政 of municipal works:
 * 市政维护中心, not the 政 of 市政府, 市政协, 市政务…) are no relative place; a level word before such a word is
 * (市|市民权益保障服务中心).
 */
export function placedName(name: string, j: Jurisdiction): string | null {
  const word = LEVEL_WORD_RE.exec(name)?.[1];
  if (!word || /^(?:[级场民]|政(?![府协法务数研策办])|[省市县区州旗镇乡](?![民场政容监域]))/u.test(name.slice(word.length))) return null;
  const place = j[LEVEL_OF_WORD[word]!];
  return place ? place + name.slice(word.length) : null;
}

const NATIONAL_SESSION_RE = /全国(?:人大|人民代表大会|委员会|政协)/u;

/** The session with its raising body written out in full, or null when the letter's places do not say which. */
export function fullSession(session: string, j: Jurisdiction): string | null {
  // The national congress's or conference's (十四届全国人大二次会议, 政协第十四届全国委员会…) is every letter's the same.
  if (namesPlace(session) || NATIONAL_SESSION_RE.test(session)) return session;
  if (LEVEL_WORD_RE.test(session)) return placedName(session, j);
  // No level written (政协十届三次会议): the replying body's own level, the deepest place it names.
  const place = j.town ?? j.county ?? j.city ?? j.province;
  return place ? place + session : null;
}

/** The proposal's scope: its full session, else the session and the replying body, else the replying body and year. */
export function proposalScope(session: string | null, j: Jurisdiction, replyingAgency: string | null): string | null {
  if (session) return fullSession(session, j) ?? (replyingAgency ? `${session}（${replyingAgency}）` : null);
  if (!replyingAgency) return null;
  return j.year ? `${replyingAgency}（${j.year}年）` : replyingAgency;
}
