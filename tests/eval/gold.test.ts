import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldError, loadGold, parseGold } from '../../src/eval/gold.js';
import { goldFile } from './helpers.js';

describe('gold schema', () => {
  it('accepts every bundled gold file', async () => {
    for (const dir of ['tests/gold', 'tests/fixtures/gold']) {
      const names = (await readdir(dir)).filter((n) => n.endsWith('.gold.json'));
      expect(names.length).toBeGreaterThan(0);
      for (const n of names) await expect(loadGold(path.join(dir, n))).resolves.toHaveProperty('source');
    }
  });

  it('names the file and the bad field', () => {
    const bad = JSON.stringify({ ...goldFile(), entities: [{ type: 'Fund', name: '种子基金', aliases: [], requried: true }] });
    expect(() => parseGold(bad, 'x.gold.json')).toThrow(GoldError);
    expect(() => parseGold(bad, 'x.gold.json')).toThrow(/^x\.gold\.json: invalid gold at entities\.0\./);
  });

  it('rejects dates not in YYYY-MM-DD and unknown entity types', () => {
    const badDate = { ...goldFile(), letter: { ...goldFile().letter, signedDate: '2023516' } };
    expect(() => parseGold(JSON.stringify(badDate), 'd.gold.json')).toThrow(/letter\.signedDate: expected YYYY-MM-DD/);
    const badType = { ...goldFile(), entities: [{ type: 'Company', name: 'x', aliases: [], required: false }] };
    expect(() => parseGold(JSON.stringify(badType), 't.gold.json')).toThrow(/entities\.0\.type/);
  });

  it('reports unreadable and non-JSON files by name', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lg-gold-'));
    const file = path.join(dir, 'broken.gold.json');
    await writeFile(file, '{ "source": ');
    await expect(loadGold(file)).rejects.toThrow(`${file}: not valid JSON`);
    await expect(loadGold(path.join(dir, 'absent.gold.json'))).rejects.toThrow(/absent\.gold\.json: cannot read \(ENOENT\)/);
  });
});
