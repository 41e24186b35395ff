// npm run bench:viewer — the viewer in headless Chromium on a synthetic graph of 20,000 nodes and
// 100,000 edges shaped like `lettergraph build` output. Measures time to first render, when the panel
// data and the search index are ready after it, the longest main-thread task while loading, time for a
// search to answer (in the search worker) and to select, and frame time while hovering nodes.
// Search and hover are measured once the details (aliases, evidence, letter texts) have arrived.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { viewerFiles } from '../src/export/viewerFiles.js';
import { startServer } from '../src/serve/server.js';
import { launchChromium } from '../tests/viewer/browser.js';
import { syntheticGraph } from './viewer.graph.js';

const RUNS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

type Render = { total: number; loaded: number; details: number; search: number; longestTask: number };

// Records main-thread tasks over 50 ms from the page's start (as a string: see FRAME_RECORDER).
const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
`;

async function firstRender(page: Page, url: string): Promise<Render> {
  await page.goto(url);
  await page.waitForSelector('body[data-details="ready"][data-search="ready"]', { timeout: 60_000 });
  return page.evaluate(() => ({
    total: performance.getEntriesByName('lettergraph:first-render')[0]!.startTime,
    loaded: performance.getEntriesByName('lettergraph:graph-loaded')[0]!.startTime,
    details: performance.getEntriesByName('lettergraph:details-loaded')[0]!.startTime,
    search: performance.getEntriesByName('lettergraph:search-ready')[0]!.startTime,
    longestTask: Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks),
  }));
}

/** From typing a query: `answer` when the worker's hits are listed, `sync` when the first is selected and
 * highlighted (selection, panel, sigma refresh and draw calls), `frame` when the next frame starts. */
async function searchTime(page: Page, query: string): Promise<{ answer: number; sync: number; frame: number }> {
  return page.evaluate(async (q) => {
    const input = document.getElementById('search') as HTMLInputElement;
    const list = document.getElementById('suggestions')!;
    list.replaceChildren();
    const t0 = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input'));
    // A loop, not a named helper: tsx would wrap a named function in a helper the page does not have.
    let first = list.querySelector('li[data-node]');
    while (!first) {
      if (performance.now() - t0 > 5000) throw new Error(`no suggestion for ${q}`);
      await new Promise((r) => setTimeout(r, 0));
      first = list.querySelector('li[data-node]');
    }
    const answer = performance.now() - t0;
    first.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    if (!location.hash.includes('node=')) throw new Error(`search for ${q} did not select anything`);
    const sync = performance.now() - t0;
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    return { answer, sync, frame: performance.now() - t0 };
  }, query);
}

const FRAME_RECORDER = `
  window.__frames = [];
  window.__stop = false;
  window.__hovers = 0;
  window.lettergraph.sigma.on('enterNode', () => window.__hovers++);
  let last = performance.now();
  function tick(now) {
    window.__frames.push(now - last);
    last = now;
    if (!window.__stop) requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
`;

/** Mean and 95th-percentile frame time while the mouse moves from node to node. */
async function hoverFrames(page: Page): Promise<{ mean: number; p95: number; frames: number; hovers: number }> {
  // As a string: tsx would wrap the named inner function in a helper the page does not have.
  await page.evaluate(FRAME_RECORDER);
  const points = await page.evaluate(() => {
    const { graph, sigma } = (window as unknown as { lettergraph: { graph: { nodes(): string[] }; sigma: { getNodeDisplayData(n: string): { x: number; y: number; hidden: boolean }; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number } } } }).lettergraph;
    const box = document.getElementById('graph')!.getBoundingClientRect();
    const out: { x: number; y: number }[] = [];
    for (const n of graph.nodes()) {
      const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(n));
      if (p.x > 20 && p.y > 20 && p.x < box.width - 20 && p.y < box.height - 20) out.push({ x: box.left + p.x, y: box.top + p.y });
      if (out.length >= 400) break;
    }
    return out.filter((_p, i) => i % 10 === 0);
  });
  for (const p of points) {
    await page.mouse.move(p.x, p.y, { steps: 4 });
    await page.waitForTimeout(60);
  }
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean; __hovers: number };
    w.__stop = true;
    const frames = w.__frames.slice(1);
    const sorted = [...frames].sort((a, b) => a - b);
    return { mean: frames.reduce((a, b) => a + b, 0) / frames.length, p95: sorted[Math.floor(sorted.length * 0.95)]!, frames: frames.length, hovers: w.__hovers };
  });
}

/** The machine's 1-minute load average: the figures mean little without it on a shared machine. */
const load = () => loadavg()[0]!.toFixed(1);

async function main(): Promise<void> {
  const loadBefore = load();
  const dir = mkdtempSync(join(tmpdir(), 'lettergraph-bench-viewer-'));
  execFileSync('npx', ['vite', 'build', 'viewer', '--logLevel', 'warn'], { stdio: 'inherit' });
  const graph = syntheticGraph();
  const files = viewerFiles(graph);
  const file = join(dir, 'graph.json');
  writeFileSync(file, files.graph);
  writeFileSync(join(dir, 'paint.json'), files.paint);
  writeFileSync(join(dir, 'details.json'), files.details);
  const server = await startServer({ graph: { kind: 'file', path: file }, port: 0 });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript(LONG_TASKS);
    const renders: Render[] = [];
    for (let i = 0; i < RUNS; i++) renders.push(await firstRender(page, server.url));
    const searches: { answer: number; sync: number; frame: number }[] = [];
    for (const q of ['重庆市科学技术局0042', '科技成果转化股权投资基金0777', '技术要素公共平台1234', '市局0815', '科技企业孵化器认定和管理办法4321', '已投资项目7个']) searches.push(await searchTime(page, q));
    await page.evaluate(() => document.querySelector<HTMLButtonElement>('#panel .close')?.click());
    const hover = await hoverFrames(page);
    const gpu = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return info && gl ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown';
    });
    const first = median(renders.map((r) => r.total));
    const answer = median(searches.map((x) => x.answer));
    const search = median(searches.map((x) => x.sync));
    const searchFrame = median(searches.map((x) => x.frame));
    const row = (name: string, value: number, target: number, extra = '') =>
      `${name.padEnd(28)} ${value.toFixed(1).padStart(8)} ms   target ≤ ${target} ms   ${value <= target ? 'met' : 'MISSED'}${extra}`;
    const mb = (s: string) => (Buffer.byteLength(s) / 1e6).toFixed(1);
    console.log(`load average (1 min, ${availableParallelism()} cores): ${loadBefore} before the run, ${load()} after`);
    console.log(`viewer bench: ${graph.order} nodes, ${graph.size} edges, graph.json ${mb(files.graph)} MB (paint.json, which the viewer reads, ${mb(files.paint)} MB), details.json ${mb(files.details)} MB; renderer: ${gpu}`);
    console.log(row('first render (median of 3)', first, 1000, `   (paint.json fetch+parse ${median(renders.map((r) => r.loaded)).toFixed(0)} ms; runs ${renders.map((r) => r.total.toFixed(0)).join(', ')}; details in at ${median(renders.map((r) => r.details)).toFixed(0)} ms)`));
    const after = (r: Render, at: number) => at - r.total;
    console.log(row('panel data ready after it', median(renders.map((r) => after(r, r.details))), 1500));
    console.log(row('search index ready after it', median(renders.map((r) => after(r, r.search))), 1500));
    console.log(row('longest main-thread task', median(renders.map((r) => r.longestTask)), 200, `   (runs ${renders.map((r) => r.longestTask.toFixed(0)).join(', ')})`));
    console.log(row('search answer (worker)', answer, 50, `   (median of ${searches.length}: ${searches.map((x) => x.answer.toFixed(0)).join(', ')})`));
    console.log(row('search → select+highlight', search, 100, `   (median of ${searches.length}: ${searches.map((x) => x.sync.toFixed(0)).join(', ')}; to next frame ${searchFrame.toFixed(0)} ms)`));
    console.log(row('hover mean frame time', hover.mean, 33, `   (p95 ${hover.p95.toFixed(1)} ms over ${hover.frames} frames, ${hover.hovers} nodes hovered)`));
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
