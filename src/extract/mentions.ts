// From seeds (what the finders saw, where) to entities with every mention: each written form
// is searched through the letter, and overlapping candidates keep the longest.
import type { EntityType } from '../schema.js';
import { BitSet } from './literals.js';
import { dropOverlaps } from './names.js';
import { isInnerTitle } from './policies.js';
import type { DraftEntity, DraftMention, SentenceIndex } from './sentences.js';

/** One finding: an entity's canonical name and, when located, where it was written (start -1: not in the body). */
export type Seed = { type: EntityType; name: string; start: number; end: number; aliases: string[]; docNumber?: string | null };

/** Seeds grouped into one entity per (type, canonical name). */
export type EntityDraft = { type: EntityType; name: string; aliases: Set<string>; docNumber: string | null; spans: { start: number; end: number }[] };

// Where two types claim the same stretch of text, the more specific reading wins.
const PRIORITY: Record<EntityType, number> = { Policy: 0, Agency: 1, Person: 2, Fund: 3, Platform: 4, Organization: 5 };

const SEARCHABLE_MIN = 2;
// Quotes, brackets and spaces around or inside a mention are not part of the alias it adds.
const NOT_WRITTEN_IN_ALIAS = /[“”"'‘’《》\s]/g;

/**
 * Searched forms are at least two characters long (SEARCHABLE_MIN): positions are grouped by
 * their first two, packed into one int32 (a small integer for V8, so Map lookups allocate nothing).
 */
const pairAt = (s: string, i: number) => (s.charCodeAt(i) << 16) | s.charCodeAt(i + 1);

// Scratch set for occurrenceFinder, cleared after each use: the hashed first two characters of
// the forms. Most positions are passed over on it; a collision costs a Map lookup. (A bitset, 8 KB,
// stays in the processor's cache as the letter is walked.)
const formPairs = new BitSet(16);
const pairSlot = (s: string, i: number) => (s.charCodeAt(i) * 0x9e37 + s.charCodeAt(i + 1)) & 0xffff;

/**
 * Non-overlapping occurrences of a form in text[from, to). The positions of the forms' first
 * two characters are collected in one pass over the text, so each form is checked only where
 * it can start.
 */
function occurrenceFinder(text: string, from: number, to: number, forms: readonly string[]): (form: string) => number[] {
  const byPair = new Map<number, number[]>();
  for (const f of forms) {
    formPairs.add(pairSlot(f, 0));
    byPair.set(pairAt(f, 0), []);
  }
  for (let i = from, end = Math.min(to, text.length); i < end; i++) {
    if (formPairs.has(pairSlot(text, i))) byPair.get(pairAt(text, i))?.push(i);
  }
  for (const f of forms) formPairs.remove(pairSlot(f, 0));
  return (form) => {
    const out: number[] = [];
    let next = from;
    for (const at of byPair.get(pairAt(form, 0)) ?? []) {
      if (at < next || at + form.length > to || !text.startsWith(form, at)) continue;
      out.push(at);
      next = at + form.length;
    }
    return out;
  };
}

export function collectMentions(text: string, from: number, to: number, drafts: EntityDraft[], sentences: SentenceIndex): DraftEntity[] {
  type Candidate = { draft: number; start: number; end: number; located: boolean };
  const candidates: Candidate[] = [];
  // (Lists built by push, not map and flatMap, whose lists are of several element kinds, one of which
  // first met threw this function's optimised code away: see appendEach in index.ts.)
  const formsOf: Set<string>[] = [];
  const allForms: string[] = [];
  for (const d of drafts) {
    const forms = new Set([d.name, ...d.aliases].filter((f) => f.length >= SEARCHABLE_MIN));
    formsOf.push(forms);
    for (const f of forms) allForms.push(f);
  }
  const occurrences = occurrenceFinder(text, from, to, allForms);
  drafts.forEach((d, i) => {
    for (const s of d.spans) if (s.start >= from && s.end <= to && s.end > s.start) candidates.push({ draft: i, start: s.start, end: s.end, located: true });
    for (const form of formsOf[i]!) {
      for (const at of occurrences(form)) candidates.push({ draft: i, start: at, end: at + form.length, located: false });
    }
  });
  // Longest first; on equal spans, the located finding, then the more specific type.
  const priority: number[] = [];
  for (const d of drafts) priority.push(PRIORITY[d.type]);
  candidates.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      Number(b.located) - Number(a.located) ||
      priority[a.draft]! - priority[b.draft]! ||
      a.start - b.start,
  );
  // Policy titles form their own layer: a body named inside a title (《国务院办公厅关于…》) is still mentioned.
  // So is a title inside a title (《…印发〈关于…的意见〉的通知》): the document the notice issues.
  const isPolicy = (c: Candidate) => drafts[c.draft]!.type === 'Policy';
  const isInner = (c: Candidate) => isPolicy(c) && isInnerTitle(text, c.start, c.end);
  const layers = [candidates.filter((c) => isPolicy(c) && !isInner(c)), candidates.filter(isInner), candidates.filter((c) => !isPolicy(c))];
  const kept = layers.flatMap((layer) => dropOverlaps(layer)).sort((a, b) => a.start - b.start);

  const mentions = new Map<number, DraftMention[]>();
  for (const c of kept) {
    const list = mentions.get(c.draft) ?? [];
    list.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), sentence: sentences.around(c.start, c.end), amounts: [] });
    mentions.set(c.draft, list);
  }
  return drafts.flatMap((d, i): DraftEntity[] => {
    const ms = mentions.get(i) ?? [];
    // An entity whose every candidate lost to a longer name was only part of that name.
    const structural = d.spans.some((s) => s.start < 0);
    if (!ms.length && !structural) return [];
    const written = new Set([...d.aliases, ...ms.map((m) => m.text.replace(NOT_WRITTEN_IN_ALIAS, ''))]);
    written.delete(d.name);
    return [{ type: d.type, name: d.name, aliases: [...written].filter(Boolean).sort(), mentions: ms, ...(d.type === 'Policy' ? { docNumber: d.docNumber } : {}) }];
  });
}
