// Ingest throughput: ~10 MB of UTF-8 text, its GBK twin and a portal page repeated (MB/s); then
// pages per second for Word (.docx, .doc), text-layer PDFs and OCR of scans, and how well the
// scans read (character accuracy, entity F1 against the text originals).
// Run: npm run bench:ingest   (OCR needs tesseract-ocr, tesseract-ocr-chi-sim, poppler-utils)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { extractLetter } from '../src/extract/index.js';
import { readLetterFile } from '../src/ingest/index.js';
import { charAccuracy, entityAgreement, extractOriginal, FORMATS, ORIGINALS } from '../tests/ingest/agreement.js';

const TARGET_BYTES = 10 * 1024 * 1024;
const letter = readFileSync('examples/letters/000_3c3f08b36a879318.txt', 'utf8');
const page = readFileSync('tests/fixtures/ingest/portal-letter.html', 'utf8');
const body = page.slice(page.indexOf('<body>') + 6, page.indexOf('</body>'));
const repeat = (s: string) => s.repeat(Math.ceil(TARGET_BYTES / Buffer.byteLength(s)));

async function timed(path: string, runs: number): Promise<{ ms: number; pages: number | null; text: string }> {
  await readLetterFile(path); // warm-up
  const t0 = performance.now();
  let doc = await readLetterFile(path);
  for (let i = 1; i < runs; i++) doc = await readLetterFile(path);
  return { ms: (performance.now() - t0) / runs, pages: doc.ingest.pages, text: doc.text };
}

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
    const { ms, text } = await timed(path, 5);
    const mb = bytes.byteLength / (1024 * 1024);
    console.log(`${name.padEnd(10)} ${mb.toFixed(1)} MB -> ${text.length} chars  ${ms.toFixed(0)} ms  (${(mb / (ms / 1000)).toFixed(0)} MB/s)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Pages of the twins: a Word file has the pages of its PDF twin (same LibreOffice layout).
const twins = ['chengdu-103', 'chongqing-000'] as const;
const pdfPages = Object.fromEntries(
  await Promise.all(twins.map(async (t) => [t, (await readLetterFile(join(FORMATS, `${t}.pdf`))).ingest.pages!] as const)),
);
console.log(`\npages per second (one process; OCR runs pages in parallel on ${availableParallelism()} cores)`);
for (const [label, ext, runs] of [
  ['Word .docx', 'docx', 20],
  ['Word .doc', 'doc', 20],
  ['PDF text layer', 'pdf', 10],
  ['OCR (scanned PDF)', 'scan.pdf', 1],
] as const) {
  let pages = 0;
  let ms = 0;
  for (const t of twins) {
    const run = await timed(join(FORMATS, `${t}.${ext}`), runs);
    pages += pdfPages[t]!;
    ms += run.ms;
  }
  console.log(`${label.padEnd(18)} ${(pages / (ms / 1000)).toFixed(2).padStart(8)} pages/s  (${pages} pages in ${ms.toFixed(0)} ms)`);
}

console.log('\nOCR quality against the text originals');
const scans = [
  ['chengdu-103', 'chengdu-103.scan.pdf'],
  ['chongqing-000', 'chongqing-000.scan.pdf'],
  ['suzhou-116', 'suzhou-116.scan.jpg'],
] as const;
let accuracySum = 0;
let f1Sum = 0;
for (const [name, file] of scans) {
  const doc = await readLetterFile(join(FORMATS, file));
  const accuracy = charAccuracy(readFileSync(ORIGINALS[name], 'utf8'), doc.text);
  const { recall, f1 } = entityAgreement(extractOriginal(name), extractLetter(doc));
  accuracySum += accuracy;
  f1Sum += f1;
  console.log(
    `${file.padEnd(24)} characters ${(accuracy * 100).toFixed(1)} %  entities F1 ${f1.toFixed(3)} (recall ${recall.toFixed(3)})  mean word confidence ${doc.ingest.ocr?.meanConfidence}`,
  );
}
console.log(`${'mean'.padEnd(24)} characters ${((accuracySum / scans.length) * 100).toFixed(1)} %  entities F1 ${(f1Sum / scans.length).toFixed(3)}`);
