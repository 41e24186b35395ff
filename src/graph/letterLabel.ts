// Letter labels a reader can tell apart: replying body (short form), year, kind and number,
// e.g. 重庆市科技局 2025 提案0884. Never the letter's id (a hash when it has no index number).
import { basename } from 'node:path';
import { bodyByForm } from '../extract/gazetteer.js';
import type { LetterRecord } from '../schema.js';

/** Template suffix (科学技术局 of {J}科学技术局) → its shortest written form of two characters or more (科技局; 府 of 区府 reads as nothing alone). */
const shortestForm: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [form, template] of bodyByForm) {
    if (!template.startsWith('{J}') || template.includes('{P}') || form.length < 2) continue;
    const suffix = template.slice('{J}'.length);
    const known = map.get(suffix);
    if (!known || form.length < known.length) map.set(suffix, form);
  }
  return map;
})();

/** 重庆市科学技术局 → 重庆市科技局; a name no local template covers stays as it is. */
export function shortBodyName(full: string): string {
  let best: string | null = null;
  for (const suffix of shortestForm.keys()) {
    if (full.length > suffix.length && full.endsWith(suffix) && (!best || suffix.length > best.length)) best = suffix;
  }
  return best ? full.slice(0, -best.length) + shortestForm.get(best)! : full;
}

export function letterDate(r: LetterRecord): string | null {
  return r.letter.signedDate ?? r.letter.writtenDate ?? r.letter.publishedDate;
}

const TITLE_CHARS = 18;

/** What the letter answers: kind and number, else its document number, its title, the proposal's
 * title or proposer, and only when it has none of these, its file name. */
function subject(r: LetterRecord): string {
  const p = r.proposal;
  if (p?.number) return `${p.kind ?? ''}${p.number}`;
  if (r.letter.docNumber) return r.letter.docNumber;
  if (r.letter.title) return r.letter.title.slice(0, TITLE_CHARS);
  if (p?.title) return `${p.kind ?? ''}《${p.title.slice(0, TITLE_CHARS)}》`;
  if (r.proposer?.name) return `${r.proposer.name}${r.proposer.role ?? ''}${p?.kind ?? ''}`;
  return basename(r.source);
}

function baseLabel(r: LetterRecord): string {
  // Who answered: the replying body, else the session the proposal was made at.
  const who = r.replyingAgency ? shortBodyName(r.replyingAgency) : (r.proposal?.session ?? null);
  const parts = [who, letterDate(r)?.slice(0, 4) ?? null, subject(r)];
  return parts.filter((s): s is string => !!s).join(' ');
}

/** Labels for letters with distinct ids. Letters sharing a label get, in date then id order, their date
 * (when that tells them apart) or a running number, so no two labels are equal and a rebuild gives the same ones. */
export function letterLabels(records: readonly LetterRecord[]): Map<string, string> {
  const groups = new Map<string, LetterRecord[]>();
  for (const r of records) {
    const label = baseLabel(r);
    groups.set(label, [...(groups.get(label) ?? []), r]);
  }
  const out = new Map<string, string>();
  const taken = new Set(groups.keys());
  for (const [label, group] of groups) {
    if (group.length === 1) {
      out.set(group[0]!.id, label);
      continue;
    }
    group.sort((a, b) => (letterDate(a) ?? '').localeCompare(letterDate(b) ?? '') || a.id.localeCompare(b.id));
    const dates = group.map((r) => letterDate(r));
    const datesDiffer = new Set(dates).size === group.length && dates.every((d) => d !== null);
    group.forEach((r, i) => {
      let candidate = datesDiffer ? `${label} (${dates[i]})` : `${label} (${i + 1})`;
      for (let n = i + 2; taken.has(candidate); n++) candidate = `${label} (${n})`;
      taken.add(candidate);
      out.set(r.id, candidate);
    });
  }
  return out;
}
