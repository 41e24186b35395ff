// Node and edge keys and edge thickness: shared by the build and the viewer (which rebuilds edge
// keys and sizes from graph.json, where edges carry only type and weight).
import type { EdgeType, NodeType } from './types.js';

export function nodeKey(type: NodeType, key: string): string {
  return `${type}:${key}`;
}

export function edgeKey(type: EdgeType, source: string, target: string): string {
  return `${type}|${source}|${target}`;
}

/** Edge thickness from its evidence count. */
export function edgeSize(weight: number): number {
  return Math.min(6, 0.5 + Math.log2(1 + weight));
}
