// The proposal a letter answers: title, number, session and kind, in letters written for the test.
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../src/parse/letter.js';

const proposalOf = (opening: string, title = '') => parseLetter(`${title}\n张三代表：\n${opening}\n已办。\n`).proposal;
const coHandlersOf = (text: string) => parseLetter(text).coHandlers.map((c) => c.name);

describe('proposal title in the opening', () => {
  it('reads a line that opens with the proposer, with no salutation before it', () => {
    const said = parseLetter('某县交通运输局关于办理县十九届人大一次会议第115号建议的函\n正文\n张某某代表提出《关于实施某县南环路扩宽改造的建议》。\n经研究,答复如下:\n已列入计划。\n');
    expect([said.proposer, said.proposal?.title]).toEqual([{ name: '张某某', role: '代表' }, '关于实施某县南环路扩宽改造的建议']);
    const during = parseLetter('李某某委员在市政协六届二次会议期间提出的第20160581号提案《关于推动双创的提案》提议政府加大扶持。\n我局答复如下:\n已办。\n');
    expect([during.proposer?.name, during.proposal?.number, during.proposal?.session]).toEqual(['李某某', '20160581', '市政协六届二次会议']);
    // Several deputies proposing jointly (联合提出), in a co-handling opinion with no salutation.
    const joint = parseLetter('某省水利厅关于第1414号建议的会办意见\n省交通运输厅:\n邱某燕、王某枝、李某等6位代表联合提出的《关于妥善解决航电枢纽工程建设遗留问题的建议》收悉。经研究,现提出如下会办意见:\n已办。\n');
    expect([joint.proposer, joint.proposerPersons.map((p) => p.name)]).toEqual([{ name: '邱某燕', role: '代表' }, ['邱某燕', '王某枝', '李某']]);
    // Or with the proposal's number first (第27号,某某委员提出《…》).
    const numbered = parseLetter('对某县政协十届六次会议委员提案(第27号)的答复\n第27号,叶某书委员提出《关于抓好常态化疫情防控的提案》。\n疫情发生以来,我县迅速行动。\n');
    expect([numbered.proposer, numbered.proposal?.title]).toEqual([{ name: '叶某书', role: '委员' }, '关于抓好常态化疫情防控的提案']);
    // Or thanked before the acknowledgement on its line; a title whose bracketed proposal holds brackets of its own.
    const thanked = parseLetter('某市卫生健康局关于对某市政协第十六届四次会议第162031号提案的回复(关于在公共场所增设体外除颤仪(AED)的建议)\n首先感谢某某委员对我市急救工作的关心和支持。对于您们提出的“关于在公共场所增设体外除颤仪(AED)的建议”提案收悉,经研究,现答复如下:\n已办。\n');
    expect([thanked.proposer, thanked.proposal.number, thanked.proposal.session]).toEqual([{ name: '某某', role: '委员' }, '162031', '某市政协第十六届四次会议']);
    // Or, with no salutation, thanked in the paragraph after it (感谢某某等代表对…).
    const after = parseLetter('对市某届人大某次会议第20220001号建议的答复\n\n你们提出的关于促进某产业发展的建议收悉。经认真研究,现答复如下:\n\n该建议切合实际,十分感谢张某某等代表对某产业发展的关心与建议。\n已办。\n');
    expect(after.proposer).toEqual({ name: '张某某', role: '代表' });
  });
  it("reads a deputy's written opinion (书面意见, Shanghai's word for a suggestion): its number in the title, its bare title before 的书面意见收悉", () => {
    const said = parseLetter('对市十五届人大五次会议第0612号书面意见的答复\n某某代表:\n您提出的关于完善社区养老服务,减轻家庭照护负担的建议的书面意见收悉,现将办理情况答复如下:\n已办。\n').proposal;
    expect([said.number, said.kind, said.title]).toEqual(['0612', '建议', '关于完善社区养老服务,减轻家庭照护负担的建议']);
  });
  it('reads a title without the short name the reply declares inside it (…《某条例》(以下简称《条例》)…; b1788_06)', () => {
    expect(proposalOf('你们提出的“关于开展《某省养犬条例》(以下简称《条例》)执行情况检查的建议”收悉,现答复如下:')?.title).toBe('关于开展《某省养犬条例》执行情况检查的建议');
  });
  it('reads quoted, bare and half-quoted titles', () => {
    expect(proposalOf('您提出的关于“对某村灌渠进行更新”的建议收悉，现答复如下：').title).toBe('对某村灌渠进行更新');
    // Single quotes, the closing one sometimes typed as an apostrophe.
    expect(proposalOf('您提出的关于‘加大本地企业扶持力度的建议\'的提案收悉，现答复如下：').title).toBe('加大本地企业扶持力度的建议');
    // Single quotes inside the double ones stay in the title.
    expect(proposalOf('您提出的关于“支持某某实验区打造‘中国创客城’”的建议收悉，现答复如下：').title).toBe('支持某某实验区打造‘中国创客城’');
    expect(proposalOf('您所提的“关于改善某卫生院环境的建议”已收悉，现答复如下：').title).toBe('关于改善某卫生院环境的建议');
    expect(proposalOf('您提出关于要求修建某渔港的建议已收悉，经研究，现答复如下：').title).toBe('关于要求修建某渔港的建议');
    expect(proposalOf('您在某镇五届人大五次会议上所提出的关于  要求修建某桥  的建议，经研究，现答复如下：').title).toBe('关于要求修建某桥的建议');
    expect(proposalOf('您提出的关于整治某河打造建议收悉，现答复如下：').title).toBe('关于整治某河打造建议');
    expect(proposalOf('您提出的关于某湖湿地绿化环境,发展文旅产业,打造特色项目的建议已收悉,现答复如下:').title).toBe('关于某湖湿地绿化环境,发展文旅产业,打造特色项目的建议');
    expect(proposalOf('您提出的关于留守儿童”的提案收悉，现答复如下：').title).toBe('关于留守儿童');
    // Its number written inside the brackets, unclosed, is no part of it.
    expect(proposalOf('您在县政协十届五次会议上提出的《关于建设高标准农田,确保粮食安全(第25号提案》收悉,现答复如下:').title).toBe('关于建设高标准农田,确保粮食安全');
    expect(proposalOf('您们提出的关于关于优化某小学办学环境的建议”(第24号)，现答复如下：').title).toBe('关于优化某小学办学环境的建议');
    // 提议的 ('moved') for 提出的 (b1139_05).
    expect(proposalOf('各位委员提议的关于加快实施某滩抗旱应急补水工程的提案收悉,现答复如下:').title).toBe('关于加快实施某滩抗旱应急补水工程的提案');
  });

  it('reads a title holding a quote of its own, a 《 never closed, one after 提出的…落实, and one in the sentence after 您的建议收悉', () => {
    expect(proposalOf('您提出的“关于举办县级“某某文化节”的建议”的提案已经收悉,现答复如下:').title).toBe('关于举办县级“某某文化节”的建议');
    expect(proposalOf('您提出《关于加快城市污水管网更新换代的建议(第24号建议)收悉,现答复如下:').title).toBe('关于加快城市污水管网更新换代的建议');
    expect(proposalOf('现将市政协十三届二次会议第20180388号提案提出的关于打造某街农业旅游休闲小镇的建议落实情况函告如下:').title).toBe('关于打造某街农业旅游休闲小镇的建议');
    expect(proposalOf('您好:您的建议收悉,现将办理情况答复如下:\n  您提出的关于加强学校门前车辆停放秩序管理的建议,我局专门进行了研究。').title).toBe('关于加强学校门前车辆停放秩序管理的建议');
  });

  it('reads a title given as its 案由, after 关于要求, or whose 》 was never opened; a document with its trial mark is no proposal', () => {
    const cause = proposalOf('2023年3月26日,我局收到《某市政协十四届三次会议委员提案第009号》,案由为“关于规范陶瓷电商平台利润分配的建议”。根据七部门联合发布的《网络直播营销管理办法(试行)》,现将落实情况汇报如下:');
    expect([cause.title, cause.number, cause.session]).toEqual(['关于规范陶瓷电商平台利润分配的建议', '009', '某市政协十四届三次会议']);
    expect(proposalOf('你们提出的关于要求“建设县城南部人才公寓,加快副城人口集聚”的第15号建议收悉,现答复如下:').title).toBe('建设县城南部人才公寓,加快副城人口集聚');
    expect(proposalOf('您提出的浅析当前职业教育面临的困难与对策》(第026号)收悉。现答复如下:').title).toBe('浅析当前职业教育面临的困难与对策');
    // However the proposal was handed over (收到交办我局的关于…的建议》收悉).
    expect(proposalOf('收到交办我局的关于某村水渠破损修复的建议》收悉,现答复如下:').title).toBe('关于某村水渠破损修复的建议');
    // The title's session where it writes the opening's out with its place, not where it adds only 第.
    const placed = parseLetter('某县某局关于对中国人民政治协商会议某县第十届委员会第一次会议第157号提案的答复\n李某委员:\n您在中国人民政治协商会议第十届委员会第一次会议上提出《关于修路的提案》(第157号),已转交我局办理,现答复如下:\n已办。\n');
    expect(placed.proposal.session).toBe('中国人民政治协商会议某县第十届委员会第一次会议');
    const ordinal = parseLetter('关于办理自治州政协第十四届一次会议第189号提案的答复函\n李某委员:\n您在自治州政协十四届一次会议上提出的《关于修路的提案》收悉,现答复如下:\n已办。\n');
    expect(ordinal.proposal.session).toBe('自治州政协十四届一次会议');
    // An opening's session that lost its term (六二次) is the title's written in full.
    const term = parseLetter('关于区政协六届二次会议第7号提案的答复\n李某委员:\n您在区政协六二次会议上提出的《关于修路的提案》收悉,现答复如下:\n已办。\n');
    expect(term.proposal.session).toBe('区政协六届二次会议');
    // …or whose term word strayed from its number (十二人大届; b1117_03).
    const strayed = parseLetter('某省文化厅对省十二届人大五次会议第822号建议答复的函\n王某代表:\n你在省十二人大届五次会议上提出的《关于扶持文化产业发展的建议》(第822号)收悉。现答复如下:\n已办。\n');
    expect(strayed.proposal.session).toBe('省十二届人大五次会议');
    // A form's term and sitting filled in between brackets.
    expect(parseLetter('李某代表:\n您在某市某区第(十九)届人民代表大会第(三)次会议的第DH18号建议《关于修路的建议》已收悉,我委经认真研究,现答复如下:\n已办。\n').proposal.session).toBe('某市某区第(十九)届人民代表大会第(三)次会议');
    // A year written before the session dates it, no part of its name.
    expect(proposalOf('您在2018年县政协九届一次会议上提出的《关于秸秆禁烧的提案》收悉,现答复如下:').session).toBe('县政协九届一次会议');
    // A number written in brackets after 第: 第(J027)号.
    expect(proposalOf('您提出的《关于课后服务的建议》(第(J027)号)收悉,现答复如下:').number).toBe('J027');
    // A co-handling note naming the proposer after 关于.
    expect(parseLetter('市民政局:\n关于袁某委员提出的《关于建设数字化养老服务体系的建议》,现提出会办意见如下:\n已办。\n').proposer?.name).toBe('袁某');
    // The proposers named where a slip lost 提 (等六位代表出的).
    const slip = parseLetter('符某等代表:\n您和李某萍、陈某凯等三位代表出的《关于打通系统壁垒的建议》收悉,现答复如下:\n已办。\n');
    expect(slip.proposerPersons.map((x) => x.name)).toEqual(['符某', '李某萍', '陈某凯']);
  });

  it('reads the proposal quoted in the title, and near the top of a letter with no opening sentence', () => {
    expect(proposalOf('您的提案收悉,现将办理情况答复如下:', '区政协八届二次会议第77号提案的答复函《关于在某度假区做强旅游配套设施的建议》').title).toBe('关于在某度假区做强旅游配套设施的建议');
    const noOpening = (body: string) => parseLetter(`对市政协十三届三次会议第8206号提案的协办意见\n${body}\n已办。\n`).proposal?.title;
    expect(noOpening('经研究,现对九三学社提出的关于《关于加强基层食品安全监管的提案》提出如下协办意见:')).toBe('关于加强基层食品安全监管的提案');
    expect(noOpening('区政协第十六届第一次会议提出的《关于打造某特色游园的建议》(第201号提案)已转由我局协办。')).toBe('关于打造某特色游园的建议');
    // A document a body issued, cited there, is not the proposal.
    expect(noOpening('根据《关于印发某市城市体检工作方案的通知》,我局已协办。')).toBeNull();
  });

  it('reads a portal record without labels: the session alone under the title, the number alone under it', () => {
    const p = parseLetter(`关于“对某村道路进行整修”建议的答复\n某区第十九届人民代表大会第二次会议\n24\n建议人: 张三\n张三代表:\n“关于对某村道路进行整修”的建议收悉,现答复如下:\n已办。\n`).proposal;
    expect(p).toMatchObject({ session: '某区第十九届人民代表大会第二次会议', number: '24' });
    // Or written as 第N号 (b1639_01).
    const numbered = parseLetter(`关于对支持农民返乡创业的建议的答复\n某区十八届人大五次会议\n第3号\n建议人:\n张三代表:\n您提出的《关于支持农民返乡创业的建议》已收悉,现答复如下:\n已办。\n`).proposal;
    expect(numbered).toMatchObject({ session: '某区十八届人大五次会议', number: '3' });
  });
  it('reads a record’s number field that names the session before the number (建议号 / 某区十一届人大三次会议第23号)', () => {
    const p = parseLetter(`关于整治校园周边流动摊点的建议\n建议号\n某市某区十一届人大三次会议第23号\n建议人\n张三 李四\n答复内容\n张三、李四代表:\n您们在区第十一届人民代表大会第三次会议上提出的关于整治校园周边流动摊点的建议已收悉。现答复如下:\n已办。\n`).proposal;
    expect(p).toMatchObject({ session: '某市某区十一届人大三次会议', number: '23' });
  });

  it('takes the title’s session where the opening names one without its term or sitting', () => {
    const p = parseLetter(`对市政协第十四届第四次会议\n第2025D048号集体提案的答复\n民建某市委员会:\n贵会在市政协会议上提出的《关于做好城市体检工作的建议》(第2025D048号)收悉,现答复如下:\n已办。\n`).proposal;
    expect(p).toMatchObject({ session: '市政协第十四届第四次会议', number: '2025D048' });
  });

  it('reads a co-handling note to the lead body: the quoted title after 提案提出的, the session after 现将, no issued notice as the title', () => {
    const p = parseLetter(
      '县某某服务中心:\n现将县政协四届三次会议第81号提案提出的“关于升级某某灭菌设备的提案”的提案办理情况函告如下,请综合后一并答复提案者。\n' +
        '2023年4月,市政府《关于印发某市促进某某产业发展若干措施的通知》(某政发〔2023〕5号)。\n2024年5月27日\n',
    ).proposal;
    expect(p).toMatchObject({ title: '关于升级某某灭菌设备的提案', session: '县政协四届三次会议', number: '81', kind: '提案' });
  });
  it('reads a co-handling opinion that offers itself after the proposal (现对某某代表提出的关于…的建议提出如下协办意见)', () => {
    const p = parseLetter('对市十五届人大二次会议第1234号建议的协办意见\n市住建局:\n经研究,现对张某某代表提出的关于加强某河水体环境治理的建议提出如下协办意见,供你单位答复代表时参考:\n一、已办。\n');
    expect([p.proposer, p.proposal.title]).toEqual([{ name: '张某某', role: '代表' }, '关于加强某河水体环境治理的建议']);
  });
  it('reads a co-handling opinion sent on to the lead body (现将某某委员《…》(提案、建议第111号)的协办意见送上)', () => {
    const p = parseLetter('区城管局:\n现将魏某委员《关于加强某区夜间施工噪声管理的建议》(提案、建议第58号)的协办意见送上,供你们答复时参考:\n一、已办。\n');
    expect([p.proposer, p.proposal.title, p.proposal.number]).toEqual([{ name: '魏某', role: '委员' }, '关于加强某区夜间施工噪声管理的建议', '58']);
  });
  it('reads the proposer after the body that co-handles the proposal (由我局协办的某某等委员…提出的) and after a name whose brackets the page emptied (某某()委员)', () => {
    const co = parseLetter('关于县政协十一届二次会议第125号提案的协办意见\n县水利局:\n由我局协办的周某某等委员在县政协十一届二次会议提出的第125号提案《关于加大对库区居民补偿力度的建议》收悉后,局领导高度重视,现将协办意见函告如下:\n一、已办。\n');
    expect(co.proposer).toEqual({ name: '周某某', role: '委员' });
    const emptied = parseLetter('关于政协市八届一次会议第20220049号提案协办意见的函\n市发展和改革局:\n现就吴某某()委员提出的《关于加快农村新能源产业发展的提案》(第20220049号)提出如下协办意见:\n一、已办。\n');
    expect(emptied.proposer).toEqual({ name: '吴某某', role: '委员' });
  });
  it('reads the proposer after the delegation written before the name (某县代表团某某等代表提出的)', () => {
    const p = parseLetter('关于市五届人大四次会议第123号建议答复的函\n市农业农村局:\n某县代表团刘某某等代表提出的“关于发展乡镇特色产业的建议”已收悉,我局为协办单位。结合我局职能,回复意见如下:\n一、已办。\n');
    expect(p.proposer).toEqual({ name: '刘某某', role: '代表' });
  });

  it('reads a co-handling opinion naming the proposer before the session (某某代表在…会议提出《…》), not a title’s words before the number', () => {
    const p = parseLetter(
      '某省文化和旅游厅关于报送自治区人大代表第545号建议会办意见的函\n时间:2020-05-28 来源:\n某省住房和城乡建设厅:\n' +
        '张某某代表在自治区十三届人大三次会议提出《关于支持加快某县新县城建设的建议》,由你厅主办,我厅会办。现结合我厅职能,提出会办意见如下。\n一、已支持。\n',
    );
    expect(p.proposal).toMatchObject({ title: '关于支持加快某县新县城建设的建议', session: '自治区十三届人大三次会议', number: '545' });
    expect(p.proposer).toEqual({ name: '张某某', role: '代表' });
    expect(p.header.publisher).toBeUndefined();
    // 期间所提的, and a heading cut after its session.
    const cut = parseLetter('B\n某民政法〔2019〕14号\n对云南省十三届人大二次会议\n余某某等代表:\n您提出的《关于增加经营性公墓的建议》(0641),已交我们研究办理,现答复如下。\n已办。\n');
    expect(cut.proposal?.session).toBe('云南省十三届人大二次会议');
    const co = parseLetter('区交通工程建设中心:\n丁某某代表在区十届人大四次会议期间所提的《关于优化某片区道路网的建议》收悉。经调查研究,现将会办意见函告如下:\n已办。\n');
    expect(co.proposer).toEqual({ name: '丁某某', role: '代表' });
  });

  it('takes the session from the opening’s own words, including 在…会议上建议的', () => {
    expect(proposalOf('你在某县政协第十五届五次会议上建议的《关于发展农村教育的提案》，现答复如下：', '关于对县政协第十五届五次会议第64号提案的答复')).toMatchObject({
      session: '某县政协第十五届五次会议',
      number: '64',
      kind: '提案',
    });
    // In brackets after the title, with no title line above.
    expect(parseLetter('市农业农村局:\n刘某代表提出的《关于粮食生产的建议》(市人大六届二次会议第182号建议)收悉,我局作为协办单位答复如下:\n已办。\n').proposal).toMatchObject({
      session: '市人大六届二次会议',
      number: '182',
    });
  });
});

