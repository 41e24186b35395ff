// A batch's rows as the parameters of the loader's statements. Integers go as the driver's
// Integer (a JS number reaches Neo4j as a float), and each edge's properties as one map holding
// only what is there, so a statement sets them with one `SET r = props` and converts nothing.
// Lists are left out where empty: an empty list still costs a record in the store's array file,
// and most mentions have no aliases and no figures.
import neo4j, { type Integer } from 'neo4j-driver';
import type { AgencyEdgeRow, CoMentionRow, LetterGraph, LetterProps, MentionRow, ProposedRow, SignedRow, StatedRelationRow } from './rows.js';

type Props = Record<string, unknown>;

const int = (n: number): Integer => neo4j.int(n);
const ints = (list: number[]): Integer[] => list.map(int);

export function letterProps(props: LetterProps): Props {
  return { ...props, ingestPages: props.ingestPages === null ? null : int(props.ingestPages) };
}

function mentionProps(m: MentionRow): Props {
  const props: Props = { sentenceSpans: ints(m.sentenceSpans), spans: ints(m.spans) };
  if (m.aliases.length > 0) props.aliases = m.aliases;
  if (m.amountTexts.length > 0) {
    Object.assign(props, { amountTexts: m.amountTexts, amountValues: m.amountValues, amountSpans: ints(m.amountSpans), amountTargets: m.amountTargets });
    // A list of strings takes a record of the array store: units only where a figure is a count
    // (absent: all in yuan), labels only where one names what the figure is.
    if (m.amountUnits.some((unit) => unit !== 'yuan')) props.amountUnits = m.amountUnits;
    if (m.amountLabels.some((label) => label !== '')) props.amountLabels = m.amountLabels;
  }
  return props;
}

/** Edges of the letters to nodes of one kind, grouped by letter: each letter's node is found once. */
export type LetterEdges = { id: string; edges: { key: string; props: Props }[] }[];

function byLetter<T extends { letterId: string }>(rows: T[], key: (row: T) => string, props: (row: T) => Props): LetterEdges {
  const letters = new Map<string, LetterEdges[number]>();
  for (const row of rows) {
    let letter = letters.get(row.letterId);
    if (!letter) letters.set(row.letterId, (letter = { id: row.letterId, edges: [] }));
    letter.edges.push({ key: key(row), props: props(row) });
  }
  return [...letters.values()];
}

export function mentionParams(rows: MentionRow[]): LetterEdges {
  return byLetter(rows, (m) => m.name, mentionProps);
}

export function agencyEdgeParams(rows: AgencyEdgeRow[]): LetterEdges {
  return byLetter(rows, (r) => r.agency, (r) => ({ spans: ints(r.spans) }));
}

export function signedParams(rows: SignedRow[]): LetterEdges {
  return byLetter(rows, (r) => r.person, (r) => ({ title: r.title, spans: ints(r.spans) }));
}

/** One row per entity with the aliases the batch's letters give it, for entities given any. */
export function aliasParams(rows: MentionRow[]): { name: string; aliases: string[] }[] {
  const byName = new Map<string, Set<string>>();
  for (const m of rows) {
    if (m.aliases.length === 0) continue;
    const aliases = byName.get(m.name) ?? new Set<string>();
    for (const alias of m.aliases) aliases.add(alias);
    byName.set(m.name, aliases);
  }
  return [...byName].map(([name, aliases]) => ({ name, aliases: [...aliases] }));
}

export function proposalParams(rows: LetterGraph['proposals']): Props[] {
  return rows.map((p) => ({
    letterId: p.letterId,
    key: p.key,
    props: { kind: p.kind, number: p.number, session: p.session, scope: p.scope, title: p.title },
    edge: { spans: ints(p.spans) },
  }));
}

/** Rows of createOwnedEdges: the two ends and the edge's properties, its letter's id among them. */
export type OwnedEdge = { from: string; to: string; props: Props };

export function proposedParams(rows: ProposedRow[]): OwnedEdge[] {
  return rows.map((r) => ({ from: r.person, to: r.proposalKey, props: { letterId: r.letterId, role: r.role, spans: ints(r.spans) } }));
}

export function statedParams(rows: StatedRelationRow[]): OwnedEdge[] {
  return rows.map((r) => ({ from: r.from, to: r.to, props: { letterId: r.letterId, spans: ints(r.spans) } }));
}

export function coMentionParams(rows: CoMentionRow[]): OwnedEdge[] {
  return rows.map((r) => ({ from: r.agency, to: r.policy, props: { letterId: r.letterId, spans: ints(r.spans) } }));
}
