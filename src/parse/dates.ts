// Dates as the genre writes them: ISO-like header dates, 2024年5月16日, and the
// portals' collapsed signature dates (2023516) that lose their separators.

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days ? `${y}-${pad(m)}-${pad(d)}` : null;
}

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, Ｏ: 0, O: 0, '0': 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
// Years in Chinese numerals, with the zero written any of its ways (二〇二四, 二○二四, 二0一七).
const CN_YEAR = '[〇○零0一二三四五六七八九ＯO]{4}';
const CN_DAY = '[一二三四五六七八九十]{1,3}';
/** Dates written in Chinese numerals, as formal documents often do: 二〇二三年五月十六日. */
export const CN_DATE = `${CN_YEAR}\\s*年\\s*${CN_DAY}\\s*月\\s*${CN_DAY}\\s*日`;
const CN_DATE_RE = new RegExp(`^(${CN_YEAR})\\s*年\\s*(${CN_DAY})\\s*月\\s*(${CN_DAY})\\s*日`, 'u');

/** 十二 → 12, 二十六 → 26, 十 → 10, 五 → 5. */
function cnNumber(s: string): number {
  const ten = s.indexOf('十');
  if (ten === -1) return CN_DIGIT[s] ?? NaN;
  const tens = ten === 0 ? 1 : (CN_DIGIT[s.slice(0, ten)] ?? NaN);
  const ones = ten === s.length - 1 ? 0 : (CN_DIGIT[s.slice(ten + 1)] ?? NaN);
  return tens * 10 + ones;
}

const TIME_OF_DAY_RE = /\s+\d{1,2}:\d{2}(?::\d{2})?/gu;

/** A written date (2024-10-12, 2024/10/12, 2024年10月12日, 二〇二四年十月十二日, with or without a time) as YYYY-MM-DD. */
export function parseDate(raw: string): string | null {
  const cn = CN_DATE_RE.exec(raw.trim());
  if (cn) return validDate(Number([...cn[1]!].map((c) => CN_DIGIT[c]).join('')), cnNumber(cn[2]!), cnNumber(cn[3]!));
  // Spaces inside the year ("20 20 年") and a dropped 年 ("20246月14") are the portals' losses; a time of
  // day after the date (2021-7-8 9:18:07) is not joined to it.
  const s = raw.normalize('NFKC').replace(TIME_OF_DAY_RE, '').replace(/(?<=\d)\s+(?=\d)/g, '');
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(s) ?? /(\d{4})(\d{1,2})月(\d{1,2})/.exec(s);
  if (!m) return null;
  return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * A collapsed date such as "2023516" or "202463": read only when exactly one split into
 * month and day gives a valid date not after `notAfter` (the publication date), else null.
 */
export function parseCollapsedDate(digits: string, notAfter: string | null): string | null {
  if (!/^\d{6,8}$/.test(digits)) return null;
  const y = Number(digits.slice(0, 4));
  const rest = digits.slice(4);
  const readings = new Set<string>();
  for (let cut = 1; cut < rest.length; cut++) {
    const mm = rest.slice(0, cut);
    const dd = rest.slice(cut);
    if (mm.length > 2 || dd.length > 2) continue;
    const date = validDate(y, Number(mm), Number(dd));
    if (date && (!notAfter || date <= notAfter)) readings.add(date);
  }
  return readings.size === 1 ? [...readings][0]! : null;
}

/** A year typed with letters for digits (20l6年, 2O19年: OCR and hand-typed pages) written with digits. */
export function withYearDigits(line: string): string {
  return line.replace(/(?<![A-Za-z\d])[12][\dOolI]{3}(?=[\s\u3000]*年)/gu, (y) => {
    const digits = y.replace(/[lI]/gu, '1').replace(/[Oo]/gu, '0');
    return /^(?:19|20)/u.test(digits) ? digits : y;
  });
}
