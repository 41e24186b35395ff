// Dates as the genre writes them: ISO-like header dates, 2024年5月16日, and the
// portals' collapsed signature dates (2023516) that lose their separators.

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** A written date (2024-10-12, 2024/10/12, 2024年10月12日, with or without a time) as YYYY-MM-DD. */
export function parseDate(raw: string): string | null {
  const s = raw.normalize('NFKC');
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(s);
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
