// One extracted letter as flat, Neo4j-storable rows: every property is a
// primitive or a list of primitives (Neo4j properties cannot hold maps), and
// every relationship row names the letter that owns it, so a reload of that
// letter can replace exactly its own edges. Evidence is stored as spans into the
// Letter's text (each sentence once, in the text): `substring(l.text, start, end - start)`.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import neo4j, { type Date as CypherDate } from 'neo4j-driver';
import { sentenceCoMentions } from '../graph/comention.js';
import { jurisdictionOfName } from '../identity/places.js';
import type { NodeJurisdiction } from '../identity/nodeJurisdiction.js';
import { proposalKeyOf, sentenceAt } from '../schema.js';
import type { EntityType, LetterRecord, RelationType } from '../schema.js';

/** Node properties of a Letter, `null` for what the letter does not state (SET removes it). */
export type LetterProps = {
  title: string | null;
  docNumber: string | null;
  indexNumber: string | null;
  genre: string | null;
  topics: string[];
  publisher: string | null;
  writtenDate: CypherDate<number> | null;
  publishedDate: CypherDate<number> | null;
  signedDate: CypherDate<number> | null;
  resultClass: string | null;
  proposalKind: string | null;
  proposer: string | null;
  proposerRole: string | null;
  replyingAgency: string | null;
  signer: string | null;
  signerTitle: string | null;
  contactName: string | null;
  contactPhone: string | null;
  encoding: string;
  /** How the text was read (LetterRecord.ingest, flattened: properties cannot hold maps). */
  ingestFormat: string;
  ingestPages: number | null;
  ocrEngine: string | null;
  ocrMeanConfidence: number | null;
  text: string;
  /** A hash of the extracted record (source aside): a reload skips a letter whose record is unchanged. */
  recordHash: string;
};

export type LetterRow = { id: string; sources: string[]; props: LetterProps };

export type ProposalRow = EdgeEvidence & {
  letterId: string;
  key: string;
  kind: string | null;
  number: string | null;
  session: string | null;
  scope: string | null;
  title: string | null;
};

/** An entity node; province, city and county are the places its name starts with (null for names without one). */
export type EntityRow = { label: EntityType; name: string; docNumber: string | null } & NodeJurisdiction;

/** A letter's MENTIONS of one entity, all its mentions folded together. */
export type MentionRow = {
  letterId: string;
  label: EntityType;
  name: string;
  /** The entity's aliases as this letter gives them. */
  aliases: string[];
  /** Spans of the distinct evidence sentences, in text order [start, end, start, end, …]. */
  sentenceSpans: number[];
  /** Every mention's span, flattened [start, end, …]: the mentions' count and forms as written are these spans of the text. */
  spans: number[];
  /** Figures stated for the entity (funds): parallel lists, label '' where none, the span of the sentence stating each, and whether it is a goal. */
  amountTexts: string[];
  amountValues: number[];
  amountUnits: string[];
  amountLabels: string[];
  amountSpans: number[];
  amountTargets: boolean[];
};

/** An ISSUED or MANAGES statement of one letter between two entities. */
export type StatedRelationRow = {
  letterId: string;
  type: 'ISSUED' | 'MANAGES';
  fromLabel: EntityType;
  from: string;
  toLabel: EntityType;
  to: string;
  spans: number[];
};

/** One span per sentence naming both: their count is half its length. */
export type CoMentionRow = {
  letterId: string;
  agency: string;
  policy: string;
  spans: number[];
};

/** The spans of the sentences the extractor gives for a structural edge, where it gives any. */
export type EdgeEvidence = { spans: number[] };

/** Letter-structure edges: ISSUED_BY, CO_HANDLED, SIGNED (person→letter), PROPOSED (person→proposal), REPLIES_TO. */
export type AgencyEdgeRow = EdgeEvidence & { letterId: string; agency: string };
export type SignedRow = EdgeEvidence & { letterId: string; person: string; title: string | null };
export type ProposedRow = EdgeEvidence & { letterId: string; person: string; role: string | null; proposalKey: string };

export type LetterGraph = {
  letter: LetterRow;
  proposals: ProposalRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  issuedBy: AgencyEdgeRow[];
  coHandled: AgencyEdgeRow[];
  signed: SignedRow[];
  proposed: ProposedRow[];
  stated: StatedRelationRow[];
  coMentions: CoMentionRow[];
};

