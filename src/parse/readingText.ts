// Mirror sites republish letters in traditional script, some with the pinyin of a character in
// brackets after it (興隆臺(tái)區(qū)). The rules and tables read simplified script, so such a letter
// is read through a simplified copy without the pinyin; every span and field is then mapped back to
// the text as written.
import { Converter } from 'opencc-js/t2cn';

export type ReadingText = {
  /** The simplified text without pinyin, what parse and extract read. */
  text: string;
  /** Where each character of `text` stands in the written text (one more entry: its length). */
  written: number[];
};

// Characters common in government letters whose simplified form differs. A letter in traditional
// script has several of them; a portal page in simplified script may have one in its menu (繁體版).
const TRADITIONAL_HINT = '關於區縣會議復辦發機構體農業務們為這國時從來說對經濟與參華屬實';
const TRADITIONAL_MIN = 3;
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
// Pinyin in brackets has a tone mark: "(tái)", not "(A)".
const PINYIN_SOURCE = `[(（][a-zü]*[${TONED}][a-zü${TONED}]*[)）]`;
const PINYIN = new RegExp(PINYIN_SOURCE, 'gu');
// Per UTF-16 code unit: 1 for a traditional hint, 2 for a bracket that may open pinyin. One pass of
// table reads over a letter (a regex over the same text cost 3 % of extraction time).
const HINT = 1;
const BRACKET = 2;
const marks = new Uint8Array(0x10000);
for (const ch of TRADITIONAL_HINT) marks[ch.charCodeAt(0)] = HINT;
for (const ch of '(（') marks[ch.charCodeAt(0)] = BRACKET;
const PINYIN_AT = new RegExp(PINYIN_SOURCE, 'uy');

let simplifiedOf: Map<string, string> | null = null;

/** Traditional → simplified, character by character (so offsets survive): built once, on first need. */
function table(): Map<string, string> {
  if (simplifiedOf) return simplifiedOf;
  const convert = Converter({ from: 't', to: 'cn' });
  const chars: string[] = [];
  for (let c = 0x3400; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
  const converted = convert(chars.join('\n')).split('\n');
  simplifiedOf = new Map();
  chars.forEach((ch, i) => {
    const s = converted[i];
    // Characters whose simplified form lies outside the BMP are kept: rare, and they would shift offsets.
    if (s && s !== ch && s.length === 1) simplifiedOf!.set(ch, s);
  });
  return simplifiedOf;
}

/** Whether a text has pinyin after a character or several different traditional characters. */
function needsReading(written: string): boolean {
  const seen = new Set<number>();
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    const mark = marks[c];
    if (mark === HINT) {
      seen.add(c);
      if (seen.size >= TRADITIONAL_MIN) return true;
    } else if (mark === BRACKET) {
      PINYIN_AT.lastIndex = i;
      if (PINYIN_AT.test(written)) return true;
    }
  }
  return false;
}

/** The simplified reading of a letter in traditional script or with pinyin after characters; null when the text is read as it is. */
export function readingText(written: string): ReadingText | null {
  if (!needsReading(written)) return null;
  const pinyin = [...written.matchAll(PINYIN)].filter((m) => /\p{Script=Han}/u.test(written.charAt(m.index - 1)));
  const map = table();
  const positions: number[] = [];
  let text = '';
  let next = 0;
  const copy = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const ch = written.charAt(i);
      text += map.get(ch) ?? ch;
      positions.push(i);
    }
  };
  for (const m of pinyin) {
    copy(next, m.index);
    next = m.index + m[0].length;
  }
  copy(next, written.length);
  positions.push(written.length);
  return text === written ? null : { text, written: positions };
}

/** The written range of reading[start, end), with the pinyin written after its last character. */
export function writtenRange(reading: ReadingText, start: number, end: number): [number, number] {
  return [reading.written[start]!, end > start ? reading.written[end]! : reading.written[start]!];
}

/** A name as the letter writes it, without the pinyin a mirror puts after its characters (王捍國(guó) → 王捍國). */
export const withoutPinyin = (name: string): string => name.replace(PINYIN, '');

/** A value read from the simplified text as the letter writes it: the written span of its first occurrence, else unchanged. */
export function asWritten(reading: ReadingText, written: string, value: string): string {
  const at = reading.text.indexOf(value);
  if (value === '' || at < 0) return value;
  const [start, end] = writtenRange(reading, at, at + value.length);
  return written.slice(start, end);
}
