// The viewer in headless Chromium against a real `lettergraph serve` of graphs that
// `lettergraph build` made from the sample letters (and from test letters written here).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { MultiDirectedGraph } from 'graphology';
import { viewerFiles } from '../../src/export/viewerFiles.js';
import type { PaintFile } from '../../src/export/paintFile.js';
import { edgeKey } from '../../src/graph/keys.js';
import { loadPalette } from '../../src/graph/palette.js';
import type { EdgeAttributes, GraphAttributes, GraphDetails, LetterGraph, NodeAttributes, PaintGraph } from '../../src/graph/types.js';
import { startServer } from '../../src/serve/server.js';
import { buildSampleGraphs, lettergraphServe, type Served } from './cli.js';

// Sample letters that mention 种子基金, by index number (tests/gold: 000, 003, 004).
const SEED_FUND_LETTERS = ['11500000MB15895317/2025-00054', '11500000MB15895317/2024-00040', '11500000MB15895317/2024-00079'];
const FUND = 'Fund:种子基金';

// A reply letter in the genre's phrasing whose text carries markup that must stay text.
const HOSTILE_LETTER = `重庆市科学技术局关于市政协六届三次会议第0999号提案答复的函
张三委员:
你提出的《关于加强<script>window.__pwned=1</script>科技金融服务的建议》(第0999号)收悉。经与市财政局共同研究办理,现将办理情况答复如下。
一、工作开展情况
市科技局设立种子基金,累计支持项目12个<img src=x onerror="window.__pwned=2">。下一步,我们将持续优化种子基金运营管理模式。
感谢你对科技工作的关心和支持。
此复函已经明炬局长审签。
重庆市科学技术局
2024年5月16日
`;

let dir: string;
let browser: Browser;
let samples: Served;
let hostile: Served;
let broken: Served;
let large: Served;
let dense: Served;
let brokenGraph: string;

/** 150 agencies, each mentioning every other: 22,350 edges, over the viewer's budget of 20,000. */
function overBudgetGraph(): LetterGraph {
  const palette = loadPalette();
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const keys = Array.from({ length: 150 }, (_v, i) => `Agency:机构${String(i).padStart(4, '0')}`);
  keys.forEach((key, i) => graph.addNode(key, { type: 'Agency', label: key.slice(7), aliases: [], x: (i % 15) * 10, y: Math.floor(i / 15) * 10, size: 3, color: palette.nodes.Agency }));
  for (const source of keys) {
    for (const target of keys) {
      if (source !== target) graph.addDirectedEdgeWithKey(edgeKey('MENTIONS', source, target), source, target, { type: 'MENTIONS', weight: 1, size: 1, color: palette.edges.MENTIONS, evidence: [] });
    }
  }
  graph.replaceAttributes({ typeColors: palette.nodes, edgeColors: palette.edges, dateRange: null });
  return graph as unknown as LetterGraph;
}

/** 3,000 nodes of size 20 in a row, each linked to the next: under the edge budget, but their discs would
 * cover a 1400 × 900 canvas several times over. */
function denseGraph(): LetterGraph {
  const palette = loadPalette();
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const keys = Array.from({ length: 3000 }, (_v, i) => `Policy:政策${String(i).padStart(4, '0')}`);
  keys.forEach((key, i) => graph.addNode(key, { type: 'Policy', label: key.slice(7), aliases: [], x: i % 60, y: Math.floor(i / 60), size: 20, color: palette.nodes.Policy }));
  keys.slice(1).forEach((target, i) => graph.addDirectedEdgeWithKey(edgeKey('MENTIONS', keys[i]!, target), keys[i]!, target, { type: 'MENTIONS', weight: 1, size: 1, color: palette.edges.MENTIONS, evidence: [] }));
  graph.replaceAttributes({ typeColors: palette.nodes, edgeColors: palette.edges, dateRange: null });
  return graph as unknown as LetterGraph;
}

