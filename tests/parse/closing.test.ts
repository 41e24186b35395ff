// The closing: signer fields and sentences, the signature date in its damaged forms, the class
// mark and the document number. Every letter here is written for the test.
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../src/parse/letter.js';

const opening = '张三代表：\n您提出的《关于修路的建议》收悉，现答复如下：\n已办。\n';

describe('signer', () => {
  it('reads 领导署名, 主要签发领导 (no title) and 主管领导/承办负责人 (the label is the title)', () => {
    expect(parseLetter(`${opening}某局\n2024年1月2日\n领导署名:佘 富\n`).signer).toMatchObject({ name: '佘富', title: null });
    expect(parseLetter(`${opening}某局\n2024年1月2日\n主要签发领导:李  兵\n`).signer).toMatchObject({ name: '李兵', title: null });
    expect(parseLetter(`${opening}专此\n\n主要领导:潘某\n\n  人:黎某\n\n联系电话:19859102861\n某县交通运输局\n20221213\n`).signer).toMatchObject({ name: '潘某', title: null });
    expect(parseLetter(`签发人:卡合热曼·努尔买买提     答复类别:A类\n${opening}`).signer).toMatchObject({ name: '卡合热曼·努尔买买提' });
    expect(parseLetter(`${opening}2024年1月2日\n主管领导姓名:魏子真     联系电话:18807223819\n`).signer).toMatchObject({ name: '魏子真', title: '主管领导' });
    expect(parseLetter(`${opening}2023年6月6日\n主管领导人姓名:杨建某 联系电话:84847155\n`).signer).toMatchObject({ name: '杨建某', title: '主管领导人' });
    expect(parseLetter(`${opening}承办负责人:王志秋\n2018年6月7日\n`).signer).toMatchObject({ name: '王志秋', title: '承办负责人' });
    expect(parseLetter(`${opening}此复函已经由范某勇局长审签。\n`).signer).toMatchObject({ name: '范某勇', title: '局长' });
    // 承办责任人 is the lead who signs too; the 承办人 line under it is the contact.
    const lead = parseLetter(`${opening}某县财政局\n2021年6月7日\n承办责任人:吴某星\n承办人及联系电话:刘  某  0730—3722058\n`);
    expect(lead.signer).toMatchObject({ name: '吴某星', title: '承办责任人' });
    // The leader in charge named beside the one who signed (签发人 above, 主管领导 below) is a person of the closing (b1452_03).
    const both = parseLetter(`签发人:蔺某林\n${opening}某县住房和城乡建设局\n2024年6月28日\n主管领导:高某明\n经办人及联系电话:惠某辉 0917—4951931\n`);
    expect([both.signer?.name, both.closingPersons.map((p) => p.name)]).toEqual(['蔺某林', ['高某明']]);
    expect(lead.contact).toMatchObject({ name: '刘某', phone: '0730—3722058' });
    expect(parseLetter(`${opening}某市公安局某分局\n承办单位负责人: 张国某\n2023年5月7日\n`).signer).toMatchObject({ name: '张国某', title: '承办单位负责人' });
    expect(parseLetter(`${opening}某市城市管理局\n部门负责人:林某东\n\n人: 赵某\n`).signer).toMatchObject({ name: '林某东', title: '部门负责人' });
    // Empty leaders' fields, one under the other: the page's word before the next label (单位主要领导:) is no name.
    expect(parseLetter(`${opening}专此答复。\n区分管领导:\n单位主要领导:\n经 办 人:\n联系电话:83685875\n某区人力资源和社会保障局\n2021年4月16日\n`).signer).toBeNull();
    // A label written spaced, and 领导签批.
    expect(parseLetter(`签 发 人:伏某峰\n${opening}某局\n2023年5月7日\n`).signer).toMatchObject({ name: '伏某峰', title: null });
    expect(parseLetter(`${opening}领导签批:谢某高\n2023年5月7日\n`).signer).toMatchObject({ name: '谢某高' });
    // 负责人 alone in the closing block, spaced.
    expect(parseLetter(`${opening}负 责 人:王某宏\n\n承 办 人:李某\n\n某县交通运输局\n\n2024年7月19日\n`).signer).toMatchObject({ name: '王某宏', title: '负责人' });
    expect(parseLetter(`${opening}承办领导:何某进 职务:某局机关党委委员\n某局\n2024年5月7日\n`).signer).toMatchObject({ name: '何某进', title: '承办领导' });
    expect(parseLetter(`${opening}签发人:孙家辉          联系人:池大炎\n2023年7月1日\n`).signer).toMatchObject({ name: '孙家辉' });
    // 责任领导 under the letter signs, and the contact after it is still the letter's; above the
    // letter, in the form that assigned the proposal, it names the leader answerable, not the signer.
    const below = parseLetter(`${opening}2019年2月27日\n\n责任领导:董某峥\n联系人及电话:肖某、44521068\n抄送:市政府办公室\n`);
    expect(below.signer).toMatchObject({ name: '董某峥', title: '责任领导' });
    expect(below.contact).toMatchObject({ name: '肖某', phone: '44521068' });
    expect(parseLetter(`承办单位:教育局\n责任领导:杨某海\n交办日期:2015年2月9日\n${opening}某县教育局\n2015年5月7日\n`).signer).toBeNull();
    // Two reviewers joined before one verb: the body's head signs, both are named in the closing.
    const two = parseLetter(`${opening}此答复已经朱某滨副秘书长和叶某伟局长审核同意。\n某市交通运输局\n2024年6月3日\n`);
    expect(two.signer).toMatchObject({ name: '叶某伟', title: '局长' });
    expect(two.closingPersons.map((p) => p.name).sort()).toEqual(['叶某伟', '朱某滨']);
  });

  it('reads the signing sentences 以上答复…审阅 and 已经我局…审签', () => {
    expect(parseLetter(`${opening}以上答复,已经镇政府镇长和满秀审阅。\n`).signer).toMatchObject({ name: '和满秀', title: '镇长' });
    expect(parseLetter(`${opening}已经我局王立局长审签。\n`).signer).toMatchObject({ name: '王立', title: '局长' });
    // A body written out before the name is the body's too.
    expect(parseLetter(`${opening}此答复函已经市农业农村委路某主任审签。\n`).signer).toMatchObject({ name: '路某', title: '主任' });
  });
});

