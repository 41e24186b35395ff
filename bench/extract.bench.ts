// Extraction throughput and memory on a synthetic corpus (bench/synth.ts), with jieba
// segmentation of the same files as a reference speed for "reading Chinese text".
// Run: npm run bench:extract [-- --letters N] [-- --keep]
// It measures the compiled code in dist/ (the npm script builds it first), as the CLI runs it:
// from source, each pool worker would first spend seconds compiling TypeScript with tsx.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { extractLetter } from '../dist/extract/index.js';
import { readLetterFile } from '../dist/ingest/index.js';
import { extractPaths } from '../dist/pipeline.js';
import { synthesizeCorpus } from './synth.js';

const { values } = parseArgs({
  options: { letters: { type: 'string', default: '10000' }, keep: { type: 'boolean', default: false } },
});
const letters = Number(values.letters);
if (!Number.isInteger(letters) || letters < 1) {
  console.error('bench:extract: --letters must be a positive integer');
  process.exit(2);
}
const CHECKPOINT = Math.min(2000, letters);
const TARGET_MB_S = 5;
/** All cores against one, wall time, on a 2-core machine. */
const TARGET_POOL_RATIO = 1.7;
const MB = 1024 * 1024;

/** Peak RSS and heap since the last reset, sampled on a timer and at every call to `sample`. */
class PeakMemory {
  rss = 0;
  heap = 0;
  private timer = setInterval(() => this.sample(), 20).unref();
  sample(): void {
    const m = process.memoryUsage();
    if (m.rss > this.rss) this.rss = m.rss;
    if (m.heapUsed > this.heap) this.heap = m.heapUsed;
  }
  snapshot(): { rss: number; heap: number } {
    this.sample();
    return { rss: this.rss, heap: this.heap };
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

// Live heap after a full GC separates retained memory (a leak would grow it) from GC slack.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const liveHeapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / MB;
};

// The machine is shared: CPU time (user + system, this process) is steadier than wall time.
const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;
const fmtMem = (m: { rss: number; heap: number }) => `RSS ${(m.rss / MB).toFixed(0)} MB, heap ${(m.heap / MB).toFixed(0)} MB`;

/** Runs the one-core walk in a fresh Node process over every `jobs`-th file of `dir`, from `share`. */
function walkShare(dir: string, share: number, jobs: number): Promise<void> {
  const walk = `import { readdirSync } from 'node:fs';
import { extractPaths } from ${JSON.stringify(new URL('../dist/pipeline.js', import.meta.url).href)};
const [dir, share, jobs] = process.argv.slice(1);
const paths = readdirSync(dir).sort().filter((_, k) => k % Number(jobs) === Number(share)).map((f) => dir + '/' + f);
for await (const item of extractPaths(paths)) if (!item.ok) process.exitCode = 1;`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', walk, dir, String(share), String(jobs)], { stdio: 'inherit' });
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`walk of share ${share} exited with ${code}`)))),
  );
}

