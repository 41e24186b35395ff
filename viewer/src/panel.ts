// The side panel: what the selected entity, letter or link rests on, sentence by sentence.
// Everything from the data goes in as text nodes; highlights are spans built from offsets.
import { sentenceSpans } from '../../src/graph/fullText.js';
import { segmentText, type Mark } from '../../src/graph/highlight.js';
import { howRead } from '../../src/graph/howRead.js';
import type { EdgeEvidence, EdgeType, LetterData, LetterGraph } from '../../src/graph/types.js';
import type { ViewFilter } from '../../src/graph/view.js';
import { el } from './dom.js';
import { entityLettersTable, letterEntitiesTable } from './panelTables.js';

export type PanelContext = {
  graph: LetterGraph;
  /** Letters that pass the current filters. */
  letterShown: (letterNode: string) => boolean;
  selectNode: (node: string) => void;
  selectEdge: (edge: string) => void;
  /** The neighbourhood the view is restricted to, if any, and a way to set it. */
  around: () => ViewFilter['around'];
  showAround: (node: string, hops: 1 | 2 | null) => void;
};

const EDGE_WORDS: Record<EdgeType, string> = {
  MENTIONS: 'mentions',
  CO_MENTIONED: 'named in the same sentence as',
  REPLIES_TO: 'replies to',
  PROPOSED: 'proposed',
  ISSUED_BY: 'issued by',
  CO_HANDLED: 'co-handled',
  SIGNED: 'signed',
  ISSUED: 'issued',
  MANAGES: 'manages',
  RENAMED_TO: 'was renamed',
};

const letterNodeOf = (letterId: string) => `Letter:${letterId}`;

function letterOf(ctx: PanelContext, letterId: string): LetterData | undefined {
  const node = letterNodeOf(letterId);
  return ctx.graph.hasNode(node) ? ctx.graph.getNodeAttribute(node, 'letter') : undefined;
}

function nodeLink(ctx: PanelContext, node: string, text?: string): HTMLElement {
  const a = ctx.graph.getNodeAttributes(node);
  const button = el('button', { class: 'node-link', attrs: { type: 'button', 'data-node': node } }, [
    el('span', { class: 'swatch', attrs: { 'data-type': a.type } }),
    text ?? a.label,
  ]);
  const swatch = button.firstElementChild as HTMLElement;
  swatch.style.background = a.color;
  button.addEventListener('click', () => ctx.selectNode(node));
  return button;
}

function typeChip(ctx: PanelContext, node: string): HTMLElement {
  const a = ctx.graph.getNodeAttributes(node);
  const chip = el('span', { class: 'type-chip', text: a.type });
  chip.style.background = a.color;
  return chip;
}

/** One block per sentence: a sentence stated for several mentions shows once, with all of them marked. */
type SentenceGroup = { ev: EdgeEvidence; marks: Mark[]; amounts: string[] };

function groupSentences(evidence: EdgeEvidence[]): SentenceGroup[] {
  const groups = new Map<string, SentenceGroup>();
  for (const ev of evidence) {
    const key = `${ev.letterId}|${ev.start}|${ev.end}`;
    let g = groups.get(key);
    if (!g) {
      g = { ev, marks: [], amounts: [] };
      groups.set(key, g);
    }
    if (ev.mention) g.marks.push(ev.mention);
    for (const a of ev.amounts ?? []) {
      const text = a.label ? `${a.label} ${a.text}` : a.text;
      if (!g.amounts.includes(text)) g.amounts.push(text);
    }
  }
  return [...groups.values()].sort((a, b) => a.ev.start - b.ev.start);
}

/** A sentence with marks: its mention spans, else every mention of the given nodes inside it. */
function sentenceBlock(ctx: PanelContext, { ev, marks, amounts }: SentenceGroup, nodes: ReadonlySet<string>): HTMLElement {
  const letter = letterOf(ctx, ev.letterId);
  const shown = marks.length ? marks : (letter?.mentions ?? []).filter((m) => nodes.has(m.node) && m.start >= ev.start && m.end <= ev.end);
  const quote = el('blockquote', { class: 'evidence' });
  for (const seg of segmentText(ev.text, ev.start, shown)) {
    quote.append(seg.mark ? el('mark', { text: seg.text }) : document.createTextNode(seg.text));
  }
  if (amounts.length) quote.append(el('div', { class: 'amounts' }, amounts.map((a) => el('span', { class: 'amount', text: a }))));
  return quote;
}

