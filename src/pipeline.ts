// Paths in, records out: walks the inputs, reads each file and extracts it, in input order, in
// this thread (jobs = 1) or on a pool of worker threads; memory stays flat however large the corpus.
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
  for await (const entry of listInputFiles(paths)) yield itemOf(entry) ?? (await extractFile(entry.path));
}