/** The drawn sizes of the nodes and the share of the canvas their discs (as drawn: squares of twice the size) would cover. */
function drawnSizes(page: Page) {
  return page.evaluate(() => {
    type Handle = { lettergraph: { graph: { nodes(): string[]; getNodeAttribute(n: string, a: 'size'): number }; sigma: { getNodeDisplayData(n: string): { size: number }; getDimensions(): { width: number; height: number } } } };
    const { graph, sigma } = (window as unknown as Handle).lettergraph;
    const { width, height } = sigma.getDimensions();
    const nodes = graph.nodes();
    const drawn = nodes.map((n) => sigma.getNodeDisplayData(n).size);
    return { cover: drawn.reduce((sum, s) => sum + 4 * s * s, 0) / (width * height), scaled: nodes.filter((n, i) => drawn[i] !== graph.getNodeAttribute(n, 'size')).length, max: Math.max(...drawn) };
  });
}

async function openPage(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  // Painted and with the panel's details in, or failed.
  await page.waitForSelector('body[data-details="ready"], body[data-status="error"]', { timeout: 20_000 });
  return page;
}

/** Share of non-white pixels in the graph area, read from a real screenshot of it. */
async function inkShare(page: Page): Promise<number> {
  const png = await page.locator('#graph').screenshot();
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240) ink++;
    return ink / (data.length / 4);
  }, png.toString('base64'));
}

