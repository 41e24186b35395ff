// Twins of the text letters and how close a read came to them; no test runner needed (the
// ingest bench prints these figures too).
import { readFileSync } from 'node:fs';
import { normalizeName } from '../../src/eval/normalize.js';
import { extractLetter } from '../../src/extract/index.js';
import { extracted } from '../support/extracted.js';
import { readLetterFile } from '../../src/ingest/index.js';
import type { LetterRecord } from '../../src/schema.js';

export const FORMATS = 'tests/fixtures/ingest/formats';

/** The text originals of the twins in FORMATS, by twin name. */
export const ORIGINALS = {
  'chengdu-103': 'tests/fixtures/letters/103_chengdu_table_signer.txt',
  'chongqing-000': 'examples/letters/000_3c3f08b36a879318.txt',
  'suzhou-116': 'tests/fixtures/letters/116_suzhou_sip_ecology_table.txt',
} as const;

export function extractOriginal(name: keyof typeof ORIGINALS): LetterRecord {
  const source = ORIGINALS[name];
  return extracted(readFileSync(source, 'utf8'), source);
}

export async function extractFile(path: string): Promise<LetterRecord> {
  return extractLetter(await readLetterFile(path));
}

/** The structured fields of a record (everything the parse stage finds). */
export const structure = (r: LetterRecord) => ({
  letter: r.letter,
  proposal: r.proposal,
  otherProposals: r.otherProposals,
  proposer: r.proposer,
  replyingAgency: r.replyingAgency,
  coHandlers: r.coHandlers,
  signer: r.signer,
  contact: r.contact,
});

/** Entities without offsets (a PDF's page-break line moves them): names, aliases, mentions as written. */
export const entityForms = (r: LetterRecord) =>
  r.entities.map((e) => ({ type: e.type, name: e.name, aliases: e.aliases, docNumber: e.docNumber, mentions: e.mentions.map((m) => m.text) }));

const entityKeys = (r: LetterRecord) => new Set(r.entities.map((e) => `${e.type}:${normalizeName(e.name)}`));

/** Share of the original's entities a twin found, and the F1 of the two entity sets (names normalised as `eval` does). */
export function entityAgreement(original: LetterRecord, twin: LetterRecord): { recall: number; f1: number } {
  const a = entityKeys(original);
  const b = entityKeys(twin);
  const common = [...b].filter((k) => a.has(k)).length;
  return { recall: common / a.size, f1: (2 * common) / (a.size + b.size) };
}

/** 1 − (edit distance / original length) over the texts without white space (OCR's line breaks are not errors). */
export function charAccuracy(original: string, read: string): number {
  const a = [...original.replace(/\s+/gu, '')];
  const b = [...read.replace(/\s+/gu, '')];
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return Math.max(0, 1 - row[b.length]! / a.length);
}
