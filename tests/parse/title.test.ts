// Titles and the replying body around them, in letters written for the test.
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../src/parse/letter.js';

const rest = '张三委员：\n您提出的《关于修缮村道的提案》收悉，现答复如下：\n已办。\n';

describe('title', () => {
  it('reads the proposal noted in brackets after the reply word, a stray bracket closing it twice', () => {
    const p = parseLetter('某区自然资源局关于对区某届人大三次会议第1号建议的答复(关于解决某某保障的建议))\n\n时间:2020-04-08\n\n根据相关规定,我局将继续落实保障资金。\n');
    expect([p.title?.title, p.title?.agency, p.proposal.title, p.proposal.number]).toEqual([
      '某区自然资源局关于对区某届人大三次会议第1号建议的答复(关于解决某某保障的建议))',
      '某区自然资源局',
      '关于解决某某保障的建议',
      '1',
    ]);
  });
  it('reads a national conference’s page of a ministry’s reply: the number from 0332号提案复文, the body, date and number from the line noting the reply (b1004_01)', () => {
    const p = parseLetter('当前位置:首页 > 十一届四次会议提案内容及办理复文\n\n0415号提案复文\n\n2012-02-24\n\n中华人民共和国司法部\n\n2011年7月8日以〔2011〕司发函第163号文函复:\n\n某某委员:\n    您提出的《关于加强社区矫正工作的提案》收悉。现答复如下:\n    我部将继续推动。\n');
    expect([p.proposal.number, p.proposal.kind, p.agency?.name, p.docNumber, p.writtenDate]).toEqual(['0415', '提案', '中华人民共和国司法部', '〔2011〕司发函第163号', '2011-07-08']);
  });
  it('reads a title after its class mark in quotes and its document number, the number lettered with no 号 (b1018_02)', () => {
    const p = parseLetter('主办部门答复意见\n“ B ” 某建办函〔2016〕5号 市住建局关于市四届人大六次会议 第jy2016031建议的答复函 张某代表: 您提出的“关于安装管道燃气的建议”收悉,现答复如下: 已办。\n');
    expect([p.title?.title, p.docNumber, p.proposal.number, p.proposal.kind]).toEqual(['市住建局关于市四届人大六次会议第jy2016031建议的答复函', '某建办函〔2016〕5号', 'jy2016031', '建议']);
  });
  it('reads a title labelled in a header row before the next cell (标  题: …的答复 成文日期: …; b1118_04), and a number in brackets before the kind (b1118_03)', () => {
    const labelled = parseLetter('发布机构: 某市人民政府办公室 索 引 号:\n标     题: 关于市第五届政治协商会议C类第124号建议的答复 成文日期: 2025-01-20\n文     号: 某政办函〔2025〕1号\n\n' + rest);
    expect([labelled.title?.title, labelled.proposal.number]).toEqual(['关于市第五届政治协商会议C类第124号建议的答复', '124']);
    const bracketed = parseLetter('对市政协八届四次会议关于某区美术馆划归市本级管理(第101号)提案的答复\n\n' + rest);
    expect([bracketed.proposal.session, bracketed.proposal.number]).toEqual(['市政协八届四次会议', '101']);
  });
  it('reads the proposal’s title written bare after the session in the letter’s title (b1150_02)', () => {
    const p = parseLetter('对区九届人大三次会议关于加强宠物管理,保持公共场所路面卫生建议的答复\n吕某代表您好:\n一是加强巡查。\n');
    expect([p.proposal.session, p.proposal.title]).toEqual(['区九届人大三次会议', '关于加强宠物管理,保持公共场所路面卫生建议']);
    // (Not a number after 关于: 关于第12号建议 names no title.)
    expect(parseLetter(`对区九届人大三次会议关于第12号建议的答复\n${rest}`).proposal.title).toBe('关于修缮村道的提案');
  });
  it('reads no body in a title that opens with 对 and the proposal’s session', () => {
    const t = parseLetter(`对银川市政协十三届二次会议关于解决某某问题提案的答复\n${rest}`).title;
    expect(t?.agency).toBeNull();
  });

  it('reads the body, session and number of a title a page heading wraps in brackets', () => {
    const t = parseLetter(`某镇2023年人大代表建议办理答复(某县水利局关于县十八届人大二次会议第14号代表建议办理的函)\n${rest}`);
    expect(t.title).toMatchObject({ agency: '某县水利局', session: '县十八届人大二次会议', number: '14' });
    expect(t.title?.title).toBe('某镇2023年人大代表建议办理答复(某县水利局关于县十八届人大二次会议第14号代表建议办理的函)');
  });

  it('takes the second of two titles on one line, the proposal’s reply heading then the letter’s own, and a number with its year in brackets', () => {
    const t = parseLetter(`  • 关于尽快修缮某某医院门诊楼的建议答复 关于市十五届人大五次会议 第B(2022)327号建议的答复\n${rest}`).title;
    expect(t).toMatchObject({ title: '关于市十五届人大五次会议第B(2022)327号建议的答复', session: '市十五届人大五次会议', number: 'B(2022)327' });
  });

  it('keeps a heading over a later copy of the title that lost its numbers (第届…第会议), and its session', () => {
    const p = parseLetter(`某市城市管理局关于对某市第七届人民代表大会第五次会议第23号建议的答复\n发布时间:2025-08-13 10:06\n\n关于对某市第届人民代表大会第次会议\n\n23号建议的答复\n${rest}`);
    expect(p.title).toMatchObject({ title: '某市城市管理局关于对某市第七届人民代表大会第五次会议第23号建议的答复', number: '23' });
    expect(p.proposal.session).toBe('某市第七届人民代表大会第五次会议');
    const lost = parseLetter(`对某市第三届人民代表大会第四次会议第122号建议的答复\n\n对某市第届人民代表大会第会议122号建议的答复\n${rest}`).title;
    expect(lost?.title).toBe('对某市第三届人民代表大会第四次会议第122号建议的答复');
  });

  it('joins no header date, its label on the line above, into a title that opens with its session', () => {
    const t = parseLetter(`公开日期\n2025-10-30\n某某县第十八届人民代表大会第五次会议第17号建议、批评和意见的答复\n${rest}`).title;
    expect(t).toMatchObject({ title: '某某县第十八届人民代表大会第五次会议第17号建议、批评和意见的答复', session: '某某县第十八届人民代表大会第五次会议', number: '17' });
    // Nor a line of labels written without colons.
    const labels = parseLetter(`公开范围 面向社会 公开方式 主动公开\n\n某某市政协四届六次会议经济建设类第5号提案的答复函\n${rest}`).title;
    expect(labels?.title).toBe('某某市政协四届六次会议经济建设类第5号提案的答复函');
    // But a title wrapped before its last line, which closes with the letter's own number in brackets.
    const wrapped = parseLetter(`当前位置:首页 > 建议提案答复\n\n某某自治区某某局关于自治区政协十二届四次会议第20210188号\n提案答复的函(某海函〔2021〕87号)\n\n${rest}`).title;
    expect(wrapped).toMatchObject({ title: '某某自治区某某局关于自治区政协十二届四次会议第20210188号提案答复的函', number: '20210188' });
  });

  it('takes the letter’s own title after the proposal’s title on one line', () => {
    const t = parseLetter(`关于加大某某林场扶持力度的提案 关于对区政协第十四届三次会议提案的答复 ${rest}`).title;
    expect(t?.title).toBe('关于对区政协第十四届三次会议提案的答复');
  });

  it('reads the title after its name label behind a record’s other cells on one line (索 引 号: 发布机构: 本网 名  称: …)', () => {
    const t = parseLetter(`索 引 号: 发布机构: 本网 名  称: 某省卫生健康委关于政协第十二届某省委员会第四次会议第20210513号提案答复的函\n${rest}`).title;
    expect(t).toMatchObject({ title: '某省卫生健康委关于政协第十二届某省委员会第四次会议第20210513号提案答复的函', agency: '某省卫生健康委', number: '20210513' });
  });

  it('reads the title labelled above a record’s row whose last cell holds it again (发文机关:… 发布机构:关于…的答复)', () => {
    const t = parseLetter(`标题:关于政协某县第十一届二次会议第05号委员提案的答复\n索 引 号:abc/2023-00001 分 类:综合政务 发文机关:某县发展和改革委员会 成文日期:2023年11月20日 发布机构:关于政协某县第十一届二次会议第05号委员提案的答复\n${rest}`).title;
    expect(t).toMatchObject({ title: '关于政协某县第十一届二次会议第05号委员提案的答复', number: '05', word: '提案' });
  });

  it('reads no body in a title opening with the session (市十七届人大一次会议关于…的建议办理情况的答复), and no role in a session (…八届一次委员第094号)', () => {
    expect(parseLetter(`市十五届人大二次会议关于加大管网排查力度的建议(1020号) 办理情况的答复\n${rest}`).title?.agency).toBeNull();
    expect(parseLetter(`关于对市政协八届一次委员第094号提案的答复\n${rest}`).title).toMatchObject({ session: '市政协八届一次', number: '094' });
  });

  it('keeps a suggestion made between sittings in its session (…会议闭会期间第4号建议), numbered apart from the sitting’s', () => {
    expect(parseLetter(`某街道办事处关于区十八届人大三次会议闭会期间第4号建议的复函\n${rest}`).title).toMatchObject({ session: '区十八届人大三次会议闭会期间', number: '4' });
    expect(parseLetter(`某市林业局关于对某市十四届人大三次会议闭会期间代表建议第3017号的答复\n${rest}`).title).toMatchObject({ session: '某市十四届人大三次会议闭会期间', number: '3017' });
  });

  it('reads the number after a group’s proposal word (…会议党派团体提案第0016号)', () => {
    const t = parseLetter(`对政协某省第五届委员会第二次会议党派团体提案第0016号的答复(B)\n${rest}`).title;
    expect(t).toMatchObject({ session: '政协某省第五届委员会第二次会议', number: '0016', word: '提案' });
  });

  it('reads the body above the document number’s line above the title, and a class in 〔〕 on its own line', () => {
    const p = parseLetter(`〔A类〕\n〔公开〕\n某县工业和信息化局\n某工信议复〔2024〕9号 签发人:张某某\n对县十五届人大三次会议\n第096号建议的答复\n${rest}`);
    expect([p.title?.title, p.agency?.name, p.resultClass]).toEqual(['对县十五届人大三次会议第096号建议的答复', '某县工业和信息化局', 'A']);
  });

  it('reads a title after a document number and class in brackets on its line ((某水提〔2017〕046号A类)对…的答复)', () => {
    const p = parseLetter(`(湘水提〔2017〕046号A类)对省十二届人大七次会议第1746号建议的答复\n${rest}`);
    expect([p.title?.title, p.docNumber, p.resultClass]).toEqual(['对省十二届人大七次会议第1746号建议的答复', '湘水提〔2017〕046号', 'A']);
  });

  it('takes the letter’s own document number where the header’s lost its prefix (文号 〔2018〕302号)', () => {
    const p = parseLetter(`[ 效力状态 ] 有效 [ 文 号 ] 〔2018〕302号\n榆政发改函〔2018〕302号\n签发人:郭某某\n${rest}`);
    expect(p.docNumber).toBe('榆政发改函〔2018〕302号');
  });

  it('keeps the record’s full title over its summary (内容概述: …建议的答复) listed after it', () => {
    const p = parseLetter(`- 标题: 某省卫生健康委员会关于省十四届人大一次会议第1371号建议的答复\n- 内容概述: 省十四届人大一次会议第1371号建议的答复\n- 有效性:有效\n${rest}`);
    expect([p.title?.title, p.proposal.session]).toEqual(['某省卫生健康委员会关于省十四届人大一次会议第1371号建议的答复', '省十四届人大一次会议']);
  });

  it('reads a class mark whose line adds the letter’s publication (A(公开)) below the page’s date line', () => {
    const p = parseLetter(`某县教育局\n对县政协十四届五次会议第197号建议的答复\n\n发布日期:2022-01-28 17:20 来源:某县\n\n                A(公开)\n\n${rest}`);
    expect([p.title?.title, p.resultClass]).toEqual(['对县政协十四届五次会议第197号建议的答复', 'A']);
  });

  it('reads a number followed by its class’s own number in brackets (第4117号(城乡建设类063号)提案)', () => {
    const t = parseLetter(`关于某市政协六届五次会议2025156号(城建类38号)提案答复的函\n${rest}`).title;
    expect(t).toMatchObject({ session: '某市政协六届五次会议', number: '2025156' });
  });
  it('reads the first of numbers sharing one 号 (第13、53号建议)', () => {
    const t = parseLetter(`关于市五届人大一次会议第13、53号建议的复函\n${rest}`).title;
    expect(t).toMatchObject({ session: '市五届人大一次会议', number: '13' });
  });
  it('reads a title ending in 答复的报告 or 答复情况, without the page’s date in brackets after it', () => {
    const t = parseLetter(`关于县政协十一届三次会议第120号提案答复的报告\n${rest}`).title;
    expect(t).toMatchObject({ session: '县政协十一届三次会议', number: '120' });
    const state = parseLetter(`市政协十四届三次会议第0818号提案的答复情况 ( 2025-05-20 )\n${rest}`).title;
    expect(state).toMatchObject({ title: '市政协十四届三次会议第0818号提案的答复情况', session: '市政协十四届三次会议', number: '0818' });
  });
  it('takes no value of a record’s label above the title for its body (公开范围:\n面向社会)', () => {
    const p = parseLetter(`公开范围:\n面向社会\n对市政协第十一届四次会议第40号提案的答复\n${rest}感谢您的关心和支持!\n慈溪市文化和广电旅游体育局\n2020年9月10日\n`);
    expect(p.agency?.name).toBe('慈溪市文化和广电旅游体育局');
  });
  it('reads the number before the proposal’s title written bare (第40号加强…的建议的答复)', () => {
    const t = parseLetter(`关于对政协某县第十一届委员会第二次会议第40号加强对某县排水系统的建议的答复\n${rest}`).title;
    expect(t).toMatchObject({ session: '政协某县第十一届委员会第二次会议', number: '40', word: '建议' });
  });
  it('reads a title that is the proposal’s own with 的答复 after it as naming that proposal (b1054_05), one citing a session or number as not', () => {
    const t = parseLetter('关于加强未成年人违法犯罪后的教育、管理的建议的答复\n您们的建议已交我局办理,现答复如下:\n已办。\n').title;
    expect(t?.proposalTitle).toBe('关于加强未成年人违法犯罪后的教育、管理的建议');
    expect(parseLetter(`关于对区十八届人大二次会议第23号建议的答复\n${rest}`).title?.proposalTitle).toBeNull();
  });
  it('reads a record whose title opens with the number and a colon (第23号:关于…的答复) and whose 会议编号 names the session (b1090_02)', () => {
    const p = parseLetter('编号: 第23号 会议编号: 市政协十一届二次会议\n第23号:关于“学校监控全覆盖”的答复\n宋某委员:\n您提出的关于“学校监控全覆盖”的提案收悉,现答复如下:\n已办。\n');
    expect([p.proposal.number, p.proposal.session]).toEqual(['23', '市政协十一届二次会议']);
  });
  it('reads a number written in Chinese numerals (第五十二号建议), as written', () => {
    const t = parseLetter(`关于对区十八届人大二次会议第二十三号建议的答复\n${rest}`).title;
    expect(t).toMatchObject({ session: '区十八届人大二次会议', number: '二十三' });
  });
  it('reads the number of a title whose session is followed by the proposal’s own title bare, the number before it or in brackets after it', () => {
    const before = parseLetter(`市十九届人大六次会议第60号关于加快5G产业融合发展的建议的答复\n${rest}`).title;
    expect(before).toMatchObject({ session: '市十九届人大六次会议', number: '60' });
    const after = parseLetter(`对省十四届人大一次会议关于将新能源指标向帮扶县倾斜的建议 (第1274号)的答复\n${rest}`).title;
    expect(after).toMatchObject({ session: '省十四届人大一次会议', number: '1274' });
  });
  it('reads the session after the body and its 关于 when the proposal’s title and number follow the session', () => {
    const t = parseLetter(`某市某区人民政府关于市八届人大三次会议《关于对某某火车站进行改造的建议》(第034号)的答复意见\n${rest}`).title;
    expect(t).toMatchObject({ agency: '某市某区人民政府', session: '市八届人大三次会议', number: '034' });
  });

  it('reads the session of a reply given again (关于再次答复…会议第N号提案的函)', () => {
    const t = parseLetter(`某区科技创新局关于再次答复某区政协一届五次会议第2021104号提案的函\n${rest}`).title;
    expect(t).toMatchObject({ agency: '某区科技创新局', session: '某区政协一届五次会议', number: '2021104' });
    // A co-handler's letter: 关于协助办理…会议第N号提案….
    const helped = parseLetter(`某市发展和改革委员会关于协助办理市政协七届三次会议第1号提案有关情况的函\n${rest}`).title;
    expect(helped).toMatchObject({ session: '市政协七届三次会议', number: '1' });
  });

  it('takes the letter’s own title over the page heading, unless the heading holds it whole', () => {
    const own = parseLetter(`对县十七届人大三次会议第63号建议的答复\n来源: 某县人民政府\n某交函〔2019〕6号\n对县人大第十七届第三次会议第63号建议的\n答  复\n${rest}`);
    expect(own.title?.title).toBe('对县人大第十七届第三次会议第63号建议的答复');
    const heading = parseLetter(`某县卫生健康局关于县十八届人大一次会议第122号建议答复的函\n某县卫生健康局\n关于县十八届人大一次会议第122号建议答复的函\n${rest}`);
    expect(heading.title?.title).toBe('某县卫生健康局关于县十八届人大一次会议第122号建议答复的函');
    // The letter's own copy lost a character or two the heading has: the heading's is the title.
    const lost = parseLetter(`关于对市一届人大三次会议第73号建议的答复函\n发布时间:2023-11-03 09:33 来源:市水利局\n关于对市一届人大次会议第73号建议的答复函\n${rest}`);
    expect(lost.title?.title).toBe('关于对市一届人大三次会议第73号建议的答复函');
    expect(lost.proposal?.session).toBe('市一届人大三次会议');
    // …or all its numbers (三, 三, 第).
    const numbers = parseLetter(`某区人民政府关于区三届人大三次会议第14号建议办理情况的答复\n发布时间:2023-09-18 10:36 来源:区政府办\n某区人民政府关于区届人大次会议14号建议办理情况的答复\n${rest}`);
    expect(numbers.title?.title).toBe('某区人民政府关于区三届人大三次会议第14号建议办理情况的答复');
    expect(numbers.proposal?.session).toBe('区三届人大三次会议');
    // …with their number mark and a place's level word (b1422_01, b1434_04).
    const marked = parseLetter(`关于对某某市人大第三届二次会议第33号建议的答复\n发布时间:2023-07-01 来源:市交通运输局\n关于对某某人大次会议第33\n\n建议的答复\n${rest}`);
    expect(marked.proposal?.session).toBe('某某市人大第三届二次会议');
    // …also where the heading adds its body and writes 关于对.
    const body = parseLetter(`某县交通运输局 关于对某县第十七届人民代表大会第五次会议代表第28号建议的答复\n来源于: 某县人民政府\n某县交通运输局\n关于某县第十七届人民代表大会第次会议代表28号建议的答复\n${rest}`);
    expect(body.proposal?.session).toBe('某县第十七届人民代表大会第五次会议');
    // …or one opening with 对 over the letter's copy that lost its first character (b1136_03).
    const opened = parseLetter(`对阿拉山口市三届政协二次会议 第28号提案的答复\n来源:市文体广旅局\n\n拉山口市三届政协二次会议\n\n28号提案的答复\n${rest}`);
    expect(opened.proposal?.session).toBe('阿拉山口市三届政协二次会议');
  });

  it('joins a title split before its number, but not the body line above it, which names the agency', () => {
    const p = parseLetter(`某市某区农业农村局\n对某区第七届人民代表大会\n第三次会议第20号建议的答复\n${rest}`);
    expect(p.title?.title).toBe('对某区第七届人民代表大会第三次会议第20号建议的答复');
    expect(p.agency?.name).toBe('某市某区农业农村局');
    expect(p.proposal).toMatchObject({ number: '20', session: '某区第七届人民代表大会第三次会议' });
  });

  it('reads a title run on by the page’s fields on its line (…的答复 发布日期:… 信息来源:…)', () => {
    const p = parseLetter(`对市五届人大一次会议第89号建议的答复 发布日期:2022-07-01 16:55 信息来源: 编辑:某市教育局 审核: 徐某 字号:[ ]\n${rest}`);
    expect(p.title?.title).toBe('对市五届人大一次会议第89号建议的答复');
    expect(p.proposal).toMatchObject({ number: '89', session: '市五届人大一次会议' });
  });

  it('joins no page button above a title (打印), and reads a session written as its term and sitting alone (六届四次)', () => {
    const p = parseLetter(`返回上一级\n\n字号\n\n打印\n\n六届四次第109号代表建议的答复\n\n主动公开\n${rest}`);
    expect(p.title?.title).toBe('六届四次第109号代表建议的答复');
    expect(p.proposal).toMatchObject({ number: '109', session: '六届四次' });
  });

  it('reads a lead handler’s opinion (…的主办意见) and a report on the proposal’s handling (…建议办理落实情况报告) as titles', () => {
    expect(parseLetter(`对自治区十三届人大三次会议第209号建议的主办意见\n${rest}`).title?.title).toBe('对自治区十三届人大三次会议第209号建议的主办意见');
    const report = parseLetter(`省大数据局关于省十四届人大三次会议第30号建议办理落实情况报告\n${rest}`);
    expect([report.agency?.name, report.proposal?.number]).toEqual(['省大数据局', '30']);
    // A further reply to a proposal whose handling went on (…提案的续办续复).
    const further = parseLetter(`某市人民政府对政协某州十一届二次会议第25号提案的续办续复\n${rest}`);
    expect([further.title?.title, further.proposal?.number]).toEqual(['某市人民政府对政协某州十一届二次会议第25号提案的续办续复', '25']);
    // A summary of the reply a portal publishes (…提案的答复摘要), its header fields on the lines below.
    const summary = parseLetter(`某县农业农村局关于对县政协十三届四次会议第237号提案的答复摘要\n发布时间:\n2025-11-05\n${rest}`);
    expect([summary.agency?.name, summary.proposal?.number]).toEqual(['某县农业农村局', '237']);
    // A ministry's summary of its letter (…提案答复的函摘要), the session and number spaced apart.
    const ministry = parseLetter(`关于政协第十四届全国委员会第一次会议 第01234号(农业水利类56号)提案答复的函摘要\n时间:2023-08-31  作者:佚名\n${rest}`);
    expect([ministry.title?.title, ministry.proposal?.number, ministry.proposal?.session]).toEqual(['关于政协第十四届全国委员会第一次会议第01234号(农业水利类56号)提案答复的函摘要', '01234', '政协第十四届全国委员会第一次会议']);
    // Or the result of its handling (…第188号人大议案(代表建议)的办理结果) in a record's 名称 cell.
    const result = parseLetter(`| 名称: | 某县应急管理局关于对县十八届人大四次会议第188号人大议案(代表建议)的办理结果 | 文号: | 无 |\n${rest}`);
    expect([result.agency?.name, result.proposal?.number]).toEqual(['某县应急管理局', '188']);
  });
  it('reads the body in a portal record’s cell right below the title, but not a bare body line there (a co-handling opinion’s addressee)', () => {
    const cell = parseLetter(`对政协某区九届委员会四次会议第68号提案的复函\n某市某区退役军人事务局 |\n类 别: A |\n${rest}`);
    expect(cell.agency?.name).toBe('某市某区退役军人事务局');
    const addressed = parseLetter(`关于政协六届一次会议109号提案办理情况的答复\n某市某区文化体育和旅游局\n${rest}`);
    expect(addressed.agency).toBeNull();
  });
  it('drops bullets, labels, document numbers, table bars and a date around a title', () => {
    expect(parseLetter(`  • 标  题:2022年度某分局关于区政协十届一次会议第88号提案的答复\n${rest}`).title?.title).toBe('2022年度某分局关于区政协十届一次会议第88号提案的答复');
    expect(parseLetter(`某教〔2021〕122号某县教育局关于县十五届人大七次会议第24号建议的答复\n${rest}`).title?.agency).toBe('某县教育局');
    expect(parseLetter(`某建字(2018)249号对某市政协八届二次会议第252号提案的答复\n${rest}`).title?.title).toBe('对某市政协八届二次会议第252号提案的答复');
    // The tail of the document number, which the page split off onto the title's line.
    expect(parseLetter(`34号 对某市第九届人民代表大会第四次会议第297号建议的答复\n某卫提字〔2024〕34号 A1类\n${rest}`).title?.title).toBe('对某市第九届人民代表大会第四次会议第297号建议的答复');
    expect(parseLetter(`| 成文日期 | | 标题 | 某局关于对区人大三次会议第4号建议的答复 |\n${rest}`).title?.title).toBe('某局关于对区人大三次会议第4号建议的答复');
    expect(parseLetter(`关于镇十八届人大七次会议第1号建议的答复函 |\n${rest}`).title?.title).toBe('关于镇十八届人大七次会议第1号建议的答复函');
    // The page's title bar: the site's name after a dash.
    expect(parseLetter(`关于市政协十六届二次会议第16号提案的答复函-某某网站\n${rest}`).title).toMatchObject({ title: '关于市政协十六届二次会议第16号提案的答复函', number: '16' });
    // 名称 cut to its last character by the page.
    expect(parseLetter(`称: 某市水务局关于对市九届人大四次会议第41号建议的答复\n${rest}`).title?.title).toBe('某市水务局关于对市九届人大四次会议第41号建议的答复');
    // A label in square brackets, spaced out.
    expect(parseLetter(`[ 名 称 ] 对省十三届人大二次会议第203号建议的答复函\n${rest}`).title?.title).toBe('对省十三届人大二次会议第203号建议的答复函');
    // A document number with 第 before the title, or closing it in brackets with its class.
    expect(parseLetter(`某农议字〔2025〕第9号 对某区第二届人民代表大会第五次会议第67号建议的答复\n${rest}`).title?.title).toBe('对某区第二届人民代表大会第五次会议第67号建议的答复');
    const closing = parseLetter(`对某市九届人大四次会议第291号建议的答复(某财字〔2024〕70号A1类)\n${rest}`);
    expect([closing.title?.title, closing.docNumber]).toEqual(['对某市九届人大四次会议第291号建议的答复', '某财字〔2024〕70号']);
    // Or after a space, unbracketed.
    const spaced = parseLetter(`某县公安局关于县人大代表015号建议的答复 某公复〔2023〕01号\n${rest}`);
    expect([spaced.title?.title, spaced.docNumber, spaced.proposal.number]).toEqual(['某县公安局关于县人大代表015号建议的答复', '某公复〔2023〕01号', '015']);
    // The date the page prints after it.
    expect(parseLetter(`对区政协十四届三次会议第C087号提案的答复 2019-11-09\n${rest}`).title).toMatchObject({ title: '对区政协十四届三次会议第C087号提案的答复', number: 'C087' });
  });

  it('joins a title over three lines when two do not start its reference, with the body before 关于', () => {
    const p = parseLetter(`某县文化和旅游局关于县十七届人民代表大会第三次会议\n第110号代表建议办理情况\n的答复函\n${rest}`);
    expect(p.title?.title).toBe('某县文化和旅游局关于县十七届人民代表大会第三次会议第110号代表建议办理情况的答复函');
    expect(p.agency?.name).toBe('某县文化和旅游局');
    expect(p.proposal?.number).toBe('110');
  });

  it('reads a title with no 关于 whose number stands in brackets or after a colon after the kind', () => {
    const p = parseLetter(`区人大八届四次会议代表建议(第24号)答复意见\n${rest}`);
    expect(p.title?.title).toBe('区人大八届四次会议代表建议(第24号)答复意见');
    expect(p.proposal).toMatchObject({ number: '24', session: '区人大八届四次会议' });
    // The title's number, not the opening's longer writing of it (第2019009号).
    const colon = parseLetter('区某届人大二次会议建议:第009号--关于加强某中心建设的建议的答复\n某某代表:\n您提出的《关于加强某中心建设的建议》:第2019009号已收悉,现答复如下:\n已办。\n');
    expect(colon.proposal).toMatchObject({ number: '009', session: '区某届人大二次会议' });
  });

  it('reads a title with no 关于 opened by its session, over a later heading that names no number', () => {
    const p = parseLetter(`首页 > 建议提案办理\n青川县第十届人民代表大会第二次会议第37号建议的答复\n发表时间:2024-04-29\n关于修缮村道建议的答复\n${rest}`);
    expect(p.title?.title).toBe('青川县第十届人民代表大会第二次会议第37号建议的答复');
    expect(p.proposal).toMatchObject({ number: '37', session: '青川县第十届人民代表大会第二次会议', kind: '建议' });
  });

  it('reads a handling report titled by its session and number (…第51号代表建议办理情况), the place’s name holding 关 (b1699_03)', () => {
    const p = parseLetter(`标题:嘉峪关市第十届人民代表大会第三次会议第51号代表建议办理情况 | |\n${rest}`);
    expect(p.title?.title).toBe('嘉峪关市第十届人民代表大会第三次会议第51号代表建议办理情况');
    expect(p.proposal).toMatchObject({ number: '51', session: '嘉峪关市第十届人民代表大会第三次会议', kind: '建议' });
  });

  it('keeps the title over its breadcrumb that ends in it (首页    建议提案    某管委会 关于…; b1687_04)', () => {
    const p = parseLetter(`某示范区管委会 关于对市政协九届一次会议第49号提案的答复\n\n首页    建议提案    某示范区管委会 关于对市政协九届一次会议第49号提案的答复\n${rest}`);
    expect(p.title?.title).toBe('某示范区管委会关于对市政协九届一次会议第49号提案的答复');
  });

  it('keeps the title over a page’s field line that repeats it as its value', () => {
    // (2016-06-20 09:10 来源:<the title>: the source field the page filled with the title, b1676_01.)
    const p = parseLetter(`首页 > 建议提案办理结果\n某省某厅关于某省十二届人大四次会议第15号代表建议答复的函\n2016-06-20  09:10    来源:某省某厅关于某省十二届人大四次会议第15号代表建议答复的函\n${rest}`);
    expect(p.title?.title).toBe('某省某厅关于某省十二届人大四次会议第15号代表建议答复的函');
  });

  it('reads the session and number from a portal’s 会议届次 and 建议提案编号 fields', () => {
    const p = parseLetter(`某县公安局对县十届人大二次会议代表关于整治学校周边环境建议的答复\n会议届次\n广元市青川县十届人大二次会议\n建议提案编号\n2024085\n${rest}`);
    expect(p.proposal).toMatchObject({ number: '2024085', session: '广元市青川县十届人大二次会议' });
  });

  it('reads a title quoting the proposal after its session with no number, and one led by a dash', () => {
    const p = parseLetter(`对县十六届人大五次会议“在某县东部建设仓储物流园”建议的答复\n${rest}`);
    expect(p.proposal).toMatchObject({ kind: '建议', session: '县十六届人大五次会议' });
    expect(parseLetter(`——某县教育局关于县第十八届人大一次会议第46号建议的答复\n${rest}`).title?.agency).toBe('某县教育局');
  });

  it('reads a 协办意见, a title behind its breadcrumb, and the body named in brackets after a title', () => {
    expect(parseLetter(`某市自然资源和规划局关于对某市第十五届人大第五次会议第83号代表建议的协办意见\n${rest}`).title?.agency).toBe('某市自然资源和规划局');
    const crumbs = parseLetter(`当前位置:首页>政府信息公开>建议提案办理>市农委关于对市政协十三届二次会议第20180388号提案会办工作的意见\n${rest}`);
    expect(crumbs.title?.title).toBe('市农委关于对市政协十三届二次会议第20180388号提案会办工作的意见');
    // A Chinese numeral before 号 without 第 is part of a name in the proposal's title (汪家沟二号拦河闸), no number (b1261).
    const named = parseLetter(`2018年某县七届人大一次会议《关于新建某某沟二号拦河闸的建议》(29号)的答复\n${rest}`).title;
    expect([named?.number, named?.session]).toEqual(['29', '某县七届人大一次会议']);
    // A session that ends at its sitting, without 会议, before the title (政协十一届三次《…》(0158号)答复).
    const sitting = parseLetter(`政协十一届三次《关于完善社区工作者薪酬体系的提案》(0158号)答复\n${rest}`).title;
    expect([sitting?.number, sitting?.session]).toEqual(['0158', '政协十一届三次']);
    // A breadcrumb parted by slashes (当前位置: 首页 / …; b1253).
    expect(parseLetter(`当前位置: 首页 / 关于对县政协第十五届六次会议第12号建议的答复\n${rest}`).title?.title).toBe('关于对县政协第十五届六次会议第12号建议的答复');
    const noted = parseLetter(`对县十六届人大一次会议第3号建议的答复(水利局)\n${rest}`);
    expect(noted.agency?.name).toBe('水利局');
    // The body noted as the one that hosted the reply (县发改委主办): the body.
    expect(parseLetter(`关于对某县十七届人大三次会议第32号建议的答复函(县发改委主办)\n${rest}`).agency?.name).toBe('县发改委');
  });

  it('reads a numbered document in brackets after the title, and a title behind a label, a cell bar and a document number', () => {
    const numbered = parseLetter(`关于对建设公益性墓地的提案答复的函(编号:B〔2017〕062号)\n${rest}`);
    expect(numbered.title?.title).toBe('关于对建设公益性墓地的提案答复的函');
    expect(numbered.docNumber).toBe('B〔2017〕062号');
    const labelled = parseLetter(`名 称: | 某教议复字〔2022〕25号——某县教育局关于县第十八届人大一次会议第46号建议的答复\n${rest}`);
    expect(labelled.title?.title).toBe('某县教育局关于县第十八届人大一次会议第46号建议的答复');
  });

  it('takes a quoted phrase for the proposal’s title only when the quotes hold the whole title', () => {
    const whole = parseLetter('张三代表:\n关于你们提出的“将石溪全域纳入示范区”的第56号建议,现答复如下:\n已办。\n');
    expect(whole.proposal?.title).toBe('将石溪全域纳入示范区');
    const part = parseLetter('张三代表:\n您提出的关于“就近入学”政策执行中面临的问题及建议已收悉,现答复如下:\n已办。\n');
    expect(part.proposal?.title).toBe('关于“就近入学”政策执行中面临的问题及建议');
  });

  it('reads the session however the title or opening phrases it', () => {
    expect(parseLetter(`对县政协十届第二次会议《关于城镇棚户区改造的提案》的答复\n${rest}`).proposal?.session).toBe('县政协十届第二次会议');
    expect(parseLetter(`某县住建局关于办理县十八届人大四次会议第44号建议的函\n${rest}`).proposal?.session).toBe('县十八届人大四次会议');
    const opening = parseLetter('张三代表:\n你们在某市第三届人民代表大会第二次会议代表建议、批评和意见中提出的《关于修路的建议》收悉,现答复如下:\n已办。\n');
    expect(opening.proposal?.session).toBe('某市第三届人民代表大会第二次会议');
  });

  it('reads a title that gives the proposal’s title after a colon', () => {
    const p = parseLetter(`关于县十九届人大二次会议 第4号建议的答复:关于增加教育投入的建议\n${rest}`);
    expect(p.title?.title).toBe('关于县十九届人大二次会议第4号建议的答复:关于增加教育投入的建议');
    expect(p.proposal).toMatchObject({ number: '4', session: '县十九届人大二次会议' });
  });
});

