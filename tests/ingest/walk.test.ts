import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInputFiles } from '../../src/ingest/index.js';

const isRoot = process.getuid?.() === 0;
const root = mkdtempSync(join(tmpdir(), 'ingest-walk-'));
afterAll(() => execFileSync('rm', ['-rf', root]));

async function list(paths: string[]) {
  const out = [];
  for await (const entry of listInputFiles(paths)) out.push(entry);
  // Report paths relative to the tmp root, to compare with literal lists.
  return out.map((e) => ({ ...e, path: e.path.startsWith(root) ? e.path.slice(root.length + 1) : e.path }));
}

function touch(rel: string, content = '正文') {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), content);
}

describe('listInputFiles over a folder tree', () => {
  beforeAll(() => {
    touch('letters/b.txt');
    touch('letters/a.TXT');
    touch('letters/重庆 答复函 01.html');
    touch('letters/notes.md');
    touch('letters/scan.png');
    touch('letters/photo.webp');
    touch('letters/2023/复函.DOCX');
    touch('letters/2023/附件.zip');
    touch('letters/Z page.Htm');
    touch('letters/2023/第180号 提案.txt');
    touch('letters/2023/deep/er/c.htm');
    touch('letters/2023/deep/readme');
    // A loop back to an ancestor, and a second name for a folder already walked.
    symlinkSync('..', join(root, 'letters/2023/up'));
    symlinkSync(join(root, 'letters/2023/deep'), join(root, 'letters/deep-again'));
    symlinkSync(join(root, 'letters/b.txt'), join(root, 'letters/c-same-as-b.txt'));
    symlinkSync(join(root, 'nowhere.md'), join(root, 'letters/dangling.md'));
  });

  it('lists letter files recursively, sorted, each real file and folder once, and ends despite the loop', async () => {
    expect(await list([join(root, 'letters')])).toEqual([
      { path: 'letters/2023/deep/er/c.htm' },
      { path: 'letters/2023/复函.DOCX' },
      { path: 'letters/2023/第180号 提案.txt' },
      { path: 'letters/2023/附件.zip' },
      { path: 'letters/Z page.Htm' },
      { path: 'letters/a.TXT' },
      { path: 'letters/b.txt' },
      { path: 'letters/scan.png' },
      { path: 'letters/重庆 答复函 01.html' },
    ]);
  });

  it('takes explicit files whatever their extension, in argument order, and reports missing ones', async () => {
    // 2023/up leads back to letters/: its files come out under that name, except b.txt (named
    // before) and 2023 itself (being walked).
    expect(
      await list([join(root, 'letters/notes.md'), join(root, 'letters/b.txt'), join(root, 'missing'), join(root, 'letters/2023')]),
    ).toEqual([
      { path: 'letters/notes.md' },
      { path: 'letters/b.txt' },
      { path: 'missing', error: 'no such file or directory' },
      { path: 'letters/2023/deep/er/c.htm' },
      { path: 'letters/2023/up/Z page.Htm' },
      { path: 'letters/2023/up/a.TXT' },
      { path: 'letters/2023/up/scan.png' },
      { path: 'letters/2023/up/重庆 答复函 01.html' },
      { path: 'letters/2023/复函.DOCX' },
      { path: 'letters/2023/第180号 提案.txt' },
      { path: 'letters/2023/附件.zip' },
    ]);
  });
});

describe('listInputFiles on files it cannot read', () => {
  const dir = join(root, 'unreadable');
  beforeAll(() => {
    touch('unreadable/ok.txt');
    // As root every permission check passes, so read errors come from things that are not files.
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    symlinkSync('self.txt', join(dir, 'self.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  });

  it('reports dangling links, link loops and FIFOs, and goes on', async () => {
    expect(await list([dir])).toEqual([
      { path: 'unreadable/dangling.txt', error: 'no such file or directory' },
      { path: 'unreadable/ok.txt' },
      { path: 'unreadable/pipe.txt', error: 'not a regular file' },
      { path: 'unreadable/self.txt', error: 'too many levels of symbolic links' },
    ]);
  });

  it.runIf(!isRoot)('reports a chmod 000 file and folder as permission denied', async () => {
    touch('locked/sub/in.txt');
    touch('locked/file.txt');
    execFileSync('chmod', ['000', join(root, 'locked/sub'), join(root, 'locked/file.txt')]);
    try {
      expect(await list([join(root, 'locked')])).toEqual([
        { path: 'locked/file.txt', error: 'permission denied' },
        { path: 'locked/sub', error: 'permission denied' },
      ]);
    } finally {
      execFileSync('chmod', ['755', join(root, 'locked/sub')]);
    }
  });
});
