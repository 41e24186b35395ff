// `lettergraph duplicates`: candidate pairs with readable reasons, best first; different places never pair.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../src/identity/duplicates.js';
import type { Entity, LetterRecord } from '../../src/schema.js';
import { lettergraph } from '../support/cli.js';
import { BISHAN, CHENGDU, CHONGQING, extractWritten, writeLetter } from './letters.js';

const withEntities = (r: LetterRecord, extra: Omit<Entity, 'mentions'>[]): LetterRecord => ({
  ...r,
  entities: [...r.entities, ...extra.map((e) => ({ ...e, mentions: [] }))],
});

describe('findDuplicates', () => {
  const chongqing = extractWritten('cq.txt', CHONGQING);
  const bishan = extractWritten('bs.txt', BISHAN);
  const chengdu = extractWritten('cd.txt', CHENGDU);

  it('pairs a renamed body and a name that swallowed a word, with their reasons, best first', () => {
    const pairs = findDuplicates([
      withEntities(chongqing, [{ type: 'Platform', name: '你区璧山科技孵化园', aliases: [] }]),
      withEntities(bishan, [{ type: 'Platform', name: '璧山科技孵化园', aliases: [] }]),
    ]);
    expect(pairs.map(({ type, a, b }) => [type, a, b])).toEqual([
      ['Platform', '璧山科技孵化园', '你区璧山科技孵化园'],
      ['Agency', '重庆市科学技术局', '重庆市科学技术委员会'],
    ]);
    expect(pairs[0]!.reason).toBe('“你区璧山科技孵化园” contains “璧山科技孵化园”');
    expect(pairs[0]!.letters).toEqual(['bs.txt', 'cq.txt']);
    expect(pairs[1]!.reason).toContain('renamed in the 2018–2019 reform');
    expect(pairs[1]!.reason).toContain('same jurisdiction (重庆市)');
    expect(pairs[0]!.score).toBeGreaterThan(pairs[1]!.score);
  });

  it('never pairs bodies of two places, nor a body and a unit inside it', () => {
    const pairs = findDuplicates([
      withEntities(chongqing, [
        { type: 'Agency', name: '重庆市财政局', aliases: ['市财政局'] },
        { type: 'Agency', name: '重庆市人民政府', aliases: [] },
        { type: 'Agency', name: '重庆市人民政府办公厅', aliases: [] },
      ]),
      withEntities(chengdu, [{ type: 'Agency', name: '成都市财政局', aliases: ['市财政局'] }]),
    ]);
    expect(pairs).toEqual([]);
  });

  it('pairs spellings that differ only in punctuation', () => {
    const pairs = findDuplicates([
      withEntities(chongqing, [{ type: 'Policy', name: '科技入户、兴农富民专项行动', aliases: [] }]),
      withEntities(bishan, [{ type: 'Policy', name: '科技入户兴农富民专项行动', aliases: [] }]),
    ]);
    expect(pairs.find((p) => p.type === 'Policy')).toMatchObject({ a: '科技入户兴农富民专项行动', b: '科技入户、兴农富民专项行动', reason: '1 character apart' });
  });
});

describe('lettergraph duplicates', () => {
  it('prints one JSON object per line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lettergraph-dups-'));
    await mkdir(join(dir, 'letters'));
    await writeFile(join(dir, 'letters', 'cq.txt'), writeLetter(CHONGQING));
    await writeFile(join(dir, 'letters', 'bs.txt'), writeLetter(BISHAN));
    const run = await lettergraph(['duplicates', '--jobs', '1', join(dir, 'letters')]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      {
        type: 'Agency',
        a: '重庆市科学技术局',
        b: '重庆市科学技术委员会',
        score: expect.any(Number),
        reason: expect.stringContaining('renamed'),
        letters: [join(dir, 'letters', 'bs.txt'), join(dir, 'letters', 'cq.txt')],
      },
    ]);
  });

  const real = '../shared/corpus/real';
  it.skipIf(!existsSync(real))('finds pairs on the shared real corpus (skipped when ../shared is absent)', async () => {
    const run = await lettergraph(['duplicates', real]);
    const pairs = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(pairs.length).toBeGreaterThan(0);
    for (const p of pairs) expect(Object.keys(p)).toEqual(['type', 'a', 'b', 'score', 'reason', 'letters']);
  });
});
