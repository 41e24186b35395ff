// Paths in, records out: walks the inputs, reads each file and extracts it, in input order, in
// this thread (jobs = 1) or on a pool of worker threads; memory stays flat however large the corpus.
import { corpusFolds } from './identity/fold.js';
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
 * and then the researcher's merges applied. Folds are corpus-wide, so this holds every record.
 */
export async function resolvedItems(paths: string[], options: { jobs?: number; merges: Renames }): Promise<PipelineItem[]> {
  const items: PipelineItem[] = [];
  for await (const item of extractPaths(paths, options)) items.push(item);
  const folds = corpusFolds(items.flatMap((i) => (i.ok ? [i.record] : [])));
  return items.map((i) => (i.ok ? { ok: true, record: applyRenames(applyRenames(i.record, folds), options.merges) } : i));
}
