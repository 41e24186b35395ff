// A record read through a letter's simplified reading (src/parse/readingText.ts), put back on the
// text as written: spans and their texts point into the written text, fields read from the text are
// as written, and every written form of an entity is one of its aliases. Canonical names of bodies,
// policies and the like, the replying body and co-handlers stay simplified (they are names, not
// quotations); a person is named as written, without a mirror's pinyin.
import { asWritten, withoutPinyin, writtenRange, type ReadingText } from '../parse/readingText.js';
import type { LetterRecord } from '../schema.js';

export function onWrittenText(record: LetterRecord, written: string, reading: ReadingText): LetterRecord {
  const span = <T extends { start: number; end: number; text: string }>(s: T): T => {
    const [start, end] = writtenRange(reading, s.start, s.end);
    return { ...s, start, end, text: written.slice(start, end) };
  };
  const as = (value: string | null) => (value === null ? null : asWritten(reading, written, value));
  // A person is named as written, without the pinyin after the characters.
  const person = (value: string | null) => (value === null ? null : withoutPinyin(asWritten(reading, written, value)));
  const { letter, proposal, proposer, signer, contact } = record;
  return {
    ...record,
    text: written,
    letter: {
      ...letter,
      indexNumber: as(letter.indexNumber),
      docNumber: as(letter.docNumber),
      title: as(letter.title),
      genre: as(letter.genre),
      topics: letter.topics.map((t) => as(t)!),
      publisher: as(letter.publisher),
    },
    proposal: proposal && { ...proposal, title: as(proposal.title), session: as(proposal.session) },
    // A role is a word of the schema's vocabulary (委员, 代表), not a quotation.
    proposer: proposer && { name: person(proposer.name), role: proposer.role },
    signer: signer && { name: person(signer.name), title: as(signer.title) },
    contact: contact && { ...contact, name: person(contact.name) },
    sentences: record.sentences.map(span),
    entities: record.entities.map((e) => {
      const name = e.type === 'Person' ? person(e.name)! : e.name;
      const mentions = e.mentions.map(span);
      const writtenForms = mentions.map((m) => m.text).filter((t) => t !== name && !e.aliases.includes(t));
      return { ...e, name, aliases: [...e.aliases, ...new Set(writtenForms)], mentions };
    }),
  };
}
