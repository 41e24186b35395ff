// The reply's title ("重庆市科学技术局关于市政协六届三次会议第0884号提案答复的函") and what it
// says about the proposal it answers: session, number, kind.
import type { Line } from './lines.js';
import { squeeze } from './lines.js';

export type TitleInfo = {
  title: string;
  /** The body named before 关于, if any: the replying agency as it writes itself. */
  agency: string | null;
  session: string | null;
  number: string | null;
  /** 提案 / 建议 / 议案 as the title words it. */
  word: string | null;
  line: Line;
};

const REPLY_END = /(?:答复的?函|复函|的函|答复意见|答复|回复|的复函)$/;
// "关于市政协六届二次会议第0315号、第0327号提案的复函": the session ends before the first number.
const PROPOSAL_REF = /关于(?:对)?(.*?)第?([A-Za-z]*\d[\dA-Za-z.]*)号(?:[、和及与]第?[A-Za-z]*\d[\dA-Za-z.]*号)*(?:代表|委员)?(提案|建议|议案)/;

export function parseTitleText(raw: string, line: Line): TitleInfo | null {
  const title = squeeze(raw);
  if (title.length > 120 || !title.includes('关于') || !REPLY_END.test(title)) return null;
  const at = title.indexOf('关于');
  const agency = at > 0 ? title.slice(0, at) : null;
  const ref = PROPOSAL_REF.exec(title);
  const session = ref?.[1] ? ref[1].replace(/第$/, '') || null : null;
  return {
    title,
    agency: agency && agency.length <= 40 ? agency : null,
    session,
    number: ref?.[2] ?? null,
    word: ref?.[3] ?? (/提案/.test(title) ? '提案' : /建议|议案/.test(title) ? '建议' : null),
    line,
  };
}

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
      if (joined && group.every((l) => squeeze(l.text).length <= 60)) return joined;
    }
  }
  return null;
}
