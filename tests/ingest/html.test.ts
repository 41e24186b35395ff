import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { htmlToText, readLetterFile } from '../../src/ingest/index.js';

const FIXTURE = 'tests/fixtures/ingest/portal-letter.html';
const expected = readFileSync('tests/fixtures/ingest/portal-letter.expected.txt', 'utf8');

describe('htmlToText on a Chongqing portal page', () => {
  const text = htmlToText(readFileSync(FIXTURE, 'utf8'));

  it('gives the text export of the page, laid out like the sample letters', () => {
    expect(text).toBe(expected);
  });

  it('keeps breadcrumb, header table, header list, title, salutation and paragraphs', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('您当前的位置: 首页>>政务公开>>政府信息公开目录>>政协提案办理情况公开');
    expect(lines.slice(1, 5)).toEqual([
      '[ 索引号 ] | 11500000MB15895317/2025-00117 | [ 发文字号 ] |',
      '[ 主题分类 ] | 科技 | [ 体裁分类 ] | 政协提案办理',
      '[ 发布机构 ] | 市科技局',
      '[ 成文日期 ] | 2025-06-18 | [ 发布日期 ] | 2025-06-20',
    ]);
    expect(lines).toContain('[ 发布日期 ] 2025-06-20');
    expect(lines).toContain('重庆市科学技术局关于市政协六届四次会议第0517号提案答复的函');
    expect(lines).toContain('周立群委员:');
    expect(lines).toContain(
      '(二)强化资金支持。设立区县科技创新引导基金,总规模5亿元,已支持中试项目46个、金额1.3亿元;指导区县对新建平台按设备投入给予不超过30%的补助。',
    );
    // Inline spans join into one paragraph; &ldquo;/&rdquo; and &nbsp; are decoded.
    expect(text).toContain('出台《重庆市中试熟化平台建设管理办法(试行)》,按照“一区县一特色”思路,在万州');
    expect(text).toContain('累计服务企业 860余家次。');
    expect(text.endsWith('2025年6月18日\n\n(联系人:何静,联系电话:023—63000000)')).toBe(true);
  });

  it('leaves out head, scripts, styles, menus, header, footer, controls and hidden parts', () => {
    for (const chrome of [
      '_政协提案办理情况公开_', // <title>
      '统计代码', '_hmt', '$(function', // scripts
      'padding', // style
      '中国政府网', '繁體版', // <header>
      '互动交流', '上一条', // <nav>
      '扫一扫', '主办单位', // <footer>
      '打印', '分享到', '微信', // button, aria-hidden
      '大', // <select>
      '手机版', // display:none
    ]) {
      expect(text).not.toContain(chrome);
    }
  });

  it('reads the page from disk the same way, and a GBK copy declared by <meta> too', async () => {
    const utf8 = await readLetterFile(FIXTURE);
    expect(utf8).toEqual({ source: FIXTURE, text: expected, encoding: 'utf-8', ingest: { format: 'html', pages: null, ocr: null } });

    const dir = mkdtempSync(join(tmpdir(), 'ingest-html-'));
    const gbkPath = join(dir, 'gbk page.HTM');
    const page = readFileSync(FIXTURE, 'utf8').replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
    writeFileSync(gbkPath, iconv.encode(page.replace(/\n/g, '\r\n'), 'gbk'));
    const gbk = await readLetterFile(gbkPath);
    expect(gbk).toEqual({ source: gbkPath, text: expected, encoding: 'gb18030', ingest: { format: 'html', pages: null, ocr: null } });
  });
});

describe('htmlToText details', () => {
  it('decodes named and numeric entities', () => {
    expect(htmlToText('<p>A&amp;B&nbsp;&lt;x&gt; &#20320;&#x597D; &ldquo;q&rdquo; &mdash;</p>')).toBe('A&B <x> 你好 “q” —');
  });

  it('collapses spaces within lines, trims lines and keeps at most one blank line', () => {
    const html = '<div>  a \t  b  </div><br><br><br><br><div>\u3000\u3000c</div><p></p><p></p><p>d</p>';
    expect(htmlToText(html)).toBe('a b\n\nc\n\nd');
  });

  it('breaks lines at blocks and <br>, not at inline elements', () => {
    expect(htmlToText('<ul><li>一</li><li>二<br>三</li></ul><span>四</span><b>五</b><h2>六</h2>七')).toBe(
      '一\n二\n三\n四五\n\n六\n\n七',
    );
  });

  it('separates table cells with " | ", keeping empty cells, one row per line', () => {
    const html = '<table><tr><th>[ 索引号 ]</th><td>1/2024</td><td></td><td>x</td></tr><tr><td>y</td></tr></table>';
    expect(htmlToText(html)).toBe('[ 索引号 ] | 1/2024 | | x\ny');
  });

  it('does not mix the cells of a nested table into the outer row', () => {
    const html = '<table><tr><td>左</td><td><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>';
    expect(htmlToText(html)).toBe('左 |\na | b');
  });

  it('puts a layout cell that ends in a block on its own lines without a separator', () => {
    const html = '<table><tr><td><div>栏目</div></td><td><p>正文</p></td></tr></table>';
    expect(htmlToText(html)).toBe('栏目\n\n正文');
  });

  it('drops every kind of hidden element, and keeps aria-hidden="false"', () => {
    const html =
      '<p hidden>h1</p><p aria-hidden="TRUE">h2</p><p style="color:red; DISPLAY : none">h3</p>' +
      '<p style="visibility:hidden !important">h4</p><p style="display:block">v1</p><p aria-hidden="false">v2</p>' +
      '<noscript>h5</noscript><template>h6</template><svg><text>h7</text></svg><iframe>h8</iframe>' +
      '<form><label>v3</label><input value="h9"><textarea>h10</textarea></form>';
    expect(htmlToText(html)).toBe('v1\n\nv2\n\nv3');
  });

  it('copes with unclosed and stray tags', () => {
    expect(htmlToText('<div><p>一<p>二</div></span><li>三')).toBe('一\n\n二\n\n三');
  });

  it('gives the empty string for a page without visible text', () => {
    expect(htmlToText('<html><head><title>t</title></head><body><script>x()</script> &nbsp; </body></html>')).toBe('');
  });
});
