// A pool worker: extracts the files the main thread sends, one message per file (its items), tagged with its sequence number.
import { parentPort } from 'node:worker_threads';
import { extractFile } from './extractOne.js';

parentPort!.on('message', async (task: { seq: number; path: string }) => {
  parentPort!.postMessage({ seq: task.seq, items: await extractFile(task.path) });
});