function displayData(page: Page, node: string) {
  return page.evaluate((n) => {
    const { sigma } = (window as unknown as { lettergraph: { sigma: { getNodeDisplayData(n: string): { hidden: boolean; color: string; x: number; y: number } | undefined } } }).lettergraph;
    const d = sigma.getNodeDisplayData(n);
    return d ? { hidden: d.hidden, color: d.color } : null;
  }, node);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lettergraph-viewer-'));
  const graphs = await buildSampleGraphs(dir, { name: 'hostile', file: '0999_reply.txt', text: HOSTILE_LETTER });
  mkdirSync(join(dir, 'broken'));
  brokenGraph = join(dir, 'broken', 'graph.json');
  mkdirSync(join(dir, 'large'));
  const files = viewerFiles(overBudgetGraph());
  writeFileSync(join(dir, 'large', 'graph.json'), files.graph);
  writeFileSync(join(dir, 'large', 'paint.json'), files.paint);
  writeFileSync(join(dir, 'large', 'details.json'), files.details);
  mkdirSync(join(dir, 'dense'));
  const denseFiles = viewerFiles(denseGraph());
  for (const [name, text] of [['graph.json', denseFiles.graph], ['paint.json', denseFiles.paint], ['details.json', denseFiles.details]] as const) writeFileSync(join(dir, 'dense', name), text);
  [samples, hostile, broken, large, dense] = await Promise.all([
    lettergraphServe(graphs.samples),
    lettergraphServe(graphs.extra),
    lettergraphServe(brokenGraph),
    lettergraphServe(join(dir, 'large', 'graph.json')),
    lettergraphServe(join(dir, 'dense', 'graph.json')),
  ]);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([samples?.stop(), hostile?.stop(), broken?.stop(), large?.stop(), dense?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the viewer on the sample letters', { timeout: 60_000 }, () => {
  it('paints the graph (the canvas is not blank)', async () => {
    const page = await openPage(samples.url);
    expect(await page.getAttribute('body', 'data-status')).toBe('ready');
    expect(await inkShare(page)).toBeGreaterThan(0.01);
    await page.close();
  });

  it('search 种子基金 selects the fund and lists its letters with the evidence sentence', async () => {
    const page = await openPage(samples.url);
    await page.fill('#search', '种子');
    await page.waitForSelector('#suggestions li');
    expect(await page.getAttribute('#suggestions li >> nth=0', 'data-node')).toBe(FUND);
    await page.click('#suggestions li >> nth=0');
    await expect.poll(() => page.textContent('#panel h2')).toBe('种子基金');
    const letters = await page.$$eval('#panel ol.letters > li', (lis) => lis.map((li) => li.getAttribute('data-letter')));
    expect(letters.sort()).toEqual([...SEED_FUND_LETTERS].sort());
    const quotes = await page.$$eval('#panel li[data-letter="11500000MB15895317/2024-00040"] blockquote', (qs) => qs.map((q) => ({ text: q.textContent, marks: [...q.querySelectorAll('mark')].map((m) => m.textContent) })));
    const stated = quotes.find((q) => q.text?.includes('种子基金规模3亿元以上'));
    expect(stated?.marks).toContain('种子基金');
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain(`node=${FUND}`);
    await page.screenshot({ path: 'test-artifacts/viewer.png' });
    await page.close();
  });

  it('hovering a node brings out it and its neighbours and fades the rest', async () => {
    const page = await openPage(samples.url);
    const L001 = 'Letter:11500000MB15895317/2021-00319';
    const at = await page.evaluate((n) => {
      const { sigma } = (window as unknown as { lettergraph: { sigma: { getNodeDisplayData(n: string): { x: number; y: number }; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number } } } }).lettergraph;
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(n));
      return { x: box.left + p.x, y: box.top + p.y };
    }, FUND);
    expect((await displayData(page, L001))?.color).not.toBe('#e4e7ec');
    await page.mouse.move(at.x, at.y);
    await expect.poll(async () => (await displayData(page, L001))?.color).toBe('#e4e7ec');
    expect((await displayData(page, FUND))?.color).not.toBe('#e4e7ec');
    expect((await displayData(page, 'Letter:11500000MB15895317/2024-00040'))?.color).not.toBe('#e4e7ec');
    await page.mouse.move(5, 5);
    await expect.poll(async () => (await displayData(page, L001))?.color).not.toBe('#e4e7ec');
    await page.close();
  });

  it('a type toggle hides that type', async () => {
    const page = await openPage(samples.url);
    expect((await displayData(page, FUND))?.hidden).toBeFalsy();
    await page.uncheck('#legend input[data-type="Fund"]');
    expect((await displayData(page, FUND))?.hidden).toBe(true);
    expect(page.url()).toContain('hide=Fund');
    // A hidden fund is not among the suggestions (other names and sentences with 种子基金 are).
    await page.waitForSelector('body[data-search="ready"]');
    await page.fill('#search', '种子基金');
    await page.waitForSelector('#suggestions li[data-node]');
    expect(await page.$$eval('#suggestions li', (lis) => lis.map((li) => li.getAttribute('data-node')))).not.toContain(FUND);
    await page.check('#legend input[data-type="Fund"]');
    expect((await displayData(page, FUND))?.hidden).toBeFalsy();
    await page.close();
  });

  it('a deep link restores selection and filters; the panel follows the kind filter', async () => {
    const page = await openPage(`${samples.url}#node=${encodeURIComponent(FUND)}&kind=${encodeURIComponent('建议')}`);
    await expect.poll(() => page.textContent('#panel h2')).toBe('种子基金');
    expect(await page.$$eval('#panel ol.letters > li', (lis) => lis.map((li) => li.getAttribute('data-letter')))).toEqual(['11500000MB15895317/2024-00040']);
    expect(await page.textContent('#panel')).toContain('2 more letter(s) outside the current filters.');
    expect(await page.inputValue('#kind')).toBe('建议');
    await page.close();
  });

  it('a letter shows its metadata and full text, and a highlighted mention opens its entity', async () => {
    const page = await openPage(`${samples.url}#node=${encodeURIComponent('Letter:11500000MB15895317/2024-00040')}`);
    await page.waitForSelector('#panel .letter-text');
    const meta = await page.textContent('#panel dl.meta');
    expect(meta).toContain('杨飞云');
    expect(meta).toContain('2024-04-14');
    await page.click(`#panel .letter-text mark.mention[data-node="${FUND}"] >> nth=0`);
    await expect.poll(() => page.textContent('#panel h2')).toBe('种子基金');
    await page.close();
  });

  it('the policy–agency view shows only agencies and policies', async () => {
    const page = await openPage(samples.url);
    await page.check('#policy-view');
    const shown = await page.evaluate(() => {
      const { graph, sigma } = (window as unknown as { lettergraph: { graph: { nodes(): string[]; getNodeAttribute(n: string, k: string): string }; sigma: { getNodeDisplayData(n: string): { hidden: boolean } | undefined } } }).lettergraph;
      return [...new Set(graph.nodes().filter((n) => sigma.getNodeDisplayData(n)?.hidden === false).map((n) => graph.getNodeAttribute(n, 'type')))].sort();
    });
    expect(shown.length).toBeGreaterThan(0);
    for (const type of shown) expect(['Agency', 'Policy']).toContain(type);
    expect(page.url()).toContain('view=policy');
    await page.close();
  });
});

