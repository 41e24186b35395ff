// Type colours live in data/graph-colors.json; this reads them once.
import { readFileSync } from 'node:fs';
import type { EdgeType, NodeType } from './types.js';

export type Palette = { nodes: Record<NodeType, string>; edges: Record<EdgeType, string> };

let cached: Palette | undefined;

export function loadPalette(): Palette {
  cached ??= JSON.parse(readFileSync(new URL('../../data/graph-colors.json', import.meta.url), 'utf8')) as Palette;
  return cached;
}
