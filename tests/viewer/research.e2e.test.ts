// The viewer as a research tool, in headless Chromium against a real `lettergraph serve` of the
// sample letters: tables with CSV, full-text search, history, navigation, labels and exports.
// Every page records its errors; none may occur.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { loadPalette } from '../../src/graph/palette.js';
import { buildSampleGraphs, lettergraphServe, type Served } from './cli.js';

const FUND = 'Fund:种子基金';
const L003 = 'Letter:11500000MB15895317/2024-00040';
const SEED_FUND_LABELS = ['重庆市科技局 2024 建议0601', '重庆市科技局 2024 提案1005', '重庆市科技局 2025 提案0884'];
// Only in letter 003's text, as part of a sentence; no name contains it.
const TEXT_ONLY = '种子基金规模3亿元以上';
const GEXF_SCHEMA = '../shared/schemas/gexf-1.3/gexf.rng';

// A letter in the genre whose sentences start with what a spreadsheet would run as a formula.
const FORMULA_LETTER = `重庆市科学技术局关于市政协六届三次会议第0998号提案答复的函
李四委员:
你提出的《关于加强科技金融服务的建议》(第0998号)收悉。现将办理情况答复如下。
=cmd|calc 市科技局设立种子基金。
+1+1 种子基金累计支持项目12个。
-2+3 种子基金持续运营。
@SUM(1) 种子基金规模扩大。
此复函已经明炬局长审签。
重庆市科学技术局
2024年5月16日
`;

let dir: string;
let browser: Browser;
let samples: Served;
let formula: Served;
let huge: Served;
/** The "bad input": a million nodes. */
const HUGE_NODES = 1_000_000;
const pageErrors: string[] = [];

async function openPage(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page.on('pageerror', (err) => pageErrors.push(`${url}: ${err.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`${url}: console: ${m.text()}`);
  });
  await page.goto(url);
  await page.waitForSelector('body[data-details="ready"], body[data-status="error"]', { timeout: 20_000 });
  return page;
}

/** Types a query and waits for the answer's list (suggestions come from the search worker). */
async function searchFor(page: Page, query: string): Promise<void> {
  await page.waitForSelector('body[data-search="ready"]');
  await page.fill('#search', query);
  await page.waitForSelector('#suggestions li[data-node]');
}

const panelTitle = (page: Page) => page.textContent('#panel h2');

async function downloadText(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

/** graph.json of `n` organisations on a grid, linked in a chain (details.json is never asked for). */
function hugeGraphJson(n: number): string {
  const palette = loadPalette();
  const nodes = Array.from({ length: n }, (_v, i) => ({ key: `Organization:单位${i}`, attributes: { type: 'Organization', label: `单位${i}`, x: i % 1000, y: Math.floor(i / 1000), size: 1, color: palette.nodes.Organization } }));
  const edges = Array.from({ length: n - 1 }, (_v, i) => ({ source: `Organization:单位${i}`, target: `Organization:单位${i + 1}`, attributes: { type: 'MENTIONS', weight: 1 } }));
  return JSON.stringify({ options: { type: 'directed', multi: true, allowSelfLoops: false }, attributes: { typeColors: palette.nodes, edgeColors: palette.edges, dateRange: null, detailsId: 'huge' }, nodes, edges });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lettergraph-research-'));
  const graphs = await buildSampleGraphs(dir, { name: 'formula', file: '0998_reply.txt', text: FORMULA_LETTER });
  mkdirSync(join(dir, 'huge'));
  writeFileSync(join(dir, 'huge', 'graph.json'), hugeGraphJson(HUGE_NODES));
  [samples, formula, huge] = await Promise.all([
    lettergraphServe(graphs.samples),
    lettergraphServe(graphs.extra),
    lettergraphServe(join(dir, 'huge', 'graph.json')),
  ]);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([samples?.stop(), formula?.stop(), huge?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('tables', { timeout: 60_000 }, () => {
  it('after searching 种子基金, a table lists its letters and its CSV button downloads them', async () => {
    const page = await openPage(samples.url);
    await searchFor(page, '种子基金');
    expect(await page.getAttribute('#suggestions li >> nth=0', 'data-node')).toBe(FUND);
    await page.keyboard.press('Enter');
    await expect.poll(() => panelTitle(page)).toBe('种子基金');
    const table = page.locator('#panel table[data-table^="letters-"]');
    const letterColumn = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    expect([...new Set(letterColumn)].sort()).toEqual(SEED_FUND_LABELS);
    expect(await table.locator('thead th').allTextContents()).toEqual(['Date', 'Letter', 'Replying body', 'Kind', 'Sentence', 'Amounts']);
    // Sorting by date descending puts the 2025 letter first.
    await table.locator('thead th >> nth=0').locator('button').click();
    await table.locator('thead th >> nth=0').locator('button').click();
    expect(await table.locator('tbody tr >> nth=0').locator('td >> nth=1').textContent()).toBe('重庆市科技局 2025 提案0884');
    const { name, text } = await downloadText(page, '#panel button[data-csv^="letters-"]');
    expect(name).toBe('letters-种子基金.csv');
    expect(text.startsWith('\ufeffDate,Letter,Replying body,Kind,Sentence,Amounts\r\n')).toBe(true);
    for (const label of SEED_FUND_LABELS) expect(text).toContain(label);
    expect(text).toContain(TEXT_ONLY);
    expect(text.split('\r\n').length - 2).toBe(letterColumn.length);
    await page.close();
  });

  it("lists a letter's entities in a table", async () => {
    const page = await openPage(`${samples.url}#node=${encodeURIComponent(L003)}`);
    const names = await page.locator('#panel table[data-table^="entities-"] tbody td:nth-child(2)').allTextContents();
    expect(names).toContain('种子基金');
    expect(names).toContain('重庆市科学技术局');
    await page.close();
  });

  it('escapes text a spreadsheet would run as a formula in the CSV', async () => {
    const page = await openPage(`${formula.url}#node=${encodeURIComponent(FUND)}`);
    const { text } = await downloadText(page, '#panel button[data-csv^="letters-"]');
    for (const start of ['=cmd', '+1+1', '-2+3', '@SUM']) {
      expect(text).toContain(`,"'${start}`);
      expect(text).not.toContain(`,${start}`);
    }
    expect(text).toContain(`"'=cmd|calc 市科技局设立种子基金。"`);
    await page.close();
  });
});