describe('a graph over the edge budget', { timeout: 60_000 }, () => {
  it('shows a hovered node, its edges and neighbours on the focus layer without sigma drawing the nodes again', async () => {
    const page = await openPage(large.url);
    type Handle = { lettergraph: { sigma: { on(e: string, f: () => void): void; getCanvases(): Record<string, HTMLCanvasElement>; getNodeDisplayData(n: string): { x: number; y: number }; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number } } }; renders: number };
    const at = await page.evaluate(() => {
      const w = window as unknown as Handle;
      w.renders = 0;
      w.lettergraph.sigma.on('afterRender', () => w.renders++);
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const p = w.lettergraph.sigma.framedGraphToViewport(w.lettergraph.sigma.getNodeDisplayData('Agency:机构0077'));
      return { x: box.left + p.x, y: box.top + p.y };
    });
    const focusInk = () => page.evaluate(() => {
      const canvas = (window as unknown as Handle).lettergraph.sigma.getCanvases().focusLayer!;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let ink = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink++;
      return ink / (data.length / 4);
    });
    const renders = () => page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done((window as unknown as Handle).renders)))));
    expect(await focusInk()).toBe(0);
    await page.mouse.move(at.x, at.y);
    // The wash covers the whole layer.
    await expect.poll(focusInk).toBe(1);
    expect(await renders()).toBe(0);
    await page.mouse.move(5, 5);
    await expect.poll(focusInk).toBe(0);
    expect(await renders()).toBe(0);
    await page.close();
  });
});

describe('node sizes', { timeout: 60_000 }, () => {
  it('a dense graph draws every node smaller, so that their discs cover the canvas once; the samples keep their own sizes', async () => {
    const page = await openPage(dense.url);
    const d = await drawnSizes(page);
    expect(d.scaled).toBe(3000);
    expect(d.cover).toBeCloseTo(1, 3);
    expect(d.max).toBeLessThan(20);
    await page.close();
    const samplePage = await openPage(samples.url);
    const s = await drawnSizes(samplePage);
    expect(s.scaled).toBe(0);
    expect(s.cover).toBeLessThan(1);
    await samplePage.close();
  });
});