describe('signature date', () => {
  it('reads spaced years, a dropped 年, mixed zeros, and a date closing a flattened line', () => {
    expect(parseLetter(`${opening}某镇人民政府\n20 20 年 11 月 2 日\n`).signedDate).toBe('2020-11-02');
    // A date above all the letter's prose, in a header the page left unlabelled, signs nothing.
    const page = '关于区政协某届五次会议第101号提案的答复\n无\n主动公开\n2021.06.03\n一是针对提案中的问题,经与区市场监管局沟通,我局将建立档案。\n';
    const header = parseLetter(page);
    expect([header.signedDate, header.bodyEnd > page.indexOf('建立档案')]).toEqual([null, true]);
    expect(parseLetter(`${opening}某局\n20246月14\n`).signedDate).toBe('2024-06-14');
    // A page's counter below the letter is no date: the collapsed one above it is.
    expect(parseLetter(`${opening}某省水利厅\n\n2018420\n\n相关阅读\n\n7640815\n`).signedDate).toBe('2018-04-20');
    expect(parseLetter(`${opening}某局\n二0一七年五月二十六日\n`).signedDate).toBe('2017-05-26');
    // A copy site's note mark after the date, and a spaced signature above it.
    expect(parseLetter(`${opening}赤 水 市 农 业 局\n\n二OO七年六月三十日[1]\n`)).toMatchObject({ signedDate: '2007-06-30', agency: { name: '赤水市农业局' } });
    expect(parseLetter(`${opening}谢谢。 某镇人民政府 2025年7月25日 |\n`).signedDate).toBe('2025-07-25');
    expect(parseLetter(`${opening}2024年5月6日 承办单位联系人姓名及电话:王岩15804350857 |\n`).signedDate).toBe('2024-05-06');
    // Or before the signing head's label, or as its value where the form left the name out.
    expect(parseLetter(`${opening}谢谢。 某市某局 2017年3月8日 单位负责人: 联系人姓名:钱 某 是\n`).signedDate).toBe('2017-03-08');
    expect(parseLetter(`${opening}承办单位:某县某局 单位负责人: 二〇二一年五月十二日\n抄送:县政府办公室\n`).signedDate).toBe('2021-05-12');
    // A header label's value is not the signature's date (the letter is cut before its own).
    const cut = '标  题:某市某局关于协助办理市政协六届四次会议第2024067号提案的答复\n发文字号:某函〔2024〕16号发布日期:2024年10月15日\n\n某市某局关于协助办理市政协六届四次会议第2024067号提案的答复\n\n市委党史研究室:\n\n根据提案协调会会议精神,对提案涉及我局业务的有关事项答复如下:\n一、做好慰问工作。\n';
    expect(parseLetter(cut).signedDate).toBeNull();
    // A date inside a sentence is not the signature's.
    expect(parseLetter(`${opening}工程预计 2021 年 5 月 3 日完工。\n`).signedDate).toBeNull();
  });
});

