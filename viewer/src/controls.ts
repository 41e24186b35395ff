// Toolbar and legend: type toggles, date and kind filters, view switch.
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
