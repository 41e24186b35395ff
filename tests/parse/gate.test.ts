// The letter gate and the salutation: real letters of every shape pass, texts that are not letters
// are refused with the reason. Every letter here is written for the test.
import { describe, expect, it } from 'vitest';
import { parseLetter, ParseError } from '../../src/parse/letter.js';

const body = '您提出的《关于修缮村道桥梁的建议》收悉，现答复如下：\n已列入明年计划。\n某县交通运输局\n2023年6月1日\n';

describe('salutation', () => {
  it('reads an opening whose PDF text spaced 提出 from its 的 (提出 的第 63 号“…建议”已交我们办理), with no salutation (b1259)', () => {
    const p = parseLetter('对某县第十七届人大第六次 会议第 5号建议的答复\n发布时间:2021-12-30\n\n    您在某县十七届人大第五次会议上提出 的第 63 号“关于烂尾楼清理整治工作的建议”已交我们办理,现将办理情况答复如下: \n    根据县人民政府专题会议安排,已完成清理。\n');
    expect([p.opening?.proposalTitle, p.bodyEnd > p.opening!.end]).toEqual(['关于烂尾楼清理整治工作的建议', true]);
  });
  it('reads a letter opening with the proposal’s title bare, commas and all, acknowledged (关于…,…的提案收悉。…现答复如下; b1693_03)', () => {
    const p = parseLetter('某党中央:\n关于发展林下种植,促进山区农民增收的提案收悉。经商财政部,现答复如下。\n一、已安排资金。\n');
    expect(p.proposal).toMatchObject({ kind: '提案', title: '关于发展林下种植,促进山区农民增收的提案' });
  });
  it('reads the salutation below a page’s summary of the letter that already says 答复如下 (内容概述)', () => {
    const p = parseLetter('信息名称\n对某届人大五次会议第65号建议的答复\n内容概述\n结合我部职能,现就有关问题答复如下。\n对某届人大五次会议第65号建议的答复\n王某和代表:\n您提出的关于加强管理的建议收悉。现答复如下:\n一、已办。\n');
    expect(p.proposer).toEqual({ name: '王某和', role: '代表' });
  });
  it('reads a letter whose opening names the role before the proposer (人大代表某某提出《…》(99号)建议), with no salutation', () => {
    const p = parseLetter('在市人大七届一次会议上,人大代表苗某杰提出《关于加大力度治理学校周边环境》(99号)建议,并列举出一系列问题。\n首先感谢您对我局工作的关心和支持!\n一、已调整警力。\n');
    expect([p.proposer, p.proposal?.number]).toEqual([{ name: '苗某杰', role: '代表' }, '99']);
  });
  it('reads a group’s proposal submitted to the session (…向某市政协十三届三次会议提交了《…》提案(第1006号)), its co-handlers 会办 and its session', () => {
    const p = parseLetter(
      '某市应急管理局关于《关于强化应急能力建设的建议》提案(第1006号)的办理意见\n致公党某市委员会\n致公党某市委员会向某市政协十三届三次会议提交了《关于强化应急能力建设的建议》提案(第1006号),并被确定为重点提案。1006号提案由我局主办,市发展改革委、公安局、气象局会办。现答复如下:\n一、已办。\n',
    );
    expect([p.proposal?.number, p.proposal?.session, p.coHandlers.map((c) => c.name)]).toEqual(['1006', '某市政协十三届三次会议', ['市发展改革委', '公安局', '气象局']]);
  });
  it('reads two or three names of three characters the page ran together in a list (柏某剑矣某杰, 郑某和张某美杨某忠) as so many people, a body as nobody', () => {
    const p = parseLetter('姚某荣、郭某斌、柏某剑矣某杰、李某华代表:\n您提出的《关于修建防火通道的建议》收悉,现答复如下:\n已办。\n');
    expect([p.proposer, p.salutation?.persons.map((x) => x.name)]).toEqual([{ name: '姚某荣', role: '代表' }, ['姚某荣', '郭某斌', '柏某剑', '矣某杰', '李某华']]);
    expect(parseLetter('某县政协民族和宗教委、黄某强委员:\n你们提出的《关于修缮旧址的提案》收悉,现答复如下:\n').proposer).toEqual({ name: '黄某强', role: '委员' });
    // The first item too, three names long, where the list goes on (b1074_04); a body so long is nobody.
    const three = parseLetter('郑某和张某美杨某忠、杨某寿、李某等十位代表:\n你们提出的关于整治红火蚁的建议,现答复如下:\n已办。\n');
    expect([three.proposer, three.salutation?.persons.map((x) => x.name)]).toEqual([{ name: '郑某和', role: '代表' }, ['郑某和', '张某美', '杨某忠', '杨某寿', '李某']]);
    expect(parseLetter('市农业农村局办公室、黄某强委员:\n你提出的《关于修缮旧址的提案》收悉,现答复如下:\n').salutation?.persons.map((x) => x.name) ?? []).not.toContain('市农业');
  });
  it('reads a party that proposed (民建等委员提出的; b1769_01) as the proposer, no person', () => {
    const p = parseLetter('自治区发展改革委:\n现就民建等委员提出的关于光伏产业发展的提案,提出如下协办意见:\n一、已办。\n');
    expect([p.proposer, p.proposerPersons]).toEqual([{ name: '民建', role: '委员' }, []]);
  });
  it('reads a salutation the page ran on after a header’s date (发布时间:2025-06-04某某代表:; b1787_05)', () => {
    const p = parseLetter('某局关于第030号建议的答复\n发布时间:2025-06-04王某代表:\n您提出的“关于铁路迁改的建议”收悉,现答复如下:\n已办。\n');
    expect(p.proposer).toEqual({ name: '王某', role: '代表' });
  });
  it('reads the one who led joined by 并 to the others (甲并乙、丙代表; b1755_01) as the first of them', () => {
    const p = parseLetter('王某并陈某莲、高某、胡某代表:\n你们提出的《关于增设信号灯的建议》收悉,现答复如下:\n已办。\n');
    expect([p.proposer, p.salutation?.persons.map((x) => x.name)]).toEqual([{ name: '王某', role: '代表' }, ['王某', '陈某莲', '高某', '胡某']]);
  });
  it('reads a list on past a name the page cut to one character (甲某、金、乙某代表, no colon; b1577_05), which names nobody', () => {
    const p = parseLetter('尊敬的程某芳、金、陈某禄、周某臣代表\n\n 你们提出的关于恢复早市的建议收悉。现答复如下:\n一、已办。\n');
    expect([p.proposer, p.salutation?.persons.map((x) => x.name)]).toEqual([{ name: '程某芳', role: '代表' }, ['程某芳', '陈某禄', '周某臣']]);
  });
  it('reads a handling record (事由, 提建议代表, 办理情况; b1086_01) as a reply: its matter is the proposal, its deputies the proposers', () => {
    const p = parseLetter('发文机关:某县文化和旅游局\n事 由:关于对方言进行录音保护的建议。\n提建议代表:杨某则、秦某磊等\n办理情况:\n方言是文化的一部分,我局将组织录音保护。\n');
    expect([p.proposal?.title, p.proposer]).toEqual(['关于对方言进行录音保护的建议', { name: '杨某则', role: '代表' }]);
  });
  it('reads the salutation after a title run into it on its line (…(82号)答复 杨某代表:)', () => {
    const p = parseLetter('县政协九届一次会议《关于秸秆焚烧问题的建议》 (82号)答复 杨某代表: 您提出的《关于秸秆焚烧问题的建议》已收悉,现答复如下:\n已办。\n');
    expect(p.proposer).toEqual({ name: '杨某', role: '代表' });
    // Or its reply word spaced out (…的 答 复 杨某代表:).
    expect(parseLetter('对市某届人大一次会议第280号建议的 答 复 杨某某代表: 您在会上提出的建议收悉,现答复如下:\n已办。\n').proposer).toEqual({ name: '杨某某', role: '代表' });
    // Or the 函 of 答复函 broken off onto the salutation's line.
    expect(parseLetter('关于对某市政协第十届三次会议第31号委员提案办理情况的答复\n\n函杨某委员:\n您提出的《关于垃圾箱的提案》已收悉,现答复如下:\n已办。\n').proposer).toEqual({ name: '杨某', role: '委员' });
  });
  it('reads no salutation in a page’s menu of one word a line (观察 / 委员 / 名录), and the title below it', () => {
    const p = parseLetter('首页\n时政\n政协\n观察\n委员\n名录\n对旗政协十三届三次会议第45号提案的答复\n来源:\n您提出的关于发展边境旅游的提案,现答复如下:\n一、已办。\n');
    expect([p.proposer, p.title?.title]).toEqual([null, '对旗政协十三届三次会议第45号提案的答复']);
    // A name over its role with a colon is a salutation still.
    expect(parseLetter('张某\n委员:\n您提出的关于发展边境旅游的提案收悉,现答复如下:\n一、已办。\n').proposer).toEqual({ name: '张某', role: '委员' });
  });
  it('reads no salutation in a title the page broke after its session’s 届委员 (政协某市第十届委员 / 次会议…), the greeting below it (b1630_01)', () => {
    const p = parseLetter('武安市教育局\n\n政协武安市第十届委员\n\n次会议27提案的答复\n\n王某某等五位委员\n\n你们提出的关于加强青少年视力保护的提案收悉现答复如下:\n一、已办。\n');
    expect(p.proposer).toEqual({ name: '王某某', role: '委员' });
  });
  it('reads no salutation in a record’s table of column heads (案号 / 领衔代表), the letter’s own below it', () => {
    const p = parseLetter('某市商务局关于市政协八届四次会议第142号提案的答复函\n届次\n\n案号\n\n领衔代表\n\n提案人\n\n市政协八届四次会议\n\n政协142号\n\n应某\n\n应某委员:\n您提出的《关于建设步行街的建议》已收悉。现答复如下:\n我局会同相关部门和单位进行了多次会商研究。\n');
    expect([p.proposer, p.coHandlers]).toEqual([{ name: '应某', role: '委员' }, []]);
  });
  it('names several people: the first is the proposer, every one a person', () => {
    const p = parseLetter(`尊敬的甲一明、乙二红、丙三强委员：\n${body}`);
    expect(p.proposer).toEqual({ name: '甲一明', role: '委员' });
    expect(p.proposerPersons.map((x) => x.name)).toEqual(['甲一明', '乙二红', '丙三强']);
  });

  it('adds those who proposed with the addressee, named in the opening (您与A、B委员提出的)', () => {
    const p = parseLetter('郑一超委员:\n您与严二江、曹三康委员在市政协会议期间提出的《关于建立银企对接机制的提案》收悉,现答复如下:\n已建立。\n某市金融工作办公室\n2019年6月1日\n');
    expect(p.proposer).toEqual({ name: '郑一超', role: '委员' });
    expect(p.proposerPersons.map((x) => x.name)).toEqual(['郑一超', '严二江', '曹三康']);
    // 您与其他15名代表委员联名提出: no names, and 委员联 is none.
    const q = parseLetter('王一明代表:\n您与其他15名代表委员联提出的《关于创办寄宿制学校的建议》收悉,现答复如下:\n已办。\n某县教育局\n2023年6月1日\n');
    expect(q.proposerPersons.map((x) => x.name)).toEqual(['王一明']);
    // With the congress before the role: 您和李某娟2位人大代表在…提出的 (b957_05).
    const r = parseLetter('尊敬的钟某静等2位人大代表:\n您和李某娟2位人大代表在某市某区第十七届人民代表大会第四次会议提出的《关于广场活动收入的建议》收悉。现答复如下:\n已办。\n某街道办事处\n2025年6月10日\n');
    expect(r.proposerPersons.map((x) => x.name)).toEqual(['钟某静', '李某娟']);
    // A name of two characters after 您和: 您 is no part of it (b1269).
    const s = parseLetter('尊敬的梅某等6名人大代表:\n您和谭某等6名人大代表在某市某区第十七届人民代表大会第三次会议提出的《关于公共卫生间提升改造的建议》,已交由某街道办事处研究办理,现将意见回复如下:\n已办。\n');
    expect(s.proposerPersons.map((x) => x.name)).toEqual(['梅某', '谭某']);
  });

  it('reads 各位人大代表, 等N位, 们, names padded with spaces, and no colon before 您', () => {
    expect(parseLetter(`甲一明、乙二红各位人大代表:\n${body}`).proposerPersons.map((x) => x.name)).toEqual(['甲一明', '乙二红']);
    expect(parseLetter(`甲一明、乙二红等12位代表：\n${body}`).proposer).toEqual({ name: '甲一明', role: '代表' });
    expect(parseLetter(`甲一明等两位代表:\n${body}`).proposer).toEqual({ name: '甲一明', role: '代表' });
    // The leader of those who proposed: 甲一明领衔代表.
    expect(parseLetter(`尊敬的甲一明领衔代表:\n${body}`).proposer).toEqual({ name: '甲一明', role: '代表' });
    // The others named on the next line after 和, the 和 no part of the first of them.
    const joined = parseLetter('甲一明等代表:\n和乙二红、丙三强等三位代表提出的《关于数据共享的建议》收悉,现答复如下:\n已办。\n');
    expect(joined.proposerPersons.map((x) => x.name)).toEqual(['甲一明', '乙二红', '丙三强']);
    // A comma before the greeting (甲一明代表,您好:).
    expect(parseLetter(`甲一明代表,您好:\n${body}`).proposer).toEqual({ name: '甲一明', role: '代表' });
    // 尊敬地: a page's slip for 尊敬的, no part of the name.
    expect(parseLetter(`尊敬地甲一明、乙二红委员:\n${body}`).proposer).toEqual({ name: '甲一明', role: '委员' });
    // Or one and all the others (甲一明及各位委员).
    expect(parseLetter(`甲一明及各位委员:\n${body}`).proposer).toEqual({ name: '甲一明', role: '委员' });
    // A conference's sector (民革界委员) is no one's name, but greets members; a person's name may end in 界.
    expect(parseLetter(`民革界委员:\n${body}`).proposer).toEqual({ name: null, role: '委员' });
    // Counted in people (等13人委员), as in places (等12位).
    const counted = parseLetter(`甲一明、乙二红、丙三强等13人委员:\n${body}`);
    expect([counted.proposer, counted.proposerPersons.map((x) => x.name)]).toEqual([{ name: '甲一明', role: '委员' }, ['甲一明', '乙二红', '丙三强']]);
    expect(parseLetter(`余习界代表:\n${body}`).proposer).toEqual({ name: '余习界', role: '代表' });
    // The sector's members greeted before the names (农工党界别委员,甲、乙等委员): the first name proposes.
    const sector = parseLetter(`农工党界别委员,甲一明、乙二红等委员:\n${body}`);
    expect([sector.proposer, sector.proposerPersons.map((x) => x.name)]).toEqual([{ name: '甲一明', role: '委员' }, ['甲一明', '乙二红']]);
    // The opening counting them again (六位代表所提的建议) names no one more.
    expect(parseLetter('尊敬的甲一明等六位代表:\n第275号建议《关于建设科技园的建议》收悉。六位代表所提的建议,涉及多个部门。\n某市科技局\n2017年6月1日\n').proposerPersons.map((x) => x.name)).toEqual(['甲一明']);
    expect(parseLetter(`甲一明、乙二红委员们\n${body}`).proposer).toEqual({ name: '甲一明', role: '委员' });
    expect(parseLetter(`陈  先、张云华  代表：\n${body}`).proposerPersons.map((x) => x.name)).toEqual(['陈先', '张云华']);
    // A document number the page ran into the salutation.
    expect(parseLetter(`某工管发〔2022〕96号甲一明代表:\n${body}`).proposer).toEqual({ name: '甲一明', role: '代表' });
    // Five characters, a Mongolian name written without a dot.
    expect(parseLetter(`乌兰格日乐委员:\n${body}`).proposer).toEqual({ name: '乌兰格日乐', role: '委员' });
    // Six or more, only where every character is one that writes such names' sounds: never six Han characters run together.
    expect(parseLetter(`其木格巴特尔委员:\n${body}`).proposer).toEqual({ name: '其木格巴特尔', role: '委员' });
    expect(parseLetter(`柏某剑矣某杰代表:\n${body}`).proposerPersons).toEqual([]);
    // A party greeted alone is its members, no one by name.
    expect(parseLetter(`农工党代表:\n${body}`).proposer).toEqual({ name: null, role: '代表' });
    // The body before the name: 市政协X委员.
    expect(parseLetter(`市政协王某政委员:\n${body}`).proposer).toEqual({ name: '王某政', role: '委员' });
    expect(parseLetter(`尊敬的丁四海政协委员 ${body}`).proposer).toEqual({ name: '丁四海', role: '委员' });
    expect(parseLetter(`戊五林委员并附议人：\n${body}`).proposer).toEqual({ name: '戊五林', role: '委员' });
    // A record's 领衔代表 and 附议代表 fields: the lead proposes, those seconding are persons, 附议 nobody.
    const seconded = parseLetter(`领衔代表:王某媛\n附议代表:阮某杰 杨某学 黄某兵\n${body}`);
    expect(seconded.proposer?.name).toBe('王某媛');
    expect(seconded.proposerPersons.map((x) => x.name)).toEqual(['王某媛', '阮某杰', '杨某学', '黄某兵']);
    expect(parseLetter(`刘苍林政协某县委员:\n${body}`).proposer).toEqual({ name: '刘苍林', role: '委员' });
    // A name list whose role went to the next line.
    expect(parseLetter(`甲一明、乙二红\n委员们：\n${body}`).proposerPersons.map((x) => x.name)).toEqual(['甲一明', '乙二红']);
  });

  it('finds a salutation mid-line on a page that is one long line, and the title before it', () => {
    const p = parseLetter(`某县水利局对县十七届人大二次会议第 094 号建议的答复 张三丰等代表: 你们提出的“关于整治河道”的建议收悉,现答复如下: 已立项。`);
    expect(p.proposer).toEqual({ name: '张三丰', role: '代表' });
    expect(p.title?.title).toBe('某县水利局对县十七届人大二次会议第094号建议的答复');
    expect(p.title?.agency).toBe('某县水利局');
    expect(p.proposal).toMatchObject({ kind: '建议', number: '094', session: '县十七届人大二次会议' });
  });
});