describe('the title repeated below the page’s metadata', () => {
  it('starts the letter there: only a title repeated after the letter’s prose starts a second copy', () => {
    const title = '关于对政协某区五届四次会议第54号提案的答复';
    const page = `${title}\n- 发文机构\n- 某区水务局\n- 日期\n- 2020-10-09\n${title}\n某乡政协联络组:\n你们提出的关于加大农村河道治理工作经费的建议已交我们研究办理,现答复如下:\n我局积极争取项目资金支持,待资金落实后尽快开工建设,感谢对水利事业的关心和支持。\n某区水务局\n2020年9月9日\n`;
    expect(parseLetter(page).signedDate).toBe('2020-09-09');
    // After the letter, the same title starts the page's second copy, whose date is not the signature's.
    expect(parseLetter(`${page}${title}\n2021年1月1日\n`).signedDate).toBe('2020-09-09');
  });
});

describe('document number and class mark', () => {
  it('reads a document number with its class mark in its several forms', () => {
    const p = (line: string) => parseLetter(`对县十七届人大三次会议第63号建议的答复\n${line}\n${opening}`);
    expect(p('某交函议复字〔2019〕6号(A)类')).toMatchObject({ docNumber: '某交函议复字〔2019〕6号', resultClass: 'A' });
    expect(p('某建复〔2017〕5号(B类)')).toMatchObject({ docNumber: '某建复〔2017〕5号', resultClass: 'B' });
    expect(p('某教提复字〔2019〕来信号B类')).toMatchObject({ docNumber: '某教提复字〔2019〕来信号', resultClass: 'B' });
    // A labelled class mark before the number on its line.
    expect(p('类别  A类                     某政工函﹝2023﹞72号')).toMatchObject({ docNumber: '某政工函﹝2023﹞72号', resultClass: 'A' });
    // Labelled 分类, the number run into its 类 (b1701_02).
    expect(p('分类:B类某文〔2024〕1号        关于办理第10号提案的复函')).toMatchObject({ docNumber: '某文〔2024〕1号', resultClass: 'B' });
    // With 类 written, words may follow on the line; a bare letter before a word is no mark.
    expect(p('某发改字〔2020〕46号A类 同意公开')).toMatchObject({ docNumber: '某发改字〔2020〕46号', resultClass: 'A' });
    expect(p('某发改字〔2020〕46号A座办公')).toMatchObject({ docNumber: '某发改字〔2020〕46号', resultClass: null });
    expect(p('西交发(2017)259号').docNumber).toBe('西交发(2017)259号');
    expect(p('冀商办案字[2014]第12号').docNumber).toBe('冀商办案字[2014]第12号');
    // A number the page cut (its 〕 and 号 lost), alone or before the signer's label or a class mark, as printed.
    expect(p('某工信建议〔2025117').docNumber).toBe('某工信建议〔2025117');
    expect(p('某水〔202258                   签发人:崔某营').docNumber).toBe('某水〔202258');
    expect(p('某水字〔202313B1类 同意公开').docNumber).toBe('某水字〔202313');
    // After a signer's field naming two signers on its line.
    expect(p('签发人:郭某某 邢某某 某红政函〔2024〕45号').docNumber).toBe('某红政函〔2024〕45号');
    // A template's placeholder numbers no letter.
    expect(p('无〔2024〕0号').docNumber).toBeNull();
    // After the signer's field on its line, the heading of a document.
    expect(p('签发:雷小华 某城字〔2022〕46号').docNumber).toBe('某城字〔2022〕46号');
    expect(p('A').resultClass).toBe('A');
    // In the title, before or after its reply word; after a mangled number; in 【】.
    expect(p('').resultClass).toBeNull();
    expect(parseLetter(`某区人民政府关于市五届人大四次会议第039号建议办理情况(B)的函\n${opening}`).resultClass).toBe('B');
    expect(parseLetter(`关于县政协第十三届一次会议第11号提案的答复函 B\n${opening}`).resultClass).toBe('B');
    expect(p('某政建议复2017〕1号B类').resultClass).toBe('B');
    expect(p('【B】').resultClass).toBe('B');
    expect(p('〔A〕').resultClass).toBe('A');
    expect(parseLetter(`关于对县政协十届三次会议A类第72提案的答复\n${opening}`).resultClass).toBe('A');
    expect(p('分类标识【D】').resultClass).toBe('D');
    expect(p('[办理结果标注(A1)]').resultClass).toBe('A1');
    // A result in words where others write a class; other words of a 类型 label are none.
    expect(parseLetter(`某区卫健委\n办理结果:部分采纳\n${opening}`).resultClass).toBe('部分采纳');
    expect(parseLetter(`某区卫健委\n办理结果:解决或采纳\n${opening}`).resultClass).toBe('解决或采纳');
    expect(parseLetter(`某区卫健委\n办理结果:解决采纳\n${opening}`).resultClass).toBe('解决采纳');
    expect(parseLetter(`某区卫健委\n类型:建议\n${opening}`).resultClass).toBeNull();
    // A class alone on a line of the head with the result it stands for (A:解决采纳).
    expect(p('A:解决采纳').resultClass).toBe('A');
    // A subclass: 某卫健字〔2024〕3号B1类.
    expect(p('某卫健字〔2024〕3号B1类 同意公开')).toMatchObject({ docNumber: '某卫健字〔2024〕3号', resultClass: 'B1' });
  });

  it('reads a subclass alone on a line of the head (C2) and the label 办复情况标记', () => {
    expect(parseLetter(`对省十三届人大三次会议第1552号建议的答复\n名称: 对省十三届人大三次会议第1552号建议的答复\n\nC2\n\n同意公开\n\n${opening}`).resultClass).toBe('C2');
    expect(parseLetter(`自治区民语委关于对自治区政协十一届五次会议第20170422号提案的答复函\n办复情况标记:B\n\n${opening}`).resultClass).toBe('B');
  });

  it('reads the label 办复类型 and a class mark alone under an empty label (来源: over (A类); b943_02, b943_04)', () => {
    expect(parseLetter(`${opening}办复类型:A类\n联系单位:某县公安局\n2024年8月17日\n`).resultClass).toBe('A');
    const p = parseLetter(`关于市人大六届四次会议第159号建议的答复\n\n发布时间: 2015年12月16日 00:00   来源:\n\n(A类)\n\n清政函〔2015〕7号\n\n${opening}`);
    expect([p.header.publisher ?? null, p.resultClass]).toEqual([null, 'A']);
  });

  it('reads class marks in the closing: (C类), 办复类别:C类, 分类:B', () => {
    expect(parseLetter(`${opening}办复类别:C类\n某厅\n2021年8月20日\n`).resultClass).toBe('C');
    expect(parseLetter(`${opening}答复类别:E\n某厅\n2021年8月20日\n`).resultClass).toBe('E');
    expect(parseLetter(`${opening}(C类)\n某厅\n2021年8月20日\n`).resultClass).toBe('C');
    expect(parseLetter(`分类:B\n${opening}`).resultClass).toBe('B');
    expect(parseLetter(`标注:A类\n${opening}`).resultClass).toBe('A');
    // A bracketed letter under its label with no colon (b1188_02); 办理类型 (b1192_05); a bracketed class closing the
    // signer's line (b1192_01); a cut number's class before the letter's publication (b1189_06).
    expect(parseLetter(`某县第14号建议的答复\n分类(A)\n${opening}`).resultClass).toBe('A');
    expect(parseLetter(`办理类型:A\n${opening}`).resultClass).toBe('A');
    expect(parseLetter(`签发人:某某某 (A类)\n${opening}`).resultClass).toBe('A');
    const cut = parseLetter(`某交议复字〔202315 A同意公开\n${opening}`);
    expect([cut.docNumber, cut.resultClass]).toEqual(['某交议复字〔202315', 'A']);
  });

  it('keeps the print line of the document after the date in the letter', () => {
    const text = `${opening}某县交通运输局\n2017年8月10日\n抄送:县政协提案委\n某县交通运输局办公室 2017年8月16日印发\n`;
    const p = parseLetter(text);
    expect(text.slice(p.bodyStart, p.bodyEnd)).toContain('某县交通运输局办公室 2017年8月16日印发');
    expect(p.signedDate).toBe('2017-08-10');
  });

  it('keeps a postcode line and the distribution list after it in the closing block', () => {
    const text = `${opening}某市住房和城市更新局\n\n2024年6月14日\n\n联系电话:13593935737\n\n邮政编码:433000\n\n抄送:市人大代工委(2份)、市政府政务督查室(2份)\n\n扫一扫在手机上查看当前页面\n`;
    const p = parseLetter(text);
    expect(text.slice(p.bodyStart, p.bodyEnd)).toContain('抄送:市人大代工委');
    expect(text.slice(p.bodyStart, p.bodyEnd)).not.toContain('扫一扫');
  });

  it('ends an undated letter before the site footer whose lines say what a body does for the site (某市人民政府主办)', () => {
    const text = `${opening}已办。\n\n特此函复\n\n同江市人民政府主办\n\n同江市人民政府办公室承办\n\n同江市融媒体中心建设运营(版权所有)\n\n网站标识码:2308810013\n`;
    const p = parseLetter(text);
    expect(text.slice(p.bodyStart, p.bodyEnd)).toContain('特此函复');
    expect(text.slice(p.bodyStart, p.bodyEnd)).not.toContain('主办');
  });

  it('reads the page’s source given under the letter (来源:某区民政局 below the date) as its publisher, not the site’s host', () => {
    expect(parseLetter(`${opening}某区民政局\n2020年5月14日\n来源:某区民政局\n`).header.publisher).toBe('某区民政局');
    expect(parseLetter(`来源:某区人民政府办公室\n${opening}某区民政局\n2020年5月14日\n来源:某区民政局\n`).header.publisher).toBe('某区人民政府办公室');
    expect(parseLetter(`${opening}某州教育体育局\n2024年6月26日\n主办:某州教育体育局 承办:某州教育体育局办公室\n`).header.publisher).toBeUndefined();
  });

  it('ends a letter before the footer line naming the site’s host and its office (主办:… 承办:… 联系电话:…; b1176_02)', () => {
    const text = `${opening}已办。\n\n某州教育体育局\n\n2024年6月26日\n\n主办:某州教育体育局 承办:某州教育体育局办公室 联系电话:0887-1234567\n`;
    const p = parseLetter(text);
    expect(text.slice(p.bodyStart, p.bodyEnd)).toContain('2024年6月26日');
    expect(text.slice(p.bodyStart, p.bodyEnd)).not.toContain('承办');
  });
});