describe('search', { timeout: 60_000 }, () => {
  it('finds a phrase that occurs only in a letter text and opens the letter at that sentence', async () => {
    const page = await openPage(samples.url);
    await searchFor(page, TEXT_ONLY);
    const first = page.locator('#suggestions li >> nth=0');
    expect(await first.getAttribute('data-kind')).toBe('text');
    expect(await first.getAttribute('data-node')).toBe(L003);
    await first.click();
    await expect.poll(() => panelTitle(page)).toBe('重庆市科技局 2024 建议0601');
    const hit = page.locator('#panel .letter-text .hit');
    expect(await hit.textContent()).toContain(TEXT_ONLY);
    expect(await hit.isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toMatch(/at=\d+/);
    await page.close();
  });

  it('finds letters by index number, groups hits by type, moves with the arrow keys and lists all hits', async () => {
    const page = await openPage(samples.url);
    await searchFor(page, '2024-00040');
    expect(await page.getAttribute('#suggestions li >> nth=0', 'data-node')).toBe(L003);

    await searchFor(page, '科技');
    const groups = await page.$$eval('#suggestions li[data-node]', (lis) => lis.map((li) => li.getAttribute('data-group')));
    // Each group is one run: no type comes back after another type.
    const runs = groups.filter((g, i) => g !== groups[i - 1]);
    expect(new Set(runs).size).toBe(runs.length);
    const showAll = page.locator('#suggestions li.show-all');
    const total = Number(/Show all (\d+) results/.exec((await showAll.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(12);
    await showAll.dispatchEvent('mousedown');
    expect(await page.locator('#suggestions li[data-node]').count()).toBe(total);

    await searchFor(page, '科技');
    const second = await page.getAttribute('#suggestions li[data-node] >> nth=1', 'data-node');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('#suggestions li.active', 'data-node')).toBe(second);
    await page.keyboard.press('Enter');
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toContain(`node=${second}`);
    await page.close();
  });
});

describe('navigation', { timeout: 60_000 }, () => {
  it('Back returns to the previous selection and never leaves the app; Forward comes back', async () => {
    const page = await openPage(samples.url);
    await searchFor(page, '种子基金');
    await page.keyboard.press('Enter');
    await expect.poll(() => panelTitle(page)).toBe('种子基金');
    await page.click(`#panel table[data-table^="letters-"] button[data-node="${L003}"] >> nth=0`);
    await expect.poll(() => panelTitle(page)).toBe('重庆市科技局 2024 建议0601');
    await page.goBack();
    await expect.poll(() => panelTitle(page)).toBe('种子基金');
    await page.goBack();
    await expect.poll(() => page.isHidden('#panel')).toBe(true);
    expect(page.url()).toBe(samples.url);
    await page.goForward();
    await expect.poll(() => panelTitle(page)).toBe('种子基金');
    await page.close();
  });

  it('frames a selection with its neighbours clear of the panel; zoom and fit buttons; Escape closes the panel', async () => {
    const page = await openPage(samples.url);
    await searchFor(page, '种子基金');
    await page.keyboard.press('Enter');
    await expect.poll(() => panelTitle(page)).toBe('种子基金');
    const placed = () =>
      page.evaluate((node) => {
        type S = { getNodeDisplayData(n: string): { x: number; y: number }; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number }; getCamera(): { ratio: number; isAnimated(): boolean } };
        const { sigma, graph } = (window as unknown as { lettergraph: { sigma: S; graph: { neighbors(n: string): string[] } } }).lettergraph;
        const panel = document.getElementById('panel')!.getBoundingClientRect();
        const canvas = document.getElementById('graph')!.getBoundingClientRect();
        const points = [node, ...graph.neighbors(node)].map((n) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(n)));
        return {
          animating: sigma.getCamera().isAnimated(),
          ratio: sigma.getCamera().ratio,
          clear: points.every((p) => p.x > 0 && p.x < panel.left - canvas.left && p.y > 0 && p.y < canvas.height),
        };
      }, FUND);
    await expect.poll(async () => (await placed()).animating).toBe(false);
    expect((await placed()).clear).toBe(true);
    const framed = (await placed()).ratio;
    await page.click('#zoom-in');
    await expect.poll(async () => (await placed()).ratio).toBeLessThan(framed);
    await page.click('#zoom-out');
    await page.click('#zoom-out');
    await expect.poll(async () => (await placed()).ratio).toBeGreaterThan(framed);
    await page.click('#zoom-fit');
    await expect.poll(async () => (await placed()).ratio).toBeCloseTo(framed, 5);
    await page.focus('#zoom-fit');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.isHidden('#panel')).toBe(true);
    expect(new URL(page.url()).hash).not.toContain('node=');
    await page.close();
  });
});

