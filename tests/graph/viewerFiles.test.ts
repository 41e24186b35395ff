// graph.json + details.json: the first file alone is a graphology serialisation with what the first
// paint needs; both together give back the graph `lettergraph build` made, key for key. paint.json
// holds graph.json's content as columns, and reads back to the same columns.
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { buildLetterGraph, edgeKey, nodeKey } from '../../src/graph/build.js';
import { layoutGraph } from '../../src/graph/layout.js';
import { loadPalette } from '../../src/graph/palette.js';
import { addEdgeArrays, addNodeColumns, arrayEdges, edgeArrays, edgeKeys, emptyLetterGraph, evidenceColumns, evidenceLists, mergeEvidence, mergeNodeDetails, nodesFromPaint } from '../../src/export/readViewerFiles.js';
import { viewerFiles } from '../../src/export/viewerFiles.js';
import { graphColumns, readPaintFile, type PaintFile } from '../../src/export/paintFile.js';
import type { GraphDetails, PaintGraph } from '../../src/graph/types.js';
import { edgeLetters, NO_FILTER, visibleElements } from '../../src/graph/view.js';
import { goldRecords } from './goldRecords.js';

const L003 = 'Letter:11500000MB15895317/2024-00040';
const FUND = nodeKey('Fund', '种子基金');

