// What researchers point lettergraph at: GBK pages, portal HTML, cut-off downloads, the same letter
// twice, huge files, junk. Each input is extracted correctly or reported with its reason, and the
// other files are still processed.
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPaths, type PipelineItem } from '../../src/pipeline.js';
import type { LetterRecord } from '../../src/schema.js';
import { lettergraph } from '../support/cli.js';

const SAMPLE = 'examples/letters/004_81af6d2964a35163.txt';
let dir: string;
let sample: string;

async function collect(paths: string[]): Promise<PipelineItem[]> {
  const out: PipelineItem[] = [];
  for await (const item of extractPaths(paths)) out.push(item);
  return out;
}
const records = (items: PipelineItem[]) => items.flatMap((i) => (i.ok ? [i.record] : []));
const withoutSource = ({ source: _s, encoding: _e, ...rest }: LetterRecord) => rest;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lettergraph-inputs-'));
  sample = await readFile(SAMPLE, 'utf8');
});

describe('encodings', () => {
  it('extracts GBK, GB18030 and UTF-16 copies exactly as the UTF-8 letter', async () => {
    await writeFile(join(dir, 'utf8.txt'), sample);
    await writeFile(join(dir, 'gbk.txt'), iconv.encode(sample, 'gbk'));
    await writeFile(join(dir, 'gb18030.txt'), iconv.encode(sample, 'gb18030'));
    await writeFile(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(sample, 'utf-16le')]));
    const [utf8, ...others] = records(await collect(['utf8.txt', 'gbk.txt', 'gb18030.txt', 'utf16.txt'].map((f) => join(dir, f))));
    expect(others.map((r) => r.encoding)).toEqual(['gb18030', 'gb18030', 'utf-16le']);
    for (const r of others) expect(withoutSource(r)).toEqual(withoutSource(utf8!));
  });
});

describe('portal pages', () => {
  it('reads a full portal HTML page (scripts, menus, footer) as the letter it holds', async () => {
    const [r] = records(await collect(['tests/fixtures/ingest/portal-letter.html']));
    expect(r!.letter.title).toBe('重庆市科学技术局关于市政协六届四次会议第0517号提案答复的函');
    expect(r!.proposer).toEqual({ name: '周立群', role: '委员' });
    expect(r!.coHandlers).toEqual(['重庆市经济和信息化委员会', '重庆市财政局', '重庆市教育委员会']);
    expect(r!.text).not.toMatch(/function|var |扫一扫|分享到/);
    const fund = r!.entities.find((e) => e.type === 'Fund');
    expect(fund?.name).toBe('区县科技创新引导基金');
    expect(fund?.mentions[0]!.amounts.map((a) => a.text)).toEqual(['5亿元', '46个', '1.3亿元']);
  });
});

describe('damaged and repeated letters', () => {
  it('extracts a letter cut off mid-sentence, without a signature', async () => {
    const cut = sample.slice(0, sample.indexOf('优化调整重庆市种子基金') + 5);
    await writeFile(join(dir, 'cut.txt'), cut);
    const [r] = records(await collect([join(dir, 'cut.txt')]));
    expect(r!.proposal?.number).toBe('1005');
    expect(r!.proposer?.name).toBe('李洁');
    expect(r!.signer).toBeNull();
    expect(r!.letter.signedDate).toBeNull();
    expect(r!.entities.find((e) => e.name === '种子基金')).toBeDefined();
  });

  it('gives the same letter at two paths, or with other white space, one id', async () => {
    await mkdir(join(dir, 'copy'), { recursive: true });
    await writeFile(join(dir, 'copy', '同一封信 副本.txt'), sample);
    const noHeader = sample.slice(sample.indexOf('重庆市科学技术局关于'));
    await writeFile(join(dir, 'a.txt'), noHeader);
    await writeFile(join(dir, 'b.txt'), noHeader.replace(/\n/g, '\n\n').replace(/。/g, '。 '));
    const [one, two, three, four] = records(await collect([SAMPLE, join(dir, 'copy'), join(dir, 'a.txt'), join(dir, 'b.txt')]));
    expect(two!.id).toBe(one!.id);
    // Without an index number the key is a hash of the text with white space removed.
    expect(three!.id).toMatch(/^sha256:/);
    expect(four!.id).toBe(three!.id);
  });

  it('gets through a 10 MB text file', async () => {
    const big = `${sample}\n`.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(sample)));
    await writeFile(join(dir, 'big.txt'), big);
    const [item] = await collect([join(dir, 'big.txt')]);
    expect(item!.ok).toBe(true);
    // The page repeats the letter; the letter is read once.
    if (item!.ok) expect(item!.record.entities.find((e) => e.name === '种子基金')!.mentions.length).toBeLessThan(10);
  });
});

describe('a folder of mixed input', () => {
  it('extracts the letters and names every other file with its reason (exit code 1)', async () => {
    const mixed = join(dir, 'mixed 混合');
    await mkdir(mixed, { recursive: true });
    await writeFile(join(mixed, '答复函.txt'), sample);
    await writeFile(join(mixed, 'empty.txt'), '');
    await writeFile(join(mixed, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await writeFile(join(mixed, 'news.txt'), '新华社北京电 今年以来，各地持续推进科技创新，一批重大项目落地见效。');
    await symlink(join(mixed, 'gone.txt'), join(mixed, 'dangling.txt'));
    await symlink(mixed, join(mixed, 'loop'));
    const { stdout, stderr, code } = await lettergraph(['extract', mixed]);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).proposer.name).toBe('李洁');
    const reasons = stderr.trim().split('\n').sort();
    expect(reasons).toEqual([
      expect.stringMatching(/dangling\.txt: .*(no such file|not found)/),
      expect.stringMatching(/empty\.txt: empty file/),
      expect.stringMatching(/image\.txt: binary file/),
      expect.stringMatching(/news\.txt: not a reply letter/),
    ]);
  });
});
