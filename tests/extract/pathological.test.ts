// Letters that once blew the output up (evidence sentences repeated per mention) or ended the
// run ("Invalid string length"): each is extracted with output linear in its size, beside the samples.
import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_SENTENCE } from '../../src/extract/sentences.js';
import { LetterRecord, sentenceAt } from '../../src/schema.js';
import { lettergraph } from '../support/cli.js';
import { writePathologicalLetters } from './pathological.js';

let paths: string[];

beforeAll(async () => {
  paths = await writePathologicalLetters(await mkdtemp(join(tmpdir(), 'lettergraph-pathological-')));
});

describe('pathological letters beside the samples', () => {
  it('extracts every one with at most 30× its size in JSON, bounded sentences and exact spans', async () => {
    const run = await lettergraph(['extract', 'examples/letters', ...paths]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(5 + paths.length);
    for (const path of paths) {
      const line = lines.find((l) => l.includes(JSON.stringify(path)))!;
      const { size } = await stat(path);
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(30 * size);
      const record = LetterRecord.parse(JSON.parse(line));
      expect(record.entities.length).toBeGreaterThan(0);
      for (const s of record.sentences) {
        expect(s.end - s.start).toBeLessThanOrEqual(2 * MAX_SENTENCE);
        expect(record.text.slice(s.start, s.end)).toBe(s.text);
      }
      for (const e of record.entities) {
        for (const m of e.mentions) {
          expect(record.text.slice(m.start, m.end)).toBe(m.text);
          const s = sentenceAt(record, m.sentence);
          expect(s.start <= m.start && m.end <= s.end).toBe(true);
        }
      }
    }
    const cohandlers = JSON.parse(lines.find((l) => l.includes('cohandlers-20000'))!) as LetterRecord;
    expect(cohandlers.entities.filter((e) => e.type === 'Agency').flatMap((e) => e.mentions).length).toBeGreaterThan(20_000);
  }, 120_000);
});
