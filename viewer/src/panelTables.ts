// The panel's tables: the letters that mention an entity (one row per sentence) and the entities a
// letter names. Both follow the current filters, like the panel's lists.
import type { LetterGraph } from '../../src/graph/types.js';
import type { PanelContext } from './panel.js';
import { dataTable } from './tables.js';

const amountText = (a: { label: string | null; text: string }) => (a.label ? `${a.label} ${a.text}` : a.text);

type LetterRow = { letter: string; label: string; date: string | null; body: string | null; kind: string | null; sentence: string; amounts: string };

function entityLetterRows(graph: LetterGraph, node: string, shown: (letter: string) => boolean): LetterRow[] {
  const rows: LetterRow[] = [];
  graph.forEachInEdge(node, (_e, a, source) => {
    if (a.type !== 'MENTIONS' || !shown(source)) return;
    const s = graph.getNodeAttributes(source);
    const bySentence = new Map<number, LetterRow>();
    for (const ev of a.evidence) {
      let row = bySentence.get(ev.start);
      if (!row) {
        row = { letter: source, label: s.label, date: s.letter?.date ?? null, body: s.letter?.replyingAgency ?? null, kind: s.letter?.kind ?? null, sentence: ev.text, amounts: '' };
        bySentence.set(ev.start, row);
        rows.push(row);
      }
      const amounts = (ev.amounts ?? []).map(amountText).filter((x) => !row!.amounts.includes(x));
      row.amounts = [row.amounts, ...amounts].filter(Boolean).join('；');
    }
  });
  return rows.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.label.localeCompare(b.label));
}

export function entityLettersTable(ctx: PanelContext, node: string): HTMLElement {
  return dataTable<LetterRow>({
    name: `letters-${ctx.graph.getNodeAttribute(node, 'label')}`,
    caption: 'Letters mentioning it, sentence by sentence',
    rows: entityLetterRows(ctx.graph, node, ctx.letterShown),
    select: ctx.selectNode,
    columns: [
      { title: 'Date', value: (r) => r.date },
      { title: 'Letter', value: (r) => r.label, node: (r) => r.letter },
      { title: 'Replying body', value: (r) => r.body, node: (r) => (r.body && ctx.graph.hasNode(`Agency:${r.body}`) ? `Agency:${r.body}` : null) },
      { title: 'Kind', value: (r) => r.kind },
      { title: 'Sentence', value: (r) => r.sentence },
      { title: 'Amounts', value: (r) => r.amounts || null },
    ],
  });
}

type EntityRow = { node: string; type: string; label: string; mentions: number; amounts: string };

export function letterEntitiesTable(ctx: PanelContext, letter: string): HTMLElement {
  const { graph } = ctx;
  const rows: EntityRow[] = [];
  graph.forEachOutEdge(letter, (_e, a, _s, target, _sa, t) => {
    if (a.type !== 'MENTIONS') return;
    const amounts = [...new Set(a.evidence.flatMap((ev) => (ev.amounts ?? []).map(amountText)))].join('；');
    rows.push({ node: target, type: t.type, label: t.label, mentions: a.evidence.length, amounts });
  });
  rows.sort((a, b) => a.type.localeCompare(b.type) || b.mentions - a.mentions);
  return dataTable<EntityRow>({
    name: `entities-${graph.getNodeAttribute(letter, 'label')}`,
    caption: 'Entities this letter names',
    rows,
    select: ctx.selectNode,
    columns: [
      { title: 'Type', value: (r) => r.type },
      { title: 'Name', value: (r) => r.label, node: (r) => r.node },
      { title: 'Mentions', value: (r) => r.mentions },
      { title: 'Amounts', value: (r) => r.amounts || null },
    ],
  });
}
