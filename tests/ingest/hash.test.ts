import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/ingest/hash.js';
import { readLetterFile } from '../../src/ingest/index.js';

const SAMPLE = 'examples/letters/004_81af6d2964a35163.txt';
const letter = readFileSync(SAMPLE, 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'ingest-hash-'));
afterAll(() => execFileSync('rm', ['-rf', tmp]));

describe('contentHash', () => {
  it('is the first 16 hex digits of sha256 over the normalised text', () => {
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea'); // sha256("abc") = ba7816bf8f01cfea4141…
    expect(contentHash(' a b\n\tc\u3000')).toBe('ba7816bf8f01cfea');
  });

  // Sample 004 is all GBK characters (001 has an EN SPACE, which GBK lacks).
  it('hashes the same letter read from two paths in two encodings equal', async () => {
    mkdirSync(join(tmp, 'copy'));
    const gbkPath = join(tmp, 'copy', '副本.txt');
    writeFileSync(gbkPath, iconv.encode(letter.replace(/\n/g, '\r\n'), 'gbk'));
    const [a, b] = await Promise.all([readLetterFile(SAMPLE), readLetterFile(gbkPath)]);
    expect(b.encoding).toBe('gb18030');
    expect(contentHash(b.text)).toBe(contentHash(a.text));
  });

  it('ignores whitespace: re-wrapped lines, indentation, full-width spaces, blank lines', () => {
    const rewrapped = letter
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => `\u3000\u3000${line.slice(0, 20)}\n  ${line.slice(20)}\t`)
      .join('\r\n\r\n');
    expect(rewrapped).not.toBe(letter);
    expect(contentHash(rewrapped)).toBe(contentHash(letter));
  });

  it('folds full-width and compatibility forms (NFKC)', () => {
    expect(contentHash('第０８８４号(ＡＢ)')).toBe(contentHash('第0884号(AB)'));
  });

  it('tells different letters apart, down to one character', () => {
    expect(contentHash(letter.replace('第1005号', '第1006号'))).not.toBe(contentHash(letter));
    expect(contentHash(letter)).toMatch(/^[0-9a-f]{16}$/);
  });
});
