// Portal header blocks as the genre writes them; every block here is written for the test.
import { describe, expect, it } from 'vitest';
import { headerDate, parseHeaderLines, splitTopics } from '../../src/parse/header.js';

describe('header labels', () => {
  it('reads a row of cells under a row of column heads, an empty column writing no cell', () => {
    expect(parseHeaderLines(['主办单位 会办 交办日期', '省卫生健康委员会;  省工业和信息化厅;  2017-03-24'])).toMatchObject({ hostAgency: '省卫生健康委员会', coHandlers: '省工业和信息化厅' });
    const alone = parseHeaderLines(['主办单位 会办 交办日期', '省交通运输厅;    2016-03-01']);
    expect([alone.hostAgency, alone.coHandlers]).toEqual(['省交通运输厅', undefined]);
    // A column's cell holding a list its cell marks part, the columns parted by wide gaps: the whole list is the column's.
    const list = parseHeaderLines(['主办单位 会办 交办日期', '省发展和改革委员会;  省交通运输厅;省财政厅;某市政府;  2017-04-05']);
    expect([list.hostAgency, list.coHandlers]).toEqual(['省发展和改革委员会', '省交通运输厅;省财政厅;某市政府']);
    // A short label glued to the value before it, its own value empty (…办公室作者:点击:), ends that value.
    expect(parseHeaderLines(['时间:2024-12-26 09:59来源:某县人民政府办公室作者:点击:']).publisher).toBe('某县人民政府办公室');
    // Spaced from the next label too (…局作者: 点击:; b1594_04).
    expect(parseHeaderLines(['时间:2024-05-20 10:11:12来源:某市农业农村局作者: 点击:']).publisher).toBe('某市农业农村局');
    // A count of comments is no source's value, as a count of views is not (来源: 评论:0; b1631_05).
    expect(parseHeaderLines(['2014-02-21 12:46:07 来源: 评论:0 点击:']).publisher).toBeUndefined();
    expect(parseHeaderLines(['来源:某县教育局作者:']).publisher).toBe('某县教育局');
    // An empty cell whose row below opens with a label the reader does not know (| 摘要内容: |): no value.
    expect(parseHeaderLines(['| 主办单位: | 会办单位: |', '| 摘要内容: | |']).coHandlers).toBeUndefined();
  });
  it('reads the body a message board’s reply table names (答复部门 | 省国资委 |; b1268) as the body that hosted the reply', () => {
    expect(parseHeaderLines(['答复时间 | 2019-10-25 | ||', '答复部门 | 省国资委 | ||', '答复内容 |']).hostAgency).toBe('省国资委');
  });
  it('reads a publisher’s or class’s label glued to its value at its line’s start (发文机关某县林业局), no other label so glued', () => {
    expect(parseHeaderLines(['组配分类政协委员提案 有效性']).genre).toBe('政协委员提案');
    // A class ends at a wide gap before the row's next cells; a disclosing body's label (公开主体) names the publisher.
    expect(parseHeaderLines(['索引号 014319477/2024-00356 分类 建议议案办理   其他    其他']).genre).toBe('建议议案办理');
    expect(parseHeaderLines(['公开主体:', '某区绿化和市容管理局']).publisher).toBe('某区绿化和市容管理局');
    expect(parseHeaderLines(['-', '发布机构某市文化和旅游局', '-', '发布日期2020-07-16'])).toMatchObject({ publisher: '某市文化和旅游局', publishedDate: '2020-07-16' });
    expect(parseHeaderLines(['发文机关某县林业局 发布日期2025-11-21']).publisher).toBe('某县林业局');
    // No other label so glued: 政协委员 before 提案办理 is a column's name (the genre), no proposer's label.
    expect(parseHeaderLines(['• 政协委员提案办理']).proposer).toBeUndefined();
  });
  it('reads a source given as the letter’s document number as that number, and one in digits as none, no publisher', () => {
    expect(parseHeaderLines(['来源:个住建函〔2019〕55号 发布日期:2019-12-06 浏览次数:'])).toMatchObject({ docNumber: '个住建函〔2019〕55号', publishedDate: '2019-12-06' });
    expect(parseHeaderLines(['来源:个住建函〔2019〕55号']).publisher).toBeUndefined();
    // Nor is a template's placeholder in digits (来源:1; b1071_01) a publisher.
    expect(parseHeaderLines(['发布时间:2021年08月18日 作者:某局站点管理员 来源:1 浏览次数:'])).toEqual({ publishedDate: '2021年08月18日' });
  });
  it('takes no heading of the record’s next block for an empty proposer’s value (提 案 者: / 承办单位及答复)', () => {
    expect(parseHeaderLines(['提 案 者:', '承办单位及答复', '主办单位 会办 交办日期']).proposer).toBeUndefined();
    expect(parseHeaderLines(['提 案 者:', '张某某']).proposer).toBe('张某某');
    // A table's 领衔人 row (a district's CPPCC) names the lead proposers.
    expect(parseHeaderLines(['领衔人 | 张某某、李某某 |']).proposer).toBe('张某某、李某某');
  });
  it('ends a value at the next label, even one glued to it, and at counters and buttons', () => {
    expect(parseHeaderLines(['来源:某县公安局发布时间:2025-01-04 15:22文字大小:[ ]'])).toMatchObject({ publisher: '某县公安局', publishedDate: '2025-01-04 15:22' });
    // The page's credits after the body (来源: 某市林业局/文/图/) are no part of its name.
    expect(parseHeaderLines(['来源: 某县林业局/文/图/  |   发布日期: 2023-11-02 16:40']).publisher).toBe('某县林业局');
    // Nor are a site's other names in its title after a dash (来源:政协某市委员会-某市政协-…; b1452_02).
    expect(parseHeaderLines(['发布时间:2020/11/26  浏览次数:694 次  来源:中国人民政治协商会议某市委员会-某市政协-政协某市委员会、某政协']).publisher).toBe('中国人民政治协商会议某市委员会');
    expect(parseHeaderLines(['信息来源:某镇 浏览次数:12']).publisher).toBe('某镇');
    // A source labelled 资料来源 too (b1751_02), whatever the page's time before it: the label is read whole, not as its 来源.
    expect(parseHeaderLines(['时间:2020-01-14 09:19:53 资料来源:某省教育厅']).publisher).toBe('某省教育厅');
    // An empty source before a counter (来源:    预览次数:) is none: the counter's label is no publisher (b1259).
    expect(parseHeaderLines(['发布时间: 2015年12月16日 00:00   来源:    预览次数: 【字体:']).publisher).toBeUndefined();
    // A view count's label of any length, glued to the value before it.
    expect(parseHeaderLines(['时间:2023-04-03来源:某市民政局点击:']).publisher).toBe('某市民政局');
    expect(parseHeaderLines(['来源:某县交通局 打印']).publisher).toBe('某县交通局');
    expect(parseHeaderLines(['| 发布机构 | 某市水务局 | 公开日期 | 2021-09-24 |'])).toMatchObject({ publisher: '某市水务局', publishedDate: '2021-09-24' });
    // A short label inside a word is not a label: 答复时间 is not 时间.
    expect(parseHeaderLines(['答复时间: 2021-05-26']).publishedDate).toBeUndefined();
  });

  it('takes a body its page names as editor or poster (编辑:, 发布人:) for the publisher, never a person so named', () => {
    // A ministry's page names the department that owns the record (信息所属单位, b1005_06): the publisher where no 发布机构 is given.
    expect(parseHeaderLines(['索 引 号', '07B120315201800480', '信息所属单位', '畜牧业司', '文  号', '农办议〔2018〕145号']).publisher).toBe('畜牧业司');
    expect(parseHeaderLines(['索 引 号: 111000/2024-00602 信息所属单位:规计司', '发布机构: 水利部 成文日期:2024年06月29日']).publisher).toBe('水利部');
    // Or the department that handled it (办文单位, b1646_04); an empty class above it takes no label for its value.
    const handled = parseHeaderLines(['主题分类:建议提案答复 | |', '体裁分类: | |', '办文单位:综合司 | |', '发文日期:2023-09-18 | |']);
    expect([handled.publisher, handled.genre]).toEqual(['综合司', undefined]);
    expect(parseHeaderLines(['发布日期:2022-07-01 16:55 信息来源: 编辑:某市教育局 审核: 某某 字号:[ ]']).publisher).toBe('某市教育局');
    expect(parseHeaderLines(['发布时间: 2021-12-08      发布人: 某县文化广电和旅游局']).publisher).toBe('某县文化广电和旅游局');
    expect(parseHeaderLines(['- 发布时间:2024年09月12日', '- 编辑:李某']).publisher).toBeUndefined();
  });
  it('reads 编号 as the document number only in a document number’s shape, and 文号 glued to its value', () => {
    expect(parseHeaderLines(['编号 | 某住建函〔2024〕353号 | 办理部门 | 住建局 |']).docNumber).toBe('某住建函〔2024〕353号');
    expect(parseHeaderLines(['编号:第0012号']).docNumber).toBeUndefined();
    expect(parseHeaderLines(['- 文号某民函〔2017〕14号']).docNumber).toBe('某民函〔2017〕14号');
    // A signer's label glued to a name after a gap; a number the page garbled is no body under an empty source.
    expect(parseHeaderLines(['作者:林草局 点击数: 来源:', '', '州林草建字〔2024144     签发人张某某'])).toMatchObject({ publisher: '林草局', signer: '张某某' });
    // Or glued to a document number's closing 号, where the number's value certainly ends (b1661_01).
    expect(parseHeaderLines(['某综执复字〔2022〕3号签发人:王某某'])).toMatchObject({ signer: '王某某' });
    // (Not a label's tail after a number's 号 that no bracket opens: 第12号提案答复时间.)
    expect(parseHeaderLines(['第12号提案答复时间:2023年5月1日'])).toEqual({});
    // Nor one spaced inside its brackets (b1115_01).
    expect(parseHeaderLines(['• 来源:', '某农提〔 2019 49']).publisher).toBeUndefined();
  });
  it('never takes a counter, a page word or the next label as a value', () => {
    expect(parseHeaderLines(['时间:2018-06-22 来源:本网 作者: 分享到:'])).toEqual({ publishedDate: '2018-06-22' });
    // Nor the page's buttons on the next line (浏览 字号), nor a web address.
    expect(parseHeaderLines(['2022-06-02 16:23:06 来源:本网', '浏览字号'])).toEqual({ publishedDate: '2022-06-02' });
    expect(parseHeaderLines(['来源:https://example.gov.cn/articles/8037407.shtml | 日期:2019-08-13']).publisher).toBeUndefined();
    // A genre given as the path to it is its last step.
    expect(parseHeaderLines(['> 政务公开 > 公开目录 > 建议提案办理 > 人大代表建议']).genre).toBe('人大代表建议');
    expect(parseHeaderLines(['来源: 更新时间:2021/10/03']).publisher).toBeUndefined();
    // Nor a font-size button of one character under an empty source (来源:\n- 小\n- 中).
    expect(parseHeaderLines(['来源:', '- 小', '- 中', '- 大']).publisher).toBeUndefined();
    // Nor the title's first line under an empty source, naming the session answered.
    expect(parseHeaderLines(['- 来源:', '对省政协某届某次会议', '关于某某的建议']).publisher).toBeUndefined();
    expect(parseHeaderLines(['发表日期:2025-08-26    文章来源:某市城市管理执法局']).publishedDate).toBe('2025-08-26');
    expect(parseHeaderLines(['更新日期:2023-11-23 信息来源:某区政务公开办 浏览: 次']).publishedDate).toBe('2023-11-23');
    // A dashed date after the title on its line is the page's stamp; a table's date after a body's name is none.
    expect(parseHeaderLines(['对区政协十四届三次会议第C087号提案的答复 2019-11-09']).publishedDate).toBe('2019-11-09');
    // Printed twice, run together (b1163_04).
    expect(parseHeaderLines(['对区第十七届人大第一次会议第A-012号代表建议的答复 2021-05-182021-05-18']).publishedDate).toBe('2021-05-18');
    expect(parseHeaderLines(['某厅关于对市政协第0867号提案的答复的函 2021-06-21 来源:某市政府办公厅']).publishedDate).toBe('2021-06-21');
    expect(parseHeaderLines(['省交通运输厅;    2016-03-01']).publishedDate).toBeUndefined();
    // A bullet of a date and its time of day, in a list that is no portal's field list, is when the page was posted.
    expect(parseHeaderLines(['  • 本站', '  • 2020-12-30 10:32'])).toEqual({ publishedDate: '2020-12-30' });
    expect(parseHeaderLines(['  • 某县民族宗教事务局', '  • 2019年07月17日 14时56分'])).toEqual({ publishedDate: '2019年07月17日' });
    // A record of unlabelled bullets: the validity cell (有效) is no topic.
    expect(parseHeaderLines(['  • 640104-107/2019-00169', '  • 某区住房和城乡建设局', '  • 有效', '  • 2019年07月26日']).topics).toBeUndefined();
    // A record of unlabelled bullets led by the body, not the index number: each still read by its shape, and
    // a date with its time of day is when the page was posted (b1160_05).
    expect(parseHeaderLines(['  • 某县民政局', '  • 某民复〔2021〕17号', '  • 000123456/2021-00321', '  • 2021-08-04 18:08'])).toEqual({
      publisher: '某县民政局',
      docNumber: '某民复〔2021〕17号',
      indexNumber: '000123456/2021-00321',
      publishedDate: '2021-08-04',
    });
    // The same record with its bullets lost: the index number alone on the first line, each value on its own (b965_01).
    expect(parseHeaderLines(['755156513/2022-00169', '某市科工信局', '提案', '2022-09-08', '2022-09-08'])).toEqual({
      indexNumber: '755156513/2022-00169',
      publisher: '某市科工信局',
      genre: '提案',
      writtenDate: '2022-09-08',
      publishedDate: '2022-09-08',
    });
    // An empty 来源 with the letter's class mark on the next line: no publisher.
    expect(parseHeaderLines(['发布日期:2022-10-18 作者: 来源:', '', 'A']).publisher).toBeUndefined();
    // A line of the page's date and its poster alone, the view counter glued on, names the publisher.
    expect(parseHeaderLines(['   2025-09-09 某自治区农牧厅4890'])).toEqual({ publishedDate: '2025-09-09', publisher: '某自治区农牧厅' });
    expect(parseHeaderLines(['2025年11月28日 18:59  州水利局'])).toEqual({ publishedDate: '2025年11月28日', publisher: '州水利局' });
    expect(parseHeaderLines(['2025-09-09 阅读次数']).publisher).toBeUndefined();
    // A record's validity cell the page put between a label and its value is neither.
    expect(parseHeaderLines(['发布机构:', '有效', '区卫生健康局', '主题分类: 卫生']).publisher).toBe('区卫生健康局');
    // An empty class field above the letter's title: the title is no topic.
    expect(parseHeaderLines(['  • 主题分类:', '', '关于对自治区人大十三届三次会议第240号建议的答复']).topics).toBeUndefined();
    // Nor is the portal's year folder a genre (组配分类: 2025年; b1766_06), nor the session answered a topic (b1777_04).
    expect(parseHeaderLines(['  • 组配分类:', '  • 2025年', '  • 发布机构:', '  • 市综合行政执法局']).genre).toBeUndefined();
    expect(parseHeaderLines(['发布日期: | 2023-07-06 | 主题分类: | 市政协第十四届委员会第二次会议']).topics).toBeUndefined();
    expect(parseHeaderLines(['文号 | 浏览量 |']).docNumber).toBeUndefined();
    // An empty 来源 with the page's counter after it (阅读量, 访问量): no publisher.
    expect(parseHeaderLines(['时间:2024-12-11 17:22 来源: 阅读量: 【字号:【打印正文】']).publisher).toBeUndefined();
    expect(parseHeaderLines(['来源: 访问量:']).publisher).toBeUndefined();
    // A portal's empty template.
    expect(parseHeaderLines(['文        号 〔〕号 有  效  性']).docNumber).toBeUndefined();
    expect(parseHeaderLines(['作者: 佚名发布时间:2021-08-30 10:45来源:本站原创']).publisher).toBeUndefined();
    expect(parseHeaderLines(['时间:2018年09月17日 信息来源:不详']).publisher).toBeUndefined();
    expect(parseHeaderLines(['发布时间:2015-04-14 来源:未知来源']).publisher).toBeUndefined();
    // A document number written without brackets under an empty source label is no body.
    expect(parseHeaderLines(['2018-12-28 来源:', '', '财农函2018110']).publisher).toBeUndefined();
    // The portal's own wording for a source (平台发布) and a lone dash for an empty class are no values: the record's 公开主体 publishes.
    const record = parseHeaderLines(['信息来源:平台发布', '发布时间:2022-05-13 00:00', '  • 主题分类:', '    -', '  • 公开主体:', '    上海市崇明区经济委员会']);
    expect([record.publisher, record.topics]).toEqual(['上海市崇明区经济委员会', undefined]);
    // A label glued after the value (来源:本网字体:), and a source that is a website or app, not a body.
    expect(parseHeaderLines(['发布时间:2025-09-02 17:16 来源:本网字体: [ ]']).publisher).toBeUndefined();
    expect(parseHeaderLines(['发布时间:2022-12-14 作者:佚名 来源:某省人大网', '', '  代表提案者: 张三']).publisher).toBeUndefined();
    expect(parseHeaderLines(['来源:某县政务服务平台']).publisher).toBeUndefined();
    // The site's own words (本网原创稿), a timestamp on the line after an empty 来源, and the title after an empty 责任部门 are no publisher.
    expect(parseHeaderLines(['来源:本网原创稿发布时间: 2020-05-13 10:36:33'])).toEqual({ publishedDate: '2020-05-13 10:36:33' });
    // Nor is the page's button in brackets on the line under an empty 来源 (b1682_02), nor a 来源 the page filled with
    // the letter's title (b1676_01).
    expect(parseHeaderLines(['来源:本网', '【浏览字体:'])).toEqual({});
    expect(parseHeaderLines(['2016-06-20  09:10    来源:某省某厅关于某省十二届人大四次会议第15号代表建议答复的函'])).toEqual({ publishedDate: '2016-06-20' });
    // A date written out before the page's labels is its timestamp; alone on its line it may be the letter's own.
    expect(parseHeaderLines(['2025年07月16日 来源: 某区融媒'])).toMatchObject({ publishedDate: '2025年07月16日' });
    expect(parseHeaderLines(['2025年07月16日'])).toEqual({});
    // 题目 names the proposal on a suggestions system's page; a letter's own title under it is none.
    expect(parseHeaderLines(['题  目: 关于加快建设某江拦河坝的建议', '领衔代表: ,, 代 表 团:']).proposalTitle).toBe('关于加快建设某江拦河坝的建议');
    expect(parseHeaderLines(['题目:某局关于县人大三次会议第4号建议的答复']).proposalTitle).toBeUndefined();
    // Labels glued to values of digits.
    expect(parseHeaderLines(['索引号000014349/2025-29292 成文日期2025-11-21', '发布日期2025-11-21'])).toMatchObject({
      indexNumber: '000014349/2025-29292',
      writtenDate: '2025-11-21',
      publishedDate: '2025-11-21',
    });
    // Or one closing a line of labels after a gap.
    expect(parseHeaderLines(['来源:某县教体局   2025-07-14'])).toMatchObject({ publisher: '某县教体局', publishedDate: '2025-07-14' });
    expect(parseHeaderLines(['来源:', '      ', '2016-04-22 09:54:00']).publisher).toBeUndefined();
    expect(parseHeaderLines(['所属机构 某区林业局 责任部门', '', '某区林业局关于区人大三次会议第4号建议答复的函']).publisher).toBe('某区林业局');
    expect(parseHeaderLines(['所属机构: 市自然资源局 发布机构: 某市人民政府']).publisher).toBe('某市人民政府');
    // 作者 names the page's owner when it names a body, not a person or an account; the site's own 来源 names none.
    expect(parseHeaderLines(['作者:某县水利局 来源:本站原创 发布时间:2013-12-31 15:54']).publisher).toBe('某县水利局');
    expect(parseHeaderLines(['发布时间:2015-08-04 00:00 作者:周某 来源:市司法局法援科']).publisher).toBe('市司法局法援科');
    expect(parseHeaderLines(['作者:admin 发布时间:2015-08-04']).publisher).toBeUndefined();
    // A body's name run into the page's date is the body's alone.
    expect(parseHeaderLines(['来源:市提案科2016-10-20 10:30']).publisher).toBe('市提案科');
    // An empty label ends the value before it (文号 … 废止日期).
    expect(parseHeaderLines(['文        号 004325558/2018-0901 废止日期']).docNumber).toBe('004325558/2018-0901');
    expect(parseHeaderLines(['公开形式 主动公开 责任部门', '', '某区林业局关于区人大三次会议第4号建议答复的函']).publisher).toBeUndefined();
    // Nor the document number on the line after an empty 责任部门.
    expect(parseHeaderLines(['- 责任部门:', '某教案字(2025)12号', '分类:(A1)']).publisher).toBeUndefined();
    expect(parseHeaderLines(['来源:某县农业农村局字体:[大 中 小]']).publisher).toBe('某县农业农村局');
    // 无 is no value; 发文单位 names the publisher; an empty field is not filled from the title below it.
    expect(parseHeaderLines(['索引号 : 011336941/2022-25501 文       号 : 无', '主题分类: 科技 发文单位: 某市科学技术局'])).toEqual({
      indexNumber: '011336941/2022-25501',
      topics: '科技',
      publisher: '某市科学技术局',
    });
    expect(parseHeaderLines(['| 文号 : | |||', '对市五届人大一次会议第183号建议的答复']).docNumber).toBeUndefined();
    expect(parseHeaderLines(['发布单位: 某市农业农村局']).publisher).toBe('某市农业农村局');
    expect(parseHeaderLines(['- 发文机构', '- 某区水务局']).publisher).toBe('某区水务局');
    // An empty 来源 above the addressee of a co-handling opinion: the addressee is no value.
    expect(parseHeaderLines(['时间:2020-05-28 作者: 来源:', '某省住房和城乡建设厅:'])).toEqual({ publishedDate: '2020-05-28' });
    // An empty 来源 above an empty 编辑: neither label is the other's value.
    expect(parseHeaderLines(['  • 来源:', '  • 编辑:', '  • 发布时间:2024-05-27'])).toEqual({ publishedDate: '2024-05-27' });
    expect(parseHeaderLines(['文件编号:某交建〔2018〕92号']).docNumber).toBe('某交建〔2018〕92号');
    // 发文日期 dates the letter where a label dates the page's posting (发布日期); else, or beside a bare 时间, the page.
    expect(parseHeaderLines(['| 索引号:000014349/2025-12285 | |', '| 发文字号: | 发文时间:2024-08-20 |', '| 主题分类: | 发布日期:2024-08-22 |'])).toMatchObject({ writtenDate: '2024-08-20', publishedDate: '2024-08-22' });
    expect(parseHeaderLines(['发布机构: 某乡 发文日期: 2024-12-03', '时间:2024-12-04 14:56 来源:某乡农业综合服务中心'])).toMatchObject({ publishedDate: '2024-12-03' });
    expect(parseHeaderLines(['发布机构: 某乡 发文日期: 2024-12-03', '时间:2024-12-04 14:56 来源:某乡农业综合服务中心']).writtenDate).toBeUndefined();
    // A timestamp in a table's cell before a counter dates the page.
    expect(parseHeaderLines(['| 某市交通运输局关于对市政协八届一次会议第252号提案的答复 | |||', '| 2022-08-09 阅读: | |||']).publishedDate).toBe('2022-08-09');
    // A site's menu holds page names, no labels: 公开目录 | 公开指南 is no genre.
    expect(parseHeaderLines(['首页    |    公开目录    |    公开指南    |    公开规定    |', '分       类:', '公开答复;建议答复;人社建字']).genre).toBe('公开答复;建议答复;人社建字');
    // A table's 公开责任部门 column is the publisher too.
    expect(parseHeaderLines(['公开责任部门 | 市文化和旅游广电局 | 公开形式: | 主动公开 |']).publisher).toBe('市文化和旅游广电局');
    // Labels and values separated by spaces only; 所属分类 is the genre, 责任部门 the publisher.
    expect(parseHeaderLines(['所属分类 建议提案办理 效力状态 有效', '责任部门 某区某某街道办事处 公开方式 主动公开'])).toMatchObject({ genre: '建议提案办理', publisher: '某区某某街道办事处' });
    // A portal files by year under 主题分类: no topic.
    expect(splitTopics(parseHeaderLines(['索引号: 主题分类: 2019年']).topics)).toEqual([]);
    // A slash separates topics as 、 does.
    expect(splitTopics('文化、广电、新闻出版/文体综合类')).toEqual(['文化', '广电', '新闻出版', '文体综合类']);
    expect(parseHeaderLines(['发文字号: 静府督复〔2018〕1号索取号:JA0300000-2018-072', '发布机构: 区政府载体类型:纸质公开类型:主动公开', '信息时间:2018-09-04'])).toEqual({
      docNumber: '静府督复〔2018〕1号',
      // (索取号 glued to the number's 号 is a label all the same.)
      indexNumber: 'JA0300000-2018-072',
      publisher: '区政府',
      publishedDate: '2018-09-04',
    });
  });

  it('reads a label on one line and its value on the next, and labelled bullets', () => {
    // A ministry's record: the unit that published it (机构分类) and the trade it concerns (行业分类) (b1055_06, b1158_03).
    expect(parseHeaderLines(['机构分类', '', '运输服务司', '', '行业分类', '', '城市公交'])).toEqual({ publisher: '运输服务司', topics: '城市公交' });
    expect(parseHeaderLines(['索引号', 'abc_nyj/2025-00019', '发布机构', '日期', '2025-12-16'])).toEqual({
      indexNumber: 'abc_nyj/2025-00019',
      publishedDate: '2025-12-16',
    });
    expect(parseHeaderLines(['归档时间:', '2023-07-10 16:49 信息来源:某县交通运输局'])).toEqual({ publishedDate: '2023-07-10 16:49', publisher: '某县交通运输局' });
    expect(parseHeaderLines(['  • 索 引 号:370400/2022-00054', '  • 发布机构:某分局', '  • 成文时间:2022年07月29日'])).toEqual({
      indexNumber: '370400/2022-00054',
      publisher: '某分局',
      writtenDate: '2022年07月29日',
    });
    expect(parseHeaderLines(['- 信息类别: 议案提案办理', '- 信息索取号:000014349/2025-05135'])).toEqual({ genre: '议案提案办理', indexNumber: '000014349/2025-05135' });
    // Bullets listing values under their labels: the letter's title under 名称 is no genre.
    expect(parseHeaderLines(['  • 索 引 号:', '  • 000014349/2023-763849', '  • 生成日期:', '  • 2021-08-02', '  • 名  称:', '  • 某委关于省政协十二届四次会议第43号提案的答复'])).toEqual({
      indexNumber: '000014349/2023-763849',
      writtenDate: '2021-08-02',
    });
  });
  it('reads a law database’s record, its fields parted by bullets (•【制定机关】…•【公布日期】…; b1738_02)', () => {
    const line = '文章属性•【制定机关】某市商务委员会•【公布日期】2022.05.12•【施行日期】2022.05.12•【效力等级】地方规范性文件•【时效性】现行有效•【主题分类】机关工作';
    expect(parseHeaderLines([line])).toEqual({ publisher: '某市商务委员会', publishedDate: '2022.05.12', topics: '机关工作' });
  });

  it('reads a table’s row of column heads as labels, none the value of another (主办单位 会办 交办日期)', () => {
    expect(parseHeaderLines(['主办单位 会办 交办日期', '    2004-05-13']).hostAgency).toBeUndefined();
  });
  it('reads a document number written with a space before its 号, or broken over short lines under its label', () => {
    expect(parseHeaderLines(['    • 备注/文号:泉教函〔2019〕136 号']).docNumber).toBe('泉教函〔2019〕136号');
    expect(parseHeaderLines(['发文字号:', '普绿容', '〔2019〕', '44号', '关于某某的答复']).docNumber).toBe('普绿容〔2019〕44号');
    // Short lines that make no number are no value.
    expect(parseHeaderLines(['发文字号:', '某区', '绿化市容局', '关于某某的答复']).docNumber).toBeUndefined();
  });
  it('reads a value by its shape under a label that fills one field or another (信息分类, a cut 索引号 or 文号)', () => {
    expect(parseHeaderLines(['号: abc021-/2020-1203040 信息分类: 农业、林业、水利', '号: 某市水复〔2020〕38号'])).toEqual({
      indexNumber: 'abc021-/2020-1203040',
      topics: '农业、林业、水利',
      docNumber: '某市水复〔2020〕38号',
    });
    expect(parseHeaderLines(['信息分类: | 政协提案办理 |']).genre).toBe('政协提案办理');
    // A classification's cells run together: the genre, then the topics (b1123_03).
    expect(parseHeaderLines(['索 引 号: 014309391/2021-00023 信息分类: 人大代表建议办理情况, 国土资源、能源,其他,其他'])).toMatchObject({ genre: '人大代表建议办理情况', topics: '国土资源、能源' });
    expect(parseHeaderLines(['索 引 号:dyx007-/2023-0831033 公文目录:人大代表建议 发文机构:某县民政局']).genre).toBe('人大代表建议');
    // 分类 holds the result class or the topics, by its value's shape.
    expect(parseHeaderLines(['索引号:428431039/2024-00027 分  类:文化、体育、广电、出版 发文机关:某县文体局'])).toMatchObject({ topics: '文化、体育、广电、出版', publisher: '某县文体局' });
    expect(parseHeaderLines(['分类:(A1)']).resultClass).toBe('(A1)');
    // 内容分类 holds the genre or the topics; an index number's year may carry its month.
    expect(parseHeaderLines(['号: 11341426003240712W/202406-00031 信息分类: 卫生、体育', '内容分类: 政协提案办理 发文日期: 2024-06-03 10:54:06'])).toMatchObject({
      indexNumber: '11341426003240712W/202406-00031',
      topics: '卫生、体育',
      genre: '政协提案办理',
    });
    expect(parseHeaderLines(['内容分类: | 发展规划、建设项目和综合经济 |']).topics).toBe('发展规划、建设项目和综合经济');
  });

  it('reads the result class under each of its labels', () => {
    for (const label of ['类别', '类型', '办复类别', '答复类别']) expect(parseHeaderLines([`${label}:B`]).resultClass).toBe('B');
    expect(parseHeaderLines(['信息类型:政协提案']).genre).toBe('政协提案');
  });

  it('takes an unlabelled timestamp as the publication date, and reads two-digit years', () => {
    expect(parseHeaderLines(['2024-04-23 点击数:']).publishedDate).toBe('2024-04-23');
    // A date written out with the time of posting after it is the page's stamp too.
    expect(parseHeaderLines(['2023年09月05日 18:20  州农业农村局']).publishedDate).toBe('2023年09月05日');
    expect(parseHeaderLines(['来源:某厅办公室 2017-09-09 16:24:21'])).toEqual({ publisher: '某厅办公室', publishedDate: '2017-09-09' });
    expect(headerDate('22/07/14')).toBe('2022-07-14');
  });
});
