// Starts `lettergraph build` and `lettergraph serve` as child processes, as a user would.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { lettergraph, spawnLettergraph } from '../support/cli.js';

const run = promisify(execFile);

export async function lettergraphBuild(inputs: string[], out: string): Promise<string> {
  const { code, stdout, stderr } = await lettergraph(['build', ...inputs, '--out', out]);
  if (code !== 0) throw new Error(`lettergraph build exited with ${code}: ${stderr}`);
  return stdout;
}

export async function buildViewer(): Promise<void> {
  await run('npx', ['vite', 'build', 'viewer', '--logLevel', 'warn']);
}

/** Builds the viewer, then under `dir` the graph of the bundled sample letters and the graph of one extra letter; returns both graph files. */
export async function buildSampleGraphs(dir: string, extra: { name: string; file: string; text: string }): Promise<{ samples: string; extra: string }> {
  cpSync('examples/letters', join(dir, 'letters'), { recursive: true });
  mkdirSync(join(dir, extra.name));
  writeFileSync(join(dir, extra.name, extra.file), extra.text);
  await buildViewer();
  await lettergraphBuild([join(dir, 'letters')], join(dir, 'out'));
  await lettergraphBuild([join(dir, extra.name)], join(dir, `${extra.name}-out`));
  return { samples: join(dir, 'out', 'graph.json'), extra: join(dir, `${extra.name}-out`, 'graph.json') };
}

export type Served = { url: string; stop: () => Promise<void> };

/** Starts `lettergraph serve --graph FILE --port 0` and waits for the URL it prints. */
export function lettergraphServe(graphFile: string): Promise<Served> {
  const { child } = spawnLettergraph(['serve', '--graph', graphFile, '--port', '0']);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      if (url) {
        resolve({
          url,
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}
