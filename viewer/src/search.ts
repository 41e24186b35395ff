// The search box: asks the data worker's search index as you type, lists hits grouped by type (names first, then
// sentences of letters' text), moves through them with the arrow keys, chooses with Enter or a click,
// and can list every hit. A text hit opens its letter at the sentence.
import type { SearchHit } from '../../src/graph/fullText.js';
import type { LetterGraph } from '../../src/graph/types.js';
import { byId, el } from './dom.js';

/** Hits listed before "show all". */
const FIRST = 12;
/** Hits the worker sends at most (the count covers all). */
const MAX = 1000;

/** The search index, in the data worker: a query's hits (at most `limit`) and how many there are in all. */
export type SearchIndexClient = {
  query(query: string, limit: number): Promise<{ hits: SearchHit[]; total: number }>;
};

export type Choice = { node: string; at: number | null };

const TEXT_GROUP = 'Letter text';

/** Names grouped by type in the order their best hit ranks, then the sentences. */
function grouped(hits: SearchHit[]): { group: string; hit: SearchHit }[] {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const group = hit.kind === 'text' ? TEXT_GROUP : hit.type;
    groups.set(group, [...(groups.get(group) ?? []), hit]);
  }
  const order = [...groups.keys()].sort((a, b) => Number(a === TEXT_GROUP) - Number(b === TEXT_GROUP));
  return order.flatMap((group) => groups.get(group)!.map((hit) => ({ group, hit })));
}

export function wireSearch(search: SearchIndexClient, graph: LetterGraph, allowed: (node: string) => boolean, choose: (c: Choice) => void): void {
  const input = byId<HTMLInputElement>('search');
  const list = byId<HTMLUListElement>('suggestions');
  const colors = graph.getAttribute('typeColors');
  let shown: SearchHit[] = [];
  let active = -1;
  let asked = 0;
  let all: SearchHit[] = [];
  /** Every hit the worker found (it sends at most MAX). */
  let found = 0;

  const close = () => {
    list.replaceChildren();
    shown = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
  };
  const pick = (hit: SearchHit) => {
    close();
    input.value = hit.kind === 'text' ? input.value : graph.getNodeAttribute(hit.node, 'label');
    choose({ node: hit.node, at: hit.kind === 'text' ? hit.start! : null });
  };
  const setActive = (i: number) => {
    const items = list.querySelectorAll<HTMLElement>('li[data-node]');
    items[active]?.classList.remove('active');
    active = Math.max(0, Math.min(i, items.length - 1));
    const item = items[active];
    if (!item) return;
    item.classList.add('active');
    input.setAttribute('aria-activedescendant', item.id);
    item.scrollIntoView({ block: 'nearest' });
  };

  const render = (count: number) => {
    shown = all.slice(0, count);
    let previous = '';
    const items = grouped(shown).map(({ group, hit }, i) => {
      const swatch = el('span', { class: 'swatch' });
      swatch.style.background = colors[hit.type] ?? '#999';
      const text = hit.kind === 'text' ? el('span', { class: 'snippet', text: hit.matched }) : hit.label;
      const alias = hit.kind === 'name' && hit.matched !== hit.label ? el('span', { class: 'muted', text: ` (${hit.matched})` }) : '';
      const attrs: Record<string, string> = { role: 'option', id: `hit-${i}`, 'data-node': hit.node, 'data-kind': hit.kind, 'data-group': group };
      if (hit.start !== undefined) attrs['data-start'] = String(hit.start);
      const item = el('li', { attrs }, [swatch, ...(hit.kind === 'text' ? [el('span', { class: 'hit-letter', text: hit.label }), text] : [text, alias]), el('span', { class: 'type', text: hit.type })]);
      if (group !== previous) item.classList.add('group-start');
      previous = group;
      item.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        pick(hit);
      });
      return { item, hit };
    });
    // Picking follows the listed order, which grouping may change from the ranked one.
    shown = items.map((x) => x.hit);
    const children: HTMLElement[] = items.map((x) => x.item);
    if (all.length > count) {
      const label = found > MAX ? `Show the first ${all.length} of ${found} results` : `Show all ${all.length} results`;
      const more = el('li', { class: 'show-all', text: label, attrs: { role: 'option', id: 'hit-more' } });
      more.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        render(all.length);
      });
      children.push(more);
    }
    list.replaceChildren(...children);
    list.dataset.total = String(all.length);
    active = -1;
  };

  input.addEventListener('input', async () => {
    const ask = ++asked;
    const query = input.value;
    if (!query.trim()) return close();
    const result = await search.query(query, MAX);
    // A later keystroke's answer replaces this one.
    if (ask !== asked) return;
    all = result.hits.filter((h) => allowed(h.node));
    found = result.total;
    render(FIRST);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (shown.length) setActive(active + (ev.key === 'ArrowDown' ? 1 : -1));
    } else if (ev.key === 'Enter') {
      const hit = shown[Math.max(0, active)];
      if (hit) pick(hit);
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
}