describe('honest filters', { timeout: 60_000 }, () => {
  const shownLetters = (page: Page) =>
    page.evaluate(() => {
      const { graph, sigma } = (window as unknown as { lettergraph: { graph: { nodes(): string[] }; sigma: { getNodeDisplayData(n: string): { hidden: boolean } | undefined } } }).lettergraph;
      return graph.nodes().filter((n) => n.startsWith('Letter:') && sigma.getNodeDisplayData(n)?.hidden === false).sort();
    });

  it('legend counts say shown of total; a filter matching nothing says so; body, province and session filter letters', async () => {
    const page = await openPage(samples.url);
    expect(await page.textContent('#legend [data-count="Letter"]')).toBe('5 of 5');
    await page.selectOption('#kind', '建议');
    await expect.poll(() => page.textContent('#legend [data-count="Letter"]')).toBe('1 of 5');
    await page.selectOption('#kind', '');
    await page.fill('#date-from', '2030-01-01');
    await page.dispatchEvent('#date-from', 'change');
    expect(await page.isVisible('#empty')).toBe(true);
    expect(await page.textContent('#empty')).toContain('Nothing matches these filters');
    await page.click('#clear-filters');
    expect(await page.isHidden('#empty')).toBe(true);
    expect(await shownLetters(page)).toHaveLength(5);
    expect(await page.textContent('#undated-label')).toBe('include 0 undated letter(s) in date filters');
    await page.selectOption('#body', '重庆高新区科技创新局');
    expect(await shownLetters(page)).toEqual(['Letter:1150010700927688XM/2023-01369']);
    expect(decodeURIComponent(page.url())).toContain('body=重庆高新区科技创新局');
    await page.selectOption('#body', '');
    await page.selectOption('#session', '市六届人大二次会议');
    expect(await shownLetters(page)).toEqual([L003]);
    await page.selectOption('#session', '');
    await page.selectOption('#province', '重庆市');
    expect(await shownLetters(page)).toHaveLength(5);
    await page.close();
  });

  it('a deep link with a letter filter shows it in its select and still gets the full search index', async () => {
    const page = await openPage(`${samples.url}#body=${encodeURIComponent('重庆高新区科技创新局')}`);
    expect(await shownLetters(page)).toEqual(['Letter:1150010700927688XM/2023-01369']);
    expect(await page.inputValue('#body')).toBe('重庆高新区科技创新局');
    // Index numbers come with the details: only the full index knows them.
    await searchFor(page, '2023-01369');
    expect(await page.getAttribute('#suggestions li >> nth=0', 'data-node')).toBe('Letter:1150010700927688XM/2023-01369');
    await page.close();
  });

  it("restricts the view to a node's 1- or 2-hop neighbourhood and back", async () => {
    const page = await openPage(`${samples.url}#node=${encodeURIComponent(FUND)}`);
    await page.click('#panel .neighbourhood button[data-hops="1"]');
    const one = await shownLetters(page);
    expect(one).toHaveLength(3);
    expect(await page.textContent('#legend [data-count="Letter"]')).toBe('3 of 5');
    await page.click('#panel .neighbourhood button[data-hops="2"]');
    expect((await page.textContent('#legend [data-count="Agency"]'))?.startsWith('0 of')).toBe(false);
    await page.click('#panel .neighbourhood button[data-hops="all"]');
    expect(await shownLetters(page)).toHaveLength(5);
    await page.close();
  });
});