describe('policy–agency links and date filters', { timeout: 60_000 }, () => {
  it('a policy–agency link opens the sentences it rests on', async () => {
    const graph = JSON.parse(readFileSync(join(dir, 'out', 'graph.json'), 'utf8')) as PaintGraph;
    const details = JSON.parse(readFileSync(join(dir, 'out', 'details.json'), 'utf8')) as GraphDetails;
    const at = graph.edges.findIndex((e) => e.attributes.type === 'CO_MENTIONED' || e.attributes.type === 'ISSUED');
    expect(at, 'the samples yield at least one ISSUED or co-mention link').toBeGreaterThanOrEqual(0);
    const link = graph.edges[at]!;
    const key = edgeKey(link.attributes.type, link.source, link.target);
    const page = await openPage(`${samples.url}#view=policy&edge=${encodeURIComponent(key)}`);
    await page.waitForSelector('#panel blockquote.evidence');
    const quotes = await page.$$eval('#panel blockquote.evidence', (qs) => qs.map((q) => ({ text: q.textContent ?? '', marks: q.querySelectorAll('mark').length })));
    // details.json leaves the sentence to be read from the letter's text.
    const ev = details.edges[at]![0]!;
    expect(quotes.map((q) => q.text)).toContain(details.nodes[`Letter:${ev.letterId}`]!.letter!.text.slice(ev.start, ev.end));
    expect(quotes[0]!.marks).toBeGreaterThan(0);
    await page.close();
  });

  it('a date range shows only the letters dated inside it', async () => {
    const page = await openPage(samples.url);
    await page.fill('#date-from', '2025-01-01');
    await page.dispatchEvent('#date-from', 'change');
    expect(page.url()).toContain('from=2025-01-01');
    const shownLetters = await page.evaluate(() => {
      const { graph, sigma } = (window as unknown as { lettergraph: { graph: { nodes(): string[] }; sigma: { getNodeDisplayData(n: string): { hidden: boolean } | undefined } } }).lettergraph;
      return graph.nodes().filter((n) => n.startsWith('Letter:') && sigma.getNodeDisplayData(n)?.hidden === false);
    });
    // Only sample 000 is signed in 2025 (2025-04-24).
    expect(shownLetters).toEqual(['Letter:11500000MB15895317/2025-00054']);
    await page.close();
  });
});

describe('layout and exports', { timeout: 60_000 }, () => {
  it('relax layout runs ForceAtlas2 in a worker under the page CSP', async () => {
    const page = await openPage(samples.url);
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') violations.push(m.text());
    });
    const position = () => page.evaluate(() => {
      const { graph } = (window as unknown as { lettergraph: { graph: { getNodeAttributes(n: string): { x: number; y: number } } } }).lettergraph;
      const { x, y } = graph.getNodeAttributes('Fund:种子基金');
      return [x, y];
    });
    const before = await position();
    await page.click('#relax');
    await expect.poll(position, { timeout: 10_000 }).not.toEqual(before);
    await page.click('#relax');
    expect(await page.textContent('#relax')).toBe('Relax layout');
    expect(violations.filter((v) => /Content Security Policy|Refused/.test(v))).toEqual([]);
    await page.close();
  });

  it('exports the view as PNG and the filtered graph as GEXF', async () => {
    const page = await openPage(`${samples.url}#hide=Letter`);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const pngBytes = readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    const xml = readFileSync((await gexf.path())!, 'utf8');
    expect(xml).toContain('<gexf');
    expect(xml).toContain('种子基金');
    // Letters are hidden in this view, so the exported graph has none.
    expect(xml).toContain('value="Fund"');
    expect(xml).not.toContain('value="Letter"');
    await page.close();
  });
});

