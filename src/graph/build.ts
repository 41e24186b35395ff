// Letter records → one graphology graph. Letters, proposals and entities become nodes;
// every edge keeps the sentences it rests on so a reader can check it.
import { MultiDirectedGraph } from 'graphology';
import { proposalKeyOf, sentenceAt, type LetterRecord, type NodeRef, type Proposal } from '../schema.js';
import { renamedPairs } from '../identity/successions.js';
import { aggregateCoMentions } from './comention.js';
import { jurisdictionOfName, sharedJurisdiction } from '../identity/places.js';
import { edgeKey, edgeSize, nodeKey } from './keys.js';
import { letterDate, letterLabels } from './letterLabel.js';
import { jurisdictionOf } from '../extract/jurisdiction.js';
import type { Palette } from './palette.js';
import type { EdgeEvidence, EdgeType, GraphAttributes, LetterData, LetterGraph, NodeType, TextMention } from './types.js';

export { edgeKey, edgeSize, nodeKey } from './keys.js';

function proposalLabel(p: Proposal): string {
  if (p.number) return `${p.session ?? ''}第${p.number}号${p.kind ?? ''}`;
  return p.title ?? '';
}


function provinceOf(r: LetterRecord): string | null {
  return jurisdictionOf(r.replyingAgency ?? '').province ?? jurisdictionOf(r.proposal?.session ?? '').province;
}

/** Deduplicates letters by id, keeping the first record and every source path. */
function uniqueLetters(records: Iterable<LetterRecord>): { record: LetterRecord; sources: string[] }[] {
  const byId = new Map<string, { record: LetterRecord; sources: string[] }>();
  for (const record of records) {
    const seen = byId.get(record.id);
    if (seen) {
      if (!seen.sources.includes(record.source)) seen.sources.push(record.source);
    } else {
      byId.set(record.id, { record, sources: [record.source] });
    }
  }
  return [...byId.values()];
}

class GraphWriter {
  readonly graph: LetterGraph;

  constructor(private readonly palette: Palette) {
    this.graph = new MultiDirectedGraph({ allowSelfLoops: false }) as unknown as LetterGraph;
  }

  node(type: NodeType, key: string, label: string, aliases: string[] = []): string {
    const k = nodeKey(type, key);
    const existing = this.graph.hasNode(k) ? this.graph.getNodeAttributes(k) : undefined;
    if (existing) {
      for (const a of aliases) if (a !== existing.label && !existing.aliases.includes(a)) existing.aliases.push(a);
    } else {
      this.graph.addNode(k, {
        type,
        label,
        aliases: aliases.filter((a) => a !== label),
        x: 0,
        y: 0,
        size: 1,
        color: this.palette.nodes[type],
      });
    }
    return k;
  }

  edge(type: EdgeType, source: string, target: string, evidence: EdgeEvidence[]): void {
    const k = edgeKey(type, source, target);
    if (this.graph.hasEdge(k)) {
      this.graph.getEdgeAttributes(k).evidence.push(...evidence);
    } else {
      this.graph.addDirectedEdgeWithKey(k, source, target, {
        type,
        weight: 0,
        size: 1,
        color: this.palette.edges[type],
        evidence: [...evidence],
      });
    }
  }
}