describe('proposal kind', () => {
  it('follows the proposal’s own wording (…的提案) before the salutation’s role', () => {
    expect(proposalOf('您提出的《关于修缮某桥的提案》收悉，现答复如下：').kind).toBe('提案');
    // A title ending in 建议 says least: members' proposals are often so titled, so the role decides.
    expect(parseLetter('张三委员：\n您提出的《关于修缮某桥的建议》收悉，现答复如下：\n').proposal.kind).toBe('提案');
    // Nor does the letter's title that repeats it (…的建议的答复), when the opening calls it a 提案 (…的建议提案收悉).
    expect(parseLetter('关于修缮某桥的建议的答复\n张三委员：\n您提出的关于修缮某桥的建议提案收悉，现答复如下：\n').proposal.kind).toBe('提案');
  });
});

describe('proposal reference in the title', () => {
  const fromTitle = (title: string) => proposalOf('您的建议收悉，现答复如下：', title);
  it('reads the kind before the number, 政协提案, 意见, dashed numbers and a session before 《》', () => {
    expect(fromTitle('关于对某市十五届人大四次会议代表建议第0043号的答复')).toMatchObject({ session: '某市十五届人大四次会议', number: '0043', kind: '建议' });
    // The proposal's title bare, its session and number noted in brackets after it (b1643_02).
    expect(fromTitle('某市公安局关于对增设智能监控点的提案(某市政协十一届一次会议第80号)的答复')).toMatchObject({ session: '某市政协十一届一次会议', number: '80', kind: '提案' });
    expect(fromTitle('某局关于县政协十一届三次会议第4036号政协提案办理情况的答复函')).toMatchObject({ session: '县政协十一届三次会议', number: '4036', kind: '提案' });
    expect(fromTitle('某局对市十届三次会议人大第16号意见的答复')).toMatchObject({ session: '市十届三次会议', number: '16' });
    expect(fromTitle('对区十七届人大一次会议第04-1号建议的办理答复').number).toBe('04-1');
    // A class letter and a dash before the number, a topic class before 第.
    expect(fromTitle('关于县十七届人大五次会议公路交通类第B-9号建议的答复')).toMatchObject({ session: '县十七届人大五次会议', number: 'B-9' });
    expect(fromTitle('关于市政协六届三次会议第B012号重点提案办理情况的函')).toMatchObject({ session: '市政协六届三次会议', number: 'B012', kind: '提案' });
    // A party's or a sector's proposal (党派团体提案, 界别提案), its number holding the year and a letter.
    expect(fromTitle('对省政协十三届二次会议第2024D12号党派团体提案的答复')).toMatchObject({ session: '省政协十三届二次会议', number: '2024D12', kind: '提案' });
    expect(fromTitle('关于市政协九届四次会议第156号界别提案的答复')).toMatchObject({ session: '市政协九届四次会议', number: '156', kind: '提案' });
    // The kind before the number with no session, only the conference: no session read.
    expect(fromTitle('某县文化和旅游局对县政协提案第56号的答复')).toMatchObject({ session: null, number: '56', kind: '提案' });
    expect(fromTitle('县政协九届一次会议《关于绿化乡村道路的若干建议》(43号)答复')).toMatchObject({ session: '县政协九届一次会议', number: '43', kind: '提案' });
    expect(fromTitle('省十三届人大二次会议《关于关注农村留守儿童心理健康的建议》(1206)号答复')).toMatchObject({ session: '省十三届人大二次会议', number: '1206', kind: '建议' });
    // The opening's word for it after the title, over the title's ending (《…的建议》的提案收悉).
    expect(parseLetter('区政协提案委员会:\n您提出的《关于改造车行道的建议》的提案收悉。现答复如下:\n已办。\n').proposal.kind).toBe('提案');
    // A place's character before the number in brackets (武35号).
    expect(parseLetter('徐某代表:\n您在市人大八届一次会议上提出的《关于加强科技创新工作的建议》(武35号)已收悉。答复如下:\n已办。\n').proposal).toMatchObject({ number: '武35', session: '市人大八届一次会议' });
    // A dashed number in brackets after the title (第2-20230276号); the kind word alone in 《》 names no proposal (以下简称《建议》).
    expect(parseLetter('某代表:\n您提出的《关于完善地铁站出站口的建议》(第2-20230276号)收悉。现答复如下:\n已办。\n').proposal.number).toBe('2-20230276');
    expect(parseLetter('某委员:\n你提出的“关于盘活农村荒废耕地的提案”(14-2-128号提案)收悉,现答复如下:\n已办。\n').proposal.number).toBe('14-2-128');
    // The number bracketed after 第 in the title (第(J027)号); the number before the bare title (提出的D102号关于…的提案).
    expect(fromTitle('关于对区一届人大三次会议第(J027)号建议的答复')).toMatchObject({ session: '区一届人大三次会议', number: 'J027' });
    expect(parseLetter('某某委员:\n您在市政协五届三次会议上提出的D102号关于建设某某文化园的提案已收悉,现答复如下:\n已办。\n').proposal).toMatchObject({ number: 'D102', title: '关于建设某某文化园的提案' });
    // A proposal titled as a suggestion, commas in its title (…的建议的提案收悉): the title without the kind after it, the kind 提案.
    expect(parseLetter('您提出的关于在步行街修建立体停车场,缓解停车压力的建议的提案收悉,现答复如下:\n已办。\n').proposal).toMatchObject({ title: '关于在步行街修建立体停车场,缓解停车压力的建议', kind: '提案' });
    // Others joined by 等 in brackets after the first name (某某(等)代表提出的《…》).
    expect(parseLetter('某县水利局关于办理县十八届人大五次会议第142号建议的函\n正文\n李小川(等)代表提出的《关于新建某某水库的建议》。\n回复 经研究,已列入规划。\n').proposer).toEqual({ name: '李小川', role: '代表' });
    // Or bare in brackets after the quoted title (“…的建议”(47)收悉).
    expect(parseLetter('某代表:\n您好,您提出的“关于改造某镇镇区河堤的建议”(47)收悉,现答复如下:\n已办。\n').proposal.number).toBe('47');
    const short = parseLetter('某代表:\n您提出的“关于某小区交叉路口增设公交站点的建议”(以下简称《建议》)已交我局办理。收到您的《建议》后,我局进行了调研,现答复如下:\n已办。\n');
    expect(short.proposal.title).toBe('关于某小区交叉路口增设公交站点的建议');
    expect(fromTitle('关于答复区十八届人大一次会议第5号建议的函').session).toBe('区十八届人大一次会议');
    expect(fromTitle('某区人民政府办公室关于反馈市人大八届五次会议第97号建议办理情况的函').session).toBe('市人大八届五次会议');
    // With no number, the session is read in the title's words, 关于答复 before it.
    expect(fromTitle('关于答复市政协九届三次会议委员意见的函').session).toBe('市政协九届三次会议');
  });
});

