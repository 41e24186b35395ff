// The merges file: rows fold every entity of a type named or aliased `name` into `canonical`, the
// same way in JSON Lines and the graph files; a bad file is refused whole with its line and reason.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergesFromText } from '../../src/identity/merges.js';
import { applyRenames } from '../../src/identity/renames.js';
import { lettergraph } from '../support/cli.js';
import { BISHAN, CHONGQING, extractWritten, writeLetter } from './letters.js';

const HEADER = 'type\tname\tcanonical\n';

describe('mergesFromText', () => {
  it('follows chains to their end', () => {
    const m = mergesFromText('m.tsv', HEADER + 'Fund\tA基金\tB基金\nFund\tB基金\tC基金\n# a comment\n\n');
    expect([...m]).toEqual([
      ['Fund\u0000A基金', 'C基金'],
      ['Fund\u0000B基金', 'C基金'],
    ]);
  });

  it.each([
    ['name\ttype\tcanonical\n', 'm.tsv: line 1: header must be "type\\tname\\tcanonical", found "name\ttype\tcanonical"'],
    [HEADER + 'Fund\tA\n', 'm.tsv: line 2: expected 3 tab-separated fields (type, name, canonical), found 2'],
    [HEADER + 'Agency\tA\tB\nBody\tC\tD\n', 'm.tsv: line 3: unknown type "Body" (one of Agency, Policy, Fund, Platform, Person, Organization)'],
    [HEADER + 'Agency\tA\tB\nAgency\tB\tA\n', 'm.tsv: line 2: cycle: "A" → "B" → "A"'],
    [HEADER + 'Agency\tA\tB\nAgency\tA\tC\n', 'm.tsv: line 3: Agency "A" is already merged into "B" on line 2'],
    [HEADER + 'Agency\tA\tA\n', 'm.tsv: line 2: "A" is merged into itself'],
  ])('refuses %j', (text, message) => {
    expect(() => mergesFromText('m.tsv', text)).toThrow(message);
  });
});

describe('applyRenames', () => {
  it('renames an entity named or aliased in a row everywhere its name stands, keeping the old names as aliases', () => {
    const extracted = extractWritten('cq.txt', CHONGQING);
    const record = { ...extracted, entities: extracted.entities.map((e) => (e.type === 'Fund' ? { ...e, aliases: ['转化基金'] } : e)) };
    const merges = mergesFromText('m.tsv', HEADER + 'Agency\t重庆市科学技术局\t重庆市科学技术局（重庆市外国专家局）\nFund\t转化基金\t重庆科技成果转化基金\n');
    const out = applyRenames(record, merges);
    const agency = out.entities.find((e) => e.type === 'Agency' && e.name.startsWith('重庆市科学技术局'))!;
    expect(agency.name).toBe('重庆市科学技术局（重庆市外国专家局）');
    expect(agency.aliases).toContain('重庆市科学技术局');
    expect(out.replyingAgency).toBe('重庆市科学技术局（重庆市外国专家局）');
    expect(out.relations.filter((r) => r.type === 'ISSUED_BY').map((r) => r.to.key)).toEqual(['重庆市科学技术局（重庆市外国专家局）']);
    const fund = out.entities.find((e) => e.type === 'Fund')!;
    expect(fund).toMatchObject({ name: '重庆科技成果转化基金', aliases: ['重庆市科技成果转化股权投资基金', '转化基金'] });
    expect(fund.mentions).toEqual(record.entities.find((e) => e.type === 'Fund')!.mentions);
  });
});

describe('--merges on the command line', () => {
  let dir: string;
  let letters: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lettergraph-merges-'));
    letters = join(dir, 'letters');
    await mkdir(letters);
    await writeFile(join(letters, 'cq.txt'), writeLetter(CHONGQING));
    await writeFile(join(letters, 'bs.txt'), writeLetter(BISHAN));
    await writeFile(join(dir, 'merges.tsv'), HEADER + 'Agency\t重庆市科学技术委员会\t重庆市科学技术局\n');
    await writeFile(join(dir, 'cycle.tsv'), HEADER + 'Agency\tA\tB\nAgency\tB\tA\n');
  });

  it('folds a listed pair in the JSON Lines and in graph.json alike', async () => {
    const extract = await lettergraph(['extract', '--jobs', '1', '--no-text', '--merges', join(dir, 'merges.tsv'), letters]);
    expect(extract.code).toBe(0);
    const names = extract.stdout.trim().split('\n').flatMap((l) => JSON.parse(l).entities.map((e: { name: string }) => e.name));
    expect(names).not.toContain('重庆市科学技术委员会');
    const build = await lettergraph(['build', '--jobs', '1', '--iterations', '1', '--merges', join(dir, 'merges.tsv'), '--out', join(dir, 'out'), letters]);
    expect(build.code).toBe(0);
    const graph = JSON.parse(await readFile(join(dir, 'out', 'graph.json'), 'utf8')) as { nodes: { key: string }[] };
    const keys = graph.nodes.map((n) => n.key);
    expect(keys).toContain('Agency:重庆市科学技术局');
    expect(keys).not.toContain('Agency:重庆市科学技术委员会');
    expect(keys).toContain('Fund:重庆市科技成果转化股权投资基金');
    expect(keys).not.toContain('Fund:重庆科技成果转化股权投资基金');
  });

  it('refuses a merges file with a cycle in one line, writing nothing', async () => {
    const build = await lettergraph(['build', '--merges', join(dir, 'cycle.tsv'), '--out', join(dir, 'never'), letters]);
    expect(build.code).toBe(2);
    expect(build.stderr).toBe(`lettergraph: ${join(dir, 'cycle.tsv')}: line 2: cycle: "A" → "B" → "A"\n`);
    await expect(readFile(join(dir, 'never', 'graph.json'))).rejects.toThrow();
  });
});