function addLetter(w: GraphWriter, record: LetterRecord, sources: string[], label: string): void {
  const letterNode = nodeKey('Letter', record.id);
  const mentions: TextMention[] = [];
  const letter: LetterData = {
    id: record.id,
    sources,
    date: letterDate(record),
    kind: record.proposal?.kind ?? null,
    meta: record.letter,
    proposal: record.proposal,
    proposer: record.proposer,
    replyingAgency: record.replyingAgency,
    province: provinceOf(record),
    coHandlers: record.coHandlers,
    signer: record.signer,
    ingest: record.ingest,
    text: record.text,
    mentions,
  };
  w.graph.addNode(letterNode, {
    type: 'Letter',
    label,
    aliases: [record.letter.title, record.letter.docNumber].filter((s): s is string => !!s),
    x: 0,
    y: 0,
    size: 1,
    color: '',
    letter,
  });

  for (const entity of record.entities) {
    const node = w.node(entity.type, entity.name, entity.name, entity.aliases);
    const evidence = entity.mentions.map(
      (m): EdgeEvidence => ({ ...sentenceAt(record, m.sentence), letterId: record.id, mention: { start: m.start, end: m.end }, amounts: m.amounts }),
    );
    for (const m of entity.mentions) mentions.push({ start: m.start, end: m.end, node });
    w.edge('MENTIONS', letterNode, node, evidence);
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);

  // Structural edges come from the letter's fields; evidence is attached below where relations state it.
  const proposalNodes: string[] = [];
  for (const p of [record.proposal, ...record.otherProposals]) {
    const key = p && proposalKeyOf(p);
    if (!p || !key) continue;
    const node = w.node('Proposal', key, proposalLabel(p), p.title ? [p.title] : []);
    const place = p.scope ? jurisdictionOfName(p.scope) : null;
    if (place) w.graph.setNodeAttribute(node, 'jurisdiction', place);
    proposalNodes.push(node);
    w.edge('REPLIES_TO', letterNode, node, []);
  }
  const proposer = record.proposer?.name;
  const mainProposal = proposalNodes[0];
  if (proposer && mainProposal) w.edge('PROPOSED', w.node('Person', proposer, proposer), mainProposal, []);
  if (record.replyingAgency) w.edge('ISSUED_BY', letterNode, w.node('Agency', record.replyingAgency, record.replyingAgency), []);
  for (const agency of record.coHandlers) w.edge('CO_HANDLED', w.node('Agency', agency, agency), letterNode, []);
  const signer = record.signer?.name;
  if (signer) w.edge('SIGNED', w.node('Person', signer, signer), letterNode, []);

  const resolve = (ref: NodeRef): string => {
    if (ref.label === 'Letter') return letterNode;
    if (ref.label === 'Proposal') return proposalNodes.find((n) => n === nodeKey('Proposal', ref.key)) ?? w.node('Proposal', ref.key, ref.key);
    return w.node(ref.label, ref.key, ref.key);
  };
  for (const rel of record.relations) {
    w.edge(rel.type, resolve(rel.from), resolve(rel.to), [{ ...sentenceAt(record, rel.evidence), letterId: record.id }]);
  }
}

/**
 * Where each entity belongs: its own name's places (proposals got their scope's), else
 * the replying bodies' of the letters that name it, when they agree.
 */
function placeNodes(graph: LetterGraph): void {
  graph.forEachNode((node, a) => {
    if (a.type === 'Letter' || a.type === 'Person') return;
    if (a.jurisdiction !== undefined) return;
    const own = jurisdictionOfName(a.label);
    const ofLetters = () =>
      sharedJurisdiction(
        graph
          .inNeighbors(node)
          .map((n) => graph.getNodeAttribute(n, 'letter')?.replyingAgency)
          .filter((r): r is string => !!r)
          .map(jurisdictionOfName),
      );
    const place = own ?? ofLetters();
    if (place) graph.setNodeAttribute(node, 'jurisdiction', place);
  });
}

/** Bodies renamed by the 2018–2019 reform, linked old → new when the graph has both (never merged). */
function linkRenamed(w: GraphWriter): void {
  const agencies = w.graph.filterNodes((_n, a) => a.type === 'Agency').map((n) => w.graph.getNodeAttribute(n, 'label'));
  for (const { from, to } of renamedPairs(agencies)) w.edge('RENAMED_TO', nodeKey('Agency', from), nodeKey('Agency', to), []);
}

function finish(graph: LetterGraph, palette: Palette, dates: string[]): void {
  graph.forEachEdge((edge, attrs) => {
    const weight = attrs.type === 'CO_MENTIONED' ? attrs.weight : Math.max(1, attrs.evidence.length);
    graph.mergeEdgeAttributes(edge, { weight, size: edgeSize(weight) });
  });
  graph.forEachNode((node, attrs) => {
    graph.mergeNodeAttributes(node, { size: 3 + 2 * Math.sqrt(graph.degree(node)), color: palette.nodes[attrs.type] });
  });
  dates.sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  const attributes: GraphAttributes = {
    typeColors: palette.nodes,
    edgeColors: palette.edges,
    dateRange: first && last ? [first, last] : null,
  };
  graph.replaceAttributes(attributes);
}

/** Builds the letter graph (positions all zero: see layout.ts). */
export function buildLetterGraph(records: Iterable<LetterRecord>, palette: Palette): LetterGraph {
  const letters = uniqueLetters(records);
  const w = new GraphWriter(palette);
  const labels = letterLabels(letters.map((l) => l.record));
  for (const { record, sources } of letters) addLetter(w, record, sources, labels.get(record.id)!);
  for (const link of aggregateCoMentions(letters.map((l) => l.record))) {
    const agency = w.node('Agency', link.agency, link.agency);
    const policy = w.node('Policy', link.policy, link.policy);
    w.edge('CO_MENTIONED', agency, policy, link.sentences);
    w.graph.setEdgeAttribute(edgeKey('CO_MENTIONED', agency, policy), 'weight', link.weight);
  }
  linkRenamed(w);
  placeNodes(w.graph);
  const dates = letters.map((l) => letterDate(l.record)).filter((d): d is string => d !== null);
  finish(w.graph, palette, dates);
  return w.graph;
}