describe('the signature date', () => {
  it('reads a collapsed date that kept its 日 (202373日)', () => {
    expect(parseLetter(`${opening}某市水利局\n\n202373日\n\n承办负责人:廖小智\n`).signedDate).toBe('2023-07-03');
  });
  it('reads a collapsed date that kept a space after its year (2020 417)', () => {
    expect(parseLetter(`${opening}最后,再次感谢您的关心和支持。\n\n2020 417\n`).signedDate).toBe('2020-04-17');
  });
  it('reads a collapsed date that kept its 年 (2018年710), where one reading is a date', () => {
    expect(parseLetter(`${opening}某市交通运输局\n\n2018年710\n`).signedDate).toBe('2018-07-10');
    // …and a space before it (b1177_03).
    expect(parseLetter(`${opening}某县公安局\n\n2021 年716\n`).signedDate).toBe('2021-07-16');
  });
});

describe('the closing block after the date', () => {
  it('keeps a contact given as 工作人员, lines apart from its phone', () => {
    expect(parseLetter(`${opening}某市民政局\n\n2017年5月26日\n\n工作人员:赵小楠\n\n联系电话:23413070\n`).contact).toMatchObject({ name: '赵小楠', phone: '23413070' });
  });
  it('keeps the contact after the copy to the proposers (送提议人:…), and reads no signer in a blank 单位领导签名', () => {
    const p = parseLetter(`${opening}单位领导签名: 单位领导签名:\n某县城市管理局\n2021年2月23日\n送提议人:龙小富、王小师\n抄送:县人大常委会选联委。\n(承办人:韦小全 )\n`);
    expect([p.signer, p.contact?.name]).toEqual([null, '韦小全']);
  });
  it('reads a contact whose label asks for the name and post (经办人姓名职务:某某 某部主管;联系电话:…)', () => {
    const p = parseLetter(`${opening}某交通集团有限公司\n2025年6月9日\n抄送:市人大常委会代表工委\n经办人姓名职务:朱某某 集团运营管理部主管;联系电话:88095902。\n`);
    expect(p.contact).toMatchObject({ name: '朱某某', phone: '88095902' });
  });
  it('keeps a contact whose label a page spaced out whole (承 办 人 姓 名)', () => {
    const p = parseLetter(`${opening}某盟公安局\n2025年7月9日\n单位负责人签章:\n承 办 人 姓 名:杨某\n承 办 人 电 话:13514823393\n`);
    expect(p.contact).toMatchObject({ name: '杨某', phone: '13514823393' });
  });
});