describe('letter text is rendered as text', { timeout: 60_000 }, () => {
  it('shows <script> and markup from a letter literally and runs none of it', async () => {
    const graph = JSON.parse(readFileSync(join(dir, 'hostile-out', 'graph.json'), 'utf8')) as { nodes: { key: string; attributes: { type: string } }[] };
    const letter = graph.nodes.find((n) => n.attributes.type === 'Letter')!.key;
    const page = await openPage(`${hostile.url}#node=${encodeURIComponent(letter)}`);
    await page.waitForSelector('#panel .letter-text');
    const text = await page.textContent('#panel .letter-text');
    expect(text).toContain('<script>window.__pwned=1</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned=2">');
    expect(await page.$$eval('#panel script, #panel img', (els) => els.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });
});

describe('a graph file that cannot be shown', { timeout: 60_000 }, () => {
  const messageFor = async () => {
    const page = await openPage(broken.url);
    expect(await page.getAttribute('body', 'data-status')).toBe('error');
    expect(await page.isVisible('#message')).toBe(true);
    const text = await page.textContent('#message');
    await page.close();
    return text;
  };

  it('says so in the page when it is missing, empty or invalid', async () => {
    expect(await messageFor()).toContain('does not exist');
    writeFileSync(brokenGraph, '');
    expect(await messageFor()).toContain('is empty');
    writeFileSync(brokenGraph, '{"nodes": [');
    expect(await messageFor()).toContain('not valid JSON');
    writeFileSync(brokenGraph, '{"nodes": [], "edges": {}}');
    expect(await messageFor()).toContain('not a lettergraph graph');
    // A paint.json older than graph.json is from another build: the page reads graph.json.
    writeFileSync(join(dir, 'broken', 'paint.json'), '{}');
    utimesSync(join(dir, 'broken', 'paint.json'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    // A graph.json without its details.json: painted, then the page says what is missing.
    cpSync(join(dir, 'out', 'graph.json'), brokenGraph);
    expect(await messageFor()).toMatch(/graph details could not be loaded: .*details\.json does not exist/);
    // A current paint.json is read instead of graph.json, and checked.
    utimesSync(join(dir, 'broken', 'paint.json'), new Date(), new Date(Date.now() + 1000));
    expect(await messageFor()).toContain('The graph file is not a lettergraph graph: it is not a lettergraph-paint/1 file');
    unlinkSync(join(dir, 'broken', 'paint.json'));
    // details.json from another build.
    cpSync(join(dir, 'hostile-out', 'details.json'), join(dir, 'broken', 'details.json'));
    expect(await messageFor()).toContain('comes from another build than graph.json');
    unlinkSync(brokenGraph);
    unlinkSync(join(dir, 'broken', 'details.json'));
  });
});

describe('the server', () => {
  it('answers GET only, with a strict Content-Security-Policy that lets the layout, search and metrics workers start', async () => {
    const page = await fetch(samples.url);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).not.toContain('unsafe-inline');
    expect((await fetch(`${samples.url}graph.json`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${samples.url}graph.json`, { method: 'DELETE' })).status).toBe(405);
    expect((await fetch(`${samples.url}details.json`, { method: 'POST' })).status).toBe(405);
    // lettergraph build wrote paint.json beside graph.json: the server gives it.
    const paint = (await (await fetch(`${samples.url}paint.json`)).json()) as PaintFile;
    expect(paint.nodes.keys).toEqual((JSON.parse(readFileSync(join(dir, 'out', 'graph.json'), 'utf8')) as PaintGraph).nodes.map((n) => n.key));
    const details = await fetch(`${samples.url}details.json`);
    expect(details.headers.get('content-type')).toContain('application/json');
    expect(((await details.json()) as GraphDetails).id).toBe((JSON.parse(readFileSync(join(dir, 'out', 'graph.json'), 'utf8')) as PaintGraph).attributes.detailsId);
    expect((await fetch(`${samples.url}%2e%2e/%2e%2e/package.json`)).status).toBe(404);
  });

  it('from a loader (serve --neo4j), gives paint.json and the details.json of the same read', async () => {
    const viewerDir = mkdtempSync(join(tmpdir(), 'lettergraph-viewer-stub-'));
    writeFileSync(join(viewerDir, 'index.html'), '<!doctype html>');
    let loads = 0;
    const files = viewerFiles(overBudgetGraph());
    const server = await startServer({ graph: { kind: 'loader', describe: 'a test loader', load: async () => (loads++, files) }, port: 0, viewerDir });
    try {
      const paint = (await (await fetch(`${server.url}paint.json`)).json()) as PaintFile;
      const details = (await (await fetch(`${server.url}details.json`)).json()) as GraphDetails;
      expect(loads).toBe(1);
      expect(details.id).toBe(paint.attributes.detailsId);
      expect(paint.nodes.keys).toHaveLength(150);
      // Each paint or graph request is a new read; details follow the last one.
      await fetch(`${server.url}graph.json`);
      await fetch(`${server.url}details.json`);
      expect(loads).toBe(2);
    } finally {
      await server.close();
      rmSync(viewerDir, { recursive: true, force: true });
    }
  });
});
