// One file in, its pipeline items out: what the main thread and every worker run per file.
import { extractLetter } from '../extract/index.js';
import { IngestError, type InputEntry, readInputs } from '../ingest/index.js';
import type { LetterRecord } from '../schema.js';

export type PipelineItem = { ok: true; record: LetterRecord } | { ok: false; source: string; error: string };

/** The items of one input file: one for a letter file, one per letter for a zip archive. */
export async function extractFile(path: string): Promise<PipelineItem[]> {
  const items: PipelineItem[] = [];
  // A zip archive holds several letters, each read (or refused) on its own.
  for await (const doc of readInputs(path)) {
    if (doc instanceof IngestError) {
      items.push({ ok: false, source: doc.source, error: doc.reason });
      continue;
    }
    try {
      items.push({ ok: true, record: extractLetter(doc) });
    } catch (err) {
      items.push({ ok: false, source: doc.source, error: errorReason(err) });
    }
  }
  return items;
}

/** The reason part of an error, without the file name the caller prints anyway. */
export function errorReason(err: unknown): string {
  if (err && typeof err === 'object' && 'reason' in err && typeof err.reason === 'string') return err.reason;
  return err instanceof Error ? err.message : String(err);
}

/** The item of an entry the walk already failed on; null for a file to extract. */
export function itemOf(entry: InputEntry): PipelineItem | null {
  return 'error' in entry ? { ok: false, source: entry.path, error: entry.error } : null;
}
