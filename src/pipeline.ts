// Paths in, records out: walks the inputs, reads each file and extracts it, in input order, in
// this thread (jobs = 1) or on a pool of worker threads; memory stays flat however large the corpus.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { CorpusNames } from './identity/fold.js';
import { applyRenames, type Renames } from './identity/renames.js';
import { listInputFiles } from './ingest/index.js';
import { extractFile, itemOf, type PipelineItem } from './pool/extractOne.js';
import { extractInWorkers } from './pool/pool.js';

export type { PipelineItem } from './pool/extractOne.js';

export async function* extractPaths(paths: string[], options: { jobs?: number } = {}): AsyncGenerator<PipelineItem> {
  const jobs = options.jobs ?? 1;
  if (jobs > 1) {
    yield* extractInWorkers(listInputFiles(paths), jobs);
    return;
  }
  for await (const entry of listInputFiles(paths)) {
    const failed = itemOf(entry);
    if (failed) yield failed;
    else yield* await extractFile(entry.path);
  }
}

/**
 * Every item of the inputs in input order, each record with the corpus's folds (identity/fold.ts)
 * and then the researcher's merges applied. The folds are known only once every letter is read, so
 * the items wait in a temporary JSON Lines file while the names are gathered: memory holds the
 * corpus's names, not its records.
 */
export async function* resolvedItems(paths: string[], options: { jobs?: number; merges: Renames }): AsyncGenerator<PipelineItem> {
  const dir = await mkdtemp(join(tmpdir(), 'lettergraph-'));
  const spill = join(dir, 'items.jsonl');
  try {
    const names = new CorpusNames();
    const out = createWriteStream(spill);
    for await (const item of extractPaths(paths, options)) {
      if (item.ok) names.add(item.record);
      if (!out.write(spillLine(item))) await once(out, 'drain');
    }
    out.end();
    await finished(out);
    const folds = names.folds();
    for await (const line of createInterface({ input: createReadStream(spill), crlfDelay: Infinity })) {
      const item = JSON.parse(line) as PipelineItem;
      yield item.ok ? { ok: true, record: applyRenames(applyRenames(item.record, folds), options.merges) } : item;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** An item as one line; a record too large to write is its file's failure, not the run's. */
function spillLine(item: PipelineItem): string {
  try {
    return JSON.stringify(item) + '\n';
  } catch (err) {
    const source = item.ok ? item.record.source : item.source;
    return JSON.stringify({ ok: false, source, error: `record too large to write (${(err as Error).message})` }) + '\n';
  }
}
