// One file in, one pipeline item out: what the main thread and every worker run per file.
import { extractLetter } from '../extract/index.js';
import { type InputEntry, readLetterFile } from '../ingest/index.js';
import type { LetterRecord } from '../schema.js';

export type PipelineItem = { ok: true; record: LetterRecord } | { ok: false; source: string; error: string };

export async function extractFile(path: string): Promise<PipelineItem> {
  try {
    const doc = await readLetterFile(path);
    return { ok: true, record: extractLetter(doc) };
  } catch (err) {
    return { ok: false, source: path, error: errorReason(err) };
  }
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