describe('a reply announced without 如下', () => {
  it('reads the title after 第N号建议: and a number the page split with a space, ending the opening at 提出相关回复意见', () => {
    const p = parseLetter('省农业厅对省十三届人大一次会议第2018421号建议的回复意见\n许某代表:\n您在省十三届人大一次会议提出的第2018 421号建议:把畜禽粪肥资源化利用纳入“两区”建设内容的建议,非常好。我局经认真研究后提出相关回复意见。\n国务院出台《关于建立粮食生产功能区和重要农产品生产保护区的指导意见》后,我省及时启动“两区”工作。\n');
    expect([p.title?.title, p.proposal.number, p.proposal.title]).toEqual(['省农业厅对省十三届人大一次会议第2018421号建议的回复意见', '2018421', '把畜禽粪肥资源化利用纳入“两区”建设内容的建议']);
    // Without the title, the opening's own number, its space dropped.
    expect(parseLetter('许某代表:\n您在省十三届人大一次会议提出的第2018 421号建议:把畜禽粪肥资源化利用的建议,非常好。我局提出相关回复意见。\n').proposal.number).toBe('2018421');
  });
});

describe('salutation guards', () => {
  it('reads no salutation in a field label, and no body as a person', () => {
    const p = parseLetter('领衔代表: 代 表 团: 某代表团;\n某县政协民族和宗教委、黄小强委员：\n你们提出的《关于修缮旧址的提案》收悉，现答复如下：\n');
    expect(p.proposer).toEqual({ name: '黄小强', role: '委员' });
    expect(p.proposerPersons.map((x) => x.name)).toEqual(['黄小强']);
    // A record's 领衔代表 field with a long list: the first is the proposer, 领衔 nobody.
    const record = parseLetter('题  目: 关于加快某港开发建设的建议\n领衔代表: 宁某雯;张某惠;王某雄;颜某安;张某平; 代 表 团: 某代表团;\n您提出的《关于加快某港开发建设的建议》收悉，现答复如下：\n');
    expect(record.proposer?.name).toBe('宁某雯');
  });
  it('reads a group of members greeted as a body (马岩镇委员小组:, 某乡政协联络组:) as its role, no one’s name, and the proposal a 提案', () => {
    const group = parseLetter('马岩镇委员小组:\n\n你们在县政协第十届委员会第一次会议上提出《关于加快村组道路硬化》,交我局研究办理,现答复如下:\n');
    expect([group.proposer, group.proposerPersons, group.proposal.kind]).toEqual([{ name: null, role: '委员小组' }, [], '提案']);
    expect(parseLetter('尊敬的某街道政协工作联络组:\n你们提出的《关于修缮老街的建议》收悉,现答复如下:\n').proposer).toEqual({ name: null, role: '政协工作联络组' });
  });
  it('reads a greeting right after a record’s label for the reply (问题答复:某某代表:)', () => {
    const p = parseLetter('标 题:关于增加优质学位的建议\n问题内容:目前学位不足。\n问题答复:陈某华代表:您提出的关于“关于增加优质学位的建议”收悉,现答复如下:一、新校已批复。\n');
    expect(p.proposer).toEqual({ name: '陈某华', role: '代表' });
    // A name masked in its middle (王*纯委员:) greets a member the page does not name; so does the role alone on its line before 您.
    expect(parseLetter('王*纯委员:\n您提出的关于关于老旧小区改造工作的提案收悉,现答复如下:\n').proposer).toEqual({ name: null, role: '委员' });
    // A count the page spaced out (蒋某法 等 1 名代表).
    expect(parseLetter('朗读\n蒋某法 等 1 名代表: |\n你们提出的关于“关于尽快出台违法建房处置办法的建议”建议收悉。现答复如下: |\n').proposer).toEqual({ name: '蒋某法', role: '代表' });
    expect(parseLetter('作者: 来自: 时间:2022-06-20\n\n  委员\n\n您提出的关于强化农村水环境整治的提案收悉,现答复如下:\n').proposer).toEqual({ name: null, role: '委员' });
    // A form's label for the proposers (提建议代表, then 单位姓名 and the delegation) names nobody.
    expect(parseLetter('关于设立湿地维护经费的议案\n\n提建议代表\n\n单位姓名\n\n某某代表团\n\n各位代表,对您们提出的议案,我局高度重视。现将有关情况答复如下:\n').proposer).toEqual({ name: null, role: '代表团' });
    // The body that received it named before 已收悉 (…的建议我局已收悉) ends the title too.
    expect(parseLetter('第五代表团各位代表:\n贵代表团各位代表提出的关于对某镇生态移民区经果林提质增效的建议我局已收悉办理,现答复如下:\n').proposal.title).toBe('关于对某镇生态移民区经果林提质增效的建议');
  });
  it('takes a record’s 题目 over the opening’s 《…》, but the opening’s where the record lost its commas to spaces', () => {
    const spaced = parseLetter('题  目: 关于加快某港开发 推进航运发展的建议\n某某代表:\n您提出的《关于加快某港开发,推进航运发展的建议》收悉,现答复如下:\n');
    expect(spaced.proposal.title).toBe('关于加快某港开发,推进航运发展的建议');
    const fuller = parseLetter('题  目: 关于加快某港开发建设的建议\n某某代表:\n您提出的《加快某港开发建设》收悉,现答复如下:\n');
    expect(fuller.proposal.title).toBe('关于加快某港开发建设的建议');
  });
  it('reads no salutation in a record of the proposal above the letter (题目 field, title and proposers), but the greeting below it', () => {
    const page = [
      '题  目: 《关于举办民族文化节的建议》 张某等10名代表',
      '主办单位 会办 交办日期',
      '    2004-05-18',
      '关于举办民族文化节的建议 张某等10名代表',
      '    某文函〔2004〕39号',
      '    对某省第三届人大第二次会议代表建议',
      '    第2143号的答复(C)',
      '    张某等代表:',
      '    你们提出的“关于举办民族文化节”的建议收悉,现答复如下:',
      '    已办。',
    ].join('\n');
    const p = parseLetter(page);
    expect([p.title?.title, p.docNumber, p.resultClass]).toEqual(['对某省第三届人大第二次会议代表建议第2143号的答复', '某文函〔2004〕39号', 'C']);
    // The date under 交办日期 (the day it was handed over) dates no page.
    expect(p.header.publishedDate).toBeUndefined();
  });
  it('reads a bare title before its bare number and 收悉, and one after 会议上 with no 提出', () => {
    expect(proposalOf('您好,首先衷心感谢您一直以来的关心。提出的关于改善我市盲道设施的建议0321收悉。经研究,现答复如下:').title).toBe('关于改善我市盲道设施的建议');
    expect(proposalOf('您在某县政协第九届委员会第三次会议上关于加强民俗文化保护的提案,我局已经收悉,现答复如下:').title).toBe('关于加强民俗文化保护的提案');
  });
  it('reads a title in 《》 after 您在…会议上提出的 that ends in no kind word, with no 收悉 after it', () => {
    const p = parseLetter('某县市场监督管理局关于对某县政协十一届四次会议第58号提案答复的函\n民盟某县总支部:\n您在县政协十一届四次会议上提出的《关于我县发展林下经济的几点思考》已转至某县林业局办理。非常感谢您的关心和支持,现将有关情况答复如下:\n已办。\n');
    expect(p.proposal.title).toBe('关于我县发展林下经济的几点思考');
  });
  it('reads the kind after the proposal’s number in brackets, and the session after 您提出的', () => {
    const p = parseLetter('民建某省委员会:\n贵委提出的关于“民俗文化保护性开发的建议”的提案(第0077号)收悉。现答复如下:\n已办。\n');
    expect(p.proposal.kind).toBe('提案');
    const s = parseLetter('刘某委员:\n您提出的区政协五届四次会议第20190027号提案《关于建设妇女创业基地的提案》收悉,现答复如下:\n已办。\n');
    expect(s.proposal.session).toBe('区政协五届四次会议');
  });
  it('reads a session after 对 in a title without the 对', () => {
    expect(parseLetter('对市九届人大二次会议《关于增设儿童游乐设施的建议》(第68号)的答复\n张三代表:\n已办。\n').proposal.session).toBe('市九届人大二次会议');
  });
});