const dir = mkdtempSync(join(tmpdir(), 'extract-bench-'));
try {
  const t0 = performance.now();
  const corpus = synthesizeCorpus('examples/letters', dir, letters);
  const corpusMb = corpus.bytes / MB;
  console.log(
    `corpus: ${corpus.files} letters, ${corpusMb.toFixed(1)} MB in ${dir} (generated in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );

  // Extraction: the real pipeline over the folder, one letter at a time; records are dropped as they come.
  const peak = new PeakMemory();
  const before = peak.snapshot();
  let ok = 0;
  let failed = 0;
  let entities = 0;
  let atCheckpoint = before;
  let liveAtCheckpoint = 0;
  const liveBefore = liveHeapMb();
  const t1 = performance.now();
  const cpu1 = process.cpuUsage();
  for await (const item of extractPaths([dir])) {
    if (item.ok) {
      ok++;
      entities += item.record.entities.length;
    } else {
      failed++;
      if (failed <= 3) console.error(`  failed: ${item.source}: ${item.error}`);
    }
    const done = ok + failed;
    if (done % 100 === 0) peak.sample();
    if (done === CHECKPOINT) {
      atCheckpoint = peak.snapshot();
      liveAtCheckpoint = liveHeapMb();
    }
  }
  const extractS = (performance.now() - t1) / 1000;
  const extractCpuS = cpuSeconds(process.cpuUsage(cpu1));
  const atEnd = peak.snapshot();
  const liveAtEnd = liveHeapMb();
  peak.stop();
  const extractMbS = corpusMb / extractS;
  console.log(
    `extract: ${ok} ok, ${failed} failed, ${entities} entities in ${extractS.toFixed(2)} s wall — ` +
      `${(ok / extractS).toFixed(0)} letters/s, ${extractMbS.toFixed(2)} MB/s ` +
      `(${extractCpuS.toFixed(2)} s CPU: ${(corpusMb / extractCpuS).toFixed(2)} MB/s per CPU-second)`,
  );
  console.log(`  memory before:        ${fmtMem(before)}`);
  if (CHECKPOINT < ok + failed) console.log(`  peak at ${String(CHECKPOINT).padStart(6)} letters: ${fmtMem(atCheckpoint)}`);
  console.log(`  peak at ${String(ok + failed).padStart(6)} letters: ${fmtMem(atEnd)}`);
  console.log(
    `  live heap after GC: ${liveBefore.toFixed(1)} MB before, ${liveAtCheckpoint.toFixed(1)} MB at ${CHECKPOINT}, ` +
      `${liveAtEnd.toFixed(1)} MB at ${ok + failed}`,
  );

  // Every core: the same walk through the worker pool, against the one-core run above (wall time,
  // as that is what more cores buy; records are passed back to this thread and dropped).
  const jobs = availableParallelism();
  const t3 = performance.now();
  const cpu3 = process.cpuUsage();
  let poolOk = 0;
  for await (const item of extractPaths([dir], { jobs })) if (item.ok) poolOk++;
  const poolS = (performance.now() - t3) / 1000;
  const poolCpuS = cpuSeconds(process.cpuUsage(cpu3));
  const poolRatio = extractS / poolS;
  console.log(
    `pool: one core ${(corpusMb / extractS).toFixed(2)} MB/s, all ${jobs} cores (--jobs ${jobs}) ${(corpusMb / poolS).toFixed(2)} MB/s wall ` +
      `(${poolOk} ok, ${poolCpuS.toFixed(2)} s CPU in all threads); ratio ${poolRatio.toFixed(2)}x, target >= ${TARGET_POOL_RATIO}x on 2 cores: ${poolRatio >= TARGET_POOL_RATIO ? 'met' : 'NOT met'}`,
  );

  // The machine's own ceiling: the one-core walk as `jobs` independent processes at once, each on
  // every jobs-th file. They share nothing and pass nothing back, so on this machine no pool beats
  // their ratio; where it is below the target, the cores themselves are (shared caches, memory).
  const t4 = performance.now();
  await Promise.all(Array.from({ length: jobs }, (_, share) => walkShare(dir, share, jobs)));
  const apartS = (performance.now() - t4) / 1000;
  console.log(
    `  ceiling: ${jobs} independent one-core processes, each on 1/${jobs} of the files, ${(corpusMb / apartS).toFixed(2)} MB/s wall; ` +
      `ratio ${(extractS / apartS).toFixed(2)}x (the pool: ${poolRatio.toFixed(2)}x)`,
  );

  // Where the time goes: extractLetter alone on the same files, reading untimed.
  const files = readdirSync(dir).sort();
  let coreS = 0;
  let coreCpuS = 0;
  for (const name of files) {
    const doc = await readLetterFile(join(dir, name));
    const t = performance.now();
    const cpu = process.cpuUsage();
    extractLetter(doc);
    coreCpuS += cpuSeconds(process.cpuUsage(cpu));
    coreS += (performance.now() - t) / 1000;
  }
  console.log(
    `  of which extractLetter alone: ${coreS.toFixed(2)} s — ${(corpusMb / coreS).toFixed(2)} MB/s ` +
      `(${coreCpuS.toFixed(2)} s CPU: ${(corpusMb / coreCpuS).toFixed(2)} MB/s per CPU-second; reading and walking not timed)`,
  );

  // Reference: jieba word segmentation of the same files, read the same way (UTF-8, one at a time).
  const jieba = Jieba.withDict(dict);
  let words = 0;
  const t2 = performance.now();
  const cpu2 = process.cpuUsage();
  for (const name of files) words += jieba.cut(await readFile(join(dir, name), 'utf8'), false).length;
  const jiebaS = (performance.now() - t2) / 1000;
  const jiebaCpuS = cpuSeconds(process.cpuUsage(cpu2));
  const jiebaMbS = corpusMb / jiebaS;
  console.log(
    `jieba cut (hmm off): ${words} words in ${jiebaS.toFixed(2)} s wall — ${jiebaMbS.toFixed(2)} MB/s ` +
      `(${jiebaCpuS.toFixed(2)} s CPU: ${(corpusMb / jiebaCpuS).toFixed(2)} MB/s per CPU-second)`,
  );
  console.log(`ratio extract/jieba: ${(extractMbS / jiebaMbS).toFixed(2)}x wall, ${(jiebaCpuS / extractCpuS).toFixed(2)}x CPU`);
  // Judged per CPU-second: on a shared machine wall time measures the neighbours as much as this code.
  const extractCpuMbS = corpusMb / extractCpuS;
  console.log(`target >= ${TARGET_MB_S} MB/s on one core (per CPU-second): ${extractCpuMbS >= TARGET_MB_S ? 'met' : 'NOT met'} (${extractCpuMbS.toFixed(2)} MB/s)`);
} finally {
  if (values.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
