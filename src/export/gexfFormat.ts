// How the letter graph maps onto GEXF for Gephi: scalar attributes only (evidence and
// letter text stay in details.json), positions/colours/sizes as viz. Shared by the CLI and the viewer.
import type { EdgeAttributes, NodeAttributes } from '../graph/types.js';

type Scalar = string | number | boolean;

export function formatGexfNode(_key: string, a: NodeAttributes) {
  const attributes: Record<string, Scalar> = { type: a.type };
  if (a.aliases.length) attributes.aliases = a.aliases.join('|');
  if (a.letter) {
    attributes.letterId = a.letter.id;
    if (a.letter.date) attributes.date = a.letter.date;
    if (a.letter.kind) attributes.kind = a.letter.kind;
    if (a.letter.meta.title) attributes.title = a.letter.meta.title;
    attributes.sources = a.letter.sources.join('|');
  }
  return { label: a.label, attributes, viz: { x: a.x, y: a.y, size: a.size, color: a.color } };
}

export function formatGexfEdge(_key: string, a: EdgeAttributes) {
  const attributes: Record<string, Scalar> = { type: a.type, evidenceCount: a.evidence.length };
  const first = a.evidence[0];
  if (first) attributes.firstEvidence = first.text;
  return { label: a.type, weight: a.weight, attributes, viz: { color: a.color, thickness: a.size } };
}