const NO_PLACE: NodeJurisdiction = { province: null, city: null, county: null };

const STATED_TYPES = new Set<RelationType>(['ISSUED', 'MANAGES']);

/** Evidence of the record's structural relations, by type and endpoint keys. */
function structuralEvidence(record: LetterRecord): (type: RelationType, from: string, to: string) => EdgeEvidence {
  const index = new Map<string, EdgeEvidence>();
  for (const r of record.relations) {
    if (STATED_TYPES.has(r.type)) continue;
    const key = JSON.stringify([r.type, r.from.key, r.to.key]);
    let found = index.get(key);
    if (!found) index.set(key, (found = { spans: [] }));
    pushSpan(found.spans, sentenceAt(record, r.evidence));
  }
  return (type, from, to) => index.get(JSON.stringify([type, from, to])) ?? { spans: [] };
}

function pushUnique<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

/** Adds [start, end] to flat spans unless already there. */
function pushSpan(spans: number[], { start, end }: { start: number; end: number }): void {
  for (let i = 0; i + 1 < spans.length; i += 2) if (spans[i] === start && spans[i + 1] === end) return;
  spans.push(start, end);
}

/** YYYY-MM-DD as a Cypher Date (the driver's native type), so dates compare and sort as dates. */
export function cypherDate(text: string | null): CypherDate<number> | null {
  const m = text ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  return m ? new neo4j.types.Date(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** 64 bits (16 hex digits) tell a changed record from its stored version and fit in the property record: a longer string takes a 128-byte record of the string store per letter. */
function recordHash(record: LetterRecord): string {
  return createHash('sha256').update(JSON.stringify({ ...record, source: null })).digest('hex').slice(0, 16);
}

/** Folds one record into rows. Sources are stored resolved, so the same file given two ways is one source. */
export function letterGraph(record: LetterRecord): LetterGraph {
  const letterId = record.id;
  const evidenceOf = structuralEvidence(record);
  const entities = new Map<string, EntityRow>();
  const addEntity = (label: EntityType, name: string, docNumber: string | null = null): void => {
    const key = JSON.stringify([label, name]);
    const known = entities.get(key);
    if (!known) entities.set(key, { label, name, docNumber, ...(jurisdictionOfName(name) ?? NO_PLACE) });
    else if (docNumber !== null && known.docNumber === null) known.docNumber = docNumber;
  };

  // Keyed as the extractor keys them, so its REPLIES_TO/PROPOSED relations (and their evidence) line up.
  const proposals = new Map<string, ProposalRow>();
  for (const p of [record.proposal, ...record.otherProposals]) {
    const key = p && proposalKeyOf(p);
    if (!p || !key || proposals.has(key)) continue;
    const { kind, number, session, title } = p;
    proposals.set(key, { letterId, key, kind, number, session, scope: p.scope ?? null, title, ...evidenceOf('REPLIES_TO', letterId, key) });
  }

  const mentions = new Map<string, MentionRow>();
  for (const entity of record.entities) {
    addEntity(entity.type, entity.name, entity.docNumber ?? null);
    const key = JSON.stringify([entity.type, entity.name]);
    let row = mentions.get(key);
    if (!row) {
      row = {
        letterId,
        label: entity.type,
        name: entity.name,
        aliases: [],
        sentenceSpans: [],
        spans: [],
        amountTexts: [],
        amountValues: [],
        amountUnits: [],
        amountLabels: [],
        amountSpans: [],
        amountTargets: [],
      };
      mentions.set(key, row);
    }
    for (const alias of entity.aliases) if (alias !== entity.name) pushUnique(row.aliases, alias);
    const seenAmounts = new Set<string>();
    for (const mention of [...entity.mentions].sort((a, b) => a.start - b.start)) {
      row.spans.push(mention.start, mention.end);
      const sentence = sentenceAt(record, mention.sentence);
      pushSpan(row.sentenceSpans, sentence);
      for (const amount of mention.amounts) {
        // The same figure read from two mentions in one sentence is one figure.
        const amountKey = JSON.stringify([mention.sentence, amount.text]);
        if (seenAmounts.has(amountKey)) continue;
        seenAmounts.add(amountKey);
        row.amountTexts.push(amount.text);
        row.amountValues.push(amount.value);
        row.amountUnits.push(amount.unit);
        row.amountLabels.push(amount.label ?? '');
        row.amountSpans.push(sentence.start, sentence.end);
        row.amountTargets.push(amount.target === true);
      }
    }
  }

  const issuedBy: AgencyEdgeRow[] = [];
  if (record.replyingAgency) {
    addEntity('Agency', record.replyingAgency);
    issuedBy.push({ letterId, agency: record.replyingAgency, ...evidenceOf('ISSUED_BY', letterId, record.replyingAgency) });
  }
  const coHandled: AgencyEdgeRow[] = [];
  for (const agency of new Set(record.coHandlers)) {
    if (agency === record.replyingAgency) continue;
    addEntity('Agency', agency);
    coHandled.push({ letterId, agency, ...evidenceOf('CO_HANDLED', agency, letterId) });
  }
  const signed: SignedRow[] = [];
  if (record.signer?.name) {
    addEntity('Person', record.signer.name);
    const person = record.signer.name;
    signed.push({ letterId, person, title: record.signer.title, ...evidenceOf('SIGNED', person, letterId) });
  }
  const proposed: ProposedRow[] = [];
  const proposerName = record.proposer?.name ?? null;
  if (proposerName) {
    addEntity('Person', proposerName);
    for (const key of proposals.keys()) {
      const role = record.proposer?.role ?? null;
      proposed.push({ letterId, person: proposerName, role, proposalKey: key, ...evidenceOf('PROPOSED', proposerName, key) });
    }
  }

  // The fields above decide the structural edges; from `relations` they take only evidence, and ISSUED/MANAGES.
  const stated = new Map<string, StatedRelationRow>();
  for (const relation of record.relations) {
    if (!STATED_TYPES.has(relation.type)) continue;
    const { from, to } = relation;
    if (from.label === 'Letter' || from.label === 'Proposal' || to.label === 'Letter' || to.label === 'Proposal') continue;
    addEntity(from.label, from.key);
    addEntity(to.label, to.key);
    const key = JSON.stringify([relation.type, from.label, from.key, to.label, to.key]);
    let row = stated.get(key);
    if (!row) {
      row = {
        letterId,
        type: relation.type as 'ISSUED' | 'MANAGES',
        fromLabel: from.label,
        from: from.key,
        toLabel: to.label,
        to: to.key,
        spans: [],
      };
      stated.set(key, row);
    }
    const evidence = sentenceAt(record, relation.evidence);
    row.spans.push(evidence.start, evidence.end);
  }

  const coMentions = new Map<string, CoMentionRow>();
  for (const { agency, policy, sentence } of sentenceCoMentions(record)) {
    const key = JSON.stringify([agency, policy]);
    let row = coMentions.get(key);
    if (!row) {
      row = { letterId, agency, policy, spans: [] };
      coMentions.set(key, row);
    }
    row.spans.push(sentence.start, sentence.end);
  }

  const meta = record.letter;
  return {
    letter: {
      id: letterId,
      sources: [resolve(record.source)],
      props: {
        title: meta.title,
        docNumber: meta.docNumber,
        indexNumber: meta.indexNumber,
        genre: meta.genre,
        topics: meta.topics,
        publisher: meta.publisher,
        writtenDate: cypherDate(meta.writtenDate),
        publishedDate: cypherDate(meta.publishedDate),
        signedDate: cypherDate(meta.signedDate),
        resultClass: meta.resultClass ?? null,
        proposalKind: record.proposal?.kind ?? null,
        proposer: proposerName,
        proposerRole: record.proposer?.role ?? null,
        replyingAgency: record.replyingAgency,
        signer: record.signer?.name ?? null,
        signerTitle: record.signer?.title ?? null,
        contactName: record.contact?.name ?? null,
        contactPhone: record.contact?.phone ?? null,
        encoding: record.encoding,
        ingestFormat: record.ingest.format,
        ingestPages: record.ingest.pages,
        ocrEngine: record.ingest.ocr?.engine ?? null,
        ocrMeanConfidence: record.ingest.ocr?.meanConfidence ?? null,
        text: record.text,
        recordHash: recordHash(record),
      },
    },
    proposals: [...proposals.values()],
    entities: [...entities.values()],
    mentions: [...mentions.values()],
    issuedBy,
    coHandled,
    signed,
    proposed,
    stated: [...stated.values()],
    coMentions: [...coMentions.values()],
  };
}
