// serve --neo4j reads the graph back from a real Neo4j: loading the sample letters with the
// loader and reading them back must give the graph `lettergraph build` makes from the same records.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { buildLetterGraph, edgeKey, nodeKey } from '../../src/graph/build.js';
import { loadPalette } from '../../src/graph/palette.js';
import { loadRecords } from '../../src/neo4j/load.js';
import { readLetterRecords, viewerFilesFromNeo4j } from '../../src/serve/fromNeo4j.js';
import { startServer } from '../../src/serve/server.js';
import type { GraphDetails, PaintGraph } from '../../src/graph/types.js';
import { exclusiveDatabase } from '../neo4j/db.js';
import { goldRecords } from '../graph/goldRecords.js';

describe('reading the letter graph from Neo4j', () => {
  let db: { driver: Driver; release: () => Promise<void> };
  beforeAll(async () => {
    db = await exclusiveDatabase();
    await loadRecords(db.driver, goldRecords());
  }, 60_000);
  afterAll(async () => db?.release());

  it('gives the same nodes, edges and evidence as building from the records', async () => {
    const palette = loadPalette();
    const direct = buildLetterGraph(goldRecords(), palette);
    const fromDb = buildLetterGraph(await readLetterRecords(db.driver), palette);
    expect(fromDb.nodes().sort()).toEqual(direct.nodes().sort());
    expect(fromDb.edges().sort()).toEqual(direct.edges().sort());
    const fund = edgeKey('MENTIONS', 'Letter:11500000MB15895317/2024-00040', nodeKey('Fund', '种子基金'));
    expect(fromDb.getEdgeAttribute(fund, 'evidence')).toEqual(direct.getEdgeAttribute(fund, 'evidence'));
    const co = fromDb.filterEdges((_e, a) => a.type === 'CO_MENTIONED');
    for (const e of co) expect(fromDb.getEdgeAttribute(e, 'weight')).toBe(direct.getEdgeAttribute(e, 'weight'));
    const letter = fromDb.getNodeAttribute('Letter:11500000MB15895317/2024-00040', 'letter')!;
    expect(letter.text).toBe(direct.getNodeAttribute('Letter:11500000MB15895317/2024-00040', 'letter')!.text);
    expect(letter.coHandlers.sort()).toEqual(['重庆市教育委员会', '重庆市经济和信息化委员会', '重庆市财政局'].sort());
  });

  it('serves graph.json and the details.json of the same read (serve --neo4j)', async () => {
    const viewerDir = mkdtempSync(join(tmpdir(), 'lettergraph-viewer-stub-'));
    writeFileSync(join(viewerDir, 'index.html'), '<!doctype html>');
    let loads = 0;
    const server = await startServer({ graph: { kind: 'loader', describe: 'Neo4j', load: () => (loads++, viewerFilesFromNeo4j(db.driver)) }, port: 0, viewerDir });
    try {
      const graph = (await (await fetch(`${server.url}graph.json`)).json()) as PaintGraph;
      const details = (await (await fetch(`${server.url}details.json`)).json()) as GraphDetails;
      expect(loads).toBe(1);
      expect(details.id).toBe(graph.attributes.detailsId);
      const direct = buildLetterGraph(goldRecords(), loadPalette());
      expect(graph.nodes.map((n) => n.key).sort()).toEqual(direct.nodes().sort());
      expect(details.edges).toHaveLength(direct.size);
      const at = graph.edges.findIndex((e) => e.source === 'Letter:11500000MB15895317/2024-00040' && e.target === nodeKey('Fund', '种子基金'));
      const evidence = direct.getEdgeAttribute(edgeKey('MENTIONS', 'Letter:11500000MB15895317/2024-00040', nodeKey('Fund', '种子基金')), 'evidence');
      // Sentence texts are read from the letter's text in the viewer.
      expect(details.edges[at]).toEqual(evidence.map(({ text: _text, ...rest }) => rest));
    } finally {
      await server.close();
      rmSync(viewerDir, { recursive: true, force: true });
    }
  });
});
