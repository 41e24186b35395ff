// Spaces that layout engines put where the text has none. PDF writers (and Tesseract's word
// boxes) separate Han characters from digits and Latin words — `第 123 号`, `2.92 亿元`,
// `高通量 RFID 识别` — and OCR splits Han runs into "words"; the letters' own text has no such
// spaces, and the parsers expect none. Spaces between Latin words stay.

const HAN = String.raw`\p{Script=Han}\u3000-\u303f\uff01-\uff60`;
const LATIN_OR_DIGIT = String.raw`0-9０-９A-Za-z`;

// A run of spaces with Han on one side and a digit or Latin letter on the other.
const HAN_DIGIT_SPACE = new RegExp(String.raw`(?<=[${HAN}])[ \u00a0]+(?=[${LATIN_OR_DIGIT}])|(?<=[${LATIN_OR_DIGIT}%％])[ \u00a0]+(?=[${HAN}])`, 'gu');

/** Removes spaces between Han characters (or CJK punctuation) and digits or Latin letters; Latin text keeps its spaces. */
export function dropHanDigitSpaces(line: string): string {
  return line.replace(HAN_DIGIT_SPACE, '');
}

// Tesseract separates every "word", punctuation included (`签发人 : 赵卫东`, `(一 )`, `1. 8万`):
// in OCR output only a space between two Latin letters or digits is the text's own.
const OCR_SPACE = /(?<![A-Za-z0-9])[ \u00a0]+|[ \u00a0]+(?![A-Za-z0-9])/g;

// Tesseract reads the colon ending a short line (a salutation, a label) as a semicolon; a list
// item's semicolon ends a longer line.
const SHORT_LINE_SEMICOLON = /^(.{1,15}?)[;；]$/u;

/** An OCR line as text: only the spaces between Latin words (and numbers) kept, a short line's final semicolon read as the colon it is. */
export function tidyOcrLine(line: string): string {
  return line.replace(OCR_SPACE, '').replace(SHORT_LINE_SEMICOLON, '$1:');
}
