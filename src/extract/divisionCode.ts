// The place a portal's index number names: its body's division code (330702000000/2023-00126, 金华市婺城区) or,
// where the index number opens with the body's unified social credit code, the place that registered it
// (113708307574765290: 370830, 济宁市汶上县). A code the table does not know names nothing.
import table from '../../data/division-codes.json' with { type: 'json' };

const PLACE_BY_CODE: ReadonlyMap<string, string> = new Map(Object.entries(table.codes));
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const CREDIT_CODE_RE = /^([0-9A-HJ-NPQRTUWXY]{18})(?![0-9A-Z])/u;
// A statistics code: the county's six digits, then its town's and village's, zero for the county's own bodies.
const STATS_CODE_RE = /^(\d{6})0{6}(?!\d)/u;

/** Does an 18-character code carry its check character (GB 32100-2015)? Index numbers that only look like one do not. */
function isCreditCode(code: string): boolean {
  const sum = CREDIT_WEIGHTS.reduce((s, w, i) => s + CREDIT_CHARS.indexOf(code.charAt(i)) * w, 0);
  return CREDIT_CHARS.charAt((31 - (sum % 31)) % 31) === code.charAt(17);
}

// A place's level word, dropped where its name stays two characters or more (婺城区 → 婺城, 广州市 → 广州).
const LEVEL_WORD_RE = /(?<=\p{Script=Han}{2})(?:自治县|自治州|自治区|特别行政区|省|市|区|县|旗|州|盟)$/u;

/** The place's own name (婺城 of 金华市婺城区): what its code adds to its parent's place, without its level word. */
function ownName(code: string, place: string): string {
  const parent = [`${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`].map((c) => (c === code ? undefined : PLACE_BY_CODE.get(c))).find((p) => p && place.startsWith(p) && p !== place);
  return place.slice(parent?.length ?? 0).replace(LEVEL_WORD_RE, '');
}

/**
 * The place (金华市婺城区, 广州市, 浙江省) the index number's division or credit code names, or null. A body's
 * credit code is not always registered where it works (广德市's bureaus hold codes of 341723), so the place
 * counts only where the page names it too (优学婺城), or where nothing else places the letter (`alone`: a city
 * bureau's page that writes only 市委, 市政府).
 */
export function placeOfIndexNumber(indexNumber: string | null, page: string, alone = false): string | null {
  if (!indexNumber) return null;
  const number = indexNumber.trim();
  const credit = CREDIT_CODE_RE.exec(number)?.[1];
  const code = credit && isCreditCode(credit) ? credit.slice(2, 8) : STATS_CODE_RE.exec(number)?.[1];
  const place = code ? PLACE_BY_CODE.get(code) : undefined;
  return place && (alone || page.includes(ownName(code!, place))) ? place : null;
}
