// The genre's variant phrasings, each in a small letter written for the test.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/extracted.js';
import { parseLetter } from '../../src/parse/letter.js';

const letter = (text: string) => extracted(text, 'variant.txt');

describe('genre variants', () => {
  it('reads 关于对…的答复, 经征求…意见 and a date in Chinese numerals', () => {
    const r = letter(
      '关于对市政协六届二次会议第1234号提案的答复\n\n张三委员:\n\n您提出的《关于加快发展智慧农业的建议》(第1234号)收悉。经征求市农业农村委、市财政局意见,现答复如下:\n' +
        '市农业农村委设立总规模10亿元的重庆市智慧农业发展基金。\n此复函已经李四局长审签。\n重庆市科学技术局\n二〇二四年五月六日\n',
    );
    expect(r.proposal).toEqual({ kind: '提案', number: '1234', title: '关于加快发展智慧农业的建议', session: '市政协六届二次会议', scope: '重庆市政协六届二次会议' });
    expect(r.coHandlers).toEqual(['重庆市农业农村委员会', '重庆市财政局']);
    expect(r.replyingAgency).toBe('重庆市科学技术局');
    expect(r.signer).toEqual({ name: '李四', title: '局长' });
    expect(r.letter.signedDate).toBe('2024-05-06');
    const fund = r.entities.find((e) => e.type === 'Fund');
    expect(fund?.name).toBe('重庆市智慧农业发展基金');
    expect(fund?.mentions[0]!.amounts).toEqual([{ text: '10亿元', value: 1e9, unit: 'yuan', label: '总规模' }]);
    expect(r.relations.find((x) => x.type === 'MANAGES')?.from.key).toBe('重庆市农业农村委员会');
  });

  it('reads a delegation, 等N名代表 and masked proposers', () => {
    const body = '您们提出的《关于改善农村道路的建议》(第56号)收悉。经研究办理,现答复如下:\n已完成。\n';
    expect(letter(`江北代表团:\n${body}`).proposer).toEqual({ name: null, role: '代表团' });
    // A person's name of three characters may end like a body's (会, 委).
    expect(letter(`陈云会代表:\n${body}`).proposer).toEqual({ name: '陈云会', role: '代表' });
    // Its members greeted together propose as the delegation.
    expect(letter(`第五代表团各位代表:\n${body}`).proposer).toEqual({ name: null, role: '代表团' });
    expect(letter(`王五等5名代表:\n${body}`).proposer).toEqual({ name: '王五', role: '代表' });
    expect(letter(`陈红(等10位)代表:\n${body}`).proposer).toEqual({ name: '陈红', role: '代表' });
    expect(letter(`xxx委员:\n${body}`).proposer).toEqual({ name: null, role: '委员' });
    expect(letter(`姜xx代表:\n${body}`).proposer).toEqual({ name: null, role: '代表' });
    expect(letter(`张*代表:\n${body}`).proposer).toEqual({ name: null, role: '代表' });
    expect(letter(`尊敬的王某春区人大代表:\n${body}`).proposer).toEqual({ name: '王某春', role: '代表' });
    // The role alone on its line, under the replying body.
    expect(letter(`某县发展和改革局\n代表:\n${body}`).proposer).toEqual({ name: null, role: '代表' });
    // Without a session, the kind follows the role: 代表 → 建议.
    expect(letter(`王五等5名代表:\n${body}`).proposal?.kind).toBe('建议');
  });

  it('leaves the signer empty when only 局主要领导 signed', () => {
    const r = letter('赵六委员:\n您提出的《关于X的建议》(第7号)收悉。现答复如下:\n已办。\n此复函已经局主要领导审签。\n某某局\n2024年1月2日\n');
    expect(r.signer).toBeNull();
    expect(r.letter.signedDate).toBe('2024-01-02');
  });

  it('reads 尊敬 without 的, 二位, a unit in brackets after the role and names joined by a dot', () => {
    const body = '您提出的《关于改善农村道路的建议》(第56号)收悉。现答复如下:\n已完成。\n';
    const persons = (sal: string) => letter(`${sal}\n${body}`).entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(letter(`尊敬王五代表:\n${body}`).proposer).toEqual({ name: '王五', role: '代表' });
    expect(persons('王五、赵六二位代表:')).toEqual(['王五', '赵六']);
    expect(letter(`刘七委员(县应急管理局):\n${body}`).proposer).toEqual({ name: '刘七', role: '委员' });
    expect(letter(`吐尔逊·买买提等3名代表:\n${body}`).proposer).toEqual({ name: '吐尔逊·买买提', role: '代表' });
  });

  it('takes the signer from a 经…审核同意 sentence in the opening, and a contact written after its unit and a comma', () => {
    const r = letter(
      '赵六委员:\n您提出的《关于X的建议》(第7号)收悉。经张某副秘书长和李四局长审核同意,现答复如下:\n已办。\n某某局\n2024年1月2日\n联系人:某某局计财处,王小明 电话:12345678\n',
    );
    expect(r.signer).toEqual({ name: '李四', title: '局长' });
    expect(r.contact).toEqual({ name: '王小明', phone: '12345678' });
  });

  it('reads 主管领导签字 and 承办人签字 fields with names padded by a space, the mention covering the padding', () => {
    const r = letter('赵六委员:\n您提出的《关于X的建议》(第7号)收悉。现答复如下:\n已办。\n某某局\n2024年1月2日\n主管领导签字:王 颖\n承 办 人签字:牛 震\n联系电话:12345678\n');
    expect(r.signer).toEqual({ name: '王颖', title: '主管领导' });
    expect(r.contact).toEqual({ name: '牛震', phone: '12345678' });
    expect(r.entities.find((e) => e.name === '王颖')?.mentions.map((m) => m.text)).toEqual(['王 颖']);
  });

  it('reads two-character names padded to three in a space-separated list', () => {
    const body = '您们提出的《关于改善农村道路的提案》收悉。现答复如下:\n已完成。\n';
    const r = letter(`刘一华 魏 娜 朱 纯 赵四芳委员:\n${body}`);
    expect(r.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['刘一华', '魏娜', '朱纯', '赵四芳']);
  });

  it('reads a town letter with no salutation: proposers listed in the opening, 签发人 above the title, a hyphenated document number, a distribution list after the date', () => {
    const r = letter(
      '文章播报\n青政字〔2012〕30-17号\n签发人:李明远\n关于青木镇第十六届人民代表大会\n第一次会议17号代表建议的答复\n' +
        '王小兰、赵文良、孙建芳等代表提出的17号代表建议:要求加强河道污水监管。\n现答复如下:镇政府已投资400万元实施生活污水处理。\n' +
        '感谢代表们的关心和支持。\n联系人:周立树 联系电话:84607566\n青木镇人民政府\n二○一二年六月十四日\n主题词:代表建议 答复\n送:县人大常委会办公室\n校对:吴永卫 共印100份\n',
    );
    expect(r.letter.docNumber).toBe('青政字〔2012〕30-17号');
    // A number the page cut (its 〕 and 号 lost) is kept as printed.
    expect(letter(`某北商函〔202342\n关于区政协十六届二次会议第8号提案的答复\n张明委员:\n您提出的《关于建立保供平台的提案》收悉,现答复如下:\n已办。\n`).letter.docNumber).toBe('某北商函〔202342');
    expect(r.proposer).toEqual({ name: '王小兰', role: '代表' });
    expect(r.proposal?.number).toBe('17');
    const people = r.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['王小兰', '赵文良', '孙建芳', '李明远', '周立树']));
    expect(r.signer).toEqual({ name: '李明远', title: null });
    expect(r.entities.map((e) => e.name)).toContain('县人大常委会办公室');
  });

  it('reads proposers listed in a narrative opening after its session (…会议上,甲、乙等代表提出的《…》(第24号),…)', () => {
    const r = letter('市六届人大二次会议上,陈某茹、杨某帆、杨某林等代表提出的《关于改扩建烈士陵园的建议》(第24号),市退役军人事务局高度重视。\n已完成。\n某市退役军人事务局\n2023年5月1日\n');
    expect(r.proposer).toEqual({ name: '陈某茹', role: '代表' });
    expect(r.proposal).toMatchObject({ number: '24', session: '市六届人大二次会议', title: '关于改扩建烈士陵园的建议' });
    expect(r.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['陈某茹', '杨某帆', '杨某林']);
  });

  it('reads an opening that gives its answer as 答复意见如下 (a co-handler’s reply to the lead handler on the line above)', () => {
    const text = '某市退役军人事务局关于协助办理市政协六届四次会议第2024067号提案的答复\n市委党史研究室:\n根据《市政协六届四次会议第2024067号提案》协调会会议精神,对提案涉及我局业务的内容作答复意见如下:\n采纳此建议。\n某市退役军人事务局\n2024年9月14日\n';
    const opening = parseLetter(text).opening;
    expect(opening && text.slice(opening.start, opening.end)).toContain('作答复意见如下');
  });

  it('reads a proposer named by a record’s label in the opening (提案人某某提出的…), with no role', () => {
    const r = letter('提案人常某洁提出的关于《打造工业设计名片》的提案收悉,经研究,现将会办意见函告如下:\n已办。\n某区国资委\n2021年4月8日\n');
    expect(r.proposer).toEqual({ name: '常某洁', role: null });
    expect(r.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['常某洁']);
  });

  it('reads 23号提案 without 第, a session the proposal was sent to (向…会议提出), and lets a session naming no body yield to the title', () => {
    const body = '\n张永委员:\n您向区政协七届四次会议提出的23号提案收悉,现答复如下:\n已列入计划。\n青川区文化局\n2010年8月1日\n';
    expect(letter(`关于区政协七届四次会议第23号提案的答复${body}`).proposal).toMatchObject({ number: '23', session: '区政协七届四次会议' });
    const untitled = letter(`筹建全民健身中心的建议${body}`);
    expect(untitled.proposal).toMatchObject({ number: '23', session: '区政协七届四次会议' });
    const noBody = letter(
      '关于县人大五届五次会议第110号建议的答复\n蔡某代表:\n您向第五届第五次人大代表会议提出的《关于推进老旧小区改造的建议》收悉,现答复如下:\n已实施。\n青川县住房和城乡建设局\n2021年6月1日\n',
    );
    expect(noBody.proposal?.session).toBe('县人大五届五次会议');
  });

  it('takes the page’s publisher for a body of the letter, and the issuer of a policy from its own phrase (X印发的《…》 after another title)', () => {
    const r = letter(
      '- 发文机关: 天水市人民政府办公室\n- 发布时间: 2025-08-07\n天水市交通运输局关于对市八届人大五次会议第144号建议的答复\n马某代表:\n' +
        '你们提出的《关于公路建设的建议》收悉,现答复如下。\n根据交通运输部《关于农村公路的意见》和省委、省政府办公厅2025年印发的《关于加快民族地区公路交通发展的实施意见》,项目已纳入规划。\n',
    );
    expect(r.entities.filter((e) => e.type === 'Agency').map((e) => e.name)).toEqual(
      expect.arrayContaining(['天水市人民政府办公室', '天水市交通运输局', '中共甘肃省委办公厅', '甘肃省人民政府办公厅']),
    );
    const issuers = r.relations.filter((x) => x.type === 'ISSUED' && x.to.key === '关于加快民族地区公路交通发展的实施意见').map((x) => x.from.key);
    expect(issuers.sort()).toEqual(['中共甘肃省委办公厅', '甘肃省人民政府办公厅']);
  });

  it('places a letter that names no place of its own by its page, and reads a town congress’s presidium', () => {
    const r = letter(
      '欢迎访问广德市政府网站!\n对市人大第2号建议的答复\n张某代表:\n你们提出的关于加快充电设施建设的建议收悉。现答复如下:\n' +
        '我市将督促市发改委加快规划,抄送市人大常委会代表工委和新杭镇人大主席团。\n',
    );
    expect(r.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['广德市发展和改革委员会', '广德市新杭镇人民代表大会主席团', '广德市人民代表大会常务委员会代表工作委员会']),
    );
  });

  it('reads the addressee of a co-handling opinion with no title as a body', () => {
    const r = letter('自治区教育厅:\n自治区十四届人大二次会议期间,甲一明、乙二红等2名代表提出了关于支持职业教育发展的建议(第2024123号),经研究,现提出协办意见如下:\n已纳入规划。\n广西壮族自治区工业和信息化厅\n2024年3月28日\n');
    expect(r.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['广西壮族自治区教育厅', '广西壮族自治区工业和信息化厅']));
  });

  it('reads a person greeted by name alone above the opening (傅某某:; b1116_05, b1068_03), or by surname and role (张委员:; d229)', () => {
    const named = letter('关于市政协第十五届三次会议第215号提案的答复\n傅某某:\n\n您提出的《关于提升城市管理水平的建议》收悉,经研究办理,现回复如下:\n已办。\n');
    expect([named.proposer, named.entities.filter((e) => e.type === 'Person').map((e) => e.name)]).toEqual([{ name: '傅某某', role: null }, ['傅某某']]);
    // With no title above, the letter starts at the greeting: the person is mentioned there.
    const untitled = letter('傅某某:\n\n您提出的《关于提升城市管理水平的建议》收悉,经研究办理,现回复如下:\n已办。\n');
    expect(untitled.entities.find((e) => e.name === '傅某某')?.mentions.map((m) => m.start)).toEqual([0]);
    const surname = letter('关于第42号提案的答复\n张委员:\n您在自治州政协会议期间提出的《关于加大投入的提案》收悉,现答复如下:\n已办。\n');
    expect(surname.proposer).toEqual({ name: '张', role: '委员' });
    // A field label on that line is no one (时间 opens with a surname's character).
    expect(letter('关于第42号提案的答复\n时间:\n您提出的《关于加大投入的提案》收悉,现答复如下:\n已办。\n').proposer).toBeNull();
  });
  it('places a letter by the body it answers, greeted on its own line without a colon, over a county-level city its text names', () => {
    const r = letter('关于市政协十四届三次会议20241001号提案的答复\n来源:市农业农村局\n九三学社泉州市委会\n《关于推进现代农业产业园建设的建议》(20241001号)收悉,现答复如下:\n其中晋江市获批创建国家现代农业产业园,市农业农村局将继续支持。\n');
    expect(r.replyingAgency).toBe('泉州市农业农村局');
  });
  it('takes a body above the title for the replying body, its posting stamp after it on its line', () => {
    const r = letter('首页>信息公开>通知公告\n\n四平市民政局   2025-09-29 09:02:00  \n对四平市政协九届四次会议第51号委员提案的答复\n\n王某委员:\n您提出的《关于发展银发经济的建议》收悉,现答复如下:\n已办。\n');
    expect(r.replyingAgency).toBe('四平市民政局');
  });
  it('takes the letterhead (某区环境保护局文件) for the replying body over the government portal that publishes the page', () => {
    const r = letter('发布机构:  昆明市五华区人民政府 发布日期: 2018-09-30 13:22\n\n昆明市五华区环境保护局文件\n\n五环保办案〔2018〕2号\n\n关于对五华区政协第九届委员会第二次会议第18C28号建议的答复\n\n尊敬的洪某委员:\n你委提出的《创建生态示范区》的提案,已交由我局办理答复。\n');
    expect(r.replyingAgency).toBe('昆明市五华区环境保护局');
  });
  it('never takes a site’s greeting above the title (欢迎您访问…网站) for the replying body', () => {
    const r = letter('欢迎您访问某省农业农村厅网站\n\n关于省十四届人大二次会议第1071号建议的答复\n来源:省农业农村厅\n张某代表:\n您提出的《关于发展茶产业的建议》收悉,现答复如下:\n已办。\n');
    expect(r.replyingAgency ?? '').not.toMatch(/欢迎|网站/u);
  });

  it('reads the proposal named in a 现将…情况函告如下 opening', () => {
    const r = letter('对市六届人大一次会议第085号建议会办工作的意见\n市农业农村局:\n现将市六届人大一次会议第085号建议提出的关于加快特色农业发展建议的办理情况函告如下:\n一、加大投入。\n');
    expect(r.proposal?.title).toBe('关于加快特色农业发展建议');
  });

  it('reads a document a body issued, cited in the opening, as a policy and not as the proposal', () => {
    const r = letter(
      '关于市八届人大一次会议第12号建议的答复\n王某代表:\n您提出的关于支持科技企业发展的建议收悉。根据《市人民政府关于加强科技创新引领高质量发展的若干意见》,现答复如下:\n已落实。\n某市科学技术局\n2021年7月16日\n',
    );
    expect(r.proposal?.title).toBe('关于支持科技企业发展的建议');
    expect(r.entities.filter((e) => e.type === 'Policy').map((e) => e.name)).toEqual(['市人民政府关于加强科技创新引领高质量发展的若干意见']);
  });

  it('reads proposers named in the opening of a letter addressed to a body: with their count, after their conference, before a numbered title', () => {
    const counted = letter(
      '对区政协十四届五次会议第145012号提案的会办意见\n区建管委:\n陆某仁、陈某森、叶某杰三位委员提出的《关于加强河道贯通工程宣传的建议》的提案收悉,经研究,现将会办意见函告如下:\n已办。\n',
    );
    expect(counted.proposer).toEqual({ name: '陆某仁', role: '委员' });
    expect(counted.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['陆某仁', '陈某森', '叶某杰']);
    expect(counted.proposal?.title).toBe('关于加强河道贯通工程宣传的建议');
    const afterConference = letter(
      '关于某市政协十四届三次会议第0432号提案的答复\n市政协吕某委员在某市政协十四届三次会议上提出的第0432号《强化跨行政区协作,促进东部地区发展》提案中,提出了一系列意见。现将有关情况回复如下:\n已办。\n',
    );
    expect(afterConference.proposer).toEqual({ name: '吕某', role: '委员' });
    expect(afterConference.proposal).toMatchObject({ number: '0432', title: '强化跨行政区协作,促进东部地区发展' });
    const coHandling = letter(
      '某自治区科学技术厅对自治区十四届人大一次会议第586号建议的协办意见\n自治区生态环境厅:\n自治区十四届人大一次会议期间,刘某平代表提出的第586号“关于推进稀土产业绿色发展的建议”由我厅负责协办。经认真研究,现提出如下办理意见:\n已办。\n',
    );
    expect(coHandling.proposer).toEqual({ name: '刘某平', role: '代表' });
    // An opinion to the lead handler: 现就…提出协办意见如下 ends the opening, so a policy after it is no proposal.
    const opinion = letter(
      '省人力资源社会保障厅:\n现就郭某全委员提出的关于以“某省工匠”为代表切实提高高技能人才待遇的提案,提出协办意见如下:\n我局将按照省委、省政府《关于进一步提高高技术工人待遇的实施意见》的有关要求,认真落实。\n某省医疗保障局\n2019年4月8日\n',
    );
    expect(opinion.proposer).toEqual({ name: '郭某全', role: '委员' });
    expect(opinion.proposal?.title).toBe('关于以“某省工匠”为代表切实提高高技能人才待遇的提案');
    expect(opinion.entities.filter((e) => e.type === 'Policy').map((e) => e.name)).toEqual(['关于进一步提高高技术工人待遇的实施意见']);
  });

  it('reads a proposal’s title opening the first sentence, and one holding quotes and commas', () => {
    const opening = letter('郭某委员:\n关于加强科技馆建设的提案经研究,现答复如下。\n已办。\n某市人民政府\n2023年8月22日\n');
    expect(opening.proposal?.title).toBe('关于加强科技馆建设的提案');
    expect(letter('林某代表:\n    关于加快某中学南侧周边道路改造项目进程的建议(第1027号收悉,现答复如下:\n已办。\n').proposal).toMatchObject({
      title: '关于加快某中学南侧周边道路改造项目进程的建议',
      number: '1027',
    });
    // Or closed by the body handling it: …的建议由我局负责办理.
    expect(letter('黄某代表:\n您提出的关于加快实施某区六号规划路贯通工程的建议由我局负责办理。现答复如下:\n已办。\n').proposal?.title).toBe('关于加快实施某区六号规划路贯通工程的建议');
    const quoted = letter('九三学社某市委员会:\n你们提出的关于进一步完善“揭榜挂帅”制度,激发创新活力的建议收悉,现答复如下:\n已办。\n');
    expect(quoted.proposal?.title).toBe('关于进一步完善“揭榜挂帅”制度,激发创新活力的建议');
    // The kind written after the title is no part of it.
    const kindAfter = letter('王某委员:\n你们提出的关于某村抓党建促乡村振兴建设资金补助的建议的提案,已交我们研究办理,现答复如下:\n已办。\n');
    expect(kindAfter.proposal?.title).toBe('关于某村抓党建促乡村振兴建设资金补助的建议');
    // After 所提的 as after 提出的.
    expect(letter('王某代表:\n首先感谢您的关心和支持!您所提的关于协调解决某中学等新建学校教师编制的建议已收悉,现答复如下:\n已办。\n').proposal?.title).toBe('关于协调解决某中学等新建学校教师编制的建议');
    // A title holding a comma, closed by the handing over: …的提案,已交我们研究办理.
    const handed = letter('杨某某委员:\n你提出的关于依法整治建设工程领域转包、违法分包等乱象,保护农民工合法权益的提案,已交我们研究办理,现答复如下:\n已办。\n');
    expect(handed.proposal?.title).toBe('关于依法整治建设工程领域转包、违法分包等乱象,保护农民工合法权益的提案');
  });

  it('reads co-handlers brought in with 联合, named as 等协办单位, or whose opinions were taken together (综合…会办意见)', () => {
    const body = (opening: string) => letter(`张某代表:\n您提出的《关于激发乡土人才创业活力的建议》收悉,${opening},现答复如下:\n已办。\n某市人力资源和社会保障局\n2024年6月1日\n`).coHandlers;
    expect(body('我局联合市农业农村局、市行政审批局进行了研究')).toEqual(['某市农业农村局', '某市行政审批局']);
    expect(body('经市政府办公室、市发展改革委等协办单位共同研究')).toEqual(['某市人民政府办公室', '某市发展和改革委员会']);
    expect(body('综合市委编办会办意见')).toEqual(['中共某市委机构编制委员会办公室']);
    // 商 opening a verb of its own (商榷, 商量) consults nobody.
    expect(body('我局邀请专家现场调研,并商榷了整治方案及应急处理措施')).toEqual([]);
    // The bodies consulted named in brackets after 会办单位.
    expect(body('经商会办单位(市公安局)')).toEqual(['某市公安局']);
  });

  it('reads two bodies signing on lines of their own: the first replies, the second co-signs', () => {
    const r = letter(
      '代某等委员:\n你们提出的《关于对热区植被进行修复的建议》第40号提案,已转交县农科局、县林草局研究办理,现将办理情况答复如下:\n已治理。\n' +
        '感谢你们的关心和支持。\n屏边苗族自治县农业农村和科学技术局\n屏边苗族自治县林业和草原局\n2021年8月31日\n',
    );
    expect(r.replyingAgency).toBe('屏边苗族自治县农业农村和科学技术局');
    expect(r.coHandlers).toEqual(['屏边苗族自治县林业和草原局']);
  });
});