describe('opening without 答复如下', () => {
  it('still finds the contact written before the signature', () => {
    const p = parseLetter('王红兰代表:\n您提出的《关于重建村卫生室的建议》交我局办理，我局提出以下办理答复意见:\n一、已重建。\n(联系人及电话:张春明 0871-67785176)\n某县卫生健康局\n2022年6月28日\n');
    expect(p.contact).toMatchObject({ name: '张春明', phone: '0871-67785176' });
  });
});

describe('letter gate', () => {
  it('passes a portal’s notice of a reply (…会议第82号提案公示公告) with no salutation or opening', () => {
    const p = parseLetter('中国人民政治协商会议某县委员会第十届第一次会议第47号提案公示公告\n来源:县教育体育局 发布日期:2022-10-18\n  县教育体育局已会同有关部门调整学校作息时间,并征求了家长意见。\n');
    expect([p.title?.title, p.proposal.number, p.proposal.kind, p.proposal.session]).toEqual([
      '中国人民政治协商会议某县委员会第十届第一次会议第47号提案公示公告', '47', '提案', '中国人民政治协商会议某县委员会第十届第一次会议',
    ]);
  });
  it('passes a co-handling opinion addressed to the lead handler, naming the proposer in the opening', () => {
    const p = parseLetter('某省发展研究中心：\n李大为代表提出的《支持县域产业发展的建议》收悉。现将我厅意见函告如下，请一并答复代表：\n一是加大支持。\n');
    expect(p.proposer).toEqual({ name: '李大为', role: '代表' });
    expect(p.proposal).toMatchObject({ kind: '建议', title: '支持县域产业发展的建议' });
    // The title right after the role, no 提出的.
    const direct = parseLetter('某省农业农村厅:\n李大为代表《关于整治农村空中杆线的建议》(第0915号)收悉。经研究,现提出以下会办意见,请一并答复。\n一是加强督促。\n');
    expect(direct.proposer).toEqual({ name: '李大为', role: '代表' });
    // Names with no role before 提出的: the proposers, when each reads as a person's name (not 王局长, 有关部门).
    const opinion = (who: string) => parseLetter(`区发改委:\n${who}提出的《关于滨河地区发展的提案》收悉,经研究,现将会办意见函告如下:\n一、加强调研。\n`);
    expect([opinion('周某明').proposer, opinion('周某明、吴某红等').proposerPersons.map((x) => x.name)]).toEqual([{ name: '周某明', role: null }, ['周某明', '吴某红']]);
    expect([opinion('王局长').proposer, opinion('有关部门').proposer]).toEqual([null, null]);
    // A preposition before deputies no one names is no name (根据人大代表提出的…).
    expect(parseLetter('某区农业农村局关于对某区四届人大三次会议第43号建议办理的答复\n根据人大代表提出的关于《实施梨园节水灌溉项目的建议》,已交我们研究办理,现答复如下:\n已办。\n').proposer).toBeNull();
  });

  it('passes a page whose header names the proposer (建议人:) and whose title quotes the proposal', () => {
    const p = parseLetter('对《关于建设乡村公园的建议》的答复(县十七届人大五次会议第33号建议)\n建议人: 王小明\n主办单位: 某县自然资源局\n已列入规划。\n');
    expect(p.proposer).toEqual({ name: '王小明', role: '代表' });
    expect(p.proposal).toEqual({ kind: '建议', number: '33', title: '关于建设乡村公园的建议', session: '县十七届人大五次会议' });
    expect(p.proposerPersons.map((x) => x.name)).toEqual(['王小明']);
  });

  it('reads the replying body from a record’s 主办单位 field when the letter names none, a centre too (b1208_03)', () => {
    const p = parseLetter('关于增加户外体育设施的建议 |\n提案人:王小明 | |\n主办单位:区体育中心 | 协办单位:区文旅体局 |\n关于政协某区六届六次会议第27号提案的回复 |\n尊敬的王小明委员: 您提出的《关于增加户外体育设施的建议》已收悉,现回复如下: 已办。\n');
    expect(p.agency?.name).toBe('区体育中心');
  });

  it('passes a page headed by the proposal it answers, labelled by its kind (政协提案:关于…的建议; b1079_02), with no salutation or opening; its column (栏目) is its genre', () => {
    const p = parseLetter('政协提案:关于加强某某产业发展的建议\n栏目: | 政协提案结果公开 |\n近年来,我县大力发展某某产业。\n');
    expect(p.proposal.title).toBe('关于加强某某产业发展的建议');
    expect(p.proposal.kind).toBe('提案');
  });

  it('reads a record table’s 办理部门 as the replying body and its 签发日期 as the signing date, each cell apart', () => {
    const text = '关于建设集镇停车场的建议\n办理部门 | 某某镇人民政府 | 处理状态 | 已办结 |\n签发人 | 沈某 | 签发日期 | 2023-07-06 | 发布日期 | 2023-07-07 |\n正文 |\n王小明代表提出的《关于建设集镇停车场的建议》。\n回复 |\n已列入计划。\n';
    const p = parseLetter(text);
    expect(p.agency?.name).toBe('某某镇人民政府');
    expect(p.signedDate).toBe('2023-07-06');
    expect(p.publishedDate).toBe('2023-07-07');
  });
  it('reads a page run into one line: the title before a delegation’s salutation, its class mark, and the header’s delegation', () => {
    const text = [
      '题  目: 关于尽快推进环岛旅游公路示范段建设的建议',
      '领衔代表: 儋州代表团 代 表 团: 儋州',
      '主办单位 会办单位 分办单位 交办日期',
      '省交通运输厅  儋州市政府、省发展和改革委员会    2020-02-24',
      '某省交通运输厅关于某省六届人大三次会议代表建议第632141号办理情况的答复(B)儋州代表团:你团提出的建议收悉。现答复如下:一、已列入规划。',
    ].join('\n');
    const p = parseLetter(text);
    expect(p.title?.title).toBe('某省交通运输厅关于某省六届人大三次会议代表建议第632141号办理情况的答复');
    expect(p.resultClass).toBe('B');
    expect(p.proposer).toEqual({ name: null, role: '代表团' });
    expect(p.proposerPersons).toEqual([]);
    // The table's 会办单位 cell, its empty 分办单位 column a wider gap.
    expect(p.coHandlers.map((c) => c.name)).toEqual(['儋州市政府', '省发展和改革委员会']);
  });
  it('reads no co-handler in a congress standing committee’s office (常委会办公厅交由…)', () => {
    const text = '关于加快特色小镇建设的建议的答复\n王小明代表:\n您在自治区人大会议上提出的“关于加快特色小镇建设的建议”,由自治区人大常委会办公厅交由自治区农业厅和我厅分别办理。现答复如下:\n已办。\n';
    expect(parseLetter(text).coHandlers).toEqual([]);
  });
  it('reads the body whose leadership studied the proposal as the body replying (市人社局党委高度重视…研究; b1637_01)', () => {
    const text = '对市六届人大一次会议第58号建议的答复\n尊敬的李某代表:\n接到您提出的《关于提高班主任津贴标准的建议》后,市人社局党委高度重视,组织专人认真研究,现答复如下:\n已办。\n';
    expect(parseLetter(text).agency?.name).toBe('市人社局');
  });
  it('reads no co-handler in a zone committee before 办理 (管委会办理, b867_01)', () => {
    const text = '李某代表:\n您提出的“关于整治小广告”的建议(市九届人大三次会议第48号),已交由楚雄开发区管委会办理,现将办理情况答复如下:\n已办。\n';
    expect(parseLetter(text).coHandlers).toEqual([]);
  });
  it('gives a proposer the header names the role of the proposal’s kind, and reads a 提案内容 field as its title', () => {
    const p = parseLetter('关于区政协八届一次会议第17号提案办理情况的复函\n委员姓名:释某正\n提案内容:尽快促进某协会换届的提案\n办理结果:\n已办。\n');
    expect(p.proposer).toEqual({ name: '释某正', role: '委员' });
    expect(p.proposal.title).toBe('尽快促进某协会换届的提案');
    expect(parseLetter('关于第3号建议的答复\n建议人: 王小明\n已办。\n').proposer).toEqual({ name: '王小明', role: '代表' });
    // Nor is the next field's label the value ran into (提案人:章某 内容: …).
    expect(parseLetter('关于第37号建议的答复\n建议号37 提案人:章某 内容: 建议加快农村公路养护\n已办。\n').proposerPersons.map((x) => x.name)).toEqual(['章某']);
    // The role written after the name is no part of it.
    const withRole = parseLetter('对区政协十四届一次会议第141037号提案的答复\n建议人: 王某栋委员\n已办。\n');
    expect([withRole.proposer, withRole.proposerPersons.map((x) => x.name)]).toEqual([{ name: '王某栋', role: '委员' }, ['王某栋']]);
    // The first of those who proposed it together (高某乾等10人).
    expect(parseLetter('关于第3号提案的答复\n提案人: 高某乾等10人\n已办。\n').proposer).toEqual({ name: '高某乾', role: '委员' });
    // 提案者 and 提出人 label the proposer too; a party's committee proposes as a body, no person.
    expect(parseLetter('关于第3号提案的答复\n提案者\n\n邵某\n已办。\n').proposer).toEqual({ name: '邵某', role: '委员' });
    expect(parseLetter('关于第4号建议的答复\n  提出人:郑某森、马某军、王某奇\n已办。\n').proposerPersons.map((p) => p.name)).toEqual(['郑某森', '马某军', '王某奇']);
    expect(parseLetter('关于第5号提案的答复\n提 案 者: 九三学社某省委会\n已办。\n').proposer).toBeNull();
  });
  it('reads an opening that gives the proposal to study with no 收悉, and a header’s 承办人 as the contact', () => {
    const text = '关于对政协某区第五届第四次会议第54109号提案的答复\n承办人:周某明\n日期\n2021-11-08\n某乡政协联络组:\n你们提出的关于某村建设资金补助的提案,已交我们研究办理,现答复如下:\n一、已安排资金。\n';
    const p = parseLetter(text);
    expect(p.opening).not.toBeNull();
    expect(text.slice(p.bodyStart, p.bodyEnd)).toContain('一、已安排资金。');
    expect(p.contact?.name).toBe('周某明');
  });
  it('reads a page that opens with the proposer told what they proposed (你提出了题为《…》的建议…现答复如下), no title or salutation', () => {
    const text = '在某县第十八届人民代表大会第三次会议上,你提出了题为《扶持干花产业发展》的建议,会议主席团已将此列为第18号建议案,交我局研究办理,现答复如下:\n一、产业情况\n已建成基地。\n';
    const p = parseLetter(text);
    expect(p.proposal?.title).toBe('扶持干花产业发展');
    expect(text.slice(p.bodyStart, p.bodyEnd)).toContain('已建成基地。');
  });
  it('reads a page that opens with the proposal cited by its session and number (省政协…会议第N号提案由我厅主办,…现答复如下; b1455_01): its kind, number and co-handlers', () => {
    const text = '省政协十二届二次会议第20190045号提案由我厅主办,经综合省教育厅、省财政厅等单位意见,现答复如下:\n感谢您关注我省农村用工情况。\n一、关于技能培训\n已开展培训。\n';
    const p = parseLetter(text);
    expect([p.proposal.kind, p.proposal.number, p.coHandlers.map((c) => c.name)]).toEqual(['提案', '20190045', ['省教育厅', '省财政厅']]);
    expect(text.slice(p.bodyStart, p.bodyEnd)).toContain('已开展培训。');
  });
  it('reads the opening that names the proposal by its kind and then its quoted title (你们在…会议上的提案“…”收悉) before a later 提出的 sentence', () => {
    const text = '对市十届政协三次会议第200号提案的答复\n\n某党派某市委员会:\n\n你们在市十届政协三次会议上的提案“加快数据要素产业发展的建议”收悉,感谢你们的关心。针对你们提出的宝贵建议,现结合实际工作,答复如下:\n已办。\n';
    expect(parseLetter(text).proposal.title).toBe('加快数据要素产业发展的建议');
  });
  it('reads a proposal a democratic party’s committee greeted above the opening raised as a 提案, however its title reads', () => {
    const text = '类别:B\n台湾民主自治同盟某市委员会:\n贵委提出的《关于垃圾分类的建议》收悉,现答复如下:\n已办。\n';
    expect(parseLetter(text).proposal.kind).toBe('提案');
    expect(parseLetter(text.replace('台湾民主自治同盟某市委员会', '某市教育局')).proposal.kind).toBe('建议');
  });
  it('reads a role alone before a greeting (委员您好) as a salutation to a proposer it does not name', () => {
    const p = parseLetter('关于对市政协五届一次会议第510399号提案的答复\n      委员您好\n一、目前情况\n已办。\n');
    expect(p.proposer).toEqual({ name: null, role: '委员' });
  });
  it('takes every person a header’s 代表姓名 lists, never a delegation', () => {
    const text = '关于区十届人大三次会议第1号代表建议办理情况的复函\n代表姓名:陈小林、上官小平、贺虹\n一、已设置信号灯。\n';
    const p = parseLetter(text);
    expect(p.proposerPersons.map((x) => [x.name, text.slice(x.start, x.end)])).toEqual([
      ['陈小林', '陈小林'],
      ['上官小平', '上官小平'],
      ['贺虹', '贺虹'],
    ]);
    expect(parseLetter('关于第1号建议的答复\n建议人:东方代表团\n已办。\n').proposerPersons).toEqual([]);
    // Nor a form's column heading the field's value runs into (提建议代表 | 单位姓名 | 某代表团 某某).
    const table = parseLetter('关于将单位宿舍纳入改造范围的建议的答复\n提建议代表 单位姓名 |\n东城代表团 陈小林 | |||\n陈小林代表:\n您提出的建议收悉。现答复如下:\n已办。\n');
    expect(table.proposerPersons.map((x) => x.name)).toEqual(['陈小林']);
  });

  it('reads a header’s 人大代表 list as the co-proposers, never as a salutation, and its 会办单位 as the co-handlers', () => {
    const text = '某委关于省十三届人大三次会议第491号建议的答复\n人大代表: 甲一明,乙二红,丙三强\n会办单位: 省人大民族宗教委员会,省住房城乡建设厅\n答复内容:\n甲一明代表:\n您提出的《关于某乡享受建制镇待遇的建议》收悉。现答复如下:\n已办。\n';
    const p = parseLetter(text);
    expect(p.proposer).toEqual({ name: '甲一明', role: '代表' });
    expect(p.proposerPersons.map((x) => x.name)).toEqual(['甲一明', '乙二红', '丙三强']);
    expect(p.coHandlers.map((c) => c.name)).toEqual(['省人大民族宗教委员会', '省住房城乡建设厅']);
  });

  it('reads a table’s co-handlers where an empty column shows only as a wider gap (主办单位 会办单位 分办单位 交办日期; b1419_06)', () => {
    const text = '关于省六届人大三次会议第632141号建议办理情况的答复\n主办单位 会办单位 分办单位 交办日期\n省交通运输厅  某市政府、省发展和改革委员会    2020-02-24\n某某代表团:\n你们提出的《关于推进公路建设的建议》收悉,现答复如下:\n已办。\n';
    expect(parseLetter(text).coHandlers.map((c) => c.name)).toEqual(['某市政府', '省发展和改革委员会']);
  });

  it('names everyone a header’s 代表姓名 lists, whoever the salutation names, a Mongolian name written whole too', () => {
    const text = '关于旗十六届人大二次会议第23号建议的答复\n代表姓名:色尔某、陶力某、胡达兰某、孟可巴依某\n色尔某代表:\n您提出的《关于加强乡村道路建设的建议》收悉。现答复如下:\n已办。\n';
    const p = parseLetter(text);
    expect(p.proposer).toEqual({ name: '色尔某', role: '代表' });
    expect(p.proposerPersons.map((x) => x.name)).toEqual(['色尔某', '陶力某', '胡达兰某', '孟可巴依某']);
    // 代表提案者 labels them too.
    const labelled = parseLetter('省体育局关于省十三届人大五次会议第204号建议的答复\n代表提案者: 何某美,王某梅,陈琴\n何某美代表:\n您提出的《关于建设马拉松赛道的建议》收悉。现答复如下:\n已办。\n');
    expect(labelled.proposerPersons.map((x) => x.name)).toEqual(['何某美', '王某梅', '陈琴']);
    // A list closed by 等 names the one before it, without the 等.
    const closed = parseLetter('关于县人大三次会议第7号建议的答复\n建议人: 庞某平等\n庞某平等七位代表:\n您们提出的《关于拓宽道路的建议》收悉。现答复如下:\n已办。\n');
    expect(closed.proposerPersons.map((x) => x.name)).toEqual(['庞某平']);
  });

  it('takes the co-proposers a `|` table lists (联名人) after the proposer', () => {
    const text = '关于修建某乡通乡公路的建议 |\n提案人:甲一明 | 联名人:乙二红 |\n关于政协某区六届四次会议第85号委员提案的回复 |\n您们所提《关于修建某乡通乡公路的建议》收悉,现答复如下: 已开工。 |\n';
    const p = parseLetter(text);
    expect(p.proposer?.name).toBe('甲一明');
    expect(p.proposerPersons.map((x) => [x.name, text.slice(x.start, x.end)])).toEqual([
      ['甲一明', '甲一明'],
      ['乙二红', '乙二红'],
    ]);
  });

  it('passes a co-handling opinion whose opening only acknowledges the proposal in 《》, and one titled …会办工作的意见', () => {
    const ack = parseLetter('【B】\n某市发改案〔2024〕20号\n市科技局:\n《关于加快科技协同创新的建议》(建议第20240214号)收悉。加强与周边城市的沟通对接。\n某市发展和改革局\n2024年5月7日\n');
    expect(ack.proposal).toMatchObject({ kind: '建议', title: '关于加快科技协同创新的建议', number: '20240214' });
    const titled = parseLetter('对市六届人大一次会议第085号建议会办工作的意见\n市农业农村局:\n现将建议的办理情况函告如下。\n某市科学技术局\n2022年5月17日\n');
    expect(titled.proposal).toMatchObject({ kind: '建议', number: '085', session: '市六届人大一次会议' });
  });

  it('passes a co-handling opinion that opens 现就…提出的…建议,提出协办意见如下, and reads bodies consulted (经商…, 经研究并商…,) or brought in (组织…等单位…研究办理)', () => {
    const p = parseLetter('市工信局:\n现就文化文史和学习委员会提出的关于激发企业活力的建议,提出协办意见如下:\n深化校地合作。\n某市科学技术局\n2024年4月18日\n');
    expect(p.proposal?.kind).toBe('建议');
    const consulted = parseLetter(`张某代表:\n您在市人大七届五次会议期间提出的《关于通用机场的建议》收悉。经商市文化广电旅游局、市经济合作局,现将办理情况答复如下:\n已纳入规划。\n`);
    expect(consulted.coHandlers.map((c) => c.name)).toEqual(['市文化广电旅游局', '市经济合作局']);
    expect(consulted.proposal?.session).toBe('市人大七届五次会议');
    const talked = parseLetter(`张某委员:\n您提出的《关于科技创新基金的提案》收悉。经与自治区发改委、科技厅、卫健委和文旅厅充分沟通,现将办理意见答复如下:\n已办。\n`);
    expect(talked.coHandlers.map((c) => c.name)).toEqual(['自治区发改委', '科技厅', '卫健委', '文旅厅']);
    // Departments counted, not named (经与多部门协同研究), are no co-handlers.
    expect(parseLetter(`张某委员:\n您提出的《关于某某的建议》收悉。经与多部门协同研究,现将办理情况答复如下:\n已办。\n`).coHandlers).toEqual([]);
    // 经会 for 经会同; 经会议研究 names no body.
    const joined = parseLetter(`张某代表:\n您提出的“关于加快某某高速公路建设的建议”收悉,经会省发展改革委、某某市政府共同研究,现答复如下:\n已办。\n`);
    expect(joined.coHandlers.map((c) => c.name)).toEqual(['省发展改革委', '某某市政府']);
    expect(parseLetter(`张某代表:\n您提出的“关于加快某某公路建设的建议”收悉,经会议认真研究,现答复如下:\n已办。\n`).coHandlers).toEqual([]);
    // The co-handlers by their label alone, then how they studied it (会同协办单位多次沟通、研究): no body named.
    expect(parseLetter(`张某委员:\n您提出的《关于护林防火的提案》收悉。经我局会同协办单位多次沟通、研究,现答复如下:\n已办。\n`).coHandlers).toEqual([]);
    const consultedFirst = parseLetter(`张某委员:\n您提出的《关于护林防火的提案》收悉。我局会同区应急管理局、区消防救援大队认真沟通、研究,现答复如下:\n已办。\n`);
    expect(consultedFirst.coHandlers.map((c) => c.name)).toEqual(['区应急管理局', '区消防救援大队']);
    const brought = parseLetter(`张某代表:\n您提出的《关于花卉博览会的建议》(第202434103号)收悉。我区政府高度重视,积极组织区财政局、城郊街道办事处等单位进行认真研究办理。经综合会办单位意见,现将有关办理情况答复如下:\n已办。\n`);
    expect(brought.coHandlers.map((c) => c.name)).toEqual(['区财政局', '城郊街道办事处']);
    const afterStudy = parseLetter(`李某委员:\n您在省政协十二届四次会议上提出的第220号提案《关于推进合作区建设的建议》收悉。经研究并商省委组织部、省科技厅、浙江省税务局,现答复如下:\n已列入计划。\n`);
    expect(afterStudy.coHandlers.map((c) => c.name)).toEqual(['省委组织部', '省科技厅', '浙江省税务局']);
    // A list run on past a comma into the sentence names no body there (联合相关部门分析研判,经实地调研,…迅速开展办理).
    const ranOn = parseLetter(`李某代表:\n你提出的《关于建设垃圾清运站的建议》收悉,现答复如下:\n市政府高度重视,立即组织某镇政府联合相关部门分析研判指出的问题,经实地调研,代表提出的建议与我镇工作同向共力,某镇政府采纳代表建议,迅速开展办理工作。\n`);
    expect(ranOn.coHandlers).toEqual([]);
    const formed = parseLetter(`李某代表:\n您所提《关于发展大物流的建议》已转至我局办理。我局高度重视,并商市发展改革委、市经济合作局形成了回复意见,现答复如下:\n已办。\n`);
    expect(formed.coHandlers.map((c) => c.name)).toEqual(['市发展改革委', '市经济合作局']);
    // The replying body's own study first, then the opinions it gathered: 经我局认真研究,并综合A、B意见.
    const gathered = parseLetter(`邵某委员:\n您提出的《关于矿山修复的提案》收悉,经我局认真研究,并综合市环境保护局、市林业局意见,现答复如下:\n已办。\n`);
    expect(gathered.coHandlers.map((c) => c.name)).toEqual(['市环境保护局', '市林业局']);
    // Or right after the acknowledgement, with no 经 (收悉,综合A、B的意见).
    const atOnce = parseLetter(`于某代表:\n您提出的关于关注农村留守儿童心理健康的建议收悉,综合省教育厅、省司法厅的意见,现答复如下:\n已办。\n`);
    expect(atOnce.coHandlers.map((c) => c.name)).toEqual(['省教育厅', '省司法厅']);
    // Or after the clause giving the proposal to study (交我们办理,综合A、B意见), 市 before 市场 no slip; 综合考虑各方面意见 names no one.
    const given = parseLetter(`某县委员活动小组:\n你们提出的《关于假期托管服务的提案》(第164号)交我们办理,综合市发展改革委、市财政局、市市场监督局意见,现答复如下:\n已办。\n`);
    expect(given.coHandlers.map((c) => c.name)).toEqual(['市发展改革委', '市财政局', '市市场监督局']);
    expect(parseLetter(`张某委员:\n您提出的《关于假期托管服务的提案》收悉,综合考虑各方面意见,现答复如下:\n已办。\n`).coHandlers).toEqual([]);
    const heard = parseLetter(`李某委员:\n您提出的关于“促进直播经济发展的建议”的提案(第177号)收悉,我委高度重视,充分听取区人才工作局、区市场监管局等单位的意见,现答复如下:\n已办。\n`);
    expect(heard.coHandlers.map((c) => c.name)).toEqual(['区人才工作局', '区市场监管局']);
    // The member whose view was sought is no co-handler (in an opening that runs on, with no 答复如下).
    const member = parseLetter(`何某委员:\n您提出的《关于加强溺水预防控制的提案》收悉,办理结束后,告知并征求了委员对办理结果的意见。\n`);
    expect(member.coHandlers).toEqual([]);
    const labelled = parseLetter(`李某委员:\n您提出的关于《打造乡村振兴强引擎》(第0400号)提案收悉,经商会办单位省自然资源厅、省生态环境厅意见,现将办理情况答复如下:\n已办。\n`);
    expect(labelled.coHandlers.map((c) => c.name)).toEqual(['省自然资源厅', '省生态环境厅']);
    // The label before the list after 经与 too (b967_01).
    const withLabel = parseLetter(`张某代表:\n您和王某民等5位代表提出的《关于设立调解中心的建议》收悉,经与会办单位省财政厅、省卫计委研究沟通,现答复如下:\n已办。\n`);
    expect(withLabel.coHandlers.map((c) => c.name)).toEqual(['省财政厅', '省卫计委']);
    // A level word a slip wrote twice (市市农业农村局; b1031_02) is written once.
    const doubled = parseLetter(`叶某代表:\n您提出的《关于加快美丽乡村规划建设的建议》已收悉。我局已会同市市农业农村局、市文化和旅游局、大冶市等单位进行了认真研究,现回复如下:\n已办。\n`);
    expect(doubled.coHandlers.map((c) => c.name)).toEqual(['市农业农村局', '市文化和旅游局', '大冶市']);
    // The co-handler's opinion the reply drew on (结合会办单位A的意见), in a letter naming itself only 我厅 (b998_06).
    const drawnOn = parseLetter(`王某代表:\n提出的《关于建设戏曲博物馆的建议》收悉。结合会办单位省财政厅的意见,经研究,答复如下:\n我厅支持建设。\n`);
    expect(drawnOn.coHandlers.map((c) => c.name)).toEqual(['省财政厅']);
    const byUs = parseLetter(`刘某代表:\n您提出的《关于支持水资源配置工程建设的建议》(第0154号)收悉。我厅商省发展改革委进行了认真研究,现答复如下:\n已办。\n`);
    expect(byUs.coHandlers.map((c) => c.name)).toEqual(['省发展改革委']);
    const opinions = parseLetter(`张某委员:\n您提出的《关于心理健康教育的提案》收悉。我委高度重视,并综合市教育局、团市委和市妇联的会办意见,现答复如下:\n已办。\n`);
    expect(opinions.coHandlers.map((c) => c.name)).toEqual(['市教育局', '团市委', '市妇联']);
    // A body's other sign in brackets is a body of its own.
    const signs = parseLetter(`张某代表:\n您提出的《关于心理健康教育的建议》收悉。经综合省教育厅、省妇联(省妇儿工委)的意见,现答复如下:\n已办。\n`);
    expect(signs.coHandlers.map((c) => c.name)).toEqual(['省教育厅', '省妇联', '省妇儿工委']);
    const asked = parseLetter(`陆某代表:\n您提出的《关于支持产业链做大做强的建议》(第123号)收悉。经函请区农业农村委协办,现答复如下:\n已办。\n`);
    expect(asked.coHandlers.map((c) => c.name)).toEqual(['区农业农村委']);
    // The opinions of bodies named as co-handlers, the verb 综合 before them (经综合市发展改革委等会办单位意见).
    const summed = parseLetter(`某某委员会:\n贵单位提出的《关于建设创新带的建议》收悉。经综合市发展改革委等会办单位意见,现将办理有关情况答复如下:\n已办。\n`);
    expect(summed.coHandlers.map((c) => c.name)).toEqual(['市发展改革委']);
    // Counted (等2个会办单位; b1464_02), and after 经与 with no study named (…等协办单位共同办理; b1465_03): the bodies alone.
    const counted = parseLetter(`李某代表:\n您提出的《关于提升数字化能力的建议》收悉,我局高度重视,积极组织广州市税务局、广州供电局等2个会办单位进行认真研究,现答复如下:\n已办。\n`);
    expect(counted.coHandlers.map((c) => c.name)).toEqual(['广州市税务局', '广州供电局']);
    const withThem = parseLetter(`侯某代表:\n您提出的《关于建设韧性城市的建议》收悉。经与市大数据发展局、市城市管理局等协办单位共同办理,现将办理情况答复如下。\n已办。\n`);
    expect(withThem.coHandlers.map((c) => c.name)).toEqual(['市大数据发展局', '市城市管理局']);
  });

  it('passes a co-handling opinion whose opening says the deputies 提出了 the proposal, naming them all', () => {
    const p = parseLetter('自治区教育厅:\n自治区十四届人大二次会议期间,甲一明、乙二红等2名代表提出了关于支持职业教育发展的建议(第2024123号),经研究,现提出协办意见如下:\n已纳入规划。\n某自治区工业和信息化厅\n2024年3月28日\n');
    expect(p.proposer).toEqual({ name: '甲一明', role: '代表' });
    expect(p.proposerPersons.map((x) => x.name)).toEqual(['甲一明', '乙二红']);
    expect(p.proposal).toMatchObject({ kind: '建议', title: '关于支持职业教育发展的建议' });
  });

  it('reads a party’s central committee greeted short (民建中央:) as the addressee, where the letter proper starts (b1775_01)', () => {
    const p = parseLetter('民建中央:\n您提出的《关于完善农业保险的提案》收悉,现答复如下:\n一、已办。\n');
    expect([p.addressee, p.proposal?.kind, p.proposer]).toEqual(['民建中央', '提案', null]);
  });
  it('reads a co-handling opinion’s addressee, a proposer named after the role, and a 立案号 in brackets', () => {
    const p = parseLetter('对某省政协第十一届四次会议第515号提案的答复\n本文来源: 国土资源厅\n省住建厅:\n我厅对省政协委员甲一明关于“加快科教城建设的提案”的提案,现答复如下:\n积极支持。\n2016年6月2日\n');
    expect(p.proposer).toEqual({ name: '甲一明', role: '委员' });
    expect(p.proposal).toMatchObject({ kind: '提案', title: '加快科教城建设的提案' });
    expect(p.header.publisher).toBe('国土资源厅');
    const filed = parseLetter('市交通运输局:\n甲一明代表提出的《关于加快高速连接线建设的建议》(立案号:2020072号)收悉,经我局研究,会办意见如下:\n支持。\n');
    expect(filed.proposal?.number).toBe('2020072');
    // No one named: the session's 委员会, the addressed body's members.
    expect(parseLetter('某某村民小组:\n你们在某旗政协第十五届委员会上提出的“关于推进产业融合的提案”已收悉,现答复如下:\n已办。\n').proposer?.name ?? null).toBeNull();
    const congress = parseLetter('尊敬的万某代表:\n你在某县十七届人民代表大会上提出的《关于道路硬化的议案》第78号,已作为代表建议转交我局办理,现答复如下:\n已办。\n');
    expect(congress.opening?.proposers.map((p) => p.name)).toEqual([]);
    expect(parseLetter('省政协社会和法制委员会:\n贵单位委员提出的《关于加强应急管理体系建设的建议》的提案收悉,现答复如下:\n已办。\n').proposer?.name ?? null).not.toBe('贵单位');
  });

  it('reads names that each carry their role (甲委员、乙委员、丙委员委员:) and a proposal 所提…收悉', () => {
    const p = parseLetter('甲一明委员、阿斯卡尔·艾尼完委员、乙二红委员委员:\n您在政协某县委员会十一届一次会议上所提“关于加强小区管理的提案”已收悉。现将结果答复如下:\n已办。\n');
    expect(p.proposer).toEqual({ name: '甲一明', role: '委员' });
    expect(p.proposerPersons.map((x) => x.name)).toEqual(['甲一明', '阿斯卡尔·艾尼完', '乙二红']);
    // A father's name cut to its first character.
    const cut = parseLetter('古丽·吐、米合古丽·热合木吐力等代表:\n您提出的关于完善人行道管理维护的建议收悉。现答复如下:\n已办。\n');
    expect(cut.proposerPersons.map((x) => x.name)).toEqual(['古丽·吐', '米合古丽·热合木吐力']);
  });

  it('reads the session after 在, never from 关于’s 于 (关于您在某区政协…会议上提出)', () => {
    const p = parseLetter('何某某委员:\n关于您在渝中区政协十四届五次会议上提出“关于规划建设便民服务大楼的建议”提案(第068号),已转我办办理。现答复如下:\n已办。\n');
    expect(p.proposal?.session).toBe('渝中区政协十四届五次会议');
  });

  it('takes the title’s session where the opening’s lost its ordinal (十五届人大次会议)', () => {
    const p = parseLetter('关于对某市十五届人大四次会议第77号建议的答复\n甲一明代表:\n你们在某市十五届人大次会议提出《关于安装健身器材的建议》(第77号)收悉,现答复如下:\n已办。\n');
    expect(p.proposal?.session).toBe('某市十五届人大四次会议');
  });

  it('takes the title’s session where it writes the opening’s out with its place, and a 领导签名 signer', () => {
    const p = parseLetter('关于某省六届人大五次会议代表建议\n第652042号的答复\n甲一明代表:\n您在省六届人大五次会议上提出的“关于改造互通的建议”(第652042号)收悉,现答复如下:\n已办。\n领导签名:乙二红 某县交通运输局\n2022年6月29日\n');
    expect(p.proposal?.session).toBe('某省六届人大五次会议');
    expect(p.signer?.name).toBe('乙二红');
    // The kind after the proposal's own title is not part of it.
    expect(parseLetter('甲一明委员:\n您提出的关于做好残疾人就业工作的建议的提案收悉,现答复如下:\n已办。\n').proposal?.title).toBe('关于做好残疾人就业工作的建议');
  });

  it('reads an info box (中文名:…的答覆, 发布机关:) and a proposer after 现将', () => {
    const p = parseLetter('基本介绍\n- 中文名:关于对政协某市四届一次会议第21号提案的答覆\n- 发布机关:某市人民政府\n甲一明委员:\n你提出的提案收悉。现答复如下:\n已办。\n');
    expect(p.title?.title).toBe('关于对政协某市四届一次会议第21号提案的答覆');
    expect(p.proposal).toMatchObject({ number: '21', session: '政协某市四届一次会议' });
    expect(p.header.publisher).toBe('某市人民政府');
    const lead = parseLetter('区乡村振兴局:\n现将甲一明委员在区政协三届一次会议上提出的《关于加大乡村基础设施建设扶持力度的建议》(第033号提案)协办意见函告如下:\n已办。\n');
    expect(lead.proposer).toEqual({ name: '甲一明', role: '委员' });
  });

  it('reads the names after a delegation written before them without a mark', () => {
    const p = parseLetter(`沙堰镇代表团王小伟、乔大珀代表:\n${body}`);
    expect(p.proposer).toEqual({ name: '王小伟', role: '代表' });
    expect(p.proposerPersons.map((x) => x.name)).toEqual(['王小伟', '乔大珀']);
  });

  it('reads the deputy greeted beside a delegation after him (骆某某代表,郭里代表团)', () => {
    const p = parseLetter(`尊敬的骆一周代表,郭里代表团:\n${body}`);
    expect(p.proposer).toEqual({ name: '骆一周', role: '代表' });
    expect(p.proposerPersons.map((x) => x.name)).toEqual(['骆一周']);
  });

  it('refuses news and lists, saying what was missing', () => {
    const news = '某县召开农业农村工作会议\n会议总结了今年工作，部署了明年任务。\n';
    expect(() => parseLetter(news)).toThrow(ParseError);
    expect(() => parseLetter(news)).toThrow(/no reply title, salutation to deputies or members, proposal reference or 收悉…答复 opening/);
  });
});

