// Scans read by Tesseract like their text originals: same proposer and proposal number, most
// entities. These need tesseract-ocr, tesseract-ocr-chi-sim and poppler-utils
// (scripts/setup-system.sh installs them). On a developer's machine without them the scan
// tests are skipped with a warning; in CI (CI=true) they run, so a missing install fails loudly.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestError, readLetterFile } from '../../src/ingest/index.js';
import { ocrTools } from '../../src/ingest/tools.js';
import { lettergraph } from '../support/cli.js';
import { charAccuracy, entityAgreement, extractFile, extractOriginal, FORMATS, ORIGINALS } from './agreement.js';
import { expectSpansInText } from './twins.js';

const ocrReady = await ocrTools('scan').then(
  () => true,
  () => false,
);
const skipScans = !ocrReady && !process.env.CI;
if (skipScans) {
  console.warn('tests/ingest/ocr.test.ts: OCR tools missing, scan tests SKIPPED (bash scripts/setup-system.sh installs them; CI runs them)');
}

const OCR_TIMEOUT = 240_000;
const fixture = (name: string) => join(FORMATS, name);
const tmp = mkdtempSync(join(tmpdir(), 'ingest-ocr-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(skipScans)('scanned letters', () => {
  const scans = [
    ['chengdu-103', 'chengdu-103.scan.pdf', 'pdf', 1],
    ['chongqing-000', 'chongqing-000.scan.pdf', 'pdf', 2],
    ['suzhou-116', 'suzhou-116.scan.jpg', 'image', 1],
  ] as const;

  it.each(scans)(
    '%s from %s: same proposer and proposal number, ≥ 80 %% of the entities, ≥ 90 %% of the characters',
    async (name, file, format, pages) => {
      const original = extractOriginal(name);
      const scan = await extractFile(fixture(file));
      expect(scan.proposer).toEqual(original.proposer);
      expect(scan.proposal?.number).toBe(original.proposal?.number);
      expect(entityAgreement(original, scan).recall).toBeGreaterThanOrEqual(0.8);
      expect(charAccuracy(readFileSync(ORIGINALS[name], 'utf8'), scan.text)).toBeGreaterThanOrEqual(0.9);
      expectSpansInText(scan);
      expect(scan.ingest).toMatchObject({ format, pages, ocr: { engine: expect.stringMatching(/^tesseract [\d.]+ chi_sim$/) } });
      expect(scan.ingest.ocr!.meanConfidence).toBeGreaterThan(80);
    },
    OCR_TIMEOUT,
  );

  it('a blank PDF and a picture that is not a letter are named with their reason', async () => {
    const blank = await readLetterFile(fixture('blank.pdf')).catch((e: IngestError) => e.reason);
    expect(blank).toBe('blank PDF (1 page without a text layer): no text found by OCR');
    const picture = await readLetterFile(fixture('not-a-letter.jpg')).catch((e: IngestError) => e.reason);
    expect(picture).toMatch(/^image: no (text found by OCR|legible text \(OCR mean confidence [\d.]+\) — not a scanned letter\?)$/);
  }, OCR_TIMEOUT);

  it('lettergraph extract: an encrypted PDF, a corrupt .docx and a blank PDF on stderr, no output line; the rest processed; exit 1', async () => {
    const corrupt = join(tmp, 'corrupt.docx');
    writeFileSync(corrupt, readFileSync(fixture('chengdu-103.docx')).subarray(0, 3000));
    const inputs = [fixture('chengdu-103.docx'), fixture('encrypted.pdf'), corrupt, fixture('blank.pdf')];
    const { code, stdout, stderr } = await lettergraph(['extract', ...inputs]);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).ingest).toEqual({ format: 'docx', pages: null, ocr: null });
    expect(stderr.trim().split('\n')).toEqual([
      `lettergraph: ${inputs[1]}: password-protected PDF (it cannot be opened without its password)`,
      expect.stringMatching(new RegExp(`^lettergraph: ${corrupt}: corrupt Word document \\(.+\\)$`)),
      `lettergraph: ${inputs[3]}: blank PDF (1 page without a text layer): no text found by OCR`,
    ]);
  }, OCR_TIMEOUT);
});

describe('without the OCR tools', () => {
  it('a scan gets one line saying what to install, and the other files are still read', async () => {
    // A PATH with neither tesseract nor pdftoppm on it (the CLI itself runs from process.execPath).
    const bin = join(tmp, 'empty-bin');
    const { code, stdout, stderr } = await lettergraph(['extract', fixture('chengdu-103.scan.pdf'), fixture('suzhou-116.scan.jpg'), fixture('chengdu-103.docx')], {
      PATH: bin,
    });
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const install = 'not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils)';
    expect(stderr.trim().split('\n')).toEqual([
      `lettergraph: ${fixture('chengdu-103.scan.pdf')}: scanned PDF (no usable text layer) needs OCR, but tesseract, pdftoppm ${install}`,
      `lettergraph: ${fixture('suzhou-116.scan.jpg')}: image needs OCR, but tesseract, pdftoppm ${install}`,
    ]);
  });
});
