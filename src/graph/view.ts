// Which nodes and edges a view shows, from the filters a reader sets. Pure: the viewer calls it
// on every filter change and feeds the result to sigma's reducers.
import type { EdgeType, LetterGraph, NodeType } from './types.js';

export type LetterKind = '提案' | '建议';

export type ViewFilter = {
  hiddenTypes: ReadonlySet<NodeType>;
  /** Inclusive YYYY-MM-DD bounds on the letter date; a date filter hides undated letters. */
  from: string | null;
  to: string | null;
  kind: LetterKind | null;
  /** Only agencies and policies, linked by ISSUED and co-mention. */
  policyView: boolean;
  /** Under a date filter, keep the letters that have no date. */
  undated: boolean;
  /** Letters of this replying body, province or session only. */
  body: string | null;
  province: string | null;
  session: string | null;
  /** Only what lies within `hops` links of this node (in the view the other filters leave). */
  around: { node: string; hops: 1 | 2 } | null;
};

export const NO_FILTER: ViewFilter = { hiddenTypes: new Set(), from: null, to: null, kind: null, policyView: false, undated: false, body: null, province: null, session: null, around: null };

/** Whether any filter reads the letters (and so needs details.json). */
export function filtersLetters(f: ViewFilter): boolean {
  return Boolean(f.from || f.to || f.kind || f.body || f.province || f.session);
}

const POLICY_VIEW_NODES: ReadonlySet<NodeType> = new Set(['Agency', 'Policy']);
const POLICY_VIEW_EDGES: ReadonlySet<EdgeType> = new Set(['ISSUED', 'CO_MENTIONED']);
/** Co-mention links only make sense in the policy view; elsewhere MENTIONS already says it. */
const MAIN_VIEW_HIDDEN_EDGES: ReadonlySet<EdgeType> = new Set(['CO_MENTIONED']);

/** For each edge, the letters it rests on: its letter endpoint, the letters of its evidence, or (for PROPOSED) the letters replying to the proposal. */
export function edgeLetters(graph: LetterGraph): Map<string, string[]> {
  const out = new Map<string, string[]>();
  graph.forEachEdge((edge, attrs, source, target, sourceAttrs, targetAttrs) => {
    const letters = new Set<string>();
    if (sourceAttrs.type === 'Letter') letters.add(source);
    if (targetAttrs.type === 'Letter') letters.add(target);
    for (const ev of attrs.evidence) letters.add(`Letter:${ev.letterId}`);
    if (letters.size === 0 && targetAttrs.type === 'Proposal') {
      graph.forEachInEdge(target, (_e, a, from) => {
        if (a.type === 'REPLIES_TO') letters.add(from);
      });
    }
    out.set(edge, [...letters]);
  });
  return out;
}

export function letterPasses(graph: LetterGraph, node: string, f: ViewFilter): boolean {
  const letter = graph.getNodeAttribute(node, 'letter');
  if (!letter) return false;
  if (f.kind && letter.kind !== f.kind) return false;
  if (f.body && letter.replyingAgency !== f.body) return false;
  if (f.province && letter.province !== f.province) return false;
  if (f.session && letter.proposal?.session !== f.session) return false;
  if (f.from || f.to) {
    if (!letter.date) return f.undated;
    if (f.from && letter.date < f.from) return false;
    if (f.to && letter.date > f.to) return false;
  }
  return true;
}

export type Visible = { nodes: Set<string>; edges: Set<string> };

/** Walks edges as the view needs them: the graph's own, or (in the viewer, before they are in the graph) graph.json's list. */
export type EdgeWalk = (visit: (edge: string, type: EdgeType, source: string, target: string) => void) => void;

export const graphEdges =
  (graph: LetterGraph): EdgeWalk =>
  (visit) =>
    graph.forEachEdge((edge, attrs, source, target) => visit(edge, attrs.type, source, target));

/** `lettersOf` (see edgeLetters) is only called when a date or kind filter hides letters; it needs the edges in the graph. */
export function visibleElements(graph: LetterGraph, lettersOf: () => Map<string, string[]>, f: ViewFilter, walkEdges: EdgeWalk = graphEdges(graph)): Visible {
  const allLetters = !filtersLetters(f);
  const shownLetters = allLetters ? null : new Set(graph.filterNodes((n, a) => a.type === 'Letter' && letterPasses(graph, n, f)));
  const letters = allLetters ? null : lettersOf();
  const typeShown = (type: NodeType) => !f.hiddenTypes.has(type) && (!f.policyView || POLICY_VIEW_NODES.has(type));
  const edgeTypeShown = (type: EdgeType) => (f.policyView ? POLICY_VIEW_EDGES.has(type) : !MAIN_VIEW_HIDDEN_EDGES.has(type));

  const inView = (edge: string, type: EdgeType) => edgeTypeShown(type) && (!letters || !shownLetters || (letters.get(edge) ?? []).some((l) => shownLetters.has(l)));

  // A node is supported when some edge in the view rests on a shown letter.
  const supported = new Set<string>();
  walkEdges((edge, type, source, target) => {
    if (!inView(edge, type)) return;
    supported.add(source);
    supported.add(target);
  });
  const nodes = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (!typeShown(attrs.type)) return;
    if (attrs.type === 'Letter' ? !shownLetters || shownLetters.has(node) : supported.has(node)) nodes.add(node);
  });
  const shownEdges = (add: (edge: string, source: string, target: string) => void) =>
    walkEdges((edge, type, source, target) => {
      if (inView(edge, type) && nodes.has(source) && nodes.has(target)) add(edge, source, target);
    });
  if (f.around) {
    const shown: [edge: string, source: string, target: string][] = [];
    shownEdges((edge, source, target) => shown.push([edge, source, target]));
    return neighbourhood(f.around.node, f.around.hops, nodes, shown);
  }
  // The edges on first use: a large graph's first paint needs its nodes only, and hashing 100,000 edge
  // keys for the first time takes a browser a tenth of a second or more.
  let edges: Set<string> | null = null;
  return {
    nodes,
    get edges() {
      if (!edges) {
        const out = new Set<string>();
        shownEdges((edge) => out.add(edge));
        edges = out;
      }
      return edges;
    },
  };
}

/** The nodes within `hops` links of `centre` over the given edges, and the edges between them. */
function neighbourhood(centre: string, hops: number, nodes: ReadonlySet<string>, edges: [edge: string, source: string, target: string][]): Visible {
  const adjacent = new Map<string, string[]>();
  for (const [, a, b] of edges) {
    adjacent.set(a, [...(adjacent.get(a) ?? []), b]);
    adjacent.set(b, [...(adjacent.get(b) ?? []), a]);
  }
  const reached = new Set(nodes.has(centre) ? [centre] : []);
  let frontier = [...reached];
  for (let hop = 0; hop < hops; hop++) {
    frontier = frontier.flatMap((n) => adjacent.get(n) ?? []).filter((n) => !reached.has(n) && reached.add(n));
  }
  return { nodes: reached, edges: new Set(edges.filter(([, a, b]) => reached.has(a) && reached.has(b)).map(([edge]) => edge)) };
}