describe('titles without 关于', () => {
  it('reads 第N号提案的答复, X对《…》的答复 and 会办意见, but never joins a breadcrumb into the title', () => {
    expect(parseLetter(`首页 > 建议提案\n第12号提案的答复\n张三委员：\n${body}`).title?.title).toBe('第12号提案的答复');
    const quoted = parseLetter(`某县教育和体育局对《关于缓解校门拥堵的提案》的答复\n张三委员：\n${body}`).title;
    expect(quoted).toMatchObject({ agency: '某县教育和体育局', proposalTitle: '关于缓解校门拥堵的提案' });
    expect(parseLetter(`某省文化和旅游厅对省十四届人大二次会议0948号建议的会办意见\n省委宣传部：\n李大为代表提出的《关于X的建议》收悉，现将意见函告如下：\n`).title).toMatchObject({
      agency: '某省文化和旅游厅',
      number: '0948',
      session: '省十四届人大二次会议',
    });
    const crumb = parseLetter(`当前位置：首页 > 人大代表建议\n对镇五届人大五次会议道路交通类第6号建议的答复\n张三代表：\n您在某镇五届人大五次会议上所提出的建议收悉，现答复如下：\n`);
    expect(crumb.title?.title).toBe('对镇五届人大五次会议道路交通类第6号建议的答复');
    expect(crumb.proposal.session).toBe('某镇五届人大五次会议');
  });

  it('reads a letter with no salutation that opens with the proposal’s title and a class mark after its own', () => {
    const p = parseLetter(
      '关于某州政协第十三届一次会议第11号提案的答复函 B\n\n《关于修缮村道桥梁的提案》经转州交通运输局研究办理,现答复如下:\n已列入明年计划。\n某州行政公署办公室\n2017年6月27日\n',
    );
    expect(p.title?.title).toBe('关于某州政协第十三届一次会议第11号提案的答复函');
    expect(p.proposal.number).toBe('11');
    expect(p.proposal.title).toBe('关于修缮村道桥梁的提案');
  });
  it('reads a page that opens with the proposal’s title and its kind after it (《…》的提案已收悉), with nothing above', () => {
    const p = parseLetter('《关于银行支持乡镇民营企业发展》的提案已收悉。经研究办理,现答复如下:\n近年来,县金融服务中心积极发挥职能作用。\n');
    expect([p.proposal.kind, p.proposal.title]).toEqual(['提案', '关于银行支持乡镇民营企业发展']);
  });
  it('reads a title that writes the proposal’s year in brackets before its number (会议〔2020〕104号建议的回复), with no salutation or opening', () => {
    const p = parseLetter('当前位置:首页 > 建议提案 > 2020年人大建议\n\n关于市十四届人大五次会议〔2020〕104号建议的回复\n\n 时间:2021-02-07 15:05 \n\n近年来,我市高度重视跨境电商工作。\n一、基本情况\n产业园已开工。\n');
    expect([p.title?.title, p.proposal.session, p.proposal.number]).toEqual(['关于市十四届人大五次会议〔2020〕104号建议的回复', '市十四届人大五次会议', '104']);
  });
});
