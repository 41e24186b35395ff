// Extraction on every core: files go to a pool of worker threads, and items come back in input
// order (each carries its sequence number; finished ones wait until those before them are out).
// At most a few files per worker are in flight, so memory stays flat however large the corpus.
// The main thread is one of the `jobs`: whenever it would wait for a worker it extracts the next
// queued file itself, so `jobs` threads extract and only `jobs - 1` fresh workers pay for loading
// the tables and warming up.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { InputEntry } from '../ingest/index.js';
import { extractFile, itemOf, type PipelineItem } from './extractOne.js';

/** Files read or waiting per worker: enough to keep every worker busy while one item waits for those before it, few enough to stay flat. */
const IN_FLIGHT_PER_WORKER = 16;
/** Files sent to a worker at once: it starts the next without waiting for the main thread to send it. */
const SENT_PER_WORKER = 2;

export const defaultJobs = (): number => availableParallelism();

type Done = { seq: number; items: PipelineItem[] };

// Compiled, the worker is the .js file beside this one. From source (tsx: tests, benches) it is the
// .ts file, and the worker registers tsx's loader itself: Node 20 workers do not inherit it.
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url));
  const source = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then((tsx) => tsx.register()).then(() => import(${source}))`, { eval: true });
}

/** Extracts the listed files on `jobs` threads (this one and `jobs - 1` workers) and yields the items in the order of `entries`. */
export async function* extractInWorkers(entries: AsyncIterable<InputEntry>, jobs: number): AsyncGenerator<PipelineItem> {
  const workers = Array.from({ length: Math.max(1, jobs - 1) }, startWorker);
  const finished = new Map<number, PipelineItem[]>();
  let wake: (() => void) | null = null;
  let failure: Error | null = null as Error | null;
  const busy = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const queue: { seq: number; path: string }[] = [];
  const dispatch = () => {
    while (queue.length > 0) {
      const [w, n] = [...busy].reduce((a, b) => (b[1] < a[1] ? b : a));
      if (n >= SENT_PER_WORKER) return;
      busy.set(w, n + 1);
      w.postMessage(queue.shift()!);
    }
  };
  for (const w of workers) {
    w.on('message', (done: Done) => {
      finished.set(done.seq, done.items);
      busy.set(w, busy.get(w)! - 1);
      dispatch();
      wake?.();
    });
    w.on('error', (err) => {
      failure = err;
      wake?.();
    });
  }
  // Waits for a worker's message, or extracts the next queued file here instead. Extraction here
  // is synchronous work, so first one turn of the event loop lets the workers' messages in:
  // without it a worker's results sat unread, and the worker idle, for dozens of files at a time.
  const progress = async () => {
    await new Promise<void>((r) => setImmediate(r));
    if (failure) throw failure;
    if (finished.has(next)) return;
    const task = queue.shift();
    if (task) finished.set(task.seq, await extractFile(task.path));
    else await new Promise<void>((r) => (wake = r));
    if (failure) throw failure;
  };
  let next = 0;
  let sent = 0;
  function* ready(): Generator<PipelineItem> {
    while (finished.has(next)) {
      const items = finished.get(next)!;
      finished.delete(next++);
      yield* items;
    }
  }
  try {
    for await (const entry of entries) {
      const seq = sent++;
      const failed = itemOf(entry);
      if (failed) finished.set(seq, [failed]);
      else {
        queue.push({ seq, path: entry.path });
        dispatch();
      }
      yield* ready();
      while (sent - next >= jobs * IN_FLIGHT_PER_WORKER) {
        await progress();
        yield* ready();
      }
    }
    while (next < sent) {
      await progress();
      yield* ready();
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
