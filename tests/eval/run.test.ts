import { mkdtemp, writeFile, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoldFile } from '../../src/eval/gold.js';
import { EvalUsageError, evaluateDirs, loadGoldDir, type ExtractPaths } from '../../src/eval/run.js';
import type { LetterRecord } from '../../src/schema.js';
import { goldFields } from './helpers.js';

/** What a perfect extractor would return for a letter: the gold itself, as a record. */
function recordFromGold(gold: GoldFile, source: string): LetterRecord {
  const ref = (key: string) => ({ label: 'Agency' as const, key });
  return {
    source,
    id: gold.source,
    text: '',
    encoding: 'utf-8',
    ingest: { format: 'txt', pages: null, ocr: null },
    ...goldFields(gold),
    sentences: [{ start: 0, end: 0, text: '' }],
    entities: gold.entities.map((e) => ({ type: e.type, name: e.name, aliases: e.aliases, mentions: [] })),
    relations: gold.relations.map((r) => ({
      type: r.type,
      from: ref(r.from),
      to: ref(r.to),
      evidence: 0,
    })),
  };
}

async function perfectExtractor(goldDir: string): Promise<ExtractPaths> {
  const golds = new Map((await loadGoldDir(goldDir)).map((g) => [g.source, g]));
  return async function* (paths) {
    for (const p of paths) {
      const gold = golds.get(path.basename(p));
      if (gold) yield { ok: true, record: recordFromGold(gold, p) };
      else yield { ok: false, source: p, error: 'unknown' };
    }
  };
}

describe('evaluateDirs', () => {
  for (const [letters, gold] of [
    ['examples/letters', 'tests/gold'],
    ['tests/fixtures/letters', 'tests/fixtures/gold'],
  ] as const) {
    it(`scores a perfect extractor 1.0 on ${gold}`, async () => {
      const report = await evaluateDirs(letters, gold, await perfectExtractor(gold));
      expect(report.failed).toEqual([]);
      expect(report.entities.overall).toMatchObject({ fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
      expect(report.relations.overall).toMatchObject({ fp: 0, fn: 0 });
      expect(report.fields.accuracy).toBe(1);
    });
  }

  it('scores an extractor that finds nothing as 0 recall and lists extraction failures', async () => {
    const nothing: ExtractPaths = async function* (paths) {
      for (const [i, p] of paths.entries()) {
        if (i === 0) yield { ok: false, source: p, error: 'cannot decode' };
      }
    };
    const report = await evaluateDirs('examples/letters', 'tests/gold', nothing);
    expect(report.entities.overall.tp).toBe(0);
    expect(report.entities.overall.recall).toBe(0);
    expect(report.failed).toHaveLength(5);
    expect(report.failed[0]).toEqual({ source: '000_3c3f08b36a879318.txt', error: 'cannot decode' });
    expect(report.failed[1]?.error).toBe('extractor returned no result');
  });

  it('marks a gold file whose letter is missing as failed, without asking the extractor', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lg-eval-'));
    await cp('tests/gold/003_d4bab2a74ced1df3.gold.json', path.join(dir, '003.gold.json'));
    const asked: string[] = [];
    const spy: ExtractPaths = async function* (paths) {
      asked.push(...paths);
    };
    const report = await evaluateDirs(dir, dir, spy);
    expect(asked).toEqual([]);
    expect(report.failed).toEqual([{ source: '003_d4bab2a74ced1df3.txt', error: 'letter file not found' }]);
  });

  it('rejects a missing directory and a malformed gold file as usage errors naming them', async () => {
    const none: ExtractPaths = async function* () {};
    await expect(evaluateDirs('no/such/dir', 'tests/gold', none)).rejects.toThrow(EvalUsageError);
    await expect(evaluateDirs('no/such/dir', 'tests/gold', none)).rejects.toThrow('letters dir no/such/dir: not a directory');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lg-eval-'));
    await writeFile(path.join(dir, 'bad.gold.json'), JSON.stringify({ source: 'x.txt' }));
    await expect(evaluateDirs('examples/letters', dir, none)).rejects.toThrow(/bad\.gold\.json: invalid gold at letter/);
    await expect(evaluateDirs('examples/letters', 'examples/letters', none)).rejects.toThrow(/no \*\.gold\.json files/);
  });
});
