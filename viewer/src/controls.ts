// Toolbar and legend: search with suggestions, type toggles, date and kind filters, view switch.
import { searchNodes, type SearchEntry } from '../../src/graph/search.js';
import type { LetterGraph, NodeType } from '../../src/graph/types.js';
import type { ViewFilter } from '../../src/graph/view.js';
import { byId, el } from './dom.js';

export function renderLegend(container: HTMLElement, graph: LetterGraph, filter: ViewFilter, note: string | null, onToggle: (type: NodeType, shown: boolean) => void): void {
  const counts = new Map<NodeType, number>();
  graph.forEachNode((_n, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
  const colors = graph.getAttribute('typeColors');
  container.replaceChildren(el('h3', { text: 'Types' }));
  for (const [type, color] of Object.entries(colors) as [NodeType, string][]) {
    const count = counts.get(type) ?? 0;
    if (!count) continue;
    const box = el('input', { attrs: { type: 'checkbox', 'data-type': type } });
    box.checked = !filter.hiddenTypes.has(type);
    box.addEventListener('change', () => onToggle(type, box.checked));
    const swatch = el('span', { class: 'swatch' });
    swatch.style.background = color;
    container.append(el('label', { class: 'legend-item' }, [box, swatch, type, el('span', { class: 'count', text: String(count) })]));
  }
  if (note) container.append(el('p', { class: 'note', text: note }));
}

/** Search box: suggestions as you type, Enter or click to choose. */
export function wireSearch(index: () => SearchEntry[], graph: LetterGraph, allowed: (node: string) => boolean, choose: (node: string) => void): void {
  const input = byId<HTMLInputElement>('search');
  const list = byId<HTMLUListElement>('suggestions');
  const colors = graph.getAttribute('typeColors');
  let hits: string[] = [];
  const close = () => {
    list.replaceChildren();
    hits = [];
  };
  const pick = (node: string) => {
    close();
    input.value = graph.getNodeAttribute(node, 'label');
    choose(node);
  };
  input.addEventListener('input', () => {
    const found = searchNodes(index(), input.value, allowed, 12);
    hits = found.map((h) => h.node);
    list.replaceChildren(
      ...found.map((h) => {
        const swatch = el('span', { class: 'swatch' });
        swatch.style.background = colors[h.type] ?? '#999';
        const alias = h.matched !== h.label.toLowerCase() ? el('span', { class: 'muted', text: ` (${h.matched})` }) : '';
        const item = el('li', { attrs: { role: 'option', 'data-node': h.node } }, [swatch, h.label, alias, el('span', { class: 'type', text: h.type })]);
        item.addEventListener('mousedown', (ev) => {
          ev.preventDefault();
          pick(h.node);
        });
        return item;
      }),
    );
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && hits[0]) pick(hits[0]);
    if (ev.key === 'Escape') close();
  });
  input.addEventListener('blur', close);
}

export type FilterInputs = { policy: HTMLInputElement; from: HTMLInputElement; to: HTMLInputElement; kind: HTMLSelectElement };

export function filterInputs(): FilterInputs {
  return { policy: byId('policy-view'), from: byId('date-from'), to: byId('date-to'), kind: byId('kind') };
}

export function showFilter(inputs: FilterInputs, filter: ViewFilter, range: [string, string] | null): void {
  inputs.policy.checked = filter.policyView;
  inputs.from.value = filter.from ?? '';
  inputs.to.value = filter.to ?? '';
  inputs.kind.value = filter.kind ?? '';
  if (range) {
    for (const input of [inputs.from, inputs.to]) {
      input.min = range[0];
      input.max = range[1];
    }
  }
}