/** Evidence grouped by letter, letters in date order; letters outside the filters are counted, not shown. */
function evidenceByLetter(ctx: PanelContext, evidence: EdgeEvidence[], nodes: ReadonlySet<string>): HTMLElement {
  const groups = new Map<string, EdgeEvidence[]>();
  for (const ev of evidence) {
    const list = groups.get(ev.letterId) ?? [];
    list.push(ev);
    groups.set(ev.letterId, list);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => (letterOf(ctx, a)?.date ?? '9999').localeCompare(letterOf(ctx, b)?.date ?? '9999'));
  const list = el('ol', { class: 'letters' });
  let hidden = 0;
  for (const [letterId, evs] of ordered) {
    const node = letterNodeOf(letterId);
    if (!ctx.graph.hasNode(node) || !ctx.letterShown(node)) {
      hidden++;
      continue;
    }
    const letter = ctx.graph.getNodeAttribute(node, 'letter');
    const head = el('div', { class: 'letter-head' }, [
      el('span', { class: 'date', text: letter?.date ?? 'undated' }),
      nodeLink(ctx, node),
      el('span', { class: 'kind', text: letter?.kind ?? '' }),
    ]);
    const item = el('li', { attrs: { 'data-letter': letterId } }, [head]);
    if (letter?.meta.title) item.append(el('div', { class: 'letter-title', text: letter.meta.title }));
    for (const group of groupSentences(evs)) item.append(sentenceBlock(ctx, group, nodes));
    list.append(item);
  }
  const wrap = el('div', {}, [list]);
  if (hidden) wrap.append(el('p', { class: 'muted', text: `${hidden} more letter(s) outside the current filters.` }));
  return wrap;
}

function section(title: string, ...children: (Node | string)[]): HTMLElement {
  return el('section', {}, [el('h3', { text: title }), ...children]);
}

function fundTrace(ctx: PanelContext, node: string): HTMLElement {
  const { graph } = ctx;
  const managers = graph.filterInEdges(node, (_e, a) => a.type === 'MANAGES');
  const managedBy = managers.length
    ? el('ul', { class: 'managers' }, managers.map((e) => el('li', {}, [nodeLink(ctx, graph.source(e)), ...groupSentences(graph.getEdgeAttribute(e, 'evidence')).map((g) => sentenceBlock(ctx, g, new Set([node, graph.source(e)])))])))
    : el('p', { class: 'muted', text: 'No letter states which agency manages it.' });
  const rows: { date: string; letter: string; amounts: string[] }[] = [];
  graph.forEachInEdge(node, (_e, a, source) => {
    if (a.type !== 'MENTIONS' || !ctx.letterShown(source)) return;
    const letter = graph.getNodeAttribute(source, 'letter');
    const amounts = a.evidence.flatMap((ev) => ev.amounts ?? []).map((x) => (x.label ? `${x.label} ${x.text}` : x.text));
    rows.push({ date: letter?.date ?? 'undated', letter: source, amounts: [...new Set(amounts)] });
  });
  rows.sort((a, b) => a.date.localeCompare(b.date));
  const timeline = el(
    'ol',
    { class: 'timeline' },
    rows.map((r) => el('li', {}, [el('span', { class: 'date', text: r.date }), nodeLink(ctx, r.letter), el('span', { class: 'amounts', text: r.amounts.join('；') })])),
  );
  return el('section', { class: 'fund-trace' }, [el('h3', { text: 'Trace this fund' }), el('h4', { text: 'Managed by' }), managedBy, el('h4', { text: 'Letters over time' }), timeline]);
}

