// The reply's title ("重庆市科学技术局关于市政协六届三次会议第0884号提案答复的函") and what it
// says about the proposal it answers: session, number, kind.
import type { Line } from './lines.js';
import { squeeze } from './lines.js';

export type TitleInfo = {
  title: string;
  /** The body named before 关于/对, if any: the replying agency as it writes itself. */
  agency: string | null;
  session: string | null;
  number: string | null;
  /** 提案 / 建议 / 议案 as the title words it. */
  word: string | null;
  /** "对《关于…的建议》的答复": the proposal's own title, when the reply's title quotes it. */
  proposalTitle: string | null;
  line: Line;
};

const REPLY_END = /(?:答复的?函|复函|的函|答复意见|会办意见|办理意见|答复|回复|答复书)$/;
// A parenthetical after the reply word repeats the reference: "…的答复(县十七届人大五次会议第33号建议)".
const TRAILING_NOTE = /[(（][^()（）]*[)）]$/;
// "关于市政协六届二次会议第0315号、第0327号提案的复函", "X局对县十七届人大二次会议第 094 号建议的答复",
// "…会议0948号建议的会办意见": the session runs from 关于/对/( to the first number.
const PROPOSAL_REF =
  /(?:关于|对|[(（])(?:对)?([^《》()（）对]*?)第?([A-Za-z]*\d[\dA-Za-z.]*)号(?:[、和及与]第?[A-Za-z]*\d[\dA-Za-z.]*号)*(?:代表|委员)?(提案|建议|议案)/;
// Where the reference starts, after the body's own name: 关于…, or 对 before a session, number or 《》.
const REF_START = /关于|对(?=[^，。,]*(?:号|《))/;
const QUOTED_PROPOSAL = /对《([^《》]{2,150})》/;
const SESSION_END = /^(.*会议)/;
// A label before the title on its line ("标题: 对…的答复").
const TITLE_LABEL = /^(?:标题|题目|名称)[:：]/;

export function parseTitleText(raw: string, line: Line): TitleInfo | null {
  const title = squeeze(raw).replace(TITLE_LABEL, '');
  const bare = title.replace(TRAILING_NOTE, '');
  if (title.length > 160 || !REPLY_END.test(bare)) return null;
  const refAt = title.search(REF_START);
  if (refAt < 0 && !/第?[A-Za-z]*\d+号(?:提案|建议|议案)/.test(title)) return null;
  const agency = refAt > 0 ? title.slice(0, refAt) : null;
  const ref = PROPOSAL_REF.exec(title);
  // "镇五届人大五次会议道路交通类": a category after the session is not part of it.
  const session = ref?.[1] ? (SESSION_END.exec(ref[1])?.[1] ?? ref[1]).replace(/第$/, '') || null : null;
  const word = ref?.[3] ?? (/提案/.test(title) ? '提案' : /建议|议案/.test(title) ? '建议' : null);
  return {
    title,
    agency: agency && agency.length <= 40 && !/[《》:：]/.test(agency) ? agency : null,
    session,
    number: ref?.[2] ?? null,
    word,
    proposalTitle: QUOTED_PROPOSAL.exec(title)?.[1] ?? null,
    line,
  };
}

// Lines never joined into a title: breadcrumbs, labelled header values, document numbers.
const NOT_TITLE_PART = /[>:：|]|[〔\[［﹝【]\d{4}[〕\]］﹞】]\d*号/u;

/**
 * The first title line before the salutation; a title split over up to three lines
 * (agency / 关于… / …的答复函) is joined.
 */
export function findTitle(lines: Line[], beforeLine: number): TitleInfo | null {
  for (let i = 0; i < beforeLine; i++) {
    const one = parseTitleText(lines[i]!.text, lines[i]!);
    if (one) return one;
  }
  const nonEmpty = lines.slice(0, beforeLine).filter((l) => l.text.trim());
  for (let i = 0; i < nonEmpty.length; i++) {
    for (let n = 2; n <= 3 && i + n <= nonEmpty.length; n++) {
      const group = nonEmpty.slice(i, i + n);
      const joined = parseTitleText(group.map((l) => l.text).join(''), {
        text: group.map((l) => l.text).join(''),
        start: group[0]!.start,
        end: group[n - 1]!.end,
      });
      if (joined && group.every((l) => squeeze(l.text).length <= 60 && !NOT_TITLE_PART.test(l.text))) return joined;
    }
  }
  return null;
}
