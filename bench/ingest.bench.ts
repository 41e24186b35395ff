// Ingest throughput on ~10 MB inputs: UTF-8 text, its GBK twin, and a portal page repeated.
// Run: npm run bench:ingest
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { readLetterFile } from '../src/ingest/index.js';

const TARGET_BYTES = 10 * 1024 * 1024;
const letter = readFileSync('examples/letters/000_3c3f08b36a879318.txt', 'utf8');
const page = readFileSync('tests/fixtures/ingest/portal-letter.html', 'utf8');
const body = page.slice(page.indexOf('<body>') + 6, page.indexOf('</body>'));
const repeat = (s: string) => s.repeat(Math.ceil(TARGET_BYTES / Buffer.byteLength(s)));

const dir = mkdtempSync(join(tmpdir(), 'ingest-bench-'));
const inputs: [string, Uint8Array][] = [
  ['utf-8.txt', Buffer.from(repeat(letter))],
  ['gbk.txt', iconv.encode(repeat(letter.replace(/\n/g, '\r\n')), 'gbk')],
  ['page.html', Buffer.from(`<html><body>${repeat(body)}</body></html>`)],
];
try {
  for (const [name, bytes] of inputs) {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    await readLetterFile(path); // warm-up
    const runs = 5;
    const t0 = performance.now();
    let chars = 0;
    for (let i = 0; i < runs; i++) chars = (await readLetterFile(path)).text.length;
    const ms = (performance.now() - t0) / runs;
    const mb = bytes.byteLength / (1024 * 1024);
    console.log(`${name.padEnd(10)} ${mb.toFixed(1)} MB -> ${chars} chars  ${ms.toFixed(0)} ms  (${(mb / (ms / 1000)).toFixed(0)} MB/s)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
