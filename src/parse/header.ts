// The portal's metadata block above the letter: bracket style ("[ 索引号 ] …"), `|` tables,
// "label: value" and "label value" lines, and unlabelled bullet lists in a fixed order.
import headerTable from '../../data/header-labels.json' with { type: 'json' };
import { parseDate } from './dates.js';

export type HeaderField =
  | 'indexNumber' | 'docNumber' | 'topics' | 'genre' | 'publisher' | 'writtenDate' | 'publishedDate'
  | 'proposalTitle' | 'hostAgency' | 'coHandlers' | 'resultClass' | 'signer' | 'signerLead' | 'ignore';

export type HeaderValues = Partial<Record<Exclude<HeaderField, 'ignore'>, string>>;

const LABELS = headerTable.labels as Record<string, HeaderField>;
// Labels may be written with spaces between characters ("类 别"); longest first so 成文日期 wins over 日期.
const labelSource = Object.keys(LABELS)
  .sort((a, b) => b.length - a.length)
  .map((l) => [...l].map((c) => c.replace(/[()]/g, '\\$&')).join('\\s*'))
  .join('|');
// A label counts when bracketed, or followed by a colon, or standing at the line start / after a
// cell separator followed by white space (the "索引号 001…/2024-1 主题分类 农业" style).
const LABEL_RE = new RegExp(
  `[\\[【]\\s*(${labelSource})\\s*[\\]】]|(?<![\\p{Script=Han}])(${labelSource})\\s*[:：]|(?:^|(?<=[\\s|]))(${labelSource})(?=\\s)`,
  'gu',
);
const BULLET_RE = /^\s*[•·●▪◆■]\s*(.+?)\s*$/;
const INDEX_NUMBER_RE = /^[0-9A-Za-z-]*\/\d{4}-\d+$/;

function labelField(raw: string): HeaderField {
  return LABELS[raw.replace(/\s+/g, '')] ?? 'ignore';
}

function cleanValue(v: string): string {
  return v.replace(/[|]/g, ' ').replace(/^[\s:：\]】]+|[\s:：\[【]+$/g, '').trim();
}

/** Fields found in `lines` (the header zone); the first non-empty value of each field wins. */
export function parseHeaderLines(lines: string[]): HeaderValues {
  const out: HeaderValues = {};
  const bullets: string[] = [];
  const set = (field: HeaderField, value: string) => {
    if (field === 'ignore' || !value || out[field] !== undefined) return;
    out[field] = value;
  };
  for (const line of lines) {
    const bullet = BULLET_RE.exec(line);
    if (bullet) {
      bullets.push(bullet[1]!);
      continue;
    }
    const hits = [...line.matchAll(LABEL_RE)];
    hits.forEach((hit, i) => {
      const label = hit[1] ?? hit[2] ?? hit[3] ?? '';
      const valueEnd = i + 1 < hits.length ? hits[i + 1]!.index : line.length;
      set(labelField(label), cleanValue(line.slice(hit.index + hit[0].length, valueEnd)));
    });
  }
  // Unlabelled bullet lists (index number first): each value is read by its shape, since
  // portals differ in which fields they list.
  if (bullets.length && INDEX_NUMBER_RE.test(bullets[0]!)) {
    for (const value of bullets) set(bulletField(value, out), value);
  }
  return out;
}

const DOC_NUMBER_SHAPE = /[〔\[［﹝【]\d{4}[〕\]］﹞】]/u;
const DATE_SHAPE = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/u;
const BODY_SHAPE = /(?:局|委|厅|办|政府|委员会|中心|办公室)$/u;
const GENRE_SHAPE = /办理|提案|建议|公文|通知|函/u;

function bulletField(value: string, seen: HeaderValues): HeaderField {
  if (INDEX_NUMBER_RE.test(value)) return 'indexNumber';
  if (DOC_NUMBER_SHAPE.test(value)) return 'docNumber';
  if (DATE_SHAPE.test(value)) return seen.writtenDate === undefined ? 'writtenDate' : 'publishedDate';
  if (BODY_SHAPE.test(value)) return 'publisher';
  if (GENRE_SHAPE.test(value)) return 'genre';
  return 'topics';
}

export function splitTopics(value: string | undefined): string[] {
  if (!value) return [];
  return value.split(/[、,，;；\s]+/).map((t) => t.trim()).filter(Boolean);
}

export function headerDate(value: string | undefined): string | null {
  return value ? parseDate(value) : null;
}
