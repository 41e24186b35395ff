// How the letter graph maps onto GEXF 1.3 for Gephi: scalar attributes, every edge's letters and
// evidence sentences, positions/colours/sizes as viz. Shared by the CLI and the viewer.
import type { EdgeAttributes, LetterGraph, NodeAttributes } from '../graph/types.js';

type Value = string | number | boolean | string[];

/** GEXF 1.3 writes labels as xsd:token: no line breaks or tabs, no leading, trailing or doubled spaces. */
export function gexfToken(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function formatGexfNode(_key: string, a: NodeAttributes) {
  const attributes: Record<string, Value> = { type: a.type };
  if (a.aliases.length) attributes.aliases = a.aliases.join('|');
  if (a.letter) {
    attributes.letterId = a.letter.id;
    if (a.letter.date) attributes.date = a.letter.date;
    if (a.letter.kind) attributes.kind = a.letter.kind;
    if (a.letter.meta.title) attributes.title = a.letter.meta.title;
    attributes.sources = a.letter.sources.join('|');
  }
  return { label: gexfToken(a.label), attributes, viz: { x: a.x, y: a.y, size: a.size, color: a.color } };
}

/** `letters`: the letter ids the edge rests on (see edgeLetters in graph/view.ts); `evidence`: every
 * sentence, one per line, each after the id of its letter in brackets. */
export function gexfEdgeFormatter(lettersOf: (edge: string) => readonly string[]) {
  return (key: string, a: EdgeAttributes) => {
    const attributes: Record<string, Value> = { type: a.type, evidenceCount: a.evidence.length };
    const letters = lettersOf(key).map((node) => node.replace(/^Letter:/, ''));
    if (letters.length) attributes.letters = letters;
    if (a.evidence.length) attributes.evidence = a.evidence.map((ev) => `[${ev.letterId}] ${ev.text}`).join('\n');
    return { label: a.type, weight: a.weight, attributes, viz: { color: a.color, thickness: a.size } };
  };
}

type GexfWriter = typeof import('graphology-gexf').write;

/** `write`: graphology-gexf's writer (its Node or its browser build); `letters`: edge → letter nodes, from the whole graph. */
export function letterGexf(write: GexfWriter, graph: LetterGraph, letters: ReadonlyMap<string, readonly string[]>): string {
  const xml = write(graph, { version: '1.3', formatNode: formatGexfNode, formatEdge: gexfEdgeFormatter((edge) => letters.get(edge) ?? []) });
  // The official RelaxNG schema admits no xsi:schemaLocation on <gexf>, which the writer adds.
  return xml.replace(XSI_ATTRIBUTES, '');
}

const XSI_ATTRIBUTES = ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"';
