// The salutation names the proposers: "王普委员:", "尊敬的甲、乙、丙委员", "甲、乙等12位人大代表:",
// "陈红(等10位)代表:", "各位代表们:", "江北代表团:", masked "xxx委员:", "X委员并附议人:". It may
// stand mid-line (pages flattened to one line) and go without a colon before 您/你 or a line end.
import type { Line } from './lines.js';
import { squeeze } from './lines.js';

export type Salutation = {
  /** The first person named: the proposer. */
  name: string | null;
  role: '委员' | '代表' | '代表团';
  /** Offsets of the first name in the text, when a name is written. */
  nameStart: number | null;
  nameEnd: number | null;
  /** Everyone named, in order (the first is the proposer). */
  persons: { name: string; start: number; end: number }[];
  /** The salutation's own span in the text. */
  start: number;
  end: number;
  lineIndex: number;
};

const GAP = '[\\s\\u3000]*';
// One name: Han characters with padding spaces inside ("陈  先"), or a masked name (xxx, ****);
// 等, 各 and 们 belong to the count or the role, not to a name.
const HAN = '(?:[^\\P{Script=Han}等各们]|·)';
const NAME = `(?:${HAN}(?:[ \\u3000]{0,3}${HAN}){1,3}|[xX×*＊○□]{2,5})`;
// A body addressed before the people ("县政协民族和宗教委、黄洪强委员"): not a person.
const BODY = '[^\\P{Script=Han}、]{2,14}?(?:委|会|组|局|办|团)';
const SEP = `${GAP}[、,，]${GAP}|[ \\u3000]+`;
const NAMES = `(?:${BODY}${GAP}[、,，]${GAP})*${NAME}(?:(?:${SEP})${NAME})*`;
const COUNT = `(?:等(?:\\d+|[一二三四五六七八九十]+)?[名位]?|[(（]等?\\d+[名位]?[)）])`;
const ROLE = `(?:各位)?(?:人大|政协)?(代表团|委员|代表)(?:们)?(?:同志)?(?:并附议人)?`;
// A colon, or no colon where the letter goes on with 您/你 or a new line.
const CLOSE = `${GAP}(?:[:：]|(?=[\\s\\u3000]*(?:\\n|$|您|你)))`;
// Where a salutation may start: a line start, white space, or the end of a sentence or cell.
const LEFT = '(?<=^|[\\s\\u3000。！!|>】\\]])';
const SALUTATION_RE = new RegExp(
  `${LEFT}(?:尊敬的${GAP})?(?:(${NAMES})${GAP}${COUNT}?${GAP}|(?=各位|人大|政协))${ROLE}${CLOSE}`,
  'gmu',
);
// A delegation names a place, not a person: "江北代表团", "九龙坡区代表团".
const DELEGATION_RE = new RegExp(`${LEFT}(?:尊敬的)?([\\p{Script=Han}]{2,10}?)代表团${CLOSE}`, 'mu');
const MASKED_RE = /^[xX×*＊○□]+$/;
const PERSON_NAME_RE = /^[\p{Script=Han}·]{2,5}$/u;
const NAME_PIECE_RE = new RegExp(NAME, 'gu');

export function findSalutation(text: string, lines: Line[]): Salutation | null {
  const person = firstPersonSalutation(text);
  const delegation = DELEGATION_RE.exec(text);
  const m = delegation && (!person || delegation.index < person.index) ? null : person;
  if (!m && !delegation) return null;
  const at = m ? m.index : delegation!.index;
  const end = m ? m.index + m[0].length : delegation!.index + delegation![0].length;
  const persons: Salutation['persons'] = [];
  if (m?.[1]) {
    const namesAt = m.index + m[0].indexOf(m[1]);
    for (const piece of m[1].matchAll(NAME_PIECE_RE)) {
      const name = squeeze(piece[0]);
      if (MASKED_RE.test(name) || !PERSON_NAME_RE.test(name)) continue;
      persons.push({ name, start: namesAt + piece.index, end: namesAt + piece.index + piece[0].length });
    }
  }
  const first = persons[0] ?? null;
  return {
    name: first?.name ?? null,
    role: m ? (m[2] as Salutation['role']) : '代表团',
    nameStart: first?.start ?? null,
    nameEnd: first?.end ?? null,
    persons,
    start: at,
    end,
    lineIndex: lineOf(lines, at),
  };
}

/** The first salutation to people; a name list that runs into a role word of the letter body is not one. */
function firstPersonSalutation(text: string): RegExpExecArray | null {
  SALUTATION_RE.lastIndex = 0;
  for (let m = SALUTATION_RE.exec(text); m; m = SALUTATION_RE.exec(text)) {
    if (m[2] !== '代表团') return m;
  }
  return null;
}

function lineOf(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