describe('the viewer files', () => {
  const graph = buildLetterGraph(goldRecords(), loadPalette());
  layoutGraph(graph);
  const files = viewerFiles(graph);
  const paint = JSON.parse(files.graph) as PaintGraph;
  const details = JSON.parse(files.details) as GraphDetails;

  it('graph.json is a graphology serialisation holding only what the first paint needs', () => {
    const back = MultiDirectedGraph.from(paint);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getNodeAttributes(FUND)).toEqual({ type: 'Fund', label: '种子基金', x: graph.getNodeAttribute(FUND, 'x'), y: graph.getNodeAttribute(FUND, 'y'), size: graph.getNodeAttribute(FUND, 'size'), color: graph.getNodeAttribute(FUND, 'color') });
    for (const e of paint.edges) expect(Object.keys(e.attributes).sort()).toEqual(['type', 'weight']);
    expect(files.graph).not.toContain('种子基金规模3亿元以上');
  });

  it('details.json holds aliases, letters and evidence, tied to graph.json by id', () => {
    expect(details.id).toBe(paint.attributes.detailsId);
    expect(details.nodes[FUND]!.aliases).toContain('种子投资基金');
    expect(details.nodes[L003]!.letter!.text).toContain('种子基金规模3亿元以上');
    expect(details.edges).toHaveLength(graph.size);
    // Sentences are read from the letter's text, not stored twice.
    const stored = details.edges.flat();
    expect(stored.length).toBeGreaterThan(100);
    expect(stored.filter((ev) => ev.text !== undefined)).toEqual([]);
    // A rebuild from the same letters ties the same way; other letters do not.
    expect(JSON.parse(viewerFiles(graph).details).id).toBe(details.id);
    const fewer = buildLetterGraph(goldRecords().slice(1), loadPalette());
    expect(JSON.parse(viewerFiles(fewer).details).id).not.toBe(details.id);
  });

  const nodes = paint.nodes.map((n) => n.key);

  it('paint.json reads back to the columns and arrays graph.json gives', () => {
    const columns = readPaintFile(JSON.parse(files.paint));
    expect(columns).toEqual(graphColumns(paint));
    if (typeof columns === 'string') throw new Error(columns);
    expect(columns.nodes.keys).toEqual(nodes);
    expect(columns.edges.source).toBeInstanceOf(Uint32Array);
    expect(columns.edges.source).toHaveLength(graph.size);
    // Nodes outside the policy view have no position there: null in the file, NaN in the columns.
    const fund = nodes.indexOf(FUND);
    expect(Number.isNaN(columns.nodes.px[fund]!)).toBe(graph.getNodeAttribute(FUND, 'px') === undefined);
    expect(files.paint.length).toBeLessThan(files.graph.length / 2);
  });

  it('a paint.json that does not fit its graph says what is wrong', () => {
    const changed = (change: (f: PaintFile) => void) => {
      const f = JSON.parse(files.paint) as PaintFile;
      change(f);
      return readPaintFile(f);
    };
    expect(readPaintFile(JSON.parse(files.graph))).toBe('it is not a lettergraph-paint/1 file');
    expect(changed((f) => f.edges.target.push(0))).toBe('its target column is missing or of the wrong length');
    expect(changed((f) => (f.edges.source[3] = nodes.length))).toBe('its source column has a bad value at 3');
    expect(changed((f) => (f.nodes.x[1] = Number.NaN))).toBe('its x column has a bad value at 1');
    expect(changed((f) => (f.nodes.keys[1] = f.nodes.keys[0]!))).toBe('a node key appears twice');
    expect(changed((f) => f.nodes.typeNames.push('Planet' as never))).toBe(`its node types entry ${f0().nodes.typeNames.length} is not a known name`);
    expect(changed((f) => delete (f.attributes as Partial<PaintFile['attributes']>).detailsId)).toBe('it has no details id (it was written by an older lettergraph)');
  });
  const f0 = () => JSON.parse(files.paint) as PaintFile;

  it('read back and merged in pieces, give the built graph: same keys, attributes and evidence', () => {
    const columns = graphColumns(paint).nodes;
    const back = emptyLetterGraph(paint.attributes);
    addNodeColumns(back, columns, 0, 7);
    expect(back.order).toBe(7);
    addNodeColumns(back, columns, 7);
    expect(back.export()).toEqual(nodesFromPaint(paint).export());
    expect(back.size).toBe(0);
    const arrays = edgeArrays(paint);
    const keys = edgeKeys(nodes, arrays);
    const half = Math.floor(keys.length / 2);
    addEdgeArrays(back, nodes, arrays, keys, 0, half);
    expect(back.size).toBe(half);
    addEdgeArrays(back, nodes, arrays, keys, half);
    expect(back.getEdgeAttribute(edgeKey('MENTIONS', L003, FUND), 'evidence')).toEqual([]);
    const entries = Object.entries(details.nodes);
    mergeNodeDetails(back, entries.slice(0, 5));
    mergeNodeDetails(back, entries.slice(5));
    // Evidence travels to the page as typed arrays (see evidenceColumns).
    mergeEvidence(back, keys, 0, evidenceLists(evidenceColumns(details.edges.slice(0, half))));
    mergeEvidence(back, keys, half, evidenceLists(evidenceColumns(details.edges.slice(half))));
    expect(back.export()).toEqual(JSON.parse(JSON.stringify(graph.export())));
  });

  it('evidence as typed arrays gives back the same lists, fund figures and stored sentence texts included', () => {
    const withExtras = details.edges.map((list) => list.map((ev) => ({ ...ev })));
    const edge = withExtras.findIndex((list) => list.length > 1);
    withExtras[edge]![1]!.text = 'a sentence not in the letter';
    withExtras[edge + 1]![0]!.amounts = [{ text: '2.98亿元', value: 298_000_000, unit: 'yuan', kind: 'size' } as never];
    const columns = evidenceColumns(withExtras);
    expect(columns.counts).toHaveLength(graph.size);
    // Only what the arrays do not hold travels as objects: sentence texts and fund figures.
    expect(columns.extras.length).toBe(withExtras.flat().filter((ev) => (ev.amounts?.length ?? 0) > 0 || ev.text !== undefined).length);
    expect(columns.extras.length).toBeLessThan(columns.start.length / 2);
    expect(columns.noAmounts.filter((x) => x === 1).length).toBeGreaterThan(columns.start.length / 2);
    expect(evidenceLists(columns)).toEqual(withExtras);
    expect(evidenceLists(evidenceColumns([[], []]))).toEqual([[], []]);
  });

  it('their edge arrays give the same view as the graph, before its edges are added', () => {
    const nodesOnly = nodesFromPaint(paint);
    const arrays = edgeArrays(paint);
    for (const filter of [NO_FILTER, { ...NO_FILTER, policyView: true }, { ...NO_FILTER, hiddenTypes: new Set(['Letter'] as const) }]) {
      const expected = visibleElements(graph, () => edgeLetters(graph), filter);
      expect(expected.edges.size).toBeGreaterThan(0);
      expect(visibleElements(nodesOnly, () => new Map(), filter, arrayEdges(nodes, arrays, edgeKeys(nodes, arrays)))).toEqual(expected);
    }
  });
});
