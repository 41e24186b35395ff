// The attribute shapes of the letter graph: what `lettergraph build` writes into graph.json
// and what the viewer reads. Plain JSON-serialisable data only.
import type { AbstractGraph } from 'graphology-types';
import type { NodeJurisdiction } from '../identity/nodeJurisdiction.js';
import type { Amount, Evidence, IngestInfo, LetterMeta, NodeLabel, Proposal, RelationType } from '../schema.js';

/** Node types are the schema's node labels. */
export type NodeType = NodeLabel;

/** Edge types: the schema's relations, plus a letter mentioning an entity, an agency–policy co-mention and a body's successor (data/renamed-bodies.json). */
export const EDGE_TYPES = ['MENTIONS', 'CO_MENTIONED', 'REPLIES_TO', 'PROPOSED', 'ISSUED_BY', 'CO_HANDLED', 'SIGNED', 'ISSUED', 'MANAGES', 'RENAMED_TO'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];
export type StatedRelation = RelationType;

/** A sentence (span into the letter's text) that supports an edge. */
export type EdgeEvidence = Evidence & {
  letterId: string;
  /** For MENTIONS: where the name stands in the letter text (absolute offsets). */
  mention?: { start: number; end: number };
  /** For MENTIONS of funds: figures stated in the mention's clause. */
  amounts?: Amount[];
};

/** A mention in a letter's full text, linked to the node it names. */
export type TextMention = { start: number; end: number; node: string };

export type LetterData = {
  id: string;
  /** Every path the letter was read from (duplicates collapse into one node). */
  sources: string[];
  /** The date used to order and filter letters: signed, else written, else published. */
  date: string | null;
  kind: Proposal['kind'];
  meta: LetterMeta;
  proposal: Proposal | null;
  proposer: { name: string | null; role: string | null } | null;
  replyingAgency: string | null;
  /** The province (or municipality) of the replying body, else of the session. */
  province: string | null;
  coHandlers: string[];
  signer: { name: string | null; title: string | null } | null;
  /** How the text was read: format, pages, OCR. */
  ingest: IngestInfo;
  text: string;
  mentions: TextMention[];
};

export type { NodeJurisdiction } from '../identity/nodeJurisdiction.js';

export type NodeAttributes = {
  type: NodeType;
  label: string;
  /** In the viewer: empty until details.json has been merged. */
  aliases: string[];
  x: number;
  y: number;
  size: number;
  color: string;
  /** Agencies and policies with ISSUED or co-mention links: their position in the policy–agency view, which has its own layout. */
  px?: number;
  py?: number;
  /** Letter nodes only (in the viewer: once details.json has been merged). */
  letter?: LetterData;
  /** Entities and proposals: where they belong (in the viewer: once details.json has been merged). */
  jurisdiction?: NodeJurisdiction;
};

export type EdgeAttributes = {
  type: EdgeType;
  /** Evidence count: mentions, sentences or statements. */
  weight: number;
  size: number;
  color: string;
  /** Empty when the edge comes from a letter's header or salutation fields rather than a sentence
   * (and in the viewer until details.json has been merged). */
  evidence: EdgeEvidence[];
};

export type GraphAttributes = {
  /** Node type → colour, for the legend. */
  typeColors: Record<string, string>;
  edgeColors: Record<string, string>;
  /** Earliest and latest letter date, when any letter is dated. */
  dateRange: [string, string] | null;
};

export type LetterGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** graph.json: a graphology serialisation with what the first paint needs. Edges have no key: it is edgeKey(type, source, target). */
export type PaintNode = Pick<NodeAttributes, 'type' | 'label' | 'x' | 'y' | 'size' | 'color' | 'px' | 'py'>;
export type PaintEdge = Pick<EdgeAttributes, 'type' | 'weight'>;
export type PaintGraph = {
  options: { type: 'directed'; multi: true; allowSelfLoops: false };
  attributes: GraphAttributes & { detailsId: string };
  nodes: { key: string; attributes: PaintNode }[];
  edges: { source: string; target: string; attributes: PaintEdge }[];
};

/** details.json: what the panel needs, fetched after the first paint. `edges` follows graph.json's edge order. */
export type GraphDetails = {
  /** Equals graph.json's attributes.detailsId when both come from the same build. */
  id: string;
  nodes: Record<string, { aliases: string[]; letter?: LetterData; jurisdiction?: NodeJurisdiction }>;
  edges: StoredEvidence[][];
};

/** Evidence in details.json: without its text when that is the letter's text between start and end (it nearly always is). */
export type StoredEvidence = Omit<EdgeEvidence, 'text'> & { text?: string };
