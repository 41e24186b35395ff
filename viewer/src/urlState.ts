// The view as URL hash parameters, so a view can be shared as a link:
// #node=…&at=…&edge=…&hide=Person,Organization&from=2024-01-01&to=2024-12-31&kind=建议&view=policy
// &undated=1&body=…&province=…&session=…&around=node&hops=2
import type { LetterKind, ViewFilter } from '../../src/graph/view.js';
import type { NodeType } from '../../src/graph/types.js';

/** `at`: with a letter selected, the offset of the sentence to open it at (a text search hit). */
export type ViewState = { filter: ViewFilter; node: string | null; edge: string | null; at: number | null };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readHash(hash: string, knownTypes: readonly string[]): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const date = (k: string) => {
    const v = p.get(k);
    return v && DATE.test(v) ? v : null;
  };
  const kind = p.get('kind');
  const hidden = (p.get('hide') ?? '').split(',').filter((t) => knownTypes.includes(t)) as NodeType[];
  return {
    filter: {
      hiddenTypes: new Set(hidden),
      from: date('from'),
      to: date('to'),
      kind: kind === '提案' || kind === '建议' ? (kind as LetterKind) : null,
      policyView: p.get('view') === 'policy',
      undated: p.get('undated') === '1',
      body: p.get('body'),
      province: p.get('province'),
      session: p.get('session'),
      around: p.get('around') ? { node: p.get('around')!, hops: p.get('hops') === '2' ? 2 : 1 } : null,
    },
    node: p.get('node'),
    edge: p.get('edge'),
    at: /^\d+$/.test(p.get('at') ?? '') ? Number(p.get('at')) : null,
  };
}

export function writeHash({ filter, node, edge, at }: ViewState): string {
  const p = new URLSearchParams();
  if (node) p.set('node', node);
  if (node && at !== null) p.set('at', String(at));
  if (edge) p.set('edge', edge);
  if (filter.hiddenTypes.size) p.set('hide', [...filter.hiddenTypes].join(','));
  if (filter.from) p.set('from', filter.from);
  if (filter.to) p.set('to', filter.to);
  if (filter.kind) p.set('kind', filter.kind);
  if (filter.policyView) p.set('view', 'policy');
  if (filter.undated) p.set('undated', '1');
  if (filter.body) p.set('body', filter.body);
  if (filter.province) p.set('province', filter.province);
  if (filter.session) p.set('session', filter.session);
  if (filter.around) {
    p.set('around', filter.around.node);
    p.set('hops', String(filter.around.hops));
  }
  const s = p.toString();
  return s ? `#${s}` : '';
}

/** Whether two states select the same thing (each selection is its own history entry). */
export function sameSelection(a: ViewState, b: ViewState): boolean {
  return a.node === b.node && a.edge === b.edge && a.at === b.at;
}
