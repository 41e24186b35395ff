import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestError, readLetterFile } from '../../src/ingest/index.js';

const LETTERS = 'examples/letters';
const tmp = mkdtempSync(join(tmpdir(), 'ingest-read-'));
afterAll(() => execFileSync('rm', ['-rf', tmp]));

function file(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

async function reasonOf(path: string): Promise<string> {
  const err = await readLetterFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(IngestError);
  const { source, reason, message } = err as IngestError;
  expect(source).toBe(path);
  expect(message).toBe(`${path}: ${reason}`);
  return reason;
}

describe('readLetterFile', () => {
  it.each(readdirSync(LETTERS))('reads sample %s unchanged', async (name) => {
    const path = join(LETTERS, name);
    expect(await readLetterFile(path)).toEqual({
      source: path,
      text: readFileSync(path, 'utf8'),
      encoding: 'utf-8',
      ingest: { format: 'txt', pages: null, ocr: null },
    });
  });

  it('normalises CRLF in a text file and keeps the rest', async () => {
    const doc = await readLetterFile(file('crlf.txt', '王普委员:\r\n\r\n  您提出的建议收悉。\r\n'));
    expect(doc.text).toBe('王普委员:\n\n  您提出的建议收悉。\n');
  });

  it('reads a 10 MB text file whole', async () => {
    const letter = readFileSync(join(LETTERS, '000_3c3f08b36a879318.txt'), 'utf8');
    const copies = Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(letter));
    const big = letter.repeat(copies);
    const doc = await readLetterFile(file('big.txt', big));
    expect(Buffer.byteLength(big)).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    expect(doc.text.length).toBe(big.length);
    expect(doc.text === big).toBe(true);
  });

  it('reads an explicitly named file of another extension as text, or as HTML when it is a page', async () => {
    expect(await readLetterFile(file('letter.md', '# 答复函\n正文'))).toMatchObject({ text: '# 答复函\n正文', ingest: { format: 'txt' } });
    const page = await readLetterFile(file('content_1.shtml', '\uFEFF<!DOCTYPE html><html><body><p>正文</p><script>x</script></body></html>'));
    expect(page).toMatchObject({ text: '正文', ingest: { format: 'html' }, encoding: 'utf-8-bom' });
  });

  it('refuses an empty file and a whitespace-only one', async () => {
    expect(await reasonOf(file('empty.txt', ''))).toBe('empty file');
    expect(await reasonOf(file('blank.txt', ' \r\n\t\u3000\n'))).toBe('empty file (only whitespace)');
  });

  it('refuses an HTML page without visible text', async () => {
    expect(await reasonOf(file('blank.html', '<html><head><title>标题</title></head><body><script>1</script></body></html>'))).toBe(
      'no visible text in the HTML page',
    );
  });

  it('refuses binary content in a file named as text', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    expect(await reasonOf(file('scan.txt', png))).toBe('binary file (not text)');
    expect(await reasonOf(file('scan.html', png))).toBe('binary file (not text)');
  });

  it('refuses undecodable bytes and an HTML page in an unsupported charset', async () => {
    expect(await reasonOf(file('junk.txt', Buffer.alloc(300, Buffer.from([0x81, 0x20]))))).toMatch(/^undecodable text/);
    const big5 = Buffer.concat([Buffer.from('<meta charset="big5"><p>'), Buffer.from([0xa4, 0xa4, 0xa4, 0xe5])]);
    expect(await reasonOf(file('big5.html', big5))).toBe('unsupported charset "big5" (supported: UTF-8, UTF-16, GBK/GB18030)');
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const path = file('huge.txt', '');
    truncateSync(path, 51 * 1024 * 1024 + 1); // sparse: costs no disk
    expect(await reasonOf(path)).toBe('file too large (51.1 MB > 50 MB)');
  });

  it('reports missing paths, directories, FIFOs and dangling links without hanging', async () => {
    expect(await reasonOf(join(tmp, 'nope.txt'))).toBe('no such file or directory');
    const dir = join(tmp, 'folder.txt');
    mkdirSync(dir);
    expect(await reasonOf(dir)).toBe('is a directory');
    const fifo = join(tmp, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect(await reasonOf(fifo)).toBe('not a regular file');
    const dangling = join(tmp, 'dangling.txt');
    symlinkSync(join(tmp, 'gone.txt'), dangling);
    expect(await reasonOf(dangling)).toBe('no such file or directory');
  });

  it('reads through a symlink to a letter', async () => {
    const link = join(tmp, 'link.txt');
    copyFileSync(join(LETTERS, '003_d4bab2a74ced1df3.txt'), join(tmp, 'target.txt'));
    symlinkSync(join(tmp, 'target.txt'), link);
    expect((await readLetterFile(link)).text).toBe(readFileSync(join(LETTERS, '003_d4bab2a74ced1df3.txt'), 'utf8'));
  });

  it.runIf(process.getuid?.() !== 0)('reports a file it may not read (chmod 000; root could read it)', async () => {
    const path = file('locked.txt', '正文');
    execFileSync('chmod', ['000', path]);
    expect(await reasonOf(path)).toBe('permission denied');
  });
});
