// Policy–agency co-mention: an Agency and a Policy named in the same sentence.
// Computed here, once, so the viewer and Neo4j see the same links.
import { sentenceAt, type Evidence, type LetterRecord } from '../schema.js';

export type CoMention = {
  agency: string;
  policy: string;
  letterId: string;
  /** The sentence both stand in. */
  sentence: Evidence;
};

/** Every (agency, policy, sentence) triple of one letter, each sentence once per pair. */
export function sentenceCoMentions(record: LetterRecord): CoMention[] {
  const bySentence = new Map<number, { sentence: Evidence; agencies: Set<string>; policies: Set<string> }>();
  for (const entity of record.entities) {
    if (entity.type !== 'Agency' && entity.type !== 'Policy') continue;
    for (const mention of entity.mentions) {
      let slot = bySentence.get(mention.sentence);
      if (!slot) {
        slot = { sentence: sentenceAt(record, mention.sentence), agencies: new Set(), policies: new Set() };
        bySentence.set(mention.sentence, slot);
      }
      (entity.type === 'Agency' ? slot.agencies : slot.policies).add(entity.name);
    }
  }
  const out: CoMention[] = [];
  for (const { sentence, agencies, policies } of [...bySentence.values()].sort((a, b) => a.sentence.start - b.sentence.start)) {
    for (const agency of agencies) {
      for (const policy of policies) out.push({ agency, policy, letterId: record.id, sentence });
    }
  }
  return out;
}

export type CoMentionLink = {
  agency: string;
  policy: string;
  /** How many sentences, across letters, name both. */
  weight: number;
  sentences: (Evidence & { letterId: string })[];
};

/** Aggregates co-mentions across letters into weighted links. */
export function aggregateCoMentions(records: Iterable<LetterRecord>): CoMentionLink[] {
  const links = new Map<string, CoMentionLink>();
  for (const record of records) {
    for (const { agency, policy, letterId, sentence } of sentenceCoMentions(record)) {
      const key = JSON.stringify([agency, policy]);
      let link = links.get(key);
      if (!link) {
        link = { agency, policy, weight: 0, sentences: [] };
        links.set(key, link);
      }
      link.weight += 1;
      link.sentences.push({ ...sentence, letterId });
    }
  }
  return [...links.values()];
}
