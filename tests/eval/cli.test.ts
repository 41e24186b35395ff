import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

/** Runs `lettergraph eval …` in-process and captures its output and exit code. */
async function runEval(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  process.exitCode = undefined;
  try {
    const code = await main(['node', 'lettergraph', 'eval', ...args]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('lettergraph eval', () => {
  it('prints the per-type table, relations and fields for the bundled samples', async () => {
    const { code, stdout } = await runEval('examples/letters', 'tests/gold');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Entities \(5 letters, 0 failed/);
    for (const row of ['Agency', 'Policy', 'Fund', 'Platform', 'Person', 'Organization', 'ISSUED', 'MANAGES'])
      expect(stdout).toMatch(new RegExp(`^${row} +(\\d\\.\\d{3}|n/a) +(\\d\\.\\d{3}|n/a) +(\\d\\.\\d{3}|n/a) +\\d+ +\\d+ +\\d+ +\\d+ +\\d+$`, 'm'));
    expect(stdout).toMatch(/^letter\.signedDate +\d+ +5 +\d\.\d{3}$/m);
    expect(stdout).toMatch(/^overall +\d+ +105 +\d\.\d{3}$/m);
  });

  it('exits 1 when the bar is set above what any extractor can reach, and 0 when it is 0', async () => {
    const high = await runEval('examples/letters', 'tests/gold', '--min-f1', '1.01');
    expect(high.code).toBe(1);
    expect(high.stderr).toMatch(/below bar: overall entity F1 \d\.\d{3} < 1\.01/);
    expect((await runEval('examples/letters', 'tests/gold', '--min-fields', '1.01')).code).toBe(1);
    expect((await runEval('examples/letters', 'tests/gold', '--min-f1', '0', '--min-fields', '0')).code).toBe(0);
  });

  it('prints the same numbers as JSON, with per-letter detail under --verbose', async () => {
    const table = await runEval('examples/letters', 'tests/gold');
    const { code, stdout } = await runEval('examples/letters', 'tests/gold', '--format', 'json', '--verbose');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.fields.total).toBe(105);
    expect(report.letters).toHaveLength(5);
    const f1 = report.entities.overall.f1 as number;
    expect(table.stdout).toMatch(new RegExp(`^overall +\\S+ +\\S+ +${f1.toFixed(3).replace('.', '\\.')} `, 'm'));
  });

  it('lists per-letter misses under --verbose', async () => {
    const { stdout } = await runEval('examples/letters', 'tests/gold', '--verbose');
    expect(stdout).toMatch(/^== 000_3c3f08b36a879318\.txt$/m);
  });

  it('exits 2 on usage errors, naming the problem', async () => {
    const missing = await runEval('no/such/letters', 'tests/gold');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('lettergraph: letters dir no/such/letters: not a directory\n');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lg-cli-eval-'));
    await writeFile(path.join(dir, 'x.gold.json'), '{');
    const bad = await runEval('examples/letters', dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/x\.gold\.json: not valid JSON/);
    expect((await runEval('examples/letters', 'tests/gold', '--min-f1', 'high')).code).toBe(2);
    expect((await runEval('examples/letters', 'tests/gold', '--format', 'xml')).code).toBe(2);
  });
});