describe('a letter a mirror site flattened into one line', () => {
  const line =
    '黄小强(等)代表:你们提出的《关于修缮某村水渠》(第13号)的建议收悉,,现答复如下:2021年已完成2公里,,我局将积极申报改造项目,,诚挚感谢你们对某市农业农村局工作的关心支持,,某市农业农村局2023年6月30日。';
  const p = parseLetter(line);
  it('reads the proposers after 等 in brackets, the last date as the signature’s and the body right before it', () => {
    expect(p.proposer).toMatchObject({ name: '黄小强', role: '代表' });
    expect(p.signedDate).toBe('2023-06-30');
    expect(p.agency?.name).toBe('某市农业农村局');
  });
});

describe('a signer’s field naming two', () => {
  it('gives the first as signer and the second as a person who signed with them, but no label after them', () => {
    const p = parseLetter(`${opening}某县交通运输局\n2023年6月1日\n承办负责人:于小雪   刘文恕\n`);
    expect(p.signer).toMatchObject({ name: '于小雪', title: '承办负责人' });
    expect(p.closingPersons.map((c) => c.name)).toEqual(['刘文恕']);
    expect(parseLetter(`${opening}某县交通运输局\n2023年6月1日\n主管领导姓名   梅小斌    联系电话 0722-6232342\n`).closingPersons).toEqual([]);
  });
});

