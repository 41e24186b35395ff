// The domain types, defined once. Every stage infers its types from these
// schemas and validates at its boundaries (files in, JSON out, Neo4j in).
import { z } from 'zod';

export const ENTITY_TYPES = ['Agency', 'Policy', 'Fund', 'Platform', 'Person', 'Organization'] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

/** A half-open UTF-16 range into the letter's `text`: `text.slice(start, end)`. */
export const Span = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, { message: 'span end before start' });
export type Span = z.infer<typeof Span>;

/** A span together with the text it covers (kept so consumers need not re-slice). */
export const Evidence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

/** A money or count figure stated for a fund in the mention's clause. */
export const Amount = z.object({
  /** As written, e.g. "2.98亿元", "821个". */
  text: z.string(),
  /** The value in the unit: yuan for money, a plain count otherwise. */
  value: z.number(),
  unit: z.enum(['yuan', 'count']),
  /** The word introducing it where there is one: 规模, 金额, 累计支持项目 … */
  label: z.string().nullable(),
  /** A goal (到2025年底…以上, 力争…), not a figure reached. */
  target: z.literal(true).optional(),
});
export type Amount = z.infer<typeof Amount>;

export const Mention = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Exactly `text.slice(start, end)` of the letter. */
  text: z.string(),
  /** The sentence the mention stands in: an index into the record's `sentences`. */
  sentence: z.number().int().nonnegative(),
  amounts: z.array(Amount).default([]),
});
export type Mention = z.infer<typeof Mention>;

export const Entity = z.object({
  type: EntityType,
  /** Canonical name: full official name for bodies known by a short form. */
  name: z.string().min(1),
  /** Every other form the letter writes, short forms included. */
  aliases: z.array(z.string()),
  mentions: z.array(Mention),
  /** For policies: the document number that follows the title, if any. */
  docNumber: z.string().nullable().optional(),
});
export type Entity = z.infer<typeof Entity>;

export const RELATION_TYPES = [
  'REPLIES_TO',
  'PROPOSED',
  'ISSUED_BY',
  'CO_HANDLED',
  'SIGNED',
  'ISSUED',
  'MANAGES',
] as const;
export const RelationType = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationType>;

export const NODE_LABELS = ['Letter', 'Proposal', ...ENTITY_TYPES] as const;
export const NodeLabel = z.enum(NODE_LABELS);
export type NodeLabel = z.infer<typeof NodeLabel>;

/** A relation endpoint: a node label and its key (canonical name, letter id or proposal key). */
export const NodeRef = z.object({ label: NodeLabel, key: z.string().min(1) });
export type NodeRef = z.infer<typeof NodeRef>;

export const Relation = z.object({
  type: RelationType,
  from: NodeRef,
  to: NodeRef,
  /** The clause or sentence that states the relation: an index into the record's `sentences`. */
  evidence: z.number().int().nonnegative(),
});
export type Relation = z.infer<typeof Relation>;

export const ProposalKind = z.enum(['提案', '建议']);
export const Proposal = z.object({
  kind: ProposalKind.nullable(),
  number: z.string().nullable(),
  title: z.string().nullable(),
  session: z.string().nullable(),
  /**
   * Who raised it, written out in full: the session with its place (市政协六届三次会议 in a Chongqing
   * letter is 重庆市政协六届三次会议), else the replying body and year. Numbers restart in every
   * assembly, so this is what keeps two cities' 第0884号提案 apart.
   */
  scope: z.string().nullable().optional(),
});
export type Proposal = z.infer<typeof Proposal>;

/** A proposal's key across letters: scope (else session), kind and number (else its title); null when neither is known. */
export function proposalKeyOf(proposal: Proposal): string | null {
  if (!proposal.number && !proposal.title) return null;
  return [proposal.scope ?? proposal.session ?? '', proposal.kind ?? '', proposal.number ?? proposal.title ?? ''].join('|');
}

export const LetterMeta = z.object({
  indexNumber: z.string().nullable(),
  docNumber: z.string().nullable(),
  title: z.string().nullable(),
  genre: z.string().nullable(),
  topics: z.array(z.string()),
  publisher: z.string().nullable(),
  writtenDate: z.string().nullable(),
  publishedDate: z.string().nullable(),
  signedDate: z.string().nullable(),
  resultClass: z.string().nullable().optional(),
});
export type LetterMeta = z.infer<typeof LetterMeta>;

export const Proposer = z.object({ name: z.string().nullable(), role: z.string().nullable() });
export const Signer = z.object({ name: z.string().nullable(), title: z.string().nullable() });
export const Contact = z.object({ name: z.string().nullable(), phone: z.string().nullable() });

export const INGEST_FORMATS = ['txt', 'html', 'docx', 'doc', 'pdf', 'image'] as const;

/** How a letter's text was read: the file's format, its pages, and the OCR run for scans. */
export const IngestInfo = z.object({
  format: z.enum(INGEST_FORMATS),
  /** Pages read (PDF, images; Word when the file states it); null for formats without pages. */
  pages: z.number().int().positive().nullable(),
  /** For scans: the engine and its mean word confidence (0–100, as Tesseract reports it). */
  ocr: z.object({ engine: z.string(), meanConfidence: z.number().min(0).max(100) }).nullable(),
});
export type IngestInfo = z.infer<typeof IngestInfo>;

/** One letter, as `lettergraph extract` writes it (one JSON line each). */
export const LetterRecord = z
  .object({
    /** The path the letter was read from, as given. */
    source: z.string(),
    /** Stable key: the index number, else a hash of the normalised content. */
    id: z.string(),
    /** The letter's text after decoding (and HTML-to-text); every span indexes into it. */
    text: z.string(),
    encoding: z.string(),
    ingest: IngestInfo,
    letter: LetterMeta,
    proposal: Proposal.nullable(),
    otherProposals: z.array(Proposal).default([]),
    proposer: Proposer.nullable(),
    replyingAgency: z.string().nullable(),
    coHandlers: z.array(z.string()),
    signer: Signer.nullable(),
    contact: Contact.nullable(),
    /** The evidence sentences, each once, in text order (each at most a few hundred characters). */
    sentences: z.array(Evidence),
    entities: z.array(Entity),
    relations: z.array(Relation),
  })
  .refine(
    (r) => r.entities.every((e) => e.mentions.every((m) => m.sentence < r.sentences.length)) && r.relations.every((x) => x.evidence < r.sentences.length),
    { message: 'a mention or relation points past the sentences' },
  );
export type LetterRecord = z.infer<typeof LetterRecord>;

/** The sentence a mention or relation points at. */
export function sentenceAt(record: Pick<LetterRecord, 'sentences'>, index: number): Evidence {
  const sentence = record.sentences[index];
  if (!sentence) throw new Error(`sentence ${index} is not in the record`);
  return sentence;
}