describe('metrics and appearance', { timeout: 60_000 }, () => {
  it('computes metrics in a worker, sizes and colours by them with the legend following, and tables every shown node', async () => {
    const page = await openPage(samples.url);
    await page.waitForSelector('body[data-metrics="ready"]');
    const display = () =>
      page.evaluate((n) => {
        const { sigma, graph } = (window as unknown as { lettergraph: { sigma: { getNodeDisplayData(n: string): { size: number; color: string } }; graph: { getNodeAttributes(n: string): { size: number; color: string } } } }).lettergraph;
        const d = sigma.getNodeDisplayData(n);
        const a = graph.getNodeAttributes(n);
        return { size: d.size, color: d.color, ownSize: a.size, ownColor: a.color };
      }, FUND);
    const before = await display();
    expect(before.color).toBe(before.ownColor);
    await page.selectOption('#color-by', 'community');
    await page.selectOption('#size-by', 'pagerank');
    const after = await display();
    expect(after.color).not.toBe(before.ownColor);
    expect(after.size).not.toBe(before.ownSize);
    expect(await page.textContent('#legend')).toContain('Colour: community (Louvain)');
    const categories = await page.locator('#legend [data-category]').count();
    expect(categories).toBeGreaterThan(1);

    await page.click('#table-toggle');
    const table = page.locator('#table-view table[data-table="nodes"]');
    expect(await table.locator('thead th').allTextContents()).toEqual(['Type', 'Name', 'Letters', 'Degree', 'Weighted degree', 'PageRank', 'Community']);
    const order = await page.evaluate(() => (window as unknown as { lettergraph: { graph: { order: number } } }).lettergraph.graph.order);
    expect(await table.locator('tbody tr').count()).toBe(order);
    const fundRow = table.locator('tbody tr', { has: page.locator(`button[data-node="${FUND}"]`) });
    expect(await fundRow.locator('td >> nth=2').textContent()).toBe('3');
    const { text } = await downloadText(page, '#table-view button[data-csv="nodes"]');
    expect(text.split('\r\n').length - 2).toBe(order);
    // The table follows the filters.
    await page.selectOption('#kind', '建议');
    await expect.poll(() => table.locator('tbody tr').count()).toBeLessThan(order);
    await page.close();
  });
});