function entityPanel(ctx: PanelContext, node: string): HTMLElement[] {
  const { graph } = ctx;
  const a = graph.getNodeAttributes(node);
  const out: HTMLElement[] = [el('header', {}, [typeChip(ctx, node), el('h2', { text: a.label })])];
  if (a.aliases.length) out.push(el('p', { class: 'aliases', text: `Also written: ${a.aliases.join('、')}` }));
  if (a.type === 'Fund') out.push(fundTrace(ctx, node));

  const mentions = graph.filterInEdges(node, (_e, e) => e.type === 'MENTIONS').flatMap((e) => graph.getEdgeAttribute(e, 'evidence'));
  const letters = new Set(mentions.map((m) => m.letterId));
  out.push(section(`Mentioned in ${letters.size} letter(s)`, entityLettersTable(ctx, node), evidenceByLetter(ctx, mentions, new Set([node]))));

  const relations = graph.filterEdges(node, (_e, e) => e.type !== 'MENTIONS');
  if (relations.length) {
    const list = el('ul', { class: 'relations' });
    for (const edge of relations) {
      const e = graph.getEdgeAttributes(edge);
      const outgoing = graph.source(edge) === node;
      const other = outgoing ? graph.target(edge) : graph.source(edge);
      const phrase = outgoing ? EDGE_WORDS[e.type] : `${EDGE_WORDS[e.type]} (by)`;
      const item = el('li', {}, [el('span', { class: 'edge-type', text: phrase }), nodeLink(ctx, other)]);
      if (e.evidence.length) {
        const open = el('button', { class: 'edge-link', text: `${e.evidence.length} sentence(s)`, attrs: { type: 'button' } });
        open.addEventListener('click', () => ctx.selectEdge(edge));
        item.append(open);
      } else {
        item.append(el('span', { class: 'muted', text: 'from the letter header' }));
      }
      list.append(item);
    }
    out.push(section('Relations', list));
  }
  return out;
}

function metaRow(label: string, value: (Node | string)[] | string | null | undefined): HTMLElement | null {
  if (value === null || value === undefined || value.length === 0) return null;
  return el('div', { class: 'meta-row' }, [el('dt', { text: label }), el('dd', {}, typeof value === 'string' ? [value] : value)]);
}

/** The letter's text with every mention clickable; the sentence holding `at` (a search hit) marked. */
function letterText(ctx: PanelContext, letter: LetterData, at: number | null): HTMLElement {
  const { graph } = ctx;
  const text = el('div', { class: 'letter-text' });
  const hit = at === null ? undefined : sentenceSpans(letter.text).find((s) => s.start <= at && at < s.end);
  const ranges = hit ? [[0, hit.start], [hit.start, hit.end], [hit.end, letter.text.length]] : [[0, letter.text.length]];
  for (const [from, to] of ranges as [number, number][]) {
    const into = hit && from === hit.start ? el('span', { class: 'hit', attrs: { 'data-start': String(from) } }) : text;
    if (into !== text) text.append(into);
    for (const seg of segmentText(letter.text.slice(from, to), from, letter.mentions)) {
      const target = seg.mark?.node;
      if (target && graph.hasNode(target)) {
        const mark = el('mark', { class: 'mention', text: seg.text, title: graph.getNodeAttribute(target, 'label'), attrs: { role: 'button', tabindex: '0', 'data-node': target } });
        mark.addEventListener('click', () => ctx.selectNode(target));
        mark.addEventListener('keydown', (ev) => {
          if (ev.key === 'Enter') ctx.selectNode(target);
        });
        into.append(mark);
      } else {
        into.append(document.createTextNode(seg.text));
      }
    }
  }
  return text;
}

