// The options of the commands that extract (extract, build, load, duplicates): --jobs N worker
// threads, and --merges FILE, the researcher's merges, read and checked before any letter is.
import { type Command, InvalidArgumentError, Option } from 'commander';
import { readMergesFile } from '../identity/merges.js';
import type { Renames } from '../identity/renames.js';
import { resolvedItems, type PipelineItem } from '../pipeline.js';
import { defaultJobs } from '../pool/pool.js';

export type PipelineOptions = { jobs: number; merges?: string };

/** A commander parser for counts (--jobs, --batch-size). */
export function positiveInt(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a positive whole number');
  return n;
}

export function addPipelineOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--jobs <n>', 'worker threads extracting letters (output stays in input order)').argParser(positiveInt).default(defaultJobs(), 'every core'),
    )
    .addOption(new Option('--merges <file>', 'TSV of merges (header: type, name, canonical) applied to every letter'));
}

/**
 * Every input's item in input order, records resolved across the corpus (see resolvedItems).
 * A bad merges file throws (one line naming the file, line and reason) before any letter is read.
 */
export function readInputs(paths: string[], opts: PipelineOptions, merges: Renames = readMerges(opts)): AsyncGenerator<PipelineItem> {
  return resolvedItems(paths, { jobs: opts.jobs, merges });
}

/** The merges of --merges (none without it); throws on a bad file. */
export function readMerges(opts: PipelineOptions): Renames {
  return opts.merges ? readMergesFile(opts.merges) : new Map<string, string>();
}
