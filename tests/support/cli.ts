// Runs the lettergraph CLI from source in a child process, as a user runs it.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export type Run = { code: number | null; stdout: string; stderr: string };

/**
 * `lettergraph …` from `main` (default: this checkout's src/cli/main.ts); `child` lets a test act
 * while it runs (kill it, read its output as it comes).
 */
export function spawnLettergraph(
  args: string[],
  options: { env?: Record<string, string>; main?: string } = {},
): { child: ChildProcess; done: Promise<Run> } {
  const main = options.main ?? resolve('src/cli/main.ts');
  const script = `import(${JSON.stringify(main)}).then(async (m) => { process.exitCode = await m.main(['node', 'lettergraph', ...process.argv.slice(1)]); })`;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script, ...args], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  // Decoded as a stream, so a character split across two chunks stays whole.
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<Run>((resolveRun, fail) => {
    child.on('error', fail);
    child.on('close', (code) => resolveRun({ code, stdout, stderr }));
  });
  return { child, done };
}

/** `lettergraph …` run to the end. */
export function lettergraph(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return spawnLettergraph(args, { env }).done;
}
