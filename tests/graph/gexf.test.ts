// graph.gexf as `lettergraph build` writes it: GEXF 1.3, valid against the official schema, every
// edge with its letters and evidence sentences.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../src/export/graphFiles.js';
import { buildLetterGraph, edgeKey, nodeKey } from '../../src/graph/build.js';
import { layoutGraph } from '../../src/graph/layout.js';
import { loadPalette } from '../../src/graph/palette.js';
import { goldRecords } from './goldRecords.js';

const SCHEMA = '../shared/schemas/gexf-1.3/gexf.rng';
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const canValidate = hasXmllint && existsSync(SCHEMA);
if (!canValidate) console.warn(`gexf.test: skipping schema validation (${hasXmllint ? `${SCHEMA} absent` : 'xmllint not installed: bash scripts/setup-system.sh'})`);

const graph = buildLetterGraph(goldRecords(), loadPalette());
layoutGraph(graph);
const xml = toGexf(graph);

describe('graph.gexf', () => {
  it('is GEXF 1.3 with the 1.3 viz namespace', () => {
    expect(xml).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
  });

  it.runIf(canValidate)('validates against the official GEXF 1.3 RelaxNG schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lettergraph-gexf-'));
    try {
      const file = join(dir, 'graph.gexf');
      writeFileSync(file, xml);
      // Throws (with xmllint's complaint) on an invalid file.
      const out = execFileSync('xmllint', ['--noout', '--relaxng', SCHEMA, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      expect(out).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives every edge its letters and all its evidence sentences', () => {
    const back = parseGexf(MultiDirectedGraph, xml);
    const L003 = nodeKey('Letter', '11500000MB15895317/2024-00040');
    const mention = edgeKey('MENTIONS', L003, nodeKey('Fund', '种子基金'));
    expect(back.getEdgeAttribute(mention, 'letters')).toEqual(['11500000MB15895317/2024-00040']);
    const sentences = graph.getEdgeAttribute(mention, 'evidence');
    expect(sentences.length).toBeGreaterThan(1);
    expect((back.getEdgeAttribute(mention, 'evidence') as string).split('\n')).toEqual(sentences.map((ev) => `[${ev.letterId}] ${ev.text}`));
    // A link from the header has no sentence but still names its letter.
    const issuedBy = edgeKey('ISSUED_BY', L003, nodeKey('Agency', '重庆市科学技术局'));
    expect(back.getEdgeAttribute(issuedBy, 'letters')).toEqual(['11500000MB15895317/2024-00040']);
  });
});
