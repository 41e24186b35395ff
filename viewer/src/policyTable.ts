// The policy–agency view's table: one row per agency and policy the view links, with how many
// statements say the agency issued the policy and how many sentences name both.
import type { LetterGraph } from '../../src/graph/types.js';
import type { Visible } from '../../src/graph/view.js';
import { el } from './dom.js';
import { dataTable } from './tables.js';

type Row = { agency: string; policy: string; agencyLabel: string; policyLabel: string; issued: number; sameSentence: number; letters: Set<string> };

export function renderPolicyTable(container: HTMLElement, graph: LetterGraph, visible: Visible, select: (node: string) => void): void {
  const rows = new Map<string, Row>();
  for (const edge of visible.edges) {
    const a = graph.getEdgeAttributes(edge);
    if (a.type !== 'ISSUED' && a.type !== 'CO_MENTIONED') continue;
    const [agency, policy] = graph.extremities(edge);
    const key = `${agency}|${policy}`;
    let row = rows.get(key);
    if (!row) {
      row = { agency, policy, agencyLabel: graph.getNodeAttribute(agency, 'label'), policyLabel: graph.getNodeAttribute(policy, 'label'), issued: 0, sameSentence: 0, letters: new Set() };
      rows.set(key, row);
    }
    if (a.type === 'ISSUED') row.issued += a.evidence.length;
    else row.sameSentence += a.weight;
    for (const ev of a.evidence) row.letters.add(ev.letterId);
  }
  const table = dataTable<Row>({
    name: 'agency-policy',
    caption: `${rows.size} agency–policy pair(s)`,
    rows: [...rows.values()].sort((a, b) => b.issued + b.sameSentence - (a.issued + a.sameSentence)),
    select,
    columns: [
      { title: 'Agency', value: (r) => r.agencyLabel, node: (r) => r.agency },
      { title: 'Policy', value: (r) => r.policyLabel, node: (r) => r.policy },
      { title: 'Issued (statements)', value: (r) => r.issued },
      { title: 'Same sentence', value: (r) => r.sameSentence },
      { title: 'Letters', value: (r) => r.letters.size },
    ],
  });
  container.replaceChildren(el('h3', { text: 'Agency × policy' }), table);
}