describe('replying body in the closing', () => {
  it('reads the signature line above contact lines, or at the letter’s end without a date, or a 联系单位 label', () => {
    const above = parseLetter(`${rest}某县文化和旅游局\n联系人：李四\n联系电话：0557-1234567\n2024年7月30日\n`);
    expect(above.agency?.name).toBe('某县文化和旅游局');
    expect(parseLetter(`${rest}感谢您的支持。\n某市住房和城乡建设局\n`).agency?.name).toBe('某市住房和城乡建设局');
    expect(parseLetter(`${rest}联系单位:某县文物局\n联系电话:0557-1234567\n2024年7月30日\n`).agency?.name).toBe('某县文物局');
    // Under the date, on its contact line.
    expect(parseLetter(`${rest}\n2022726\n\n某市教育体育局  联系电话:3303606 联系人:刘某\n`).agency?.name).toBe('某市教育体育局');
    // A page published by a body's unit is the body's; by a unit alone, nobody's.
    const published = (source: string) => parseLetter(`发布日期:2021-06-21 来源:${source}\n甲一明委员:\n您提出的关于加大投入的提案收悉。现答复如下:\n已办。\n`).agency?.name;
    expect(published('市政府办公厅建议提案处')).toBe('市政府办公厅');
    expect(published('法制审核处')).toBeUndefined();
    // Nor a unit of the body's organs (机关党委).
    expect(published('机关党委')).toBeUndefined();
    // Nor an office named without its body (来源:办公厅; b1650_01).
    expect(published('办公厅')).toBeUndefined();
    // The government's office that hands proposals out posts every bureau's replies: it replies to none.
    expect(published('建议提案办')).toBeUndefined();
    expect(published('某街道办事处')).toBe('某街道办事处');
    // A department's own office posts for the department; a government's office is a body of its own.
    expect(published('某省农业农村厅办公室')).toBe('某省农业农村厅');
    // So does a commission's (省国资委办公室), but not a working committee's (妇儿工委办公室), which works as itself.
    expect(published('某省国资委办公室')).toBe('某省国资委');
    expect(published('某市妇儿工委办公室')).toBe('某市妇儿工委办公室');
    expect(published('某县人民政府办公室')).toBe('某县人民政府办公室');
    // A labelled unit is its body's, the longest body before it; an office labelled is the office.
    expect(parseLetter(`${rest}承办单位:某省委办公厅督查室\n2024年7月30日\n`).agency?.name).toBe('某省委办公厅');
    expect(parseLetter(`${rest}联系单位:某县人民政府办公室\n2024年7月30日\n`).agency?.name).toBe('某县人民政府办公室');
    // 主办单位 alone with a body closes the letter; with the site's address, or naming a government's office, it is the site's footer.
    expect(parseLetter(`${rest}主办单位:县教育局\n\n会办单位:县交通运输局\n\n联系人:邓某\n`).agency?.name).toBe('县教育局');
    expect(parseLetter(`${rest}主办(分办)单位:县自然资源和规划局\n办复类别:A\n`).agency?.name).toBe('县自然资源和规划局');
    expect(parseLetter(`${rest}已办。\n主办单位:某市人民政府办公室 地址:某市人民路186号 邮编:451100\n`).agency).toBeNull();
    expect(parseLetter(`${rest}已办。\n主办单位:某区人民政府办公室\n`).agency).toBeNull();
    // A sub-district office's signature, blank lines of spaces between; an office's other sign in brackets.
    expect(parseLetter(`${rest}\n \n某区某某街道办事处\n \n2024年4月30日\n`).agency?.name).toBe('某区某某街道办事处');
    expect(parseLetter(`${rest}某市住房和城乡建设局(市人民防空办公室)\n2021年8月25日\n`).agency?.name).toBe('某市住房和城乡建设局');
    // The body signing on its contact line, no date below it.
    expect(parseLetter(`${rest}办复类别:A类\n某区财政局 联系电话:65132561\n`).agency?.name).toBe('某区财政局');
    // Unsigned: the body the opening says studied the proposal.
    const studied = (opening: string) => parseLetter(`甲一明代表:\n您提出的关于加大投入的建议已收悉。${opening}现将有关情况答复如下:\n已办。\n`).agency?.name;
    expect(studied('县政府对您所提出的意见高度重视,经县教体局认真研究和办理,')).toBe('县教体局');
    expect(studied('县农业农村局高度重视,经认真研究,')).toBe('县农业农村局');
    expect(studied('我局高度重视,经认真研究,')).toBeUndefined();
    // A body the letter's own studied it with (经与X研究) is no replying body.
    expect(studied('经与市市场监管局研究办理,')).toBeUndefined();
    // A meeting decides for a body; it is none (经委办公会研究同意).
    expect(studied('经委办公会研究同意,')).toBeUndefined();
    expect(studied('商务厅高度重视,积极会同自治区相关部门认真研究代表建议内容,')).toBe('商务厅');
    expect(studied('县城建中心对您的建议高度重视,立即召开专题会议研究,')).toBe('县城建中心');
    // The body it was handed to (已交由…办理, 由县政府交由…办理); not 我局, nor 交通 read as 交.
    expect(studied('已交由某县农业农村局办理,')).toBe('某县农业农村局');
    expect(studied('由县政府交由某县民族宗教事务局牵头办理,')).toBe('某县民族宗教事务局');
    expect(studied('已交省工业和信息化厅研究办理,')).toBe('省工业和信息化厅');
    expect(studied('由区政府批转我局办理,')).toBeUndefined();
    // Or the body its thanks name; not 我局, nor a sector's work.
    const thanked = (thanks: string) => parseLetter(`甲一明代表:\n您提出的关于加大投入的建议已收悉。现将有关情况答复如下:\n已办。\n${thanks}\n`).agency?.name;
    expect(thanked('感谢您对某某街道办事处工作的关心和支持。')).toBe('某某街道办事处');
    expect(thanked('感谢您对交通运输工作的关心和支持。')).toBeUndefined();
    expect(thanked('感谢您对我局工作的关心和支持。')).toBeUndefined();
    // Two bodies signing together: the first replies, the other co-handled it.
    const joint = parseLetter(`${rest}衷心感谢您的关心和支持!\n\n某县交通运输局 某某镇人民政府\n\n2023年6月5日\n`);
    expect([joint.agency?.name, joint.coHandlers.map((c) => c.name)]).toEqual(['某县交通运输局', ['某某镇人民政府']]);
    // A title writing the body short, a signature writing it out: the full name.
    const short = parseLetter(`某区城管局对区政协十届一次会议第92号提案的复函\n${rest}感谢您的关心和支持!\n某区城市管理和综合执法局\n2022年6月13日\n`);
    expect(short.agency?.name).toBe('某区城市管理和综合执法局');
    // Or without its place, 委 for 委员会 (省发展改革委 signed 贵州省发展和改革委员会).
    const placeless = parseLetter(`省发展改革委关于省十三届人大三次会议第17号建议的答复\n${rest}感谢您的关心和支持!\n贵州省发展和改革委员会\n2020年6月22日\n`);
    expect(placeless.agency?.name).toBe('贵州省发展和改革委员会');
    // …or on the date's line, or in the title, spaced apart.
    const dated = parseLetter(`${rest}感谢您的关心和支持!\n某县某某镇人民政府 某县交通运输局 2023年9月15日\n`);
    expect([dated.agency?.name, dated.coHandlers.map((c) => c.name)]).toEqual(['某县某某镇人民政府', ['某县交通运输局']]);
    const titled = parseLetter(`某县某某镇人民政府 某县交通运输局 对县第十八届人大三次会议第55号建议的 复 函\n${rest}`);
    expect([titled.agency?.name, titled.coHandlers.map((c) => c.name)]).toEqual(['某县某某镇人民政府', ['某县交通运输局']]);
  });

  it('keeps the closing block after the date: 领导签发 names the signer, 联系人及电话 the contact', () => {
    const p = parseLetter(`${rest}2023年7月28日\n领导签发:王五\n联系人及电话:赵六 8189213\n抄送:区人大常委会代表工作委员会\n`);
    expect(p.signer).toMatchObject({ name: '王五' });
    expect(p.contact).toMatchObject({ name: '赵六', phone: '8189213' });
    expect(p.signedDate).toBe('2023-07-28');
    // A disclosure mark between the contact and the 抄送 line does not end the letter.
    const text = `${rest}某区综合行政执法局\n2025年8月28日\n(联系单位:区综合行政执法局,联系人成某某,联系电话:19862521522\n(可以公开)\n抄送:区人大常委会代表工作委员会\n`;
    expect(text.slice(0, parseLetter(text).bodyEnd)).toContain('抄送:区人大常委会代表工作委员会');
  });
});

