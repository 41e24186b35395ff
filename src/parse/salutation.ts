// The salutation names the proposer: "王普委员:", "尊敬的X委员:", "X等5名代表:",
// "陈红(等10位)代表:", "江北代表团:", masked "xxx委员:".
import type { Line } from './lines.js';

export type Salutation = {
  name: string | null;
  role: '委员' | '代表' | '代表团';
  /** Offsets of the name in the text, when a name is written. */
  nameStart: number | null;
  nameEnd: number | null;
  line: Line;
  lineIndex: number;
};

const SALUTATION_RE =
  /^[\s\u3000]*(?:尊敬的)?[\s\u3000]*([^\s\u3000:：,，。!！、(（]{1,14}?)[\s\u3000]*(?:等(?:\d+|[一二三四五六七八九十]+)?[名位]?|[(（]等?\d+[名位]?[)）])?[\s\u3000]*(代表团|委员|代表)[\s\u3000]*[:：]/u;
const MASKED_RE = /^[xX×*＊○□]+$/;
const PERSON_NAME_RE = /^[\p{Script=Han}·]{2,5}$/u;

export function findSalutation(lines: Line[]): Salutation | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = SALUTATION_RE.exec(line.text);
    if (!m) continue;
    const written = m[1]!;
    const role = m[2] as Salutation['role'];
    const isName = role !== '代表团' && !MASKED_RE.test(written) && PERSON_NAME_RE.test(written);
    const nameStart = isName ? line.start + line.text.indexOf(written) : null;
    return {
      name: isName ? written : null,
      role,
      nameStart,
      nameEnd: nameStart === null ? null : nameStart + written.length,
      line,
      lineIndex: i,
    };
  }
  return null;
}
