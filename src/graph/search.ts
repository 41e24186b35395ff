// Name and alias search for the viewer: substring match, best matches first.
import type { LetterGraph, NodeType } from './types.js';

export type SearchEntry = { node: string; label: string; type: NodeType; names: string[]; size: number };
export type SearchHit = { node: string; label: string; type: NodeType; matched: string };

export function buildSearchIndex(graph: LetterGraph): SearchEntry[] {
  return graph.mapNodes((node, a) => ({
    node,
    label: a.label,
    type: a.type,
    names: [a.label, ...a.aliases].map((n) => n.toLowerCase()),
    size: a.size,
  }));
}

/** Exact name first, then prefix, then substring; ties go to the bigger (more connected) node, then the shorter name. */
export function searchNodes(index: SearchEntry[], query: string, allowed: (node: string) => boolean, limit = 10): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const scored: { entry: SearchEntry; rank: number; matched: string }[] = [];
  for (const entry of index) {
    let best: { rank: number; matched: string } | null = null;
    for (const name of entry.names) {
      const at = name.indexOf(q);
      if (at < 0) continue;
      const rank = name.length === q.length ? 0 : at === 0 ? 1 : 2;
      if (!best || rank < best.rank || (rank === best.rank && name.length < best.matched.length)) best = { rank, matched: name };
    }
    if (best && allowed(entry.node)) scored.push({ entry, ...best });
  }
  scored.sort((a, b) => a.rank - b.rank || b.entry.size - a.entry.size || a.matched.length - b.matched.length);
  return scored.slice(0, limit).map(({ entry, matched }) => ({ node: entry.node, label: entry.label, type: entry.type, matched }));
}