describe('replying body: more shapes', () => {
  it('drops a year before the body, reads the body before a date on a flattened line, and 联系单位及电话', () => {
    expect(parseLetter(`2022年度某公安分局关于区政协十届一次会议第88号提案的答复\n${rest}`).agency?.name).toBe('某公安分局');
    expect(parseLetter(`${rest}请多提宝贵意见。 某县某镇人民政府 2025年7月25日 |\n`).agency?.name).toBe('某县某镇人民政府');
    expect(parseLetter(`${rest}2020年8月18日\n联系单位及电话:某市某区城市管理局 68118611\n`).agency?.name).toBe('某市某区城市管理局');
    // A quote before 关于 is no body.
    expect(parseLetter(`“关于减少地方配套资金的建议”--二届人大五次会议第7号建议的答复\n${rest}`).title?.agency).toBeNull();
  });

  it('reads the body from a header list item, a line above a title that starts with 对, a 承办单位 column, a bracketed or inner-unit label, the publisher’s first sign and a 领导签名 line', () => {
    expect(parseLetter(`  • 745774967/2021-00114\n  • 某市某某街道办事处\n  • 人大建议\n关于对市五届人大六次会议第98号建议的回复\n${rest}`).agency?.name).toBe('某市某某街道办事处');
    expect(parseLetter(`某县水利局\n对县十一届人大六次会议第12号建议的\n答复\n${rest}`).agency?.name).toBe('某县水利局');
    expect(parseLetter(`当前位置: 首页 >>> 人大建议\n承办单位 答复日期 答复内容\n水务厅\n2006年6月27日\n关于建设垃圾处理厂的建议\n${rest}`).agency?.name).toBe('水务厅');
    expect(parseLetter(`${rest}2017年5月17日\n(联系单位及电话:某市科委,022-58326719)\n`).agency?.name).toBe('某市科委');
    expect(parseLetter(`${rest}二○○六年五月二十五日\n联系单位及联系人:某省国土环境资源厅法规处 王五\n`).agency?.name).toBe('某省国土环境资源厅');
    expect(parseLetter(`发布机构: 市发改委(市粮储局) 主题分类: 综合政务\n关于对市一届人大一次会议第20号建议的答复函\n${rest}`).agency?.name).toBe('市发改委');
    // A government's portal posting a body's letter: the body is the page's source, the government its publisher.
    const posted = parseLetter(`发布机构 某县人民政府 发布日期 2023-08-17 12:59\n来        源 某县水利局\n\n${rest}`);
    expect([posted.agency?.name, posted.header.publisher]).toEqual(['某县水利局', '某县人民政府']);
    expect(parseLetter(`${rest}专此答复\n领导签名:王五 某县文化体育和旅游局\n联 系 人:赵六 2022年6月29日\n`).agency?.name).toBe('某县文化体育和旅游局');
    // A site's banner line above metadata is no body: only a list item, a title below or a column head makes one.
    expect(parseLetter(`某市人民政府\n索引号: 11341723003253900J/202208-00027\n${rest}`).agency).toBeNull();
  });

  it('reads the number with the proposers or the quoted title between it and the kind, or after a title in 《》', () => {
    const ref = (t: string) => parseLetter(`${t}\n${rest}`).title;
    expect(ref('关于某镇第十九届人大一次会议第20号某某某等代表建议的答复')).toMatchObject({ number: '20', session: '某镇第十九届人大一次会议' });
    expect(ref('关于某区人大四届三次会议第16号“关于将某社区纳入老旧小区改造项目的建议”的答复')).toMatchObject({ number: '16', session: '某区人大四届三次会议' });
    expect(ref('对区二十届人大三次会议第20241056号《关于拓宽学校门前道路的建议》的答复')).toMatchObject({ number: '20241056', session: '区二十届人大三次会议' });
    // A column's tag in 【】 before the title is the page's, not the title's.
    expect(ref('【办理结果】对市政协十四届四次会议第20250164号提案的答复')).toMatchObject({ title: '对市政协十四届四次会议第20250164号提案的答复', number: '20250164' });
    // A file's kind in round brackets before 关于 stays in the title but names no replying body (b1672_03).
    expect(ref('(会办件)关于对市政协五届二次会议第20230012号提案会办工作的意见')).toMatchObject({ agency: null, agencyStart: null, number: '20230012' });
    expect(ref('对县政协十届第二次会议《关于城镇棚户区排水改造的提案》第025号提案的答复')).toMatchObject({ number: '025', session: '县政协十届第二次会议' });
    // No kind word, the reply right after the number.
    expect(ref('某省农业厅关于对政协某省第六届委员会第三次会议第0159号的答复')).toMatchObject({ number: '0159', session: '政协某省第六届委员会第三次会议' });
    // The proposal's title in 《》 before the session.
    expect(ref('关于对《解决民办教师退休保障问题的建议》区政协十三届四次会议第43号提案的答复')).toMatchObject({ number: '43', session: '区政协十三届四次会议' });
    // A number written with no 号, right after the session or after its class.
    expect(ref('关于市政协第十五届委员会第二次会议20240088提案的答复')).toMatchObject({ number: '20240088', session: '市政协第十五届委员会第二次会议' });
    // Opening with 对, the term's digit and a class letter before the number (会议9B111提案), or 第 and no 号.
    expect(ref('对区政协九届二次会议9B111提案的答复')).toMatchObject({ number: '9B111', session: '区政协九届二次会议' });
    expect(ref('对区政协十四届四次会议第144033提案的会办意见')).toMatchObject({ number: '144033', session: '区政协十四届四次会议' });
    expect(ref('关于对县政协十届三次会议A类第72提案的答复')).toMatchObject({ number: '72', session: '县政协十届三次会议' });
    // So is a record's row of cells before its 标题 label, however long.
    expect(ref('索 引 号:dyx007-/2023-0831033 公文目录:人大代表建议 发文机构:某县民政局 主 题 词: 发布日期:2023年08月31日 文  号: 标  题:某县民政局关于对某县第十八届人民代表大会第二次会议第080号代表建议的答复')).toMatchObject({ title: '某县民政局关于对某县第十八届人民代表大会第二次会议第080号代表建议的答复', number: '080' });
    // And the last cell's value before the name label, longer than a word (发布机构: 某省卫生健康委员会 名  称:, b1678_04).
    expect(ref('索 引 号: 发布机构: 某省卫生健康委员会 名  称: 某省卫生健康委关于某省第十三届人大四次会议第1150号代表建议协办意见的函')).toMatchObject({ title: '某省卫生健康委关于某省第十三届人大四次会议第1150号代表建议协办意见的函', agency: '某省卫生健康委' });
    // So is a reposting portal's tag of its place in brackets: the body after it answers.
    expect(ref('(某省-某市)国家某某局对十三届全国人大二次会议第3809号建议的答复')).toMatchObject({ title: '国家某某局对十三届全国人大二次会议第3809号建议的答复', agency: '国家某某局', number: '3809' });
  });

  it('reads a title with the proposal’s subject after a dash, and one with the number after its colon (…的答复:第3号)', () => {
    const ref = (t: string) => parseLetter(`${t}\n${rest}`).title;
    // The quoted proposal before the dashes is no part of the session; 笫 is 第 mistyped, no delegation's character.
    expect(ref('“关于减少地方配套资金的建议”--二届人大五次会议第7018号建议的答复')).toMatchObject({ session: '二届人大五次会议', number: '7018' });
    expect(ref('关于对政协某市三届四次会议笫40号提案的答复')).toMatchObject({ session: '政协某市三届四次会议', number: '40' });
    expect(ref('对区政协十届一次会议第41号提案的答复——关于增加公共交通线路的建议')).toMatchObject({ session: '区政协十届一次会议', number: '41', word: '提案' });
    expect(ref('某县十七届人大四次会议代表建议的答复:第3号')).toMatchObject({ session: '某县十七届人大四次会议', number: '3', word: '建议' });
  });

  it('reads the proposer a title names after 对 where no one is greeted, and the proposal’s bare title after it', () => {
    const p = parseLetter('农安县水利局对人大代表刘某某等关于建设跨河大桥的议案的答复\n\n一、关于大桥建设。已列入规划,正在做前期工作,待资金落实后实施。\n');
    expect(p.agency?.name).toBe('农安县水利局');
    expect(p.proposer).toEqual({ name: '刘某某', role: '代表' });
    expect(p.proposal.title).toBe('关于建设跨河大桥的议案');
    expect(p.proposerPersons.map((x) => x.name)).toEqual(['刘某某']);
  });

  it('reads a title naming the proposer after the session, with no number', () => {
    const t = parseLetter(`某市某区街子镇人民政府对镇五届人大第六次会议赵某某代表建议的答复\n\n2019-09-20 14:25文章来源:街子镇\n\n赵某某代表:\n\n您提出的《某桥扩宽加固问题》收悉。现答复如下。\n已办。\n`).title;
    expect(t).toMatchObject({ title: '某市某区街子镇人民政府对镇五届人大第六次会议赵某某代表建议的答复', agency: '某市某区街子镇人民政府', session: '镇五届人大第六次会议', word: '建议' });
  });

  it('reads a ministry’s 复文, its quoted proposal and the year and number noted after it, and drops the page’s fields in brackets', () => {
    const page = '“关于加强自然保护地建设的建议”复文(2022年第4406号)\n\n2023-02-01 来源:办公室\n\n【字体: 打印本页\n\n一、关于尽快修订相关法律法规问题\n中共中央办公厅、国务院办公厅印发的《关于建立以国家公园为主体的自然保护地体系的指导意见》明确要求加快推进制度建设。\n';
    const p = parseLetter(page);
    expect(p.title?.title).toBe('“关于加强自然保护地建设的建议”复文(2022年第4406号)');
    expect([p.proposal.title, p.proposal.number]).toEqual(['关于加强自然保护地建设的建议', '4406']);
    // The page's print bar under the title, before any prose, ends nothing: the letter runs on.
    expect(p.bodyEnd).toBeGreaterThan(page.indexOf('指导意见'));
    const q = parseLetter(`对市十六届人大三次会议第0276号代表建议的答复(发布日期:2025年05月12日文号:沪发改开放建〔2025〕10号)\n${rest}`);
    expect(q.title?.title).toBe('对市十六届人大三次会议第0276号代表建议的答复');
  });

  it('reads a reply called 答复件, its number and the proposal quoted after the kind (b937_04)', () => {
    const t = parseLetter(`市政协十三届二次会议第53号提案《关于加强小区业主委员会建设和管理的建议》的答复件\n\n发布日期:2018-11-08\n\n${rest}`).title;
    expect(t).toMatchObject({ session: '市政协十三届二次会议', number: '53', word: '提案', proposalTitle: '关于加强小区业主委员会建设和管理的建议' });
  });

  it('reads a document number in brackets after the title, and a delegation’s character before the number', () => {
    const p = parseLetter('关于省十三届人大一次会议温36号建议的答复[某交建〔2018〕101号]\n\n张三代表:\n您提出的《关于X的建议》收悉。现答复如下:\n已办。\n某某厅\n2018年7月2日\n');
    expect(p.title?.title).toBe('关于省十三届人大一次会议温36号建议的答复');
    expect(p.docNumber).toBe('某交建〔2018〕101号');
    expect(p.proposal.number).toBe('温36');
    expect(p.proposal.session).toBe('省十三届人大一次会议');
    // A title numbering the proposal with its year in brackets holds no document number.
    const q = parseLetter('对区十四届人大五次会议B(2025)011号建议的复函\n\n张三代表:\n您提出的《关于X的建议》收悉。现答复如下:\n已办。\n');
    expect([q.docNumber, q.proposal.number]).toEqual([null, 'B(2025)011']);
  });
});

