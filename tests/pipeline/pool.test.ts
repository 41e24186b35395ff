// The worker pool: every core extracts, and what comes out is what one thread gives, in the same
// order, failures included (each named with its file, the other files still processed).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lettergraph } from '../support/cli.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lettergraph-pool-'));
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'news.txt'), '今日天气晴朗，气温适宜，市民纷纷外出游玩。');
});

describe('extract --jobs', () => {
  it('writes the same JSON Lines and the same failures with one worker thread or two', async () => {
    const inputs = ['examples/letters', join(dir, 'empty.txt'), 'tests/fixtures/letters', join(dir, 'news.txt')];
    const one = await lettergraph(['extract', '--jobs', '1', '--no-text', ...inputs]);
    const two = await lettergraph(['extract', '--jobs', '2', '--no-text', ...inputs]);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    const lines = one.stdout.trim().split('\n');
    expect(lines).toHaveLength(26);
    expect(JSON.parse(lines[0]!).source).toBe('examples/letters/000_3c3f08b36a879318.txt');
    expect(JSON.parse(lines[5]!).source).toBe('tests/fixtures/letters/101_bishan_agri_jianyi.txt');
    // Record by record, so a difference shows as the fields that differ.
    const twoLines = two.stdout.trim().split('\n');
    expect(twoLines).toHaveLength(lines.length);
    lines.forEach((line, i) => expect(JSON.parse(twoLines[i]!), `line ${i + 1}`).toEqual(JSON.parse(line)));
    const failures = one.stderr.trim().split('\n');
    expect(failures).toHaveLength(2);
    expect(failures[0]).toBe(`lettergraph: ${join(dir, 'empty.txt')}: empty file`);
    expect(failures[1]).toMatch(new RegExp(`^lettergraph: ${join(dir, 'news.txt')}: not a reply letter`));
    expect(two.stderr).toBe(one.stderr);
  });

  it('refuses a job count that is not a positive whole number', async () => {
    const run = await lettergraph(['extract', '--jobs', '0', 'examples/letters']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--jobs');
  });
});