describe('the policy–agency view', { timeout: 60_000 }, () => {
  const AGENCY = 'Agency:重庆市科学技术局';
  const POLICY = 'Policy:重庆市技术经纪人职称申报条件';

  it('has its own layout, the agency × policy table beside it, and ISSUED and same-sentence links clickable apart', async () => {
    const page = await openPage(samples.url);
    await page.check('#policy-view');
    type P = { x: number; y: number };
    type S = { getNodeDisplayData(n: string): (P & { hidden: boolean }) | undefined; framedGraphToViewport(p: P): P };
    type G = { nodes(): string[]; getNodeAttributes(n: string): { x: number; y: number; px?: number; py?: number } };
    // Drawn positions follow the policy-view layout (an affine map of it), not the main layout.
    const fit = await page.evaluate(() => {
      const { graph, sigma } = (window as unknown as { lettergraph: { graph: G; sigma: S } }).lettergraph;
      const shown = graph.nodes().filter((n) => sigma.getNodeDisplayData(n)?.hidden === false);
      const corr = (a: number[], b: number[]) => {
        const mean = (v: number[]) => v.reduce((x, y) => x + y, 0) / v.length;
        const [ma, mb] = [mean(a), mean(b)];
        const cov = a.reduce((acc, v, i) => acc + (v - ma) * (b[i]! - mb), 0);
        return cov / Math.sqrt(a.reduce((acc, v) => acc + (v - ma) ** 2, 0) * b.reduce((acc, v) => acc + (v - mb) ** 2, 0));
      };
      const drawn = shown.map((n) => sigma.getNodeDisplayData(n)!.x);
      return { count: shown.length, own: corr(drawn, shown.map((n) => graph.getNodeAttributes(n).px!)), main: corr(drawn, shown.map((n) => graph.getNodeAttributes(n).x)) };
    });
    expect(fit.count).toBeGreaterThan(5);
    expect(fit.own).toBeGreaterThan(0.9999);
    expect(fit.main).toBeLessThan(0.99);

    const table = page.locator('#table-view table[data-table="agency-policy"]');
    expect(await table.locator('thead th').allTextContents()).toEqual(['Agency', 'Policy', 'Issued (statements)', 'Same sentence', 'Letters']);
    const row = table.locator('tbody tr', { has: page.locator(`button[data-node="${POLICY}"]`) }).filter({ has: page.locator(`button[data-node="${AGENCY}"]`) });
    expect(Number(await row.locator('td >> nth=2').textContent())).toBeGreaterThan(0);
    expect(Number(await row.locator('td >> nth=3').textContent())).toBeGreaterThan(0);
    await page.click('#table-toggle');

    // Each link is picked somewhere across the middle of the pair, on its own side of the chord
    // (ISSUED bows one way, the co-mention the other); a real click there opens that link.
    for (const [type, side] of [['ISSUED', -1], ['CO_MENTIONED', 1]] as const) {
      const edge = `${type}|${AGENCY}|${POLICY}`;
      // Closing the previous link's panel reframes the view: pick the point once the camera is still.
      await page.waitForFunction(() => !location.hash.includes('edge='));
      await page.waitForFunction(() => !(window as unknown as { lettergraph: { sigma: { getCamera(): { isAnimated(): boolean } } } }).lettergraph.sigma.getCamera().isAnimated());
      // …and once the frames after it are drawn: the picking layer read below is the last frame's.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const point = await page.evaluate(
        ([a, p, e, sign]) => {
          type S = { getNodeDisplayData(n: string): { x: number; y: number }; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number }; getEdgeAtPoint(x: number, y: number): string | null };
          const { sigma } = (window as unknown as { lettergraph: { sigma: S } }).lettergraph;
          const s = sigma.framedGraphToViewport(sigma.getNodeDisplayData(a as string));
          const t = sigma.framedGraphToViewport(sigma.getNodeDisplayData(p as string));
          const box = document.getElementById('graph')!.getBoundingClientRect();
          // Scan around the pair for pixels that pick this link; keep the one farthest out on its side.
          const len = Math.hypot(t.x - s.x, t.y - s.y);
          const side = (x: number, y: number) => ((t.x - s.x) * (y - s.y) - (t.y - s.y) * (x - s.x)) / len;
          let best: { x: number; y: number; d: number } | null = null;
          for (let x = Math.min(s.x, t.x) - len / 2; x <= Math.max(s.x, t.x) + len / 2; x += 2) {
            for (let y = Math.min(s.y, t.y) - len / 2; y <= Math.max(s.y, t.y) + len / 2; y += 2) {
              const d = side(x, y) * (sign as number);
              // A point whose neighbours pick it too, so the click's own rounding cannot miss.
              const solid = [-1, 0, 1].every((dx) => [-1, 0, 1].every((dy) => sigma.getEdgeAtPoint(x + dx, y + dy) === e));
              if (d > 3 && (!best || d > best.d) && solid) best = { x, y, d };
            }
          }
          if (best) return { x: box.left + best.x, y: box.top + best.y };
          return null;
        },
        [AGENCY, POLICY, edge, side] as const,
      );
      expect(point, `${type} is pickable on its side`).not.toBeNull();
      await page.mouse.click(point!.x, point!.y);
      await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toContain(`edge=${edge}`);
      await page.keyboard.press('Escape');
    }
    await page.close();
  });
});

