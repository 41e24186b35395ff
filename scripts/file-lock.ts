/**
 * A cross-process lock: a file created exclusively that holds the owner's pid. A lock whose owner has died
 * is taken over, so a crashed start/stop or test run cannot block the next one.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { processAlive } from './process-alive.js';

function ownerAlive(lockFile: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(lockFile, 'utf8').trim());
  } catch {
    return true; // vanished or being written right now: look again on the next turn
  }
  return Number.isInteger(pid) && pid > 0 && processAlive(pid);
}

export async function withFileLock<T>(lockFile: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(lockFile), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!ownerAlive(lockFile)) {
        rmSync(lockFile, { force: true });
        continue;
      }
      if (Date.now() >= deadline) throw new Error(`timed out waiting for ${lockFile} (held by a live process)`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lockFile, { force: true });
  }
}
