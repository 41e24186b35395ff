// The data table of every shown node: type, name, letters, degree and the metrics, sortable, with CSV.
import type { LetterGraph } from '../../src/graph/types.js';
import type { NodeMetrics } from './appearance.js';
import { el } from './dom.js';
import { dataTable } from './tables.js';

type Row = { node: string; type: string; label: string; letters: number; degree: number; i: number | undefined };

export function renderNodeTable(container: HTMLElement, graph: LetterGraph, shown: ReadonlySet<string>, m: NodeMetrics | null, select: (node: string) => void): void {
  const rows: Row[] = [];
  for (const node of shown) {
    const a = graph.getNodeAttributes(node);
    let letters = 0;
    graph.forEachNeighbor(node, (_n, b) => {
      if (b.type === 'Letter') letters++;
    });
    rows.push({ node, type: a.type, label: a.label, letters, degree: graph.degree(node), i: m?.index.get(node) });
  }
  const metric = (name: 'weightedDegree' | 'pagerank' | 'community') => (r: Row) => (r.i === undefined || !m ? null : m.metrics[name][r.i]!);
  const table = dataTable<Row>({
    name: 'nodes',
    caption: `${rows.length} shown node(s)${m ? '' : ' (metrics still computing)'}`,
    rows,
    select,
    columns: [
      { title: 'Type', value: (r) => r.type },
      { title: 'Name', value: (r) => r.label, node: (r) => r.node },
      { title: 'Letters', value: (r) => r.letters },
      { title: 'Degree', value: (r) => r.degree },
      { title: 'Weighted degree', value: metric('weightedDegree') },
      { title: 'PageRank', value: (r) => { const v = metric('pagerank')(r); return v === null ? null : Number(v.toPrecision(4)); } },
      { title: 'Community', value: metric('community') },
    ],
  });
  container.replaceChildren(el('h3', { text: 'Shown nodes' }), table);
}