describe('labels and exports', { timeout: 60_000 }, () => {
  it('letter labels carry body and year, no hash, and differ', async () => {
    const page = await openPage(samples.url);
    const labels = await page.evaluate(() => {
      const { graph } = (window as unknown as { lettergraph: { graph: { filterNodes(f: (n: string, a: { type: string }) => boolean): string[]; getNodeAttribute(n: string, k: string): string } } }).lettergraph;
      return graph.filterNodes((_n, a) => a.type === 'Letter').map((n) => graph.getNodeAttribute(n, 'label'));
    });
    expect(labels.length).toBe(5);
    expect(new Set(labels).size).toBe(5);
    for (const label of labels) {
      expect(label).toMatch(/^\S+ 20\d\d \S+/);
      expect(label).not.toContain('sha256');
    }
    await page.close();
  });

  it('exports as PNG exactly what is on screen, the selection and the legend included', async () => {
    const page = await openPage(`${samples.url}#node=${encodeURIComponent(FUND)}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(download.suggestedFilename()).toBe('lettergraph.png');
    const png = readFileSync((await download.path())!).toString('base64');
    const picture = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const ink = (x0: number, y0: number, w: number, h: number) => {
        const d = ctx.getImageData(x0, y0, w, h).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i]! < 200 && d[i + 1]! < 200 && d[i + 2]! < 200) n++;
        return n;
      };
      type S = { getNodeDisplayData(n: string): { x: number; y: number }; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number } };
      const { sigma } = (window as unknown as { lettergraph: { sigma: S } }).lettergraph;
      const fund = sigma.framedGraphToViewport(sigma.getNodeDisplayData('Fund:种子基金'));
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const r = window.devicePixelRatio || 1;
      const [px] = ctx.getImageData(Math.round(fund.x * r), Math.round(fund.y * r), 1, 1).data;
      return { width: bitmap.width, height: bitmap.height, expected: [Math.round(box.width * r), Math.round(box.height * r)], legendInk: ink(0, bitmap.height - Math.round(200 * r), Math.round(200 * r), Math.round(200 * r)), fundRed: px };
    }, png);
    expect([picture.width, picture.height]).toEqual(picture.expected);
    expect(picture.legendInk).toBeGreaterThan(200);
    // The selected fund is drawn (not faded to the background) where it is on screen.
    expect(picture.fundRed).toBeLessThan(250);
    await page.close();
  });

  const canValidate = spawnSync('xmllint', ['--version']).status === 0 && existsSync(GEXF_SCHEMA);
  it.runIf(canValidate)("the viewer's GEXF export validates against GEXF 1.3 (skipped without xmllint or the schema)", async () => {
    const page = await openPage(samples.url);
    const { text } = await downloadText(page, '#export-gexf');
    const file = join(dir, 'export.gexf');
    writeFileSync(file, text);
    expect(execFileSync('xmllint', ['--noout', '--relaxng', GEXF_SCHEMA, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toBe('');
    expect(text).toContain('for="letters"');
    expect(text).toContain('for="evidence"');
    await page.close();
  });
});

describe('a huge graph', { timeout: 180_000 }, () => {
  it('says so and shows a still picture of its nodes, never building the graph in the page: no labels, links, search or filters', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (err) => pageErrors.push(`huge: ${err.message}`));
    await page.goto(huge.url);
    await page.waitForSelector('body[data-details="degraded"]', { timeout: 150_000 });
    expect(await page.getAttribute('body', 'data-status')).toBe('ready');
    expect(await page.textContent('#notice')).toContain(`${HUGE_NODES.toLocaleString('en')} nodes`);
    // The data worker drew the nodes; the page never held a graph or a renderer.
    expect(await page.evaluate(() => 'lettergraph' in window)).toBe(false);
    const picture = await page.evaluate(() => {
      const canvas = document.getElementById('huge-picture') as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const colors = new Set<string>();
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] === 255 && data[i + 1] === 255 && data[i + 2] === 255) continue;
        ink++;
        colors.add(`#${[data[i]!, data[i + 1]!, data[i + 2]!].map((c) => c.toString(16).padStart(2, '0')).join('')}`);
      }
      return { ink: ink / (data.length / 4), colors: [...colors] };
    });
    // A 1,000 × 1,000 grid of organisations: a block of their colour.
    expect(picture.colors).toEqual([loadPalette().nodes.Organization.toLowerCase()]);
    expect(picture.ink).toBeGreaterThan(0.2);
    expect(await page.isDisabled('#search')).toBe(true);
    expect(await page.isDisabled('#policy-view')).toBe(true);
    await page.close();
  });
});

describe('the pages above', () => {
  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