describe('the body named before a signer’s label', () => {
  it('is the replying body of a letter cut before its signature, over the page’s publisher', () => {
    const p = parseLetter('索引号: 010805312/2019-00088 | 发布机构: 某市环境保护局 |\n某市生态环境局 签发人:赵某某\n对市政协十二届三次会议第225号提案的答复函\n钱某某委员:\n您提出的《关于加强农村生活污水处理的提案》(第225号)收悉。现答复如下:\n近年来,市委、市政府高度重视农村环境保护工作,');
    expect(p.agency?.name).toBe('某市生态环境局');
  });
  it('is no body whose label’s words go on into a sentence (一是由市城管局分管领导带队; b1744_03)', () => {
    const p = parseLetter('索引号 | scgj/2024-00147 | 发布机构 | 某市城市管理局 |\n王某代表:\n您提出的《关于天然气管线的建议》收悉。现答复如下:\n一是由市城管局分管领导带队,先后2次向市发改委汇报。二是');
    expect(p.agency?.name).toBe('某市城市管理局');
  });
});

describe('the body whose office printed the letter', () => {
  it('is the replying body of a letter signed by no body, read from the print line (某局办公室 2022年8月17日印发)', () => {
    const p = parseLetter(`${opening}感谢你们对粮食生产工作的关心和支持。\n2022年8月17日\n承办负责人:李 某\n抄送:市人大联工委\n某市农业农村局办公室 2022年8月17日印发\n`);
    expect(p.agency).toEqual({ name: '某市农业农村局', start: null });
    // A line that prints nothing names none.
    expect(parseLetter(`${opening}2022年8月17日\n某市农业农村局办公室\n`).agency).toBeNull();
  });
});
