// Structured-field scoring for one letter: every field the gold states, compared after
// normalisation (lists as sets). A gold `null` object expects each of its subfields null.
import type { LetterRecord } from '../schema.js';
import type { GoldFile, GoldProposal } from './gold.js';
import { normalizeName, normalizeValue } from './normalize.js';

type Value = string | null | readonly string[];

export interface FieldResult {
  field: string;
  expected: Value;
  got: Value | undefined;
  correct: boolean;
}

type Picked = Pick<
  LetterRecord,
  'letter' | 'proposal' | 'otherProposals' | 'proposer' | 'replyingAgency' | 'coHandlers' | 'signer' | 'contact'
>;

function sameScalar(a: string | null, b: string | null | undefined): boolean {
  return normalizeValue(a) === normalizeValue(b ?? null);
}

function setKey(values: readonly string[]): string {
  return [...new Set(values.map(normalizeName))].sort().join('\u0000');
}

function proposalKey(p: GoldProposal): string {
  return [p.kind, p.number, p.title, p.session].map((v) => normalizeValue(v) ?? '').join('\u0001');
}

function proposalsText(ps: readonly GoldProposal[]): string[] {
  return ps.map((p) => `${p.kind ?? '?'} ${p.number ?? '?'} ${p.title ?? '?'} @ ${p.session ?? '?'}`);
}

function sub<T extends object, K extends keyof T>(obj: T | null | undefined, key: K): T[K] | null {
  return obj ? obj[key] : null;
}

/** Scores `pred` against `gold`; `pred === null` (extraction failed) gets every field wrong. */
export function scoreFields(gold: GoldFile, pred: Picked | null): FieldResult[] {
  const results: FieldResult[] = [];
  const scalar = (field: string, expected: string | null, got: string | null | undefined) =>
    results.push({ field, expected, got: pred ? got ?? null : undefined, correct: pred !== null && sameScalar(expected, got) });
  const set = (field: string, expected: readonly string[], got: readonly string[] | undefined) =>
    results.push({
      field,
      expected,
      got: pred ? got ?? [] : undefined,
      correct: pred !== null && setKey(expected) === setKey(got ?? []),
    });

  const gl = gold.letter;
  const pl = pred?.letter;
  scalar('letter.indexNumber', gl.indexNumber, pl?.indexNumber);
  scalar('letter.docNumber', gl.docNumber, pl?.docNumber);
  scalar('letter.title', gl.title, pl?.title);
  scalar('letter.genre', gl.genre, pl?.genre);
  set('letter.topics', gl.topics, pl?.topics);
  scalar('letter.publisher', gl.publisher, pl?.publisher);
  scalar('letter.writtenDate', gl.writtenDate, pl?.writtenDate);
  scalar('letter.publishedDate', gl.publishedDate, pl?.publishedDate);
  scalar('letter.signedDate', gl.signedDate, pl?.signedDate);
  if (gl.resultClass !== undefined) scalar('letter.resultClass', gl.resultClass, pl?.resultClass);

  for (const key of ['kind', 'number', 'title', 'session'] as const)
    scalar(`proposal.${key}`, sub(gold.proposal, key), sub(pred?.proposal, key));
  for (const key of ['name', 'role'] as const)
    scalar(`proposer.${key}`, sub(gold.proposer, key), sub(pred?.proposer, key));
  scalar('replyingAgency', gold.replyingAgency, pred?.replyingAgency);
  set('coHandlers', gold.coHandlers, pred?.coHandlers);
  for (const key of ['name', 'title'] as const) scalar(`signer.${key}`, sub(gold.signer, key), sub(pred?.signer, key));
  for (const key of ['name', 'phone'] as const)
    scalar(`contact.${key}`, sub(gold.contact, key), sub(pred?.contact, key));

  if (gold.otherProposals !== undefined) {
    const expected = gold.otherProposals ?? [];
    const got = pred?.otherProposals ?? [];
    results.push({
      field: 'otherProposals',
      expected: proposalsText(expected),
      got: pred ? proposalsText(got) : undefined,
      correct:
        pred !== null &&
        [...expected.map(proposalKey)].sort().join('\u0002') === [...got.map(proposalKey)].sort().join('\u0002'),
    });
  }
  return results;
}
