// Word and PDF twins of text letters read like their originals; bad files get one reason each.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestError, readInputs, readLetterFile, type SourceDoc } from '../../src/ingest/index.js';
import { ZIP_LIMITS } from '../../src/ingest/zip.js';
import { entityForms, extractFile, extractOriginal, FORMATS, ORIGINALS, structure } from './agreement.js';
import { expectSpansInText } from './twins.js';

const tmp = mkdtempSync(join(tmpdir(), 'ingest-formats-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const fixture = (name: string) => join(FORMATS, name);

async function reasonOf(path: string): Promise<string> {
  const err = await readLetterFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(IngestError);
  expect((err as IngestError).source).toBe(path);
  return (err as IngestError).reason;
}

async function readAll(path: string): Promise<(SourceDoc | IngestError)[]> {
  const out: (SourceDoc | IngestError)[] = [];
  for await (const d of readInputs(path)) out.push(d);
  return out;
}

describe('Word and text-layer PDF twins extract exactly like their .txt originals', () => {
  const twins = (['chengdu-103', 'chongqing-000'] as const).flatMap((name) =>
    (['docx', 'doc', 'pdf'] as const).map((ext) => [name, ext] as const),
  );

  it.each(twins)('%s.%s: same fields, same entities, spans into its own text', async (name, ext) => {
    const original = extractOriginal(name);
    const twin = await extractFile(fixture(`${name}.${ext}`));
    expect(structure(twin)).toEqual(structure(original));
    expect(entityForms(twin)).toEqual(entityForms(original));
    expectSpansInText(twin);
    expect(twin.ingest).toEqual({ format: ext, pages: ext === 'pdf' ? (name === 'chengdu-103' ? 1 : 2) : null, ocr: null });
  });

  it('reads Word twins to exactly the original text; a PDF adds only its page-break line', async () => {
    const text = readFileSync(ORIGINALS['chongqing-000'], 'utf8').trimEnd();
    expect((await readLetterFile(fixture('chongqing-000.docx'))).text).toBe(text);
    expect((await readLetterFile(fixture('chongqing-000.doc'))).text).toBe(text);
    const pdf = (await readLetterFile(fixture('chongqing-000.pdf'))).text;
    expect(pdf.split('\n').filter((l) => l === '\f')).toHaveLength(1);
    // One paragraph ends in 。 right at the margin and stays split there; nothing else differs.
    expect(pdf.replace('\n\f', '').replace(/。\n(?=三是促进校企人才交流)/, '。')).toBe(text);
  });

  it('reads a .doc that is really a web page as HTML', async () => {
    const twin = await extractFile(fixture('chengdu-103.web-page.doc'));
    expect(twin.ingest.format).toBe('html');
    expect(structure(twin)).toEqual(structure(extractOriginal('chengdu-103')));
    expect(entityForms(twin)).toEqual(entityForms(extractOriginal('chengdu-103')));
  });
});

describe('Word tables, headers and footers', () => {
  const expected = [
    '宜州市工业和信息化局文件',
    '',
    '宜州市工业和信息化局关于市政协十三届二次会议第0215号提案的答复函',
    '宜工信函〔2025〕41号',
    '林晓峰委员：',
    '您提出的《关于支持中小企业数字化转型的提案》（第0215号）收悉。经商市财政局、市商务局，现答复如下：',
    '一、工作进展。我局牵头制定《宜州市中小企业数字化转型三年行动方案》（宜工信发〔2024〕12号），设立宜州市中小企业发展专项资金，2024年安排1200万元支持企业上云用数。',
    '二、支持情况。近两年专项资金支持情况如下：',
    '年度 | 支持企业（家） | 金额（万元）',
    '2023 | 86 | 950',
    '2024 | 112 | 1200',
    '三、下一步，我局将会同市财政局完善宜州市工业互联网公共服务平台功能，为更多企业提供诊断服务。',
    '感谢您对工业和信息化工作的关心和支持。',
    '宜州市工业和信息化局',
    '2025年6月18日',
    '联系人：周敏，联系电话：0778-3126605',
    '',
    '宜州市工业和信息化局办公室 2025年6月印发',
  ].join('\n');

  it.each(['docx', 'doc'])('.%s: table rows become | lines, the page header comes before the body and the footer after it, once', async (ext) => {
    expect((await readLetterFile(fixture(`yizhou-table.${ext}`))).text).toBe(expected);
  });

  it('the PDF of the same letter extracts the same fields and entities', async () => {
    const docx = await extractFile(fixture('yizhou-table.docx'));
    const pdf = await extractFile(fixture('yizhou-table.pdf'));
    expect(docx.proposer).toEqual({ name: '林晓峰', role: '委员' });
    expect(docx.proposal?.number).toBe('0215');
    expect(structure(pdf)).toEqual(structure(docx));
    expect(entityForms(pdf)).toEqual(entityForms(docx));
  });
});

describe('bad input: one reason each', () => {
  it('an encrypted PDF says it is password-protected', async () => {
    expect(await reasonOf(fixture('encrypted.pdf'))).toBe('password-protected PDF (it cannot be opened without its password)');
  });

  it('a PDF of 500 pages is refused by the page cap before any page is read', async () => {
    expect(await reasonOf(fixture('pages-500.pdf'))).toBe('too many pages for a letter (500 > 100); split the PDF');
  });

  it('a truncated .docx, .pdf and .doc are named corrupt', async () => {
    const cut = (name: string, keep: number) => {
      const path = join(tmp, `cut-${name}`);
      writeFileSync(path, readFileSync(fixture(name)).subarray(0, keep));
      return path;
    };
    expect(await reasonOf(cut('chengdu-103.docx', 3000))).toMatch(/^corrupt Word document \(.+\)$/);
    expect(await reasonOf(cut('chengdu-103.pdf', 400))).toMatch(/^corrupt PDF \(.+\)$/);
    expect(await reasonOf(cut('chengdu-103.doc', 1500))).toMatch(/^corrupt Word document \(.+\)$/);
  });

  it('an RTF file is named as unsupported', async () => {
    const path = join(tmp, 'letter.doc');
    writeFileSync(path, '{\\rtf1\\ansi 答复函}');
    expect(await reasonOf(path)).toBe('RTF document (not supported: save it as .docx or PDF)');
  });
});

describe('zip archives are read like folders', () => {
  // A GBK name written without the UTF-8 flag, as Chinese Windows archivers do: zipped under an
  // ASCII stand-in of the same byte length, then the name bytes swapped in.
  function withGbkName(zip: Uint8Array, standIn: string, name: string): Uint8Array {
    const gbk = iconv.encode(name, 'gbk');
    expect(gbk.length).toBe(standIn.length);
    const bytes = Buffer.from(zip);
    for (let i = bytes.indexOf(standIn); i !== -1; i = bytes.indexOf(standIn, i + 1)) gbk.copy(bytes, i);
    return bytes;
  }

  it('reads every letter file inside, nested folders as sources, skips other files, reports nested archives', async () => {
    const letter = readFileSync(ORIGINALS['suzhou-116']);
    const zip = zipSync({
      '2024/chengdu-103.docx': readFileSync(fixture('chengdu-103.docx')),
      '2024/deep/chongqing-000.pdf': readFileSync(fixture('chongqing-000.pdf')),
      'readme.md': Buffer.from('not a letter'),
      'inner.zip': zipSync({ 'a.txt': Buffer.from('x') }),
      'xxxxxx.txt': letter,
    });
    const path = join(tmp, '答复函 2024.zip');
    writeFileSync(path, withGbkName(zip, 'xxxxxx.txt', '答复函.txt'));
    const docs = await readAll(path);
    expect(docs.map((d) => (d instanceof IngestError ? `${d.source}: ${d.reason}` : `${d.source} ${d.ingest.format}`))).toEqual([
      `${path}/2024/chengdu-103.docx docx`,
      `${path}/2024/deep/chongqing-000.pdf pdf`,
      `${path}/inner.zip: zip archive inside an archive (not opened: unpack it first)`,
      `${path}/答复函.txt txt`,
    ]);
    expect((docs[3] as SourceDoc).text).toBe(letter.toString('utf8'));
  });

  it('refuses a zip bomb by the inflated size the archive states, before inflating it', async () => {
    const path = join(tmp, 'bomb.zip');
    writeFileSync(path, zipSync({ 'bomb.txt': new Uint8Array(ZIP_LIMITS.entryBytes + 1) }, { level: 9 }));
    expect(readFileSync(path).length).toBeLessThan(100_000);
    const [only, ...rest] = await readAll(path);
    expect(rest).toEqual([]);
    expect((only as IngestError).reason).toBe('zip entry bomb.txt inflates to 50.1 MB (> 50 MB; zip bomb?)');
  });

  it('refuses an archive of more entries than the cap', async () => {
    const many = Object.fromEntries(Array.from({ length: ZIP_LIMITS.entries + 1 }, (_, i) => [`f${i}.txt`, new Uint8Array()]));
    const path = join(tmp, 'many.zip');
    writeFileSync(path, zipSync(many, { level: 0 }));
    const [only] = await readAll(path);
    expect((only as IngestError).reason).toBe(`zip archive with more than ${ZIP_LIMITS.entries} entries (zip bomb?)`);
  });

  it('names a truncated archive corrupt', async () => {
    const path = join(tmp, 'cut.zip');
    writeFileSync(path, zipSync({ 'a.txt': readFileSync(ORIGINALS['suzhou-116']) }).subarray(0, 200));
    const [only] = await readAll(path);
    expect((only as IngestError).reason).toMatch(/^corrupt zip archive \(.+\)$/);
  });
});