function letterPanel(ctx: PanelContext, node: string, at: number | null): HTMLElement[] {
  const { graph } = ctx;
  const a = graph.getNodeAttributes(node);
  const letter = a.letter;
  if (!letter) return [el('h2', { text: a.label })];
  const agencyLink = (name: string) => (graph.hasNode(`Agency:${name}`) ? nodeLink(ctx, `Agency:${name}`) : name);
  const p = letter.proposal;
  const rows = [
    metaRow('Title', letter.meta.title),
    metaRow('Doc number', letter.meta.docNumber),
    metaRow('Index number', letter.meta.indexNumber),
    metaRow('Proposal', p ? [`${p.session ?? ''} 第${p.number ?? '?'}号${p.kind ?? ''}`, p.title ? `《${p.title}》` : ''].join(' ') : null),
    metaRow('Proposer', letter.proposer?.name ? `${letter.proposer.name} ${letter.proposer.role ?? ''}` : null),
    metaRow('Replying agency', letter.replyingAgency ? [agencyLink(letter.replyingAgency)] : null),
    metaRow('Co-handlers', letter.coHandlers.map(agencyLink)),
    metaRow('Signer', letter.signer?.name ? `${letter.signer.name} ${letter.signer.title ?? ''}` : null),
    metaRow('Written', letter.meta.writtenDate),
    metaRow('Published', letter.meta.publishedDate),
    metaRow('Signed', letter.meta.signedDate),
    metaRow('Sources', letter.sources.join('\n')),
    metaRow('Read from', howRead(letter.ingest)),
  ].filter((r): r is HTMLElement => r !== null);

  return [
    el('header', {}, [typeChip(ctx, node), el('h2', { text: a.label })]),
    el('dl', { class: 'meta' }, rows),
    section('Entities', letterEntitiesTable(ctx, node)),
    section('Full text', letterText(ctx, letter, at)),
  ];
}

function edgePanel(ctx: PanelContext, edge: string): HTMLElement[] {
  const { graph } = ctx;
  const e = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  const head = el('header', {}, [el('h2', {}, [nodeLink(ctx, source), el('span', { class: 'edge-type', text: ` ${EDGE_WORDS[e.type]} ` }), nodeLink(ctx, target)])]);
  const weight = el('p', { class: 'muted', text: e.type === 'CO_MENTIONED' ? `${e.weight} sentence(s) name both.` : `${e.evidence.length} supporting sentence(s).` });
  return [head, weight, evidenceByLetter(ctx, e.evidence, new Set([source, target]))];
}

/** Show only this node and what lies one or two links from it, or everything again. */
function neighbourhoodBar(ctx: PanelContext, node: string): HTMLElement {
  const current = ctx.around();
  const choice = (text: string, hops: 1 | 2 | null) => {
    const pressed = hops === null ? current === null : current?.node === node && current.hops === hops;
    const b = el('button', { text, attrs: { type: 'button', 'data-hops': String(hops ?? 'all'), 'aria-pressed': String(pressed) } });
    b.addEventListener('click', () => ctx.showAround(node, hops));
    return b;
  };
  return el('div', { class: 'neighbourhood' }, [el('span', { class: 'muted', text: 'Show: ' }), choice('1 hop', 1), choice('2 hops', 2), choice('everything', null)]);
}

/** Before the details have arrived: a selection shows that they are on their way. */
export function renderPending(container: HTMLElement, selected: boolean): void {
  container.replaceChildren(el('p', { class: 'muted', text: 'Loading the sentences and letters…' }));
  container.hidden = !selected;
}

/** `at`: for a letter, the offset of a sentence to open it at. */
export function renderPanel(container: HTMLElement, ctx: PanelContext, node: string | null, edge: string | null, at: number | null = null): void {
  container.replaceChildren();
  let content: HTMLElement[];
  if (edge && ctx.graph.hasEdge(edge)) content = edgePanel(ctx, edge);
  else if (node && ctx.graph.hasNode(node)) content = ctx.graph.getNodeAttribute(node, 'type') === 'Letter' ? letterPanel(ctx, node, at) : entityPanel(ctx, node);
  else {
    container.hidden = true;
    return;
  }
  const close = el('button', { class: 'close', text: '×', title: 'Close', attrs: { type: 'button', 'aria-label': 'Close panel' } });
  close.addEventListener('click', () => container.dispatchEvent(new CustomEvent('panel-close', { bubbles: true })));
  container.append(close, ...content);
  if (node && !edge && ctx.graph.hasNode(node)) content[0]!.after(neighbourhoodBar(ctx, node));
  container.hidden = false;
  container.scrollTop = 0;
  container.querySelector('.hit')?.scrollIntoView({ block: 'center' });
}
