// Evaluation over directories: gold files drive it; each names its letter in `source`.
import { access, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LetterRecord } from '../schema.js';
import { loadGold, type GoldFile } from './gold.js';
import { scoreLetter, summarize, type EvalReport, type LetterScore } from './score.js';

export type ExtractResult = { ok: true; record: LetterRecord } | { ok: false; source: string; error: string };
/** The pipeline's `extractPaths`, passed in so evaluation does not depend on a later stage's wiring. */
export type ExtractPaths = (paths: string[]) => AsyncIterable<ExtractResult>;

/** A usage problem (missing directory, no gold, unreadable gold): exit code 2. */
export class EvalUsageError extends Error {
  override name = 'EvalUsageError';
}

async function requireDir(dir: string, what: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new EvalUsageError(`${what} ${dir}: not a directory`);
}

export async function loadGoldDir(goldDir: string): Promise<GoldFile[]> {
  await requireDir(goldDir, 'gold dir');
  const names = (await readdir(goldDir)).filter((n) => n.endsWith('.gold.json')).sort();
  if (names.length === 0) throw new EvalUsageError(`gold dir ${goldDir}: no *.gold.json files`);
  const golds: GoldFile[] = [];
  for (const name of names) {
    try {
      golds.push(await loadGold(path.join(goldDir, name)));
    } catch (err) {
      throw new EvalUsageError((err as Error).message);
    }
  }
  return golds;
}

export async function evaluateDirs(lettersDir: string, goldDir: string, extract: ExtractPaths): Promise<EvalReport> {
  await requireDir(lettersDir, 'letters dir');
  const golds = await loadGoldDir(goldDir);
  // Keyed by resolved path: the pipeline reports paths as it walked them, not as we spelled them.
  const outcome = new Map<string, LetterRecord | { error: string }>();
  const paths: string[] = [];
  for (const gold of golds) {
    const letterPath = path.join(lettersDir, gold.source);
    const exists = await access(letterPath).then(
      () => true,
      () => false,
    );
    if (exists) paths.push(letterPath);
    else outcome.set(path.resolve(letterPath), { error: 'letter file not found' });
  }
  for await (const result of extract(paths)) {
    if (result.ok) outcome.set(path.resolve(result.record.source), result.record);
    else outcome.set(path.resolve(result.source), { error: result.error });
  }
  const letters: LetterScore[] = golds.map((gold) => {
    const letterPath = path.resolve(lettersDir, gold.source);
    return scoreLetter(gold, outcome.get(letterPath) ?? { error: 'extractor returned no result' });
  });
  return summarize(letters);
}
