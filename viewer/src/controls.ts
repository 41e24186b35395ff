// Toolbar and legend: type toggles with shown-of-total counts; date, kind, body, province and session
// filters; undated letters; view switch.
import type { LetterGraph, NodeType } from '../../src/graph/types.js';
import type { ViewFilter } from '../../src/graph/view.js';
import { byId, el } from './dom.js';

export type LegendCategory = { label: string; color: string; nodes: ReadonlySet<string> };

export function renderLegend(container: HTMLElement, graph: LetterGraph, filter: ViewFilter, shownNodes: ReadonlySet<string>, note: string | null, onToggle: (type: NodeType, shown: boolean) => void, colorTitle: string | null, categories: LegendCategory[]): void {
  const counts = new Map<NodeType, number>();
  const shown = new Map<NodeType, number>();
  graph.forEachNode((n, a) => {
    counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
    if (shownNodes.has(n)) shown.set(a.type, (shown.get(a.type) ?? 0) + 1);
  });
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
    const of = `${shown.get(type) ?? 0} of ${count}`;
    container.append(el('label', { class: 'legend-item' }, [box, swatch, type, el('span', { class: 'count', text: of, title: `${of} shown`, attrs: { 'data-count': type } })]));
  }
  if (colorTitle && categories.length) {
    container.append(el('h3', { text: `Colour: ${colorTitle}` }));
    for (const c of categories) {
      const swatch = el('span', { class: 'swatch' });
      swatch.style.background = c.color;
      let shown = 0;
      for (const n of c.nodes) if (shownNodes.has(n)) shown++;
      container.append(el('div', { class: 'legend-item', attrs: { 'data-category': c.label } }, [swatch, c.label, el('span', { class: 'count', text: `${shown} of ${c.nodes.size}` })]));
    }
  }
  if (note) container.append(el('p', { class: 'note', text: note }));
}

export type FilterInputs = {
  policy: HTMLInputElement;
  from: HTMLInputElement;
  to: HTMLInputElement;
  kind: HTMLSelectElement;
  undated: HTMLInputElement;
  body: HTMLSelectElement;
  province: HTMLSelectElement;
  session: HTMLSelectElement;
};

export function filterInputs(): FilterInputs {
  return { policy: byId('policy-view'), from: byId('date-from'), to: byId('date-to'), kind: byId('kind'), undated: byId('undated'), body: byId('body'), province: byId('province'), session: byId('session') };
}

/** Once the letters are in: the bodies, provinces and sessions to choose from (with their letter
 * counts), and how many letters have no date. */
export function fillLetterChoices(inputs: FilterInputs, graph: LetterGraph): void {
  const tally = { body: new Map<string, number>(), province: new Map<string, number>(), session: new Map<string, number>() };
  let undated = 0;
  graph.forEachNode((_n, a) => {
    const l = a.letter;
    if (!l) return;
    if (!l.date) undated++;
    for (const [key, value] of [['body', l.replyingAgency], ['province', l.province], ['session', l.proposal?.session]] as const) {
      if (value) tally[key].set(value, (tally[key].get(value) ?? 0) + 1);
    }
  });
  for (const key of ['body', 'province', 'session'] as const) {
    const select = inputs[key];
    const options = [...tally[key]].sort(([a], [b]) => a.localeCompare(b, 'zh')).map(([value, n]) => el('option', { text: `${value} (${n})`, attrs: { value } }));
    select.replaceChildren(el('option', { text: 'all', attrs: { value: '' } }), ...options);
  }
  byId('undated-label').textContent = `include ${undated} undated letter(s) in date filters`;
  inputs.undated.dataset.count = String(undated);
}

export function showFilter(inputs: FilterInputs, filter: ViewFilter, range: [string, string] | null): void {
  inputs.policy.checked = filter.policyView;
  inputs.from.value = filter.from ?? '';
  inputs.to.value = filter.to ?? '';
  inputs.kind.value = filter.kind ?? '';
  inputs.undated.checked = filter.undated;
  inputs.body.value = filter.body ?? '';
  inputs.province.value = filter.province ?? '';
  inputs.session.value = filter.session ?? '';
  if (range) {
    for (const input of [inputs.from, inputs.to]) {
      input.min = range[0];
      input.max = range[1];
    }
  }
}
