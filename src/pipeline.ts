// Paths in, records out: walks the inputs, reads each file and extracts it,
// one letter at a time so memory stays flat however large the corpus.
import { IngestError, listInputFiles, readInputs } from './ingest/index.js';
import { extractLetter } from './extract/index.js';
import type { LetterRecord } from './schema.js';

export type PipelineItem = { ok: true; record: LetterRecord } | { ok: false; source: string; error: string };

export async function* extractPaths(paths: string[]): AsyncGenerator<PipelineItem> {
  for await (const entry of listInputFiles(paths)) {
    if ('error' in entry) {
      yield { ok: false, source: entry.path, error: entry.error };
      continue;
    }
    // A zip archive holds several letters, each read (or refused) on its own.
    for await (const doc of readInputs(entry.path)) {
      if (doc instanceof IngestError) {
        yield { ok: false, source: doc.source, error: doc.reason };
        continue;
      }
      try {
        yield { ok: true, record: extractLetter(doc) };
      } catch (err) {
        yield { ok: false, source: doc.source, error: errorReason(err) };
      }
    }
  }
}

/** The reason part of an error, without the file name the caller prints anyway. */
export function errorReason(err: unknown): string {
  if (err && typeof err === 'object' && 'reason' in err && typeof err.reason === 'string') return err.reason;
  return err instanceof Error ? err.message : String(err);
}
