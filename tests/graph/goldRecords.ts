// Test fixture: LetterRecords made from the gold annotations and the sample letter texts,
// so graph building is tested on known entities whatever state the extractor is in.
// Mentions are every occurrence of a name or alias; a sentence ends at 。！？ or a line break.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GoldFile } from '../../src/eval/gold.js';
import { listSentences, type DraftEntity, type DraftMention, type DraftRelation } from '../../src/extract/sentences.js';
import type { Evidence, LetterRecord } from '../../src/schema.js';
import { goldFields } from '../eval/helpers.js';

export const LETTERS_DIR = 'examples/letters';
const GOLD_DIR = 'tests/gold';

function sentenceAround(text: string, at: number): Evidence {
  const isEnd = (c: string | undefined) => c === '。' || c === '！' || c === '？' || c === '\n';
  let start = at;
  while (start > 0 && !isEnd(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !isEnd(text[end])) end++;
  if (end < text.length && text[end] !== '\n') end++;
  return { start, end, text: text.slice(start, end) };
}

function findMentions(text: string, forms: string[]): DraftMention[] {
  const taken: DraftMention[] = [];
  // Longest form first, so a short alias inside a long name is not counted twice.
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) {
      const end = i + form.length;
      if (taken.some((m) => i < m.end && end > m.start)) continue;
      taken.push({ start: i, end, text: form, sentence: sentenceAround(text, i), amounts: [] });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

export function goldRecord(name: string, source = join(LETTERS_DIR, `${name}.txt`)): LetterRecord {
  const gold = GoldFile.parse(JSON.parse(readFileSync(join(GOLD_DIR, `${name}.gold.json`), 'utf8')));
  const text = readFileSync(join(LETTERS_DIR, `${name}.txt`), 'utf8');
  const entities: DraftEntity[] = gold.entities.map((e) => ({
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    mentions: findMentions(text, [e.name, ...e.aliases]),
  }));
  const typeOf = new Map(entities.map((e) => [e.name, e.type]));
  const relations: DraftRelation[] = gold.relations.flatMap((r) => {
    const fromType = typeOf.get(r.from);
    const toEntity = entities.find((e) => e.name === r.to);
    const at = toEntity?.mentions[0];
    if (!fromType || !toEntity || !at) return [];
    return [{ type: r.type, from: { label: fromType, key: r.from }, to: { label: toEntity.type, key: r.to }, evidence: at.sentence }];
  });
  return {
    source,
    id: gold.letter.indexNumber ?? name,
    text,
    encoding: 'utf-8',
    ingest: { format: 'txt', pages: null, ocr: null },
    ...goldFields(gold),
    ...listSentences(entities, relations),
  };
}

export function sampleNames(): string[] {
  return readdirSync(LETTERS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
}

export function goldRecords(): LetterRecord[] {
  return sampleNames().map((n) => goldRecord(n));
}