describe('co-handlers in the opening', () => {
  it('splits bodies written together and drops classes of bodies', () => {
    expect(coHandlersOf('张三代表：\n您提出的《关于改厕的建议》收悉。经与区住房城乡建设局区城市管理和综合执法局、各镇街等会办单位共同研究，现答复如下：\n')).toEqual(['区住房城乡建设局', '区城市管理和综合执法局']);
    // 共同 says others joined, with no 与 before them.
    expect(coHandlersOf('李四代表:\n您提出的《关于建设某镇卫生院的建议》(第359号)收悉。经横山镇共同研究办理,现答复如下:\n已办。\n')).toEqual(['横山镇']);
    expect(coHandlersOf('张三代表：\n您提出的《关于改厕的建议》收悉。经与县委县政府共同研究，现答复如下：\n')).toEqual(['县委', '县政府']);
    // An adverb before 研究 (深入): the list ends at 等相关部门.
    expect(coHandlersOf('张三代表：\n您提出的《关于改厕的建议》收悉，我委会同省发改委、省委外办等相关部门进行了深入研究，现答复如下：\n')).toEqual(['省发改委', '省委外办']);
    // A class of bodies joined by 及 to the bodies named after it (省直有关部门及某市…): they are the co-handlers (b1688_03).
    expect(coHandlersOf('张三代表：\n您提出的《关于办展的建议》收悉。我厅会同省直有关部门及成都市政府进行了认真研究，现答复如下：\n')).toEqual(['成都市政府']);
    // Or a bare 与 after the opening's clause, its list closed by 等…部门 (与A、B等有关部门进行了认真对接和研究).
    expect(coHandlersOf('张三代表：\n您提出的《关于林业服务的议案》收悉,我局高度重视议案内容,与县林业局、规划办等有关部门进行了认真对接和研究,现答复如下：\n')).toEqual(['县林业局', '规划办']);
    // Or a survey before it (认真的调查研究).
    expect(coHandlersOf('张三代表：\n您提出的《关于改厕的建议》收悉，我办会同市发改局、市交通运输局等部门进行了认真的调查研究，现答复如下：\n')).toEqual(['市发改局', '市交通运输局']);
    // Or at 等 and the people they sent, however the clause goes on (会同A、B村等工作人员对…进行了现场调查, 积极研究).
    expect(coHandlersOf('张三代表：\n您提出的《关于修建水塔的建议》收悉,我局于4月19日会同某区农业农村局、石门镇等工作人员对石门镇大坪村供水工程进行了现场调查了解,积极研究解决方案。现答复如下：\n')).toEqual(['某区农业农村局', '石门镇']);
    // The list ends at its 等…部门 even when the sentence runs on to 办理 after a comma.
    expect(coHandlersOf('张三代表：\n您提出的《关于改厕的建议》收悉，我局会同市财政局、市自然资源局等部门,对照建议内容逐条办理落实，现答复如下：\n')).toEqual(['市财政局', '市自然资源局']);
    // The replying body itself before 与, no 经 (我局与A、B等部门进行了专题研究); 等会办单位 closes a list as 等部门 does.
    expect(coHandlersOf('张三委员：\n您提出的《关于场景创新的建议》已收悉，我局与市发展改革委、市科技局等部门进行了专题研究。现将办理情况答复如下：\n')).toEqual(['市发展改革委', '市科技局']);
    // Or by its name, studying together with them (某委与A、B等共同研究, b1732_06); two bodies acting together name no co-handler.
    expect(coHandlersOf('张三代表：\n您提出的《关于精防体系的建议》(第0397号)收悉,市卫生健康委与市委编办、市财政局等共同研究,现将办理情况答复如下。\n')).toEqual(['市委编办', '市财政局']);
    // A class of bodies whose levels a bracket lists (各县(市、区)人民政府) names none, and its 、 breaks no item (b1764_06).
    expect(coHandlersOf('张三代表：\n您提出的《关于内涝治理的建议》收悉,经综合各县(市、区)人民政府和市自然资源局、水务局等单位意见,现答复如下:\n')).toEqual(['市自然资源局', '水务局']);
    // The proposal named before the bodies that co-handle it (本提案由A、B会办; b1782_04).
    expect(coHandlersOf('张三委员：\n您提出的第95号提案《关于建设博物馆的建议》收悉,本提案由市发改委、市规资局会办,经研究,现答复如下:\n')).toEqual(['市发改委', '市规资局']);
    // Consulted jointly (经会商A、B,; b1784_05).
    expect(coHandlersOf('九三学社中央:\n你们提出的“关于加强乡村教师培养的提案”收悉,经会商中央编办、财政部,现答复如下:\n')).toEqual(['中央编办', '财政部']);
    expect(coHandlersOf('张三代表：\n您提出的《关于改厕的建议》收悉,县委与县政府高度重视,多次研究,现答复如下。\n')).toEqual([]);
    expect(coHandlersOf('张三委员：\n《关于产学研融合的提案》(第20251159号)收悉。我局作为主办单位，会同市工信局、发改委等会办单位认真研究，现将办理情况答复如下：\n')).toEqual(['市工信局', '发改委']);
    // The opinions a co-handler sent (经综合…会办意见) end the list before 会办.
    expect(coHandlersOf('张三代表：\n您提出的《关于加快项目建设的建议》收悉。我单位积极组织桥南街道办事处认真研究办理,经综合桥南街道办事处会办意见,现将办理有关情况答复如下:\n')).toEqual(['桥南街道办事处']);
    // A list running on into its sentence past the body (会同A落实该项工作,认真梳理研究): the body, then no more.
    expect(coHandlersOf('张三代表：\n您提出的《关于改善午休条件的建议》收悉。我局安排信息中心牵头,会同基教处落实该项工作,认真梳理研究并开展调研,现答复如下：\n')).toEqual(['基教处']);
    // A firm's list running on (会同协办单位县交通集团重新办理): cut at the firm, which is no government body.
    expect(coHandlersOf('张三代表：\n你们提出的《关于渡轮免费的建议》,经我中心会同协办单位县交通集团重新办理,现答复如下：\n')).toEqual([]);
    // A firm joined to a class by 以及 (组织A、B、市某集团以及各区政府等单位认真研究): the two split, neither a body (b1651_02).
    expect(coHandlersOf('张三代表：\n您提出的《关于代收水电费的建议》收悉。我市高度重视,积极组织市发展改革委、市住房和城乡建设局、市水投集团以及各区政府等单位认真研究办理,现答复如下：\n')).toEqual(['市发展改革委', '市住房和城乡建设局']);
    // Or into its object (会同A对…建议进行了认真研究).
    expect(coHandlersOf('张三代表：\n您提出的《关于统计合作的建议》收悉。我局会同某省统计局对各位代表的建议进行了认真研究,现答复如下：\n')).toEqual(['某省统计局']);
    // "会同有关单位针对您提出的意见…": unnamed bodies, and a pronoun no body's name holds.
    expect(coHandlersOf('张三代表：\n您提出的《关于改厕的建议》收悉。省科技厅会同有关单位针对您提出的意见建议进行了认真研究，现答复如下：\n')).toEqual([]);
  });

  it('reads the bodies whose replies the lead body gathered (收集了A、B等部门回复)', () => {
    const p = parseLetter('某市卫生健康委员会关于第31号建议的答复\n李某代表:\n您提出的《关于增设母婴室的建议》(第31号建议)收悉,市卫生健康委作为牵头单位,收集了市发展改革委、交通运输局、总工会、妇联等部门回复,现答复如下:\n已办。\n');
    expect(p.opening?.coHandlers.map((c) => c.name)).toEqual(['市发展改革委', '交通运输局', '总工会', '妇联']);
  });
  it('reads co-handlers and the number in the sentence after the opening when it names the proposal, the list ending before the staff brought in (not at a 组织部)', () => {
    const p = parseLetter(
      '张三代表:\n您提出的关于改善用工的建议收悉,现答复如下:\n省人社厅收到第1434号建议后高度重视,立即会同省发改委、省工信厅和省财政厅组织有关处室进行专题研究。\n已办。\n',
    );
    expect(p.coHandlers.map((c) => c.name)).toEqual(['省发改委', '省工信厅', '省财政厅']);
    expect(p.proposal?.number).toBe('1434');
    // A body's work told in that sentence, the proposal unnamed, is no co-handling.
    expect(coHandlersOf('张三代表:\n您提出的关于改善用工的建议收悉,现答复如下:\n近年来,我厅会同省财政局开展专题研究。\n已办。\n')).toEqual([]);
    // 会同 written twice by a slip is one 会同.
    expect(coHandlersOf('张三委员:\n您提出的《关于数字农业的提案》收悉,经会同会同省乡村振兴局研究,答复如下:\n已办。\n')).toEqual(['省乡村振兴局']);
    // A party committee's 组织部 is a body of the list, no staff brought in; its 成员单位 close it (b1085_02).
    expect(coHandlersOf('周某代表:\n您提出的《关于为基层减负的建议》收悉。市委目标绩效办高度重视,会同市委办公室、市委组织部、市委网信办等成员单位认真研究,现将有关情况函复如下:\n已办。\n')).toEqual(['市委办公室', '市委组织部', '市委网信办']);
  });

  it('reads the bodies the proposal went to with the replying one (已交我局和交警队研究办理, 已交我街道及文旅局研究办理)', () => {
    const withUs = (opening: string) => parseLetter(`张三委员:\n${opening}\n已办。\n`).coHandlers.map((c) => c.name);
    expect(withUs('你提出的《关于幼儿园另选园址的提案》,已交我局和交警队研究办理,现将我局办理意见答复如下:')).toEqual(['交警队']);
    expect(withUs('您提出的第140号委员提案“关于打造文旅休闲品牌的建议”已收悉,已交我街道及文旅局研究办理,现答复如下:')).toEqual(['文旅局']);
    // A firm that helped is no co-handling body.
    expect(withUs('您提出的《关于停车场的建议》收悉。经与区规划自然资源局、某鹏集团公司共同研究办理,现答复如下:')).toEqual(['区规划自然资源局']);
  });

  it('ends a co-handler where the clause turns to its object (会同某部|对你们所提的建议; b1663_01), though …所 ends bodies', () => {
    expect(coHandlersOf('张三代表:\n你们提出的《关于土地整治的建议》收悉。我部会同农业农村部对你们所提的建议进行了认真研究,现答复如下:\n已办。\n')).toEqual(['农业农村部']);
  });
  it('reads the opinions gathered in a sentence of their own (。综合A、B等单位有关意见, 现综合A、B等相关会办单位意见; b1632_02, b1703_05)', () => {
    const gathered = (opening: string) => parseLetter(`张三代表:\n${opening}\n已办。\n`).coHandlers.map((c) => c.name);
    expect(gathered('您提出的《关于粮食安全的提案》收悉。综合国家发展改革委、财政部等单位有关意见,现答复如下:')).toEqual(['国家发展改革委', '财政部']);
    expect(gathered('您提出的《关于养老机构的建议》收悉,现综合省发改委、省公安厅等相关会办单位意见答复如下:')).toEqual(['省发改委', '省公安厅']);
  });
  it('reads the bodies named to co-handle after the lead one (由县教育局主办,县卫生健康局协办; b1630_03, b1539_02)', () => {
    expect(coHandlersOf('张三代表:\n您提出的《关于学校食堂的建议》收悉,此建议由县教育局主办,县卫生健康局、县市场监管局协办。现答复如下:\n已办。\n')).toEqual(['县卫生健康局', '县市场监管局']);
    // The replying body co-handling another's proposal is no co-handler of its own reply (b1562_05).
    expect(parseLetter('张三委员:\n您提出的《关于停车秩序的提案》收悉,现答复如下:\n该提案由市城管局主办,我大队会办。收到提案后,我大队走访了解。\n').coHandlers).toEqual([]);
  });
  it('takes no co-handler from 会办意见, the noun', () => {
    expect(coHandlersOf('张三委员:\n您提出的《关于改厕的提案》收悉,经研究,现将会办意见答复如下:\n已办。\n')).toEqual([]);
  });
});

