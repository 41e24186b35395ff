// What a Word, PDF or scanned twin must share with its text original.
import { expect } from 'vitest';
import type { LetterRecord } from '../../src/schema.js';

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

/** Every span indexes into the record's text. */
export function expectSpansInText(r: LetterRecord): void {
  for (const e of r.entities) {
    for (const m of e.mentions) {
      expect(r.text.slice(m.start, m.end)).toBe(m.text);
      expect(r.text.slice(m.sentence.start, m.sentence.end)).toBe(m.sentence.text);
    }
  }
}
