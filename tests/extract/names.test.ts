// Funds not called 基金, platforms and public service centres, and the papers of the exchange
// itself, on a letter written for these tests in the genre's shape (a county bureau's reply).
import { describe, expect, it } from 'vitest';
import { placedAgencyName } from '../../src/extract/agencies.js';
import { jurisdictionOf } from '../../src/extract/jurisdiction.js';
import { extracted } from '../support/extracted.js';
import { findListedPlatforms, findNationalOrganizations, findQuotedPlatforms, findSuffixNames, fundInTitle } from '../../src/extract/names.js';
import { findPolicies, isReplyPaper } from '../../src/extract/policies.js';
import { wordsOf } from '../../src/extract/words.js';

const letter = [
  '青川县农业农村局关于县十届人大二次会议第12号建议的答复',
  '张明代表:',
  '您提出的《关于加快发展茶叶产业的建议》收悉,现答复如下:',
  '一、近几年安排茶叶产业发展专项资金800万元,2023年争取到省级茶叶发展资金300万元。',
  '二、县农业项目管理服务中心负责项目申报,请填写《建议办理情况征求意见表》。',
  '三、依托青川县茶叶产业园,下设青川茶叶科技服务平台,重视园区建设。',
  '感谢您对农业农村工作的关心和支持。',
  '青川县农业农村局',
  '2024年6月12日',
].join('\n');
const r = extracted(letter, 'snippet.txt');
const named = (type: string) => r.entities.filter((e) => e.type === type).map((e) => e.name).sort();
const suffixNames = (text: string) => findSuffixNames(text, 0, text.length).map((h) => h.name);
const policyNames = (text: string) => findPolicies(text, 0, text.length, []).map((h) => h.name);

describe('words a suffix runs into', () => {
  it('园区 followed by 域 is an area (区域), not a zone', () => {
    const text = '综合治理工程中,烈士陵园区域正好位于示范段,青川产业园区已建成。';
    expect(suffixNames(text)).toEqual(['青川产业园区']);
  });
  it('what is related to something (相关, 有关) describes a class, names none (b1353)', () => {
    expect(suffixNames('重点关注某市生物医药产业相关科研平台发展,统筹相关厅管专项资金,建设青川县竹编科研平台。')).toEqual(['青川县竹编科研平台']);
  });
  it('a verb of belonging or place (属于, 位于) opens no name: what follows it may (b1274)', () => {
    expect(suffixNames('原党校房屋属于高新区国有资产,该项目位于青川县竹编产业园内。')).toEqual(['青川县竹编产业园']);
  });
  it('学会 after 群众 is learning, no society: 群众 is no proper part (b1293)', () => {
    expect(suffixNames('引导群众学会垃圾分类,支持青川县竹编学会开展培训。')).toEqual(['青川县竹编学会']);
  });
});

describe('left stops that open a place', () => {
  it('reads no platform in a class of park with no proper part (电子商务产业园区, 磷化工产业园区; b1008_03, b1012_05), but a placed one', () => {
    expect(suffixNames('建设电子商务产业园区')).toEqual([]);
    expect(suffixNames('打造磷化工产业园区')).toEqual([]);
    expect(suffixNames('建设福泉磷化工产业园区')).toEqual(['福泉磷化工产业园区']);
  });
  it('starts a placed park after the verb that holds it back (制约, which the dictionary reads as a noun; b1395)', () => {
    expect(suffixNames('因用地指标不足制约广元(青川)新材料产业园区发展。')).toEqual(['广元(青川)新材料产业园区']);
  });
  it('starts a placed base after a verb the dictionary reads as a noun before a place it knows (稳妥设计|广元石化产业基地; b1438)', () => {
    expect(suffixNames('建议稳妥设计广元石化产业基地封闭管理方案。')).toEqual(['广元石化产业基地']);
  });
  it('keeps an ultra-long-term bond fund whole (超长期, which the dictionary splits into a verb and an adverb; b1422)', () => {
    expect(suffixNames('包含水污染防治资金、超长期国债基金。')).toEqual(['水污染防治资金', '超长期国债基金']);
  });
  it('keeps opening up toward a region one word, no direction a group is named for (向南开放, which the dictionary splits into a preposition and a place; b1554)', () => {
    expect(suffixNames('省里成立了向南开放工作领导小组,统筹口岸建设。')).toEqual([]);
  });
  it('reads no centre after several levels in brackets (县(市、区)公共法律服务中心: a class; b1557_05), but one of a level', () => {
    expect(suffixNames('依托县(市、区)公共法律服务中心设立调解室。')).toEqual([]);
    expect(suffixNames('依托市公共法律服务中心设立调解室。')).toEqual(['市公共法律服务中心']);
  });
  it('reads an association only with a proper part (县茶叶协会, 重庆孵化器协会), not a class of them (茶叶协会, 律师协会; b996_01, b1004_04)', () => {
    expect(suffixNames('引导成立茶叶协会和农产品行业协会')).toEqual([]);
    expect(suffixNames('组织律师协会开展普法')).toEqual([]);
    expect(suffixNames('联合县茶叶协会、重庆孵化器协会')).toEqual(['县茶叶协会', '重庆孵化器协会']);
  });
  it('reads an expert committee with a proper part as an organisation (市规划专家委员会; b1689_01, b1617_05), not a class of them (技术专家委员会)', () => {
    expect(suffixNames('方案经市规划专家委员会审查,并邀请行业专家委员会、技术专家委员会论证。')).toEqual(['市规划专家委员会']);
    expect(findSuffixNames('成立了省园林绿化专家委员会。', 0, 14).map((h) => h.type)).toEqual(['Organization']);
  });
  it('reads an app named by its place or brand (淄博出行APP; b1030_01), not an app in general, and a quoted one as the quote finder does', () => {
    expect(suffixNames('乘客可通过淄博出行APP查询公交到站时间')).toEqual(['淄博出行APP']);
    expect(suffixNames('下载手机APP即可查询')).toEqual([]);
    expect(suffixNames('市民可使用“i重庆”App查询')).toEqual([]);
    const text = '市民可使用“i重庆”App查询。';
    expect(findQuotedPlatforms(text, 0, text.length).map((h) => h.name)).toEqual(['i重庆']);
  });
  it('reads a firm’s trade name whole where the tagger reads one of its characters after the place as an adverb (绍兴越园染整; b1091_02), not a clause’s adverb before a verb', () => {
    expect(suffixNames('绍兴县华越印花有限公司、绍兴越园染整有限公司')).toEqual(['绍兴县华越印花有限公司', '绍兴越园染整有限公司']);
    expect(suffixNames('榆林市将建设物流园区。')).toEqual([]);
  });
  it('reads no platform across a firm’s whole name and what the firm does (某科技有限公司意向投资|某产业园; b1005_05)', () => {
    expect(suffixNames('目前,中能德宥(北京)科技有限公司意向投资李家溪食用菌产业园')).toEqual(['中能德宥(北京)科技有限公司']);
  });
  it('reads no body across an official and what the official did (组长某某主持召开|领导小组会议; b1022_05)', () => {
    expect(suffixNames('区棚户区改造与征收工作领导小组组长孙立瑜主持召开领导小组会议')).toEqual([]);
    expect(suffixNames('区棚户区改造与征收工作领导小组组长周文瑜主持召开领导小组会议')).toEqual([]);
  });
  it('reads no name in a road named after one (敷设大学南路以东, 产业园东路; b1018_03)', () => {
    expect(suffixNames('2023年度工程建设计划敷设大学南路以东区域管网')).toEqual([]);
    expect(suffixNames('沿科技产业园东路铺设管道')).toEqual([]);
  });
  it('reads a literary name whose halves 之 binds (汴水之畔超算中心; b1003_03), not half of it', () => {
    expect(suffixNames('打造汴水之畔超算中心')).toEqual(['汴水之畔超算中心']);
    expect(suffixNames('建设长江之滨科创中心')).toEqual(['长江之滨科创中心']);
    // 之一 (one of) is the tagger's pronoun, no name's part.
    expect(suffixNames('列为其中之一产业园')).toEqual([]);
  });
  it('如 (such as) ends a name on its left, but not where it opens a place (如东县, 如皋市)', () => {
    const text = '如东县科技创业园和如皋市高新技术创业服务中心已建成,部分园区如红星科技创业园已投用。';
    expect(suffixNames(text)).toEqual(['如东县科技创业园', '如皋市高新技术创业服务中心', '红星科技创业园']);
  });
});

describe('funds not called 基金', () => {
  it('reads money handed down (下拨) as the verb’s object: the verb opens no fund’s name (b1293)', () => {
    expect(suffixNames('区级已累计下拨后卫镇“两污”治理项目补助资金250万元。')).toEqual(['后卫镇两污治理项目补助资金']);
  });
  it('reads named special and development funds with their amounts, not the verb before them', () => {
    expect(named('Fund')).toEqual(['省级茶叶发展资金', '茶叶产业发展专项资金']);
    const special = r.entities.find((e) => e.name === '茶叶产业发展专项资金')!;
    expect(special.mentions[0]!.amounts.map((a) => a.text)).toEqual(['800万元']);
  });
  it('reads a fund earmarked from another as one fund named by both (中央彩票公益金支持体育事业专项资金; b1087_03)', () => {
    const found = (t: string) => findSuffixNames(t, 0, t.length).map((h) => [h.type, h.name]);
    expect(found('我旗正在全力争取中央彩票公益金支持体育事业专项资金。')).toEqual([['Fund', '中央彩票公益金支持体育事业专项资金']]);
    // Two funds in a list are two.
    expect(found('争取中央彩票公益金和体育事业专项资金。').map(([, n]) => n)).toEqual(['中央彩票公益金', '体育事业专项资金']);
  });
  it('reads the levy for disabled people’s jobs (残疾人就业保障金) as a fund, and 和 before 县级 as a joiner, not 和县 (b1163_02, b1163_03)', () => {
    const found = (t: string) => findSuffixNames(t, 0, t.length).map((h) => [h.type, h.name]);
    expect(found('残疾人就业保障金的收缴按规定执行。')).toEqual([['Fund', '残疾人就业保障金']]);
    expect(found('统筹项目资金和县级残疾人就业保障金进行扶持。')).toEqual([['Fund', '县级残疾人就业保障金']]);
  });
  it('does not read a bare class of money as a fund, but a level’s fund for a purpose', () => {
    expect(findSuffixNames('今年安排专项资金和补助资金。', 0, 14).map((h) => h.name)).toEqual([]);
    const text = '加大建设专项资金投入。';
    expect(suffixNames(text)).toEqual([]);
    const fixed = '对该广场给予了5万元的定额专项资金补助。';
    expect(findSuffixNames(fixed, 0, fixed.length).map((h) => h.name)).toEqual([]);
    // A kind of fund (…类基金) is a class; a pool of money for a purpose (…风险补偿资金池) is a fund, a bare 资金池 none.
    const pool = '建立信用贷款风险补偿资金池,设立创业投资类基金,扩大资金池。';
    expect(suffixNames(pool)).toEqual(['信用贷款风险补偿资金池']);
    // A level's money is named by what it is for, not by money words alone.
    const levels = '下达省级财政专项资金和市级补助资金;设立区级现代农业发展奖补专项资金。';
    expect(findSuffixNames(levels, 0, levels.length).map((h) => h.name)).toEqual(['区级现代农业发展奖补专项资金']);
    // Several levels together grade it too (国省 = the state and the province; 中央和省级).
    const several = '争取不了国省补助资金,只有中央和省级补助资金。';
    expect(findSuffixNames(several, 0, several.length).map((h) => h.name)).toEqual([]);
    // Transfer payments too: named by their purpose, not by a pointing word (上述) before them.
    const transfers = '利用省级财政乡村振兴转移支付资金购置设备;中央财政转移支付资金和上述省级转移支付资金已下达。';
    expect(findSuffixNames(transfers, 0, transfers.length).map((h) => h.name)).toEqual(['省级财政乡村振兴转移支付资金']);
  });
  it('starts a name that opens a list’s item at the item, whatever the tagger makes of its first character', () => {
    const text = '浦东3家,分别为某某国际创新港、外高桥新经济产业园直播基地、保周跨境电商直播基地。';
    expect(suffixNames(text)).toContain('保周跨境电商直播基地');
    // A clan's name (任氏: a surname and 氏) opens the item, though the tagger reads 任 as the pronoun of 任何 (b1450_04).
    expect(suffixNames('认定了唐钧研学旅行基地、任氏文化研学基地、王氏宗祠研学基地。')).toEqual(['唐钧研学旅行基地', '任氏文化研学基地', '王氏宗祠研学基地']);
    // A lone 万 the tagger reads as a numeral, with no number before it, opens a name before a place (b1614_01).
    expect(suffixNames('两处基地分别为万香农业产业园、城东物流园。')).toEqual(['万香农业产业园', '城东物流园']);
    expect(suffixNames('投入3万杭州数字港')).toEqual([]);
  });
  it('starts a name after a bracketed number it cannot reach over, and reads a place’s clause before a class as none', () => {
    const cited = '(某府厅发[2007]48号)制定了江西省农村公路养护工程省级补助资金申请的要求。';
    expect(suffixNames(cited)).toEqual(['江西省农村公路养护工程省级补助资金']);
    const clause = '在南彭街道靠近园区管辖区域并符合规划。';
    expect(suffixNames(clause)).toEqual([]);
    // What the money is for, after a place, is its name (三峡后续扶持资金).
    const named = '已安排三峡后续扶持资金用于某镇。';
    expect(suffixNames(named)).toEqual(['三峡后续扶持资金']);
  });
  it('reads a name with a quoted part whole, and a count written with a space before its measure word as none', () => {
    const quoted = '其中:贫困村“三个一”产业发展资金7234.5万元。';
    expect(suffixNames(quoted)).toEqual(['贫困村三个一产业发展资金']);
    const counted = '其中 32 支母基金完成登记。';
    expect(suffixNames(counted)).toEqual([]);
    // An autonomous region's money is graded as a province's: 自治区补助资金 is a class.
    const region = '我厅安排自治区补助资金200万元。';
    expect(suffixNames(region)).toEqual([]);
  });
  it('reads a verb before a class of money or place as no name (筹集补助资金, 建全民健身中心)', () => {
    const found = (t: string) => findSuffixNames(t, 0, t.length).map((h) => h.name);
    expect(found('县上通过多方筹集补助资金,交通局负责。')).toEqual([]);
    // Nor money after a verb of giving or spending it, however the tagger reads the words before (总计投入, 予以), but
    // money whose purpose a verb says (旅游扶贫专项资金).
    expect(found('总计投入财政补助资金1000万元,对完成修缮后予以奖补资金。')).toEqual([]);
    expect(found('全市326家主体已全部完工通过验收,按方案兑付补助资金。')).toEqual([]);
    expect(found('安排旅游扶贫专项资金。')).toEqual(['旅游扶贫专项资金']);
    // Money of several levels together is no one place's: the name drops the level (省、市|农村公路建设补助资金), not a grade's.
    expect(found('积极争取省、市农村公路建设补助资金,争取省、市级财政补助资金。')).toEqual(['农村公路建设补助资金']);
    // A named fund after such a verb is its object, the verb no part of its name (下达|农田建设补助资金, 在测算分配|…时).
    expect(found('今年下达农田建设补助资金5亿元,在测算分配农田建设补助资金时予以倾斜。')).toEqual(['农田建设补助资金', '农田建设补助资金']);
    // A localiser of a span of time (期内, 以来) closes the phrase before it: 协议期内|合肥高新区管委会.
    expect(found('协议期内合肥高新区管委会每年给予补助。')).toEqual(['合肥高新区管委会']);
    // A working group is named by its task, its verb too after the verb's object (现代农业推进|领导小组), but a
    // verb after a body is the clause's (县政府成立|领导小组).
    expect(found('我省成立了以常务副省长某某为组长的湖北省现代农业推进领导小组。县政府成立领导小组,统筹推进。')).toEqual(['湖北省现代农业推进领导小组']);
    // 康养 is one common word the dictionary lacks (else 康/nr, a surname, would give the class a proper part).
    expect(found('打造康养产业发展大平台。')).toEqual([]);
    // So is 家校 (home and school), else 家/q, a measure word, would end the name (校|食品安全沟通平台).
    expect(found('搭建家校食品安全沟通平台。')).toEqual([]);
    // And 地灾 (geological disasters), else 地/u, a particle, would cut the fund's name (地|灾防治专项资金).
    expect(found('积极争取地灾防治专项资金。')).toEqual(['地灾防治专项资金']);
    // And 镇街 (towns and sub-districts, a class of places), else 各镇/r would leave a centre named from 街 (b1625_05).
    expect(found('路灯主要安装在各镇街便民服务中心。')).toEqual([]);
    // And 养犬 (dog keeping), else 养/v, a verb, would leave a system named from 犬 (b1766_06).
    expect(found('负责建立和维护养犬管理服务信息系统。')).toEqual([]);
    // Money bridging a programme (衔接资金) and interest subsidies (贴息资金) are named pots by what they are for; bare, after a spending verb, money alone.
    expect(found('利用乡村振兴衔接资金9000余万元,争取企业生产经营性贷款贴息资金共166万元,下达衔接资金100万元,安排贴息资金50万元。')).toEqual(['乡村振兴衔接资金', '企业生产经营性贷款贴息资金']);
    // So are rewards (奖励资金), disaster relief (救灾资金) and hazard control (防治资金); bare after a verb, money alone.
    expect(found('落实草原生态保护补助奖励资金,争取中央农业救灾资金和中央特大型地质灾害防治资金,下达奖励资金20万元。')).toEqual([
      '草原生态保护补助奖励资金',
      '中央农业救灾资金',
      '中央特大型地质灾害防治资金',
    ]);
    // A foundation (基金会) is an organisation, no fund.
    expect(found('联合国儿童基金会援助项目。')).toEqual([]);
    expect(found('难以支撑专项资金安排,只能靠上级补助资金解决。')).toEqual([]);
    expect(found('就失去了建全民健身中心的意义。')).toEqual([]);
    expect(found('安排茶叶产业发展专项资金800万元。')).toEqual(['茶叶产业发展专项资金']);
    expect(found('安排省级旅游专项资金100万元。')).toEqual(['省级旅游专项资金']);
    // East–west cooperation money is named by its two regions; 协作资金 alone names none.
    expect(found('充分利用东西部协作资金推进产业园建设,用好协作资金。')).toEqual(['东西部协作资金']);
    // A verb before a level word or the centre opens the fund after it (下达|省…, 年均下达|中央…).
    expect(found('2022年下达省水利发展资金200万元。')).toEqual(['省水利发展资金']);
    expect(found('年均下达中央水利发展资金120万元。')).toEqual(['中央水利发展资金']);
    expect(found('2023年,下达省级水利发展资金320万元。')).toEqual(['省级水利发展资金']);
    // A stop ending a compound (综合|利用) is no boundary.
    expect(found('2021年我局争取秸秆综合利用专项资金700万元。')).toEqual(['秸秆综合利用专项资金']);
    // A level's grade before 和 grades the whole fund: one name.
    expect(found('我省省级中小企业和民营经济发展专项资金着重支持创新。')).toEqual(['省级中小企业和民营经济发展专项资金']);
    // A conjunction of two characters joins clauses, not parts of a name.
    expect(found('建设物流园区以及青川县茶叶产业园。')).toEqual(['青川县茶叶产业园']);
    // The colloquial levels (省上, 中省: the province, the centre and the province) are no part of a name.
    expect(found('争取省上文化旅游产业专项资金和中省体彩公益金。')).toEqual(['文化旅游产业专项资金', '体彩公益金']);
    // A count before a class of rooms, and a class named by its levels or number.
    expect(found('建设3间物理实验室、2间化学实验室。')).toEqual([]);
    expect(found('整合市级两大平台和县区平台。')).toEqual([]);
    expect(found('建成后投入使用四馆三中心。')).toEqual([]);
  });
  it('reads a special fund (专项) named by what it is for, with no level before it; money words alone name none', () => {
    const text = '新港区安排了5000万的人才发展专项基金,并积极争取财政专项资金和相关专项资金以及上级专项补助资金。';
    expect(findSuffixNames(text, 0, text.length).map((h) => [h.type, h.name])).toEqual([['Fund', '人才发展专项基金']]);
  });
  it('reads what a fund is for before 建设专项资金, and lottery welfare funds', () => {
    const text = '需设立茶叶示范基地建设专项资金,并申报体彩公益金。';
    expect(findSuffixNames(text, 0, text.length).map((h) => [h.type, h.name])).toEqual([
      ['Fund', '茶叶示范基地建设专项资金'],
      ['Fund', '体彩公益金'],
    ]);
  });
});

describe('platforms and service centres', () => {
  it('reads named platforms; a verb, adverb or pronoun before the suffix does not start one', () => {
    expect(named('Platform')).toEqual(['青川县茶叶产业园', '青川茶叶科技服务平台']);
    expect(findSuffixNames('该中心今年在我局环卫中心设点。', 0, 15).map((h) => h.name)).toEqual(['环卫中心']);
  });
  it('starts a unit’s name after the body it belongs to (局属单位, 直属单位; b1196_05)', () => {
    const found = (t: string) => findSuffixNames(t, 0, t.length).map((h) => h.name);
    expect(found('由市城管执法局局属单位市园林绿化服务中心负责管护。')).toEqual(['市园林绿化服务中心']);
  });
  it('reads a district’s 市容服务中心 as a body, and classes (游客中心, 国家级文化创意产业园) as no name', () => {
    const found = (t: string) => findSuffixNames(t, 0, t.length).map((h) => [h.type, h.name]);
    expect(found('由东昌区市容服务中心负责。')).toEqual([['Agency', '东昌区市容服务中心']]);
    // A banner's (旗) centre too, one that runs public utilities among them.
    expect(found('旗公用事业服务中心每年定期排查。')).toEqual([['Agency', '旗公用事业服务中心']]);
    // A level's centre for its firms (中小企业服务中心) or its public works (市政建设中心) is the government's too.
    expect(found('由青川县市政建设中心负责施工。')).toEqual([['Agency', '青川县市政建设中心']]);
    // Such a centre opens with no verb, as a body never does (报经, 'submitted through', is one).
    expect(found('并报经国资管理中心同意。')).toEqual([['Agency', '国资管理中心']]);
    expect(found('办公室设青川县中小企业服务中心。')).toEqual([['Agency', '青川县中小企业服务中心']]);
    // A care centre of a named place stays one, though it ends like a service body's 综合服务中心.
    expect(found('即将建设的新店镇居家社区养老综合服务中心计划设立食堂。')).toEqual([['Organization', '新店镇居家社区养老综合服务中心']]);
    // Found as a centre, a body is named as the body tables name it: 市政府 written out as 人民政府.
    const signed = extracted('郭某委员:\n您提出的《关于优化营商环境的建议》收悉,现答复如下:\n一、我中心高度重视,印发了《湘潭市政府政务服务中心建议提案办理工作方案》。\n市政府政务服务中心\n2024年6月1日\n', 'centre.txt');
    expect(signed.entities.filter((e) => e.type === 'Agency').map((e) => e.name)).toEqual(['湘潭市人民政府政务服务中心']);
    // A government's agent for its building projects (代建) is a body too.
    expect(found('目前,市代建中心已完成招标。')).toEqual([['Agency', '市代建中心']]);
    expect(found('由县水旱灾害防御中心负责。')).toEqual([['Agency', '县水旱灾害防御中心']]);
    // A level's legal aid centre is its justice bureau's public institution; the class alone names none.
    expect(found('市法律援助中心在工会建立了法律援助工作站,增加法律援助中心补贴。')).toEqual([['Agency', '市法律援助中心']]);
    // A city's public resources trading centre is the government's body, no trading platform.
    expect(found('南京市公共资源交易中心负责数据交易。')).toEqual([['Agency', '南京市公共资源交易中心']]);
    // A level's talent service centre is its human-resources bureau's public institution.
    expect(found('县技能人才服务中心负责实训。')).toEqual([['Agency', '县技能人才服务中心']]);
    // So is a county's extension station (推广站).
    expect(found('县茶业技术推广站变更为茶产业发展中心。')).toEqual([['Agency', '县茶业技术推广站'], ['Agency', '茶产业发展中心']]);
    // A level's 融媒体中心 is its government's public institution, not a platform.
    expect(found('学院与区融媒体中心签署协议。')).toEqual([['Agency', '区融媒体中心']]);
    expect(found('会同福建省福州港口发展中心和区市政配套中心。')).toEqual([['Agency', '福建省福州港口发展中心'], ['Agency', '区市政配套中心']]);
    expect(found('建设游客中心,打造国家级文化创意产业园。')).toEqual([]);
    expect(found('建设会展中心和仓储物流园。').map(([, n]) => n)).toEqual([]);
    // A designation's scope grades a class as a level does; the system of a centre so named is one thing.
    expect(found('我省已有国家级国际科技合作基地22家,建设国际科技产业创新中心。')).toEqual([]);
    expect(found('开发国际技术转移中心服务平台,推动转化。')).toEqual([['Platform', '国际技术转移中心服务平台']]);
  });
  it('reads a working group by its task as a body, not the verbs before it nor a bare 工作领导小组', () => {
    const found = (t: string) => findSuffixNames(t, 0, t.length).map((h) => [h.type, h.name]);
    expect(found('在区文化改革发展工作领导小组领导下。')).toEqual([['Agency', '区文化改革发展工作领导小组']]);
    expect(found('建议提交县人才住房销售管理工作协调小组研究。')).toEqual([['Agency', '县人才住房销售管理工作协调小组']]);
    expect(found('成立工作领导小组。')).toEqual([]);
    // The task's verb before 工作 is the group's (平安建设|工作领导小组), a quoted part too.
    expect(found('成立青川县“智慧青川”建设工作领导小组。')).toEqual([['Agency', '青川县智慧青川建设工作领导小组']]);
    // So is a headquarters (市生活垃圾分类推进|工作指挥部), but not after its subject (县政府成立|推进工作指挥部).
    expect(found('成立市生活垃圾分类推进工作指挥部,由分管副市长担任总指挥。县政府推进工作指挥部建设。')).toEqual([['Agency', '市生活垃圾分类推进工作指挥部']]);
    // A party committee's own group is the party's, 中共 written before it as before its departments.
    const yueyang = extracted('李某代表:\n您提出的《关于引进人才的建议》收悉,现答复如下:\n已报市委人才工作领导小组研究。\n岳阳市人力资源和社会保障局\n2016年6月1日\n', 'group.txt');
    expect(yueyang.entities.map((e) => e.name)).toContain('中共岳阳市委人才工作领导小组');
    // Nor a verb of two characters opening it (召开|领导小组), nor one before an organisation (督促|城投集团).
    expect(found('市政府高度重视,召开领导小组会议研究。')).toEqual([]);
    expect(found('督促城投集团加快建设,喜鹤集团参与。')).toEqual([
      ['Organization', '城投集团'],
      ['Organization', '喜鹤集团'],
    ]);
    // A group written as a company (集团公司) keeps its last word.
    expect(found('经咨询区规划自然资源局、金鹰集团公司,工程已复工。')).toEqual([['Organization', '金鹰集团公司']]);
  });
  it('takes a word the segmenter knows only as a bound morpheme (湾, 阁) for a proper name part', () => {
    const found = (t: string) => findSuffixNames(t, 0, t.length).map((h) => h.name);
    expect(found('打造杏树湾农业特色旅游园区。')).toEqual(['杏树湾农业特色旅游园区']);
    // 至 (to) ends a route before a place, as 到 does.
    expect(found('经小寨、旬北村东至东岳氟硅工业园西外环拓宽。')).toEqual(['东岳氟硅工业园']);
    expect(found('建设良种繁育基地。')).toEqual([]);
  });
  it('reads no platform in a quoted sentence (a proposal’s title, the letter’s own too) that ends like one', () => {
    expect(findQuotedPlatforms('提出的“在某县东部建设仓储物流园”建议。', 0, 20).map((h) => h.name)).toEqual([]);
    expect(findQuotedPlatforms('依托“渝才荟”平台。', 0, 10).map((h) => h.name)).toEqual(['渝才荟']);
    // Nor a quote saying what a class is not (“非镇非区”产业发展平台).
    expect(findQuotedPlatforms('小镇是有别于建制镇的“非镇非区”产业发展平台。', 0, 28).map((h) => h.name)).toEqual([]);
    // A plan's quoted task opens with a verbal noun as well as a verb (建设/vn).
    expect(findQuotedPlatforms('纲要提出“建设现代农业产业园区”等任务。', 0, 22).map((h) => h.name)).toEqual([]);
    // 规范 before what it regulates is the verb (the dictionary reads a noun).
    expect(findQuotedPlatforms('规划提出“规范发展文化产业园区”等内容。', 0, 22).map((h) => h.name)).toEqual([]);
    // Nor one that says what something is (…是一个…共同体: a motto, though a class word follows it, 等系统…; b1428).
    expect(findQuotedPlatforms('以“绿水青山是一个发展共同体”等系统治理思想为统领。', 0, 28).map((h) => h.name)).toEqual([]);
    // Nor one opening with a disposal marker (将…纳入…), which the tagger reads as an adverb.
    expect(findQuotedPlatforms('对你们提出的“将某某工业园区纳入省级重点工业园区”的意见。', 0, 30).map((h) => h.name)).toEqual([]);
    // Nor the letter's proposal quoted in its title and opening, however it ends (…与天网联网; b1090_02).
    const letter = extracted('第23号:关于“学校监控全覆盖以及重点区域与天网联网”的答复\n宋某委员:\n您提出的关于“学校监控全覆盖以及重点区域与天网联网”的提案收悉,现答复如下:\n已办。\n', 'q.txt');
    expect(letter.entities.filter((e) => e.type === 'Platform')).toEqual([]);
  });
  it('gives a park the 区 written after it (物流园区), and leaves it to the body that manages it', () => {
    const found = (t: string) => findSuffixNames(t, 0, t.length).map((h) => h.name);
    expect(found('推进福建福港综合物流园区建设。')).toEqual(['福建福港综合物流园区']);
    // The body that manages it is an Agency (see 'a zone’s managing committee' below), no platform.
    expect(findSuffixNames('由福港综合物流园区管委会负责。', 0, 15).map((h) => h.type)).toEqual(['Agency']);
  });
  it('reads a public service centre of the county as an agency', () => {
    expect(named('Agency')).toContain('青川县农业项目管理服务中心');
  });
  it('reads a public service centre written short (疾控中心, 社保中心, 妇计中心, 城运中心, 文保中心, 非遗中心) as an agency, not a platform', () => {
    const found = (t: string) => findSuffixNames(t, 0, t.length).map((h) => [h.type, h.name]);
    expect(found('旌德县疾控中心开展监测,银川市社保中心负责审核,麟游县妇计中心建成,荆门市城运中心上线。')).toEqual([
      ['Agency', '旌德县疾控中心'],
      ['Agency', '银川市社保中心'],
      ['Agency', '麟游县妇计中心'],
      ['Agency', '荆门市城运中心'],
    ]);
    // The cultural relics' and intangible heritage's protection centres (文保中心, 非遗中心).
    expect(found('由区文保中心、县非遗中心负责。')).toEqual([
      ['Agency', '区文保中心'],
      ['Agency', '县非遗中心'],
    ]);
  });
});

describe('a fund named in the title of the policy that governs it', () => {
  it('is the title up to 管理/使用, when that names a fund', () => {
    expect(fundInTitle('青川县茶叶产业发展专项资金管理办法')).toEqual({ offset: 0, name: '青川县茶叶产业发展专项资金' });
    expect(fundInTitle('关于印发青川县文化产业引导基金使用管理办法的通知')).toEqual({ offset: 4, name: '青川县文化产业引导基金' });
    // A class of money, or a title about something else, names none.
    expect(fundInTitle('专项资金管理办法')).toBeNull();
    expect(fundInTitle('青川县农村饮水工程管理办法')).toBeNull();
  });
});

describe('papers of the exchange are not policies', () => {
  it('drops the proposal’s own title and the reply forms', () => {
    expect(named('Policy')).toEqual([]);
    expect(isReplyPaper('关于加快发展茶叶产业的建议')).toBe(true);
    expect(isReplyPaper('建议办理情况征求意见表')).toBe(true);
    expect(isReplyPaper('提案')).toBe(true); // 以下简称《提案》
    // The proposal cited by session and number.
    expect(isReplyPaper('钦州市政协六届四次会议第2024067号提案')).toBe(true);
    expect(isReplyPaper('景市政协十四届三次会议委员提案第009号')).toBe(true);
    expect(isReplyPaper('中共中央关于制定国民经济和社会发展第十四个五年规划的建议')).toBe(false);
  });
  it('reads a number written inside the title’s brackets as its number, not its name', () => {
    const text = '根据《国务院办公厅关于加强文化遗产保护工作的意见(国办发〔2005〕18号)》和《某市某岛开发建设管理办法(市政府第12号令)》。';
    expect(findPolicies(text, 0, text.length, []).map((h) => [h.name, h.docNumber, text.slice(h.start, h.end)])).toEqual([
      ['国务院办公厅关于加强文化遗产保护工作的意见', '国办发〔2005〕18号', '国务院办公厅关于加强文化遗产保护工作的意见'],
      ['某市某岛开发建设管理办法', '市政府第12号令', '某市某岛开发建设管理办法'],
    ]);
  });
  it('closes a plan’s period the page left open (《…行动方案(2024—2026年》; b996_03), its written form kept', () => {
    const text = '省人民政府办公厅印发《某省专利转化运用专项行动方案(2024—2026年》(以下简称《方案》),又见《某市规划(2021—2025年)》。';
    expect(findPolicies(text, 0, text.length, []).map((h) => [h.name, h.text])).toEqual([
      ['某省专利转化运用专项行动方案(2024—2026年)', '某省专利转化运用专项行动方案(2024—2026年'],
      ['方案', '方案'],
      ['某市规划(2021—2025年)', '某市规划(2021—2025年)'],
    ]);
  });
  it('reads a title whose line the page broke once (《…专项规划\n  (2017—2030年)》), but no 《 left open over a paragraph', () => {
    const text = '编制完成《某市通信基础设施专项规划\n\n  (2017—2030年)》并通过审定。又见《某县方案\n其后一段很长的正文说明了很多事情,没有书名号的结尾,直到很远的地方才出现另一个标题的结尾》。';
    expect(findPolicies(text, 0, text.length, []).map((h) => h.name)).toEqual(['某市通信基础设施专项规划(2017—2030年)']);
  });
  it('reads a news outlet in 《》 as the press, no policy', () => {
    const text = '《人民日报》《人民网》先后报道,详见《连云港市城市更新工作方案》。';
    expect(policyNames(text)).toEqual(['连云港市城市更新工作方案']);
  });
  it('reads works of art or books made (创作了《…》《…》) as no policy, but a plan so made as one', () => {
    const text = '先后以黎族苗族为素材创作了《鹿回头》《达达瑟》等一大批作品,编制了《黎族棉纺织工艺保护方案》。';
    expect(policyNames(text)).toEqual(['黎族棉纺织工艺保护方案']);
    const plan = '推出了《中国制造2025》和《乡村振兴实施方案》。';
    expect(policyNames(plan)).toEqual(['中国制造2025', '乡村振兴实施方案']);
  });
  it('reads a classic cited by its chapter (《尚书·说命》) as no policy, and the points a proposal raised in quotes as no plan', () => {
    const text = '据《尚书·说命》和《史记·殷本纪》记载,傅说曾在此筑城。';
    expect(policyNames(text)).toEqual([]);
    const points = '您在提案中提到的“完善古村落的公共基础设施”、“邀请专家团队编制旅游总体发展规划方案”等建议很有价值。';
    expect(policyNames(points)).toEqual([]);
    // A plan a body put forward in quotes stays one.
    const plan = '县政府提出的“某县林业生态建设三年行动方案”已印发。';
    expect(policyNames(plan)).toEqual(['某县林业生态建设三年行动方案']);
  });
  it('reads an event or work named by what follows its title (《…》公益音乐会) as no policy, a programme so followed as one', () => {
    const text = '《关于<湖湘非遗情·女书唱给母亲听>公益音乐会的提案》收悉。关于《湖湘非遗情·女书唱给母亲听》公益音乐会政府补贴问题,依照《湖南省非物质文化遗产保护条例》办理。';
    expect(policyNames(text)).toEqual(['关于<湖湘非遗情·女书唱给母亲听>公益音乐会的提案', '湖南省非物质文化遗产保护条例']);
    const plan = '落实《某县文艺精品扶持计划》展演补贴。';
    expect(policyNames(plan)).toEqual(['某县文艺精品扶持计划']);
  });
  it('reads a piece played (播放六个版本的《…》) and a paper named 报 (《救国报》社旧址) as no policy, an office’s report (通报) as one (b1278, b1267)', () => {
    expect(policyNames('音乐喷泉每晚播放六个版本的《山寨舞曲》,并依照《某县景观照明管理办法》管理。')).toEqual(['某县景观照明管理办法']);
    expect(policyNames('保护《前进报》社旧址,依照《某市文物保护工作通报》办理。')).toEqual(['某市文物保护工作通报']);
  });
  it('reads a title one of whose mentions names a work (《…》剧目排练) as that work at every mention (b1255)', () => {
    const text = '县文化馆组织演员进行《山歌对唱》剧目排练,并安排经费支持《山歌对唱》参加全省比赛,依照《某省非物质文化遗产保护条例》办理。';
    expect(policyNames(text)).toEqual(['某省非物质文化遗产保护条例']);
    const alone = '安排经费支持《山歌对唱》参加全省比赛。';
    expect(policyNames(alone)).toEqual(['山歌对唱']);
  });
  it('reads pieces of the press (a headline with its column bar, titles shown on a platform) as no policy, a plan so shown as one', () => {
    const text = '其中,《乡村医生的一天》《古镇“新”韵》在“学习强国”学习平台、某市融媒体等媒体展播。推出《我眼中的乡村振兴丨一颗鸡蛋的故事》。';
    expect(policyNames(text)).toEqual([]);
    const plan = '《某市乡村振兴宣传工作方案》在市政府网站刊发。';
    expect(policyNames(plan)).toEqual(['某市乡村振兴宣传工作方案']);
  });
  it('reads a rank in quotes (“一号工程”) as no programme', () => {
    const text = '突出“头等大事”和“一号工程”,实施“百千万”工程。';
    expect(policyNames(text)).toEqual(['百千万工程']);
  });
  it('reads a programme in quotes with the words after it (“金凤凰”人才支持政策), but a quoted period before a time word (“十四五”期间) as none', () => {
    const text = '但“十四五”期间受国家政策和资金影响,“十三五”以来出台政策。出台“金凤凰”人才支持政策,实施“百千万”工程。';
    expect(policyNames(text)).toEqual(['金凤凰人才支持政策', '百千万工程']);
  });
});

describe('what is one platform', () => {
  it('reads a place the dictionary does not hold, broken into its characters (马|栏|山), as a proper part', () => {
    const found = (t: string) => findSuffixNames(t, 0, t.length).map((h) => [h.type, h.name]);
    expect(found('推进岳麓山大学科技城、马栏山视频文创产业园建设。')).toContainEqual(['Platform', '马栏山视频文创产业园']);
    // A document number's prefix (云工信园区〔2021〕…) names no park.
    expect(found('依据云工信园区〔2021〕142号文件。')).toEqual([]);
    // Two characters broken apart (文|创) are no name: a class stays a class.
    expect(found('推进视频文创产业园建设。')).toEqual([]);
  });
  const found = (text: string) => findSuffixNames(text, 0, text.length).map((h) => [h.type, h.name]);
  it('needs a proper-name part before a class-of-place suffix', () => {
    expect(found('建成茶树良种繁育基地和农副产品加工园区。')).toEqual([]);
    // So does 平台: 交流合作平台, 功能型平台 say what a platform does, not which one it is.
    expect(found('搭建交流合作平台,建设功能型平台和青川茶叶科技服务平台。')).toEqual([['Platform', '青川茶叶科技服务平台']]);
    expect(found('建成青川县茶叶产业园。')).toEqual([['Platform', '青川县茶叶产业园']]);
    // A crop the tagger reads as a given name (木耳/nr) is no proper part alone; a person's full name is.
    expect(found('其产业丰富多元,涵盖木耳基地、毛竹基地。建成袁隆平水稻基地。')).toEqual([['Platform', '袁隆平水稻基地']]);
    // A grade's class of designated places (省级…基地) names none: 中小学生, 中医药 are common nouns, no proper part.
    expect(found('创建省级中小学生研学旅行基地和省级中医药健康旅游示范基地,建设国家中医药传承创新中心。')).toEqual([['Platform', '国家中医药传承创新中心']]);
    // Nor an adverb and a verb before the suffix (正在 is one, whatever the tagger's dictionary says).
    expect(found('目前青川县正在谋划茶叶交易市场项目。')).toEqual([]);
    // Nor an order's verb before a company (责令 is one, whatever the tagger's dictionary says).
    expect(found('对消防通道堵塞问题,责令华兴置业有限公司限期清理。')).toEqual([['Organization', '华兴置业有限公司']]);
    // Nor a bus route whose dashes a page typed as 一.
    expect(found('线路为:城东广场一新华路一政务中心一滨江社区一职教中心一李家湾一火车站。')).toEqual([]);
  });
  it('reads a named wholesale or gig market as a platform, a class of them as none (b1168, b1202)', () => {
    expect(found('推动青川县农副产品批发市场建设,完善农产品批发市场体系。')).toEqual([['Platform', '青川县农副产品批发市场']]);
    expect(found('已建成青川县城区零工市场,推进零工市场标准化。')).toEqual([['Platform', '青川县城区零工市场']]);
  });
  it('does not join two names over 和', () => {
    expect(found('建设社区食堂服务中心和智慧平台。').map(([, n]) => n)).not.toContain('社区食堂服务中心和智慧平台');
    // After a list's 、 the last joiner ends the list: 专项债 and a class of fund, no one name.
    const listed = '通过超长期国债、专项债及政府产业基金等渠道支持。';
    expect(findSuffixNames(listed, 0, listed.length).map((h) => h.name)).toEqual([]);
    // A body, a note in brackets after it, or a body's class (主管机构), before 和 is a whole name already (b1262).
    expect(suffixNames('加快成立青川县气象局(台)和突发事件预警发布中心。')).not.toContain('青川县气象局(台)和突发事件预警发布中心');
    // Nor does a joiner right before a task group's class name its task (码头、渡口和|指挥部; b1267).
    expect(suffixNames('进出村子的码头、渡口和指挥部驻扎的鼓楼尚存。')).toEqual([]);
    expect(suffixNames('成立青川县气象主管机构和突发事件预警信息发布中心。')).not.toContain('青川县气象主管机构和突发事件预警信息发布中心');
  });
  it('joins a name’s parts over 及 when the nation stands in its left part (组织|国家…及…创新中心)', () => {
    expect(found('组织国家印刷及柔性显示创新中心开展建设。')).toEqual([['Platform', '国家印刷及柔性显示创新中心']]);
  });
  it('reads parks for small firms, industry ports and innovation parks with a proper part; their bare classes name none', () => {
    expect(found('规划建设以制造业为主的小微企业园6个,分别是青川县豫新小微企业园、青川县集成电路产业港。')).toEqual([
      ['Platform', '青川县豫新小微企业园'],
      ['Platform', '青川县集成电路产业港'],
    ]);
    // A dash after a whole name introduces the next.
    expect(found('共建我省首个国际创新园—温江生物医药国际创新园。')).toEqual([['Platform', '温江生物医药国际创新园']]);
  });
  it('reads a park inside a zone whole, though a stop word opens the zone’s own word (经济开发|区)', () => {
    expect(found('依托峄城经济开发区云端大数据产业园开展服务。')).toEqual([['Platform', '峄城经济开发区云端大数据产业园']]);
  });
  it('needs a proper part before 中心 too: a place, a region, the nation or the level word of the letter’s own place', () => {
    expect(found('建设工业设计中心和智能计算中心,设立未成年人心理辅导中心。')).toEqual([]);
    // So does a lab: one named by its work alone is a description (b852_04's 菌种培养实验室).
    expect(found('2016年投资建设菌种培养实验室,依托西湖实验室开展研究。')).toEqual([['Platform', '西湖实验室']]);
    expect(found('以市工业设计中心为主,建设西部科技金融路演中心。')).toEqual([
      ['Platform', '市工业设计中心'],
      ['Platform', '西部科技金融路演中心'],
    ]);
  });
  it('starts no name inside an adverb and its verb the dictionary holds as one word (高度重视, 大力发展)', () => {
    expect(found('区委、区政府一直高度重视明水经济技术开发区发展。')).toEqual([['Platform', '明水经济技术开发区']]);
    expect(found('大力发展临湘高新区。')).toEqual([['Platform', '临湘高新区']]);
  });
  it('starts no name on a part of a month (9月底), nor before 有 saying what there is, nor over 和 after a body', () => {
    expect(found('截至9月底安徽理工大学科技园入驻企业46家。')).toContainEqual(['Platform', '安徽理工大学科技园']);
    expect(found('在谈项目有中联数据智算中心,规模约2400P。')).toEqual([['Platform', '中联数据智算中心']]);
    expect(found('目前我厅无海绵城市建设专项资金来源。')).toEqual([['Fund', '海绵城市建设专项资金']]);
    expect(found('青川县人民政府和高新区管委会分别与大学签订协议。').map(([, n]) => n)).not.toContain('青川县人民政府和高新区管委会');
    // Nor over 与 after a brigade, nor over the label 协办单位.
    expect(found('某市公安交警支队振安一大队与协办单位指挥协调中心负责人到现场。').map(([, n]) => n)).toEqual(['指挥协调中心']);
  });
  it('reads a count of classes opening a name (六大产业基地), or after its place (菱湖镇两大…园区), as no platform', () => {
    expect(found('建设六大产业基地和五大连池风景区。')).toEqual([]);
    expect(found('针对白鹤镇两大省级化工园区,企业众多。')).toEqual([]);
  });
  it('reads classes counted one by one in a list (试点项目2个、某某示范基地1个) as no platform (b1400)', () => {
    expect(found('建成全国数字农业试点项目2个、全国农业信息化示范基地1个、省级农业物联网应用(示范)基地34个。')).toEqual([]);
  });
  it('starts a name after a verb that governs it (负责|…实验室) and after one character before a place written in full (用好|四川省…)', () => {
    expect(found('成立青川科兴检测有限公司,负责青川电动(园林)工具检测实验室的运营。').filter(([t]) => t === 'Platform')).toEqual([['Platform', '青川电动(园林)工具检测实验室']]);
    expect(found('用好四川省大学生创新创业基地(成都)。')).toEqual([['Platform', '四川省大学生创新创业基地(成都)']]);
  });
  it('reads a logistics port (物流港) with a proper part as a platform', () => {
    expect(found('推进郑北农副产品冷链物流港二期工程。')).toEqual([['Platform', '郑北农副产品冷链物流港']]);
    expect(found('建设农副产品冷链物流港。')).toEqual([]);
  });
  it('leaves a base followed by its managing body to the body, and keeps a province written in brackets', () => {
    expect(found('青川茶叶基地管理委员会负责。')).toEqual([['Agency', '青川茶叶基地管理委员会']]);
    expect(found('依托国家茶叶质量检验中心（四川）开展检测。')).toEqual([['Platform', '国家茶叶质量检验中心(四川)']]);
  });
  it('starts after a pronoun or adverb anywhere in the phrase', () => {
    expect(found('村委会就你镇龙井茶基地提出意见。')).toEqual([['Platform', '龙井茶基地']]);
    // Even in a phrase a place opens: a preposition (被) and the verb after it are no part of the name.
    expect(found('广元市被列为国家二级物流园区。')).toEqual([]);
    expect(found('广元市被列为国家茶叶产业示范园区。')).toEqual([['Platform', '国家茶叶产业示范园区']]);
    // A pronoun takes the body it points to: 我局's centre is no 局绿化中心.
    expect(found('我局绿化中心已完成补植。')).toEqual([['Agency', '绿化中心']]);
  });
  it('reads a class of each level (各县区平台) as no name', () => {
    expect(found('整合各县区平台资源。')).toEqual([]);
    // Nor one the state's relevant (国家有关平台: 有关 points, no proper part).
    expect(found('逐步接入国家有关平台。')).toEqual([]);
    // Nor one a campaign's adjective qualifies (美丽, 'beautiful', which the dictionary reads as a place).
    expect(found('全面铺开美丽园区创建。')).toEqual([]);
    // A county's name without its level word, read as a common noun, is a proper part (金水 of 金水区),
    // unless it is a common word (全州, the whole prefecture).
    expect(found('在中原科技城、金水科教园区等科技资源聚集地。').map(([, n]) => n)).toEqual(['中原科技城', '金水科教园区']);
    expect(found('2022年全州白菜型油菜良种繁育基地1.82万亩。')).toEqual([]);
    // Nor one of where it is (境内外交易所, 境外交易所): a place word is no proper part.
    expect(found('推动企业在境内外交易所上市,引导企业利用境外交易所上市。')).toEqual([]);
  });
  it('reads no platform in a class whose common noun the dictionary takes for a name (海洋, 竹林, 胡椒, 仓储, 奶源), nor in a quoted heading', () => {
    // (b1066_01, b1067_01, b1082_02, b1100_01, b1110_06.)
    expect(found('全县新建高产竹林基地两处,扩建奶源基地一处。')).toEqual([]);
    expect(found('引导农户发展胡椒种植基地,配套建设散货仓储中心。')).toEqual([]);
    expect(found('该古桥是“某城:宋元时期的世界海洋商贸中心”的遗产点之一。')).toEqual([]);
    // A place still names one.
    expect(found('支持建设万宁胡椒种植基地。')).toEqual([['Platform', '万宁胡椒种植基地']]);
  });
  it('starts no platform at a set phrase before a place (全面完成|湖北省…; b1142_06), and reads none in a class’s member (…中心之一; b1118_06)', () => {
    expect(found('2020年,全面完成湖北省实有人口信息系统上线运行。')).toEqual([['Platform', '湖北省实有人口信息系统']]);
    expect(found('安阳市是华夏文明早期中心之一,文物繁多。')).toEqual([]);
  });
  it('reads no platform after a verb phrase the dictionary takes for a name (严格遵守, 新设, 加强指导), and starts one after 暨', () => {
    expect(found('作为官方平台,须严格遵守平台运营规范。')).toEqual([]);
    // A verb before a platform with a proper part opens no name (释放|双循环节点平台; b1063_02), nor is a city's secondary
    // centre a platform (北京行政副中心; b1070_06).
    expect(found('省商务厅积极释放双循环节点平台作用。')).toEqual([['Platform', '双循环节点平台']]);
    expect(found('蓟州区作为北京行政副中心的后花园。')).toEqual([]);
    // 新设 ('newly set up') and 加强指导 ('guide more closely') are verbs before a class (b1002_03, b1008_02).
    expect(found('全力推进新设化工园区申报有关工作。')).toEqual([]);
    expect(found('加强指导仓储中心、分拨中心建设。')).toEqual([]);
    expect(found('某市农产品批发市场(暨农产品交易集散中心)是生产与消费的桥梁。')).toEqual([]);
    // An old people's home (颐养中心) is a care centre: of no named place, nothing.
    expect(found('老人可入住月湖颐养中心。')).toEqual([]);
    // So are a rehabilitation centre and an old people's nursing centre (b860_02, b863_03); a town's rural welfare
    // centre is its public service body (b853_03).
    expect(found('拟建尘肺病康复中心,入住二道区济康老年养护中心。')).toEqual([['Organization', '二道区济康老年养护中心']]);
    expect(found('改建了莫莫格乡农村社会福利服务中心。')).toEqual([['Agency', '莫莫格乡农村社会福利服务中心']]);
    // A mental health centre is a hospital (b1306): a care centre, of no named place nothing, of a place an Organization.
    expect(found('拟将区精神卫生中心扩建,青川县精神卫生中心新增床位。')).toEqual([['Organization', '青川县精神卫生中心']]);
    // A town's building and emergency service centres are its units too.
    expect(found('邀请专家和东岭镇城建中心进行现场调研,西坡街道应急服务中心负责值守。')).toEqual([
      ['Agency', '东岭镇城建中心'],
      ['Agency', '西坡街道应急服务中心'],
    ]);
    // A bureau's own centre, named after the bureau, is a unit of it: no platform.
    expect(found('管委会将联合区城管局高新区服务中心谋划争取资金。')).toEqual([['Agency', '区城管局高新区服务中心']]);
  });
  it('reads no fund in a body’s work on money (市医保局基金监管) nor in a class of social insurance funds (医保基金)', () => {
    expect(found('为强化市医保局基金监管职能,核增编制专项用于局机关基金监管。')).toEqual([]);
    // A fund named by its purpose after its place or level's money holds the purpose's verbs; after an amount or a
    // verb giving it, the verbs open the name; a verb of the sentence (加大) before a fund is not its name's.
    expect(found('开展2023年云南省加快食用菌产业发展资金扶持项目申报。').map(([, n]) => n)).toEqual(['云南省加快食用菌产业发展资金']);
    expect(found('安排到某县的中央和自治区财政衔接推进乡村振兴补助资金。').map(([, n]) => n)).toEqual(['中央和自治区财政衔接推进乡村振兴补助资金']);
    expect(found('安排11.5亿元衔接推进乡村振兴补助资金。').map(([, n]) => n)).toEqual(['衔接推进乡村振兴补助资金']);
    // 包含 (contains), as 包括, ends a name on its left (b874_04).
    expect(found('多渠道筹集资金,包含水污染防治资金。').map(([, n]) => n)).toEqual(['水污染防治资金']);
    // 引导 and 支持 are such verbs too (b855_01).
    expect(found('推荐4家企业申报中央引导地方科技发展资金。').map(([, n]) => n)).toEqual(['中央引导地方科技发展资金']);
    expect(found('省财政加大食用菌产业发展资金投入。').map(([, n]) => n)).toEqual(['食用菌产业发展资金']);
    expect(found('推动城市促进消费专项资金落地。').map(([, n]) => n)).toEqual(['消费专项资金']);
    // Nor in the money a headquarters hands out: the headquarters is the name.
    expect(found('争取到某县爱国卫生运动指挥部补助资金30万元。')).toEqual([['Agency', '爱国卫生运动指挥部']]);
    expect(found('针对我市医保基金监管现状,承担全市医疗保障基金运行监测。')).toEqual([]);
    // Nor in the verbs a class is the object of, where a verb before money alone, or a place's fund, names one.
    expect(found('持续开展打击欺诈骗取医疗保障基金专项行动。')).toEqual([]);
    expect(found('安排省级旅游扶贫专项资金,设立璧山区乡村振兴产业引导基金。').map(([, n]) => n)).toEqual(['省级旅游扶贫专项资金', '璧山区乡村振兴产业引导基金']);
  });
  it('reads no name in a body and its verb before a class of money (县人民政府划拨专项资金), nor in a higher level’s class', () => {
    expect(found('专题请示县人民政府划拨专项资金;积极争取上级基础设施建设补助资金。')).toEqual([]);
    expect(found('市政府设立青川茶叶产业基金。')).toEqual([['Fund', '青川茶叶产业基金']]);
    // 上级 (a higher level's) says whose money it is, not which: the name starts after it.
    expect(found('风雨操场项目,上级薄改专项资金也不支持。')).toEqual([['Fund', '薄改专项资金']]);
  });
  it('reads no fund where there is none, in a year’s money of a level, or in a department’s money (无专项资金, 2024年度市级专项资金, 部门专项资金)', () => {
    expect(found('目前,市农业农村部门无专项资金。')).toEqual([]);
    expect(found('该项目尚未获批2024年度市级专项资金安排。')).toEqual([]);
    expect(found('积极协调其他部门专项资金用于搬迁安置。')).toEqual([]);
    expect(found('争取2024年度市级文旅融合发展专项资金支持。')).toEqual([['Fund', '市级文旅融合发展专项资金']]);
  });
  it('reads no suffix where a word runs into it from the left (协商|会签 holds no 商会), but a place’s short form does not cut one (成渝|中心)', () => {
    expect(found('目前正在与市财政局协商会签,将于下半年启动。')).toEqual([]);
    expect(found('温州市总商会牵头组织。')).toEqual([['Organization', '温州市总商会']]);
    expect(found('共建国家技术转移成渝中心。')).toEqual([['Platform', '国家技术转移成渝中心']]);
  });
  it('starts a fund after the verbs that apply for, accrue or spend money (申请, 计提, 用作), and after a verb before a grade however the tagger reads it', () => {
    expect(found('向市局汇报申请市级重点文物保护单位专项补助资金。')).toEqual([['Fund', '市级重点文物保护单位专项补助资金']]);
    expect(found('街道申请专项资金;拨款150万元,用作整村脱贫专项资金。')).toEqual([['Fund', '整村脱贫专项资金']]);
    expect(found('督促矿山企业严格按要求计提矿山地质环境治理恢复基金,按规定计提基金。')).toEqual([['Fund', '矿山地质环境治理恢复基金']]);
    expect(found('省工业和信息化厅在采用因素法分配省级财政专项资金时。')).toEqual([]);
    // 作为 is “as”: 政府作为|基金的有限合伙人 names no fund.
    expect(found('政府作为基金的有限合伙人,不参与管理运作。')).toEqual([]);
    // 创立 founds what follows, as 设立 and 成立 do.
    expect(found('由区人社局与坛山街道联合创立返乡入乡创业园。')).toEqual([]);
  });
  it('reads a quoted part as a platform’s proper part, a quoted number as the period before it, and no class counted or of an adjective', () => {
    expect(found('我们还将搭建“走出去”服务平台。')).toEqual([['Platform', '走出去服务平台']]);
    expect(found('研究制定“十五五”浦东新区国际贸易中心核心区建设规划。')).toEqual([['Platform', '浦东新区国际贸易中心']]);
    expect(found('利用进博会等国际性展会平台,开展直播。辽宁是全国直播基地数量较多的省份。')).toEqual([]);
    // The words of a name before its quoted part stay in it; after a verb the quote opens it.
    expect(found('我市于2015年创建了临湘市中小企业“助保贷”融资平台。')).toEqual([['Platform', '临湘市中小企业助保贷融资平台']]);
    expect(found('积极建设“一带一路”国际技术转移中心。')).toEqual([['Platform', '一带一路国际技术转移中心']]);
  });
  it('reads a name placed inside a whole one (…高新区内|…孵化器) as its own, and a whole name, its verb and a class as a clause (…工业园|编制|园区)', () => {
    expect(found('贺州高新区内贺州天润科技企业孵化器已认定。').map(([, n]) => n)).toEqual(['贺州高新区', '贺州天润科技企业孵化器']);
    expect(found('木兰玻璃工业园编制园区规划。').map(([, n]) => n)).toEqual(['木兰玻璃工业园']);
  });
  it('reads a stop character inside its word as no stop (股份转让|中心: 让)', () => {
    expect(found('对成功在重庆股份转让中心挂牌的企业给予奖励。')).toEqual([['Platform', '重庆股份转让中心']]);
  });
  it('reads a named information, monitoring or tracing system as a platform, a described one as none', () => {
    expect(found('建成郑州市农产品质量安全追溯平台、郑州市农田智能监测系统等业务平台。')).toEqual([
      ['Platform', '郑州市农产品质量安全追溯平台'],
      ['Platform', '郑州市农田智能监测系统'],
    ]);
    expect(found('开发土壤墒情监测系统。')).toEqual([]);
  });
  it('reads no platform or organisation after 力争 or after what has it (院校有…)', () => {
    expect(found('2024年力争职教中心通过“双优”验收。')).toEqual([]);
    expect(found('向自治区人大常委会汇报贺州高新区的建设情况。').map(([, n]) => n)).toEqual(['贺州高新区']);
    expect(found('区属职业(技工)院校有枣矿集团技术学院。').map(([, n]) => n)).not.toContain('区属职业(技工)院校有枣矿集团技术学院');
  });
  it('reads no platform in a scope of places (省内外农业科技园区: parks in and outside the province)', () => {
    expect(findSuffixNames('由省内外农业科技园区规划机构专家参加。', 0, 19)).toEqual([]);
  });
  it('starts no platform before the verb that serves or uses it (主要面向|国家高新区, 探索运用|福建省…平台)', () => {
    expect(found('鼓励试点,主要面向国家高新区,鼓励区域创新。')).toEqual([]);
    expect(found('积极探索运用福建省食品安全信息追溯平台,实现全程追溯。')).toEqual([['Platform', '福建省食品安全信息追溯平台']]);
  });
  it('reads no platform in a quoted slogan’s count or a bare class (“一有七中心”, 社区健身中心)', () => {
    expect(findQuotedPlatforms('打造“一有七中心”服务体系。', 0, 15)).toEqual([]);
    expect(found('建设社区健身中心。')).toEqual([]);
    expect(findQuotedPlatforms('依托“渝才荟”平台。', 0, 11).map((h) => h.name)).toEqual(['渝才荟']);
    // A quoted common phrase ending in the dictionary's word for an island (“数据孤岛”) is none.
    expect(findQuotedPlatforms('打破“数据孤岛”,建设“国际旅游岛”。', 0, 18).map((h) => h.name)).toEqual(['国际旅游岛']);
    // An ordinal is the name's own, no count of a class.
    expect(findQuotedPlatforms('作为“某航天第六产业园”的技术支撑。', 0, 18).map((h) => h.name)).toEqual(['某航天第六产业园']);
  });
  it('reads a park named right after the office that runs it as the park, and a body’s class of platform whole', () => {
    const r = extracted(['李华代表:', '您提出的《关于加快园区建设的建议》收悉,现答复如下:', '中共青川县委军民融合发展委员会办公室青溪航天动力产业园项目加快推进,青川县科学技术局科技服务平台已上线。', '青川县发展和改革局', '2023年6月1日'].join('\n'), 'office-park.txt');
    expect(r.entities.filter((e) => e.type !== 'Person').map((e) => [e.type, e.name])).toEqual(
      expect.arrayContaining([
        ['Agency', '中共青川县委军民融合发展委员会办公室'],
        ['Platform', '青溪航天动力产业园'],
        ['Platform', '青川县科学技术局科技服务平台'],
      ]),
    );
  });
  it('reads a site or app named in 《》 with its class after it as a platform, no document (《某市人大》网站)', () => {
    const text = '或者通过《青川人大》网站登录议案建议系统,关注“青川发布”公众号。';
    expect(findQuotedPlatforms(text, 0, text.length).map((h) => [h.name, h.aliases])).toEqual([
      ['青川人大', ['青川人大网站']],
      ['青川发布', ['青川发布公众号']],
    ]);
    expect(findPolicies(text, 0, text.length, [])).toEqual([]);
    // Without its class after it, a name in 《》 is a document's.
    expect(findQuotedPlatforms('依照《青川县河道管理办法》执行。', 0, 16)).toEqual([]);
    // “互联网+…” opens a name (b864_02); a sum of classes (“产业研究院+产业基金”) names none.
    const plus = '建立了“互联网+县域医共体”平台,搭建“产业研究院+产业基金”平台。';
    expect(findQuotedPlatforms(plus, 0, plus.length).map((h) => [h.name, h.aliases])).toEqual([['互联网+县域医共体', ['互联网+县域医共体平台']]]);
  });
  it('reads a quoted name described by common words after it (“渝快办”政务服务平台) as the quote, the whole as its alias', () => {
    const text = '持续优化“渝快办”政务服务平台技术架构,上线“浏科通”科技服务平台。';
    expect(findQuotedPlatforms(text, 0, text.length).map((h) => [h.name, h.aliases])).toEqual([
      ['渝快办', ['渝快办政务服务平台']],
      ['浏科通', ['浏科通科技服务平台']],
    ]);
    // Not inside a longer name, nor with a class of its own or a slogan's verb in front: one name, the suffix finder's.
    for (const t of ['创建了某市中小企业“助保贷”融资平台。', '建成“芯火”双创基地公共服务平台。', '打造“走出去”服务平台。']) {
      expect(findQuotedPlatforms(t, 0, t.length)).toEqual([]);
      expect(findSuffixNames(t, 0, t.length).map((h) => h.type)).toEqual(['Platform']);
    }
    expect(extracted(`张三代表:\n您提出的建议收悉,现答复如下:\n${text}根据“渝快办”政务服务平台年度计划推进。\n`, 'q.txt')
      .entities.filter((e) => e.type === 'Platform').map((e) => e.name)).toEqual(['渝快办', '浏科通']);
  });
  it('reads no platform in a point of the proposal quoted before 的建议', () => {
    expect(findQuotedPlatforms('您提出的关于“尽快更换老城区老化供暖管网”的建议收悉。', 0, 30)).toEqual([]);
  });
  it('reads the only one or the first of a class (唯一一家, 第一家) as one thing, no count of a class', () => {
    expect(found('建成全省唯一一个粤港澳大湾区妇女创业创新基地。')).toEqual([['Platform', '粤港澳大湾区妇女创业创新基地']]);
    expect(found('建成3个粤港澳大湾区妇女创业创新基地。')).toEqual([]);
  });
  it('reads the name after a dash, not the description before it (…交易所-蒙顶山茶叶交易所, 合资企业——…有限公司)', () => {
    expect(found('打造了全国唯一一家茶叶专业类大宗商品交易所-蒙顶山茶叶交易所;')).toEqual([['Platform', '蒙顶山茶叶交易所']]);
    expect(found('某市设立第一家合资企业——沈美日用品有限公司以来。')).toEqual([['Organization', '沈美日用品有限公司']]);
  });
  it('reads a national innovation demonstration zone (…国家自主创新示范区) as a platform', () => {
    expect(found('加快杭州国家自主创新示范区建设。')).toEqual([['Platform', '杭州国家自主创新示范区']]);
  });
  it('reads a county’s finance service centre as a body, a technology-finance one as a platform', () => {
    expect(found('县金融服务中心积极发挥职能作用。')).toEqual([['Agency', '县金融服务中心']]);
    expect(found('设立秦创原科技金融服务中心。')).toEqual([['Platform', '秦创原科技金融服务中心']]);
  });
});

describe('one platform written with and without its place’s level word', () => {
  it('is one entity, named with the full place', () => {
    const text = [
      '青川县文化和旅游局关于县政协十届二次会议第8号提案的答复',
      '李华委员:',
      '您提出的《关于发展文旅产业的提案》收悉,现答复如下:',
      '我局支持青川唐家河文化产业园建设,青川县唐家河文化产业园已入驻企业12家。',
      '青川县文化和旅游局',
      '2024年6月12日',
    ].join('\n');
    const parks = extracted(text, 'park.txt').entities.filter((e) => e.type === 'Platform');
    expect(parks.map((e) => [e.name, e.aliases])).toEqual([['青川县唐家河文化产业园', ['青川唐家河文化产业园']]]);
  });
});

describe('what a centre is, and where a name ends', () => {
  it('reads a ministry cut at its 和 by a centre named after it (文化和|旅游部全国…中心) as the ministry, no centre of the letter’s county (b1255)', () => {
    const cut = extracted('王某代表:\n您提出的《关于传承非遗的建议》收悉,现答复如下:\n我局组织传承人参与文化和旅游部全国公共文化发展中心举办的培训。\n某县文化和旅游局\n2023年6月1日\n', 'cut.txt');
    expect(cut.entities.filter((e) => e.type !== 'Person').map((e) => e.name).sort()).toEqual(['中华人民共和国文化和旅游部', '某县文化和旅游局']);
  });
  const found = (text: string) => findSuffixNames(text, 0, text.length).map((h) => [h.type, h.name]);
  it('reads a care centre of a named place as an organisation, and one of no named place as nothing', () => {
    expect(found('建成白鹤社区日间照料中心和居委会养老服务中心。')).toEqual([['Organization', '白鹤社区日间照料中心']]);
    // So are a school named a centre and a volunteers' rescue centre; a government's rescue command centre is a body.
    expect(found('与重庆市永川职业教育中心合作。蒙城县蓝天救援中心成立于2017年。市应急救援指挥中心负责。')).toEqual([
      ['Organization', '重庆市永川职业教育中心'],
      ['Organization', '蒙城县蓝天救援中心'],
      ['Agency', '市应急救援指挥中心'],
    ]);
    expect(found('鼓励慢病患者选择社区卫生服务中心就诊。')).toEqual([]);
    expect(found('青川县维民殡仪服务中心已建成,全县殡仪服务中心建设加快。')).toEqual([['Organization', '青川县维民殡仪服务中心']]);
    // So are a hospital's centres (b1731_01, b1732_02), named by their place; one of none is nothing.
    expect(found('患者可转诊至广州市眼科中心,联合重庆市精卫中心干预,特色医学中心会诊。')).toEqual([
      ['Organization', '广州市眼科中心'],
      ['Organization', '重庆市精卫中心'],
    ]);
    // So is a village's cultural centre, a venue (b1701_01); one of no named place is nothing.
    expect(found('依托青川县石桥镇河口村综合文化中心和数字文化中心开展阅读活动。')).toEqual([['Organization', '青川县石桥镇河口村综合文化中心']]);
    // Nor one of a class of places (乡镇: the county's towns).
    expect(found('建设中心乡镇区域性养老服务中心,实现青川县乡镇养老服务中心全覆盖。')).toEqual([]);
  });
  it('reads no service centre of a level’s grade: 县级政务服务中心 is a class, 县政务服务中心 the county’s', () => {
    expect(found('推进县级政务服务中心标准化建设。')).toEqual([]);
    // Whatever its service, a task's words no class word (县级公共法律服务中心; b1749_01).
    expect(found('全面深化县级公共法律服务中心实体平台建设。')).toEqual([]);
    // Nor a centre of affairs in general (事务中心), what it does left out.
    expect(found('由事务中心负责维护。')).toEqual([]);
    expect(found('县政务服务中心已投入使用。')).toEqual([['Agency', '县政务服务中心']]);
    // A verb running into a one-character county (完成|县, not 完|成县 of Gansu) keeps its characters.
    expect(found('早日完成县政务服务中心的装饰装修工作。')).toEqual([['Agency', '县政务服务中心']]);
    expect(wordsOf('成县人民政府', 0, 6)[0]).toEqual({ word: '成县', tag: 'ns' });
  });
  it('reads a development or service centre as an agency, written bare or with its county', () => {
    expect(found('由茶叶产业发展服务中心牵头。')).toEqual([['Agency', '茶叶产业发展服务中心']]);
    expect(found('青川县政务服务中心已开通窗口。')).toEqual([['Agency', '青川县政务服务中心']]);
    expect(found('由区交通工程建设中心实施。')).toEqual([['Agency', '区交通工程建设中心']]);
    expect(found('青川县婚姻登记服务中心联合妇幼保健院开展检查。')).toEqual([['Agency', '青川县婚姻登记服务中心']]);
    // An affairs service centre, after the verb of what comes under it (隶属于, which the dictionary reads as a noun).
    expect(found('检疫站隶属于张家川县畜牧兽医事务服务中心,核定编制。')).toEqual([['Agency', '张家川县畜牧兽医事务服务中心']]);
    // Nor over a committee that fixes its posts (核定, and 按规定 before it, which the dictionary reads as a noun and an idiom).
    expect(found('中共青川县委员会机构编制委员会按规定核定县疾控中心事业编制。')).toEqual([['Agency', '县疾控中心']]);
    expect(found('由重庆市高校科技成果转化服务中心承办。')).toEqual([['Platform', '重庆市高校科技成果转化服务中心']]);
  });
  it('never ends a name inside a longer word or a place', () => {
    expect(found('加快青川县集团化办学步伐。')).toEqual([]);
    expect(found('白鹤镇联盟村种植茶叶。')).toEqual([]);
    // 中心校, 中心完小: a township's central school, not a centre.
    expect(found('白鹤中心校有41个班,对龙井中心完小教学楼重建。')).toEqual([]);
    expect(found('中国人民政治协商会议青川县委员会。').filter(([t]) => t === 'Organization')).toEqual([]);
    expect(found('商丘市梁园区人民政府。')).toEqual([]);
    expect(found('在县政协会议上提出。')).toEqual([]);
    expect(found('封闭政通路大学路路口。')).toEqual([]);
    // A university's hospital is the hospital's name, no university of the letter's.
    expect(found('转诊至青川大学附属三峡医院、陆军某某大学第一附属医院。')).toEqual([]);
  });
  it('starts a name after a verb whose object is a place or body, even when a place opens the phrase', () => {
    expect(found('将白鹤碑林作为青川县中小学生教育实践基地。')).toEqual([['Platform', '青川县中小学生教育实践基地']]);
    expect(found('国务院批复郑州航空港经济综合实验区示范基地。')).toEqual([['Platform', '郑州航空港经济综合实验区示范基地']]);
    // The character stops end at 获 of 获评, a verb the name does not take either.
    expect(found('7家单位获评天津市工业旅游示范基地。')).toEqual([['Platform', '天津市工业旅游示范基地']]);
    // A stop word that opens a town's name the town table knows (次 of 次邱镇) does not cut the town.
    expect(found('加快次邱镇食品工业园建设。')).toEqual([['Platform', '次邱镇食品工业园']]);
    // Bodies or platforms of several levels at once are a class.
    expect(found('我局将提请市、区两级古城保护发展指挥部研究,建设省市县三级联动平台。')).toEqual([]);
    expect(found('已建成县、乡(镇)、村三级村村响控制平台。')).toEqual([]);
    // A school of a kind (职业大学, 职业技术学院) with no place before it is a class too.
    expect(found('鼓励举办职业大学,推动职业技术学院升格,筹建湖南职业大学。')).toEqual([['Organization', '湖南职业大学']]);
    // A degree (国民教育大学专科学历, 大学本科) names no university.
    expect(found('凡取得国民教育大学专科学历或大学本科毕业的人员均可报名。')).toEqual([]);
    // Brackets are no proper part: 国别(地区)工业园 names a class.
    expect(found('建设各类特色工业园和国别(地区)工业园。')).toEqual([]);
    // A modal and its verb make a clause: its object, a bare class, names nothing.
    expect(found('建议乡(镇)政府应征询工业园所在地村民的意见。')).toEqual([]);
  });
  it('starts a name after a verb of the genre before a place, however the tagger reads the two (指导|怀化…)', () => {
    expect(found('省教育厅将指导怀化职业技术学院做好申报。')).toEqual([['Organization', '怀化职业技术学院']]);
    expect(wordsOf('怀化职业技术学院', 0, 8)[0]).toEqual({ word: '怀化', tag: 'ns' });
  });
  it('starts a name after a visit’s verbs (率队赴, 带队前往), which the tagger reads as a noun and a time', () => {
    expect(found('主委张某某率队赴长沙理工大学调研,副秘书长李某某带队前往农业科学院。')).toEqual([
      ['Organization', '长沙理工大学'],
      ['Organization', '农业科学院'],
    ]);
  });
  it('reads no working group of no place or body: the letter’s own arrangement (提案办理领导小组), not a standing body', () => {
    expect(found('成立了以主要领导为组长的提案办理领导小组,建议成立由市城管局、商务局组成的联合整治领导小组。')).toEqual([]);
    expect(found('成立了乡村振兴领导小组。')).toEqual([]);
    // A grade alone before the suffix is a class of bodies.
    expect(found('各区也相应成立区级指挥部,坚持每日调度。')).toEqual([]);
    expect(found('已成立桔林乡柑桔黄龙病防控技术领导小组。')).toEqual([['Agency', '桔林乡柑桔黄龙病防控技术领导小组']]);
  });
  it('reads a headquarters set up for a task (…指挥部) as an agency', () => {
    expect(found('方案报市脱贫攻坚指挥部审定。')).toEqual([['Agency', '市脱贫攻坚指挥部']]);
    // …and its office as the office, not the headquarters.
    expect(found('经与县高速公路指挥部办公室沟通。')).toEqual([['Agency', '县高速公路指挥部办公室']]);
    expect(found('经县脱贫攻坚指挥部研究,由文山市防汛抗旱指挥部负责。')).toEqual([
      ['Agency', '县脱贫攻坚指挥部'],
      ['Agency', '文山市防汛抗旱指挥部'],
    ]);
  });
  it('starts no name on one character before 县 that makes no known place with it (经县…)', () => {
    expect(found('经县产业发展服务中心和县农业农村局组织申报。')).toEqual([['Agency', '县产业发展服务中心']]);
    expect(found('随县产业发展服务中心牵头。')).toEqual([['Agency', '随县产业发展服务中心']]);
    expect(found('设立区县科技创新引导基金。')).toEqual([['Fund', '区县科技创新引导基金']]);
  });
  it('starts no name on a word the segmenter reads as a verb or attribute before a lone level character (承担起|市…, 一站式|市…)', () => {
    expect(found('我局主动承担起市法律援助中心搬迁。')).toEqual([['Agency', '市法律援助中心']]);
    expect(found('建成一站式市公共法律服务中心。')).toEqual([['Agency', '市公共法律服务中心']]);
    // 区 opening a word of its own (区块链) is no level.
    expect(found('江北新区中央商务区获批省级区块链创新应用试验区。')).toEqual([]);
  });
  it('reads a county’s disease-control centre and its working stations as bodies, a research station as a platform', () => {
    expect(found('从县动物疫病预防控制中心抽调人员,拟设立青川县草原饲料工作站。')).toEqual([
      ['Agency', '县动物疫病预防控制中心'],
      ['Agency', '青川县草原饲料工作站'],
    ]);
    expect(found('支持绵阳高新区博士后科研工作站建设。')).toEqual([['Platform', '绵阳高新区博士后科研工作站']]);
  });
  it('reads no platform in a village-level class or a quoted common noun (村级综合文化中心, “过滤网”)', () => {
    expect(found('建成村级综合文化中心56个。')).toEqual([]);
    expect(found('新建省级院士工作站2个。')).toEqual([]);
    // A class named by its kind of work alone (产业技术创新战略联盟) is none.
    expect(found('鼓励企业创建产业技术创新战略联盟。')).toEqual([]);
    // Inside a policy's title only the body opening it, its issuer, is read (《某区管委会关于…若干政策》).
    const title = '根据《郑州航空港实验区管委会关于建设双创示范基地若干政策》,设立示范基地。';
    expect(findSuffixNames(title, 0, title.length, [[2, 30]]).map((h) => h.name)).toEqual(['郑州航空港实验区管委会']);
    // An amount's unit after its digits is no part of the name.
    expect(found('为公益性墓地建设申请40万福彩公益金。')).toEqual([['Fund', '福彩公益金']]);
    // A level taken together (乡镇…, 县区…) names a class of bodies.
    expect(found('完善乡镇法律援助工作站、村居法律援助联系点。')).toEqual([]);
    // Not a county's centre whose word opens with 市 (县|市容环卫服务中心).
    expect(found('县市容环卫服务中心加强了宣传。')).toEqual([['Agency', '县市容环卫服务中心']]);
    // Two things joined by 和, the last a class, are not one name.
    expect(found('对距离城镇和工业园区较近的村庄接入管网。')).toEqual([]);
    // A count after the last item of a list counts the list, not a class.
    expect(found('建立了巫溪县观峰返乡创业园、巫溪县宝源返乡创业园2个园区。').map(([, n]) => n)).toContain('巫溪县宝源返乡创业园');
    expect(found('建设文体中心一处。')).toEqual([]);
    expect(found('选出几个点位供市中心使用。')).toEqual([]);
    expect(found('修缮敖勒召其镇陶伦大街中心转盘灯塔。')).toEqual([]);
    // 与 joins a name's parts even where the tagger reads it as a preposition, but not right before the class word.
    expect(found('我局设立青川县未成年人心理辅导与援助中心,畅通热线。')).toEqual([['Platform', '青川县未成年人心理辅导与援助中心']]);
    expect(found('砂石进村道路由西向东与园区相接。')).toEqual([]);
    // 中心商贸区, 中心商务区: the central business district, no centre's name.
    expect(found('市交警支队规范中心商贸区夜间临时停车。')).toEqual([]);
    // A named development zone is a platform; a zone's bodies (…高新区财政局) and a bare class (经济开发区) are not.
    expect(found('支持临湘高新区建设,将中国(湖南)自由贸易试验区扩区,由高新区财政局拨付。')).toEqual([
      ['Platform', '临湘高新区'],
      ['Platform', '中国(湖南)自由贸易试验区'],
    ]);
    expect(found('积极申报省级经济开发区。')).toEqual([]);
    // A closing quote with no opening in reach ends the clause before the name.
    expect(found('享受相关政策。”河北阜城经济开发区于2011年设立。')).toEqual([['Platform', '河北阜城经济开发区']]);
    // 建议 proposes what follows it, 助力 and 助推 help it, however the tagger's dictionary reads them (nouns there).
    expect(found('建议白云鄂博矿资源综合利用循环经济工业园区按照升级条件申报。')).toEqual([['Platform', '白云鄂博矿资源综合利用循环经济工业园区']]);
    expect(found('加大支持力度,助力上海庙经济开发区建设高水平园区。')).toEqual([['Platform', '上海庙经济开发区']]);
    expect(found('助推临湘高新区发展。')).toEqual([['Platform', '临湘高新区']]);
    const quoted = (text: string) => findQuotedPlatforms(text, 0, text.length).map((h) => h.name);
    expect(quoted('发挥抽检的“防火墙”“过滤网”作用。')).toEqual([]);
    expect(quoted('依托“易智网”开展服务。')).toEqual(['易智网']);
    // A quoted name listed under its class (“…”等电商平台) is one of that class.
    expect(quoted('利用河源“厨娘快线”等电商微商平台加强产销对接。')).toEqual(['厨娘快线']);
    expect(quoted('坚持“稳字当头”等原则。')).toEqual([]);
    // A network the dictionary knows as a word (公路网) is no site.
    expect(quoted('推进“两横三纵”等公路网主骨架的建设。')).toEqual([]);
    expect(quoted('依托“赣服通”等政务服务平台办理。')).toEqual(['赣服通']);
    // Quotes listed under another class (…等发展机遇) are of that class, whatever they end in (岛, 港).
    expect(quoted('抓住“海洋强国”和“南海明珠岛”等发展机遇。')).toEqual([]);
    expect(quoted('建设“南海明珠岛”,吸引游客。')).toEqual(['南海明珠岛']);
    expect(quoted('参考“中国农业信息网”和“某某农业频道”等门户网站的内容。')).toEqual(['中国农业信息网', '某某农业频道']);
  });
  it('reads a management centre as a body and a visitor centre of no named place as nothing', () => {
    expect(found('由园林绿化管理中心负责。')).toEqual([['Agency', '园林绿化管理中心']]);
    expect(found('由同江市园林养护中心负责,同江三江口国家湿地公园服务中心配合。')).toEqual([['Agency', '同江市园林养护中心'], ['Agency', '同江三江口国家湿地公园服务中心']]);
    expect(found('新建游客服务中心一座。')).toEqual([]);
  });
  it('starts an organisation after a one-character verb before its proper name (属|某亚斯大学)', () => {
    expect(found('该地块已征收,属西亚斯大学校内土地。')).toEqual([['Organization', '西亚斯大学']]);
  });
  it('reads a class of village parks as no platform (村 is no proper name, whatever the tagger says)', () => {
    expect(found('确定各类村特色产业园管理费用标准,明晰村特色产业园管理要求。')).toEqual([]);
  });
  it('starts a platform after the verbs before a region’s word that opens it (位于|西部云基地, 集中解决|西部云基地)', () => {
    expect(found('项目位于西部云基地凤云路以南。')).toEqual([['Platform', '西部云基地']]);
    expect(found('建成后将集中解决西部云基地及周边企业用电问题。')).toEqual([['Platform', '西部云基地']]);
  });
  it('reads maker spaces, innovation clusters and city-like platforms with a proper part, not a smart city or its urban area', () => {
    expect(found('备案淮南师范学院星火创客众创空间为市级众创空间。')).toEqual([['Platform', '淮南师范学院星火创客众创空间']]);
    expect(found('琶洲互联网创新集聚区吸引了一批龙头项目,天河智慧城、清镇职教城加快建设。')).toEqual([
      ['Platform', '琶洲互联网创新集聚区'],
      ['Platform', '天河智慧城'],
      ['Platform', '清镇职教城'],
    ]);
    expect(found('推进巴南区智慧城市管理示范,把临沂国际生态城区域作为重点,推进智慧城管建设。')).toEqual([]);
  });
  it('reads no organisation in a graded class (省级示范性职教集团), and starts one after the class it is counted in (龙头企业)', () => {
    expect(found('建成国家级示范性职教集团4个,省级示范性职教集团12个。')).toEqual([]);
    // Nor a platform of a designation's batch (首批省级示范零工市场).
    expect(found('某社区零工市场去年获评“首批省级示范”零工市场称号。')).toEqual([]);
    expect(found('由市级农业产业化龙头企业青山生态农业有限责任公司牵头。')).toEqual([['Organization', '青山生态农业有限责任公司']]);
    // Nor the class of its owners (社有企业|某某资产经营有限责任公司; b1747_01).
    expect(found('打破社有企业衢州青山资产经营有限责任公司独家经营的局面。')).toEqual([['Organization', '衢州青山资产经营有限责任公司']]);
    // Nor the verb whose object it is, its proper name right after the verb (经营权授予|慧某科技…有限公司; b1746_01).
    expect(found('县政府将供热特许经营权授予慧安科技热力(郑州)有限公司。')).toEqual([['Organization', '慧安科技热力(郑州)有限公司']]);
    // Nor the group owning it (某集团所属|某某集团, 所属企业|市某某集团).
    expect(found('由扬州市文旅集团所属青山酒店管理集团负责,推动所属企业市安居集团跟进。')).toEqual([
      ['Organization', '扬州市文旅集团'],
      ['Organization', '青山酒店管理集团'],
      ['Organization', '市安居集团'],
    ]);
  });
  it('reads a start-up park only with a proper part (文峰镇农民工返乡创业园, not 农民工返乡创业园), and no centre in a blood station', () => {
    expect(found('建设农民工返乡创业园,建立了文峰镇农民工返乡创业园。')).toEqual([['Platform', '文峰镇农民工返乡创业园']]);
    expect(found('经与沈阳中心血站沟通,设置献血点。')).toEqual([]);
  });
  it('reads no platform in a graded class (省级…试验区), nor in a first of its kind (全国首个…), but a named one', () => {
    expect(found('获批省级区块链创新应用试验区,建成全国首个商用海底数据中心。')).toEqual([]);
    expect(found('获批省级青川茶叶科技园区,建成全国首家青川数据中心。')).toEqual([['Platform', '省级青川茶叶科技园区'], ['Platform', '青川数据中心']]);
  });
  it('starts an organisation after the verb that governs it', () => {
    expect(found('由县农技站组织四川农业大学专家调研。')).toEqual([['Organization', '四川农业大学']]);
    expect(found('已请省水利电力勘测设计研究院编制方案。')).toEqual([['Organization', '省水利电力勘测设计研究院']]);
  });
});

describe('a zone’s managing committee', () => {
  const found = (t: string) => findSuffixNames(t, 0, t.length).map((h) => [h.type, h.name]);

  it('is an Agency named by its zone, without the word 原 (former) before it', () => {
    expect(found('按照文件精神,将原青川经济开发区管理委员会和白龙茶叶产业基地管理委员会合并为青川经济开发区管理委员会。')).toEqual([
      ['Agency', '青川经济开发区管理委员会'],
      ['Agency', '白龙茶叶产业基地管理委员会'],
      ['Agency', '青川经济开发区管理委员会'],
    ]);
    expect(found('由竹园工业园区管委会负责。')).toEqual([['Agency', '竹园工业园区管委会']]);
    // A state farm's committee too.
    expect(found('安排白龙农场管委会生态建设资金。')).toEqual([['Agency', '白龙农场管委会']]);
    // And a business district's, an industrial cluster's, a scenic area's.
    expect(found('虹桥商务区管委会、县产业集聚区管委会和广汉三星堆博物馆景区管理委员会负责。').map(([, n]) => n)).toEqual([
      '虹桥商务区管委会',
      '县产业集聚区管委会',
      '广汉三星堆博物馆景区管理委员会',
    ]);
  });

  it('needs a zone with a name: no bare 新区管委会, no committee of another kind', () => {
    expect(found('近年来,新区管委会高度重视。')).toEqual([]);
    expect(found('市城市管理委员会和县国有资产监督管理委员会。')).toEqual([]);
  });

  it('is one body written short (管委会) and in full (管理委员会)', () => {
    const text = [
      '关于县政协十届二次会议第8号提案的答复',
      '王明委员:',
      '您提出的《关于完善园区道路的提案》收悉,现答复如下:',
      '竹园工业园区管委会已安排道路改造。',
      '青川县竹园工业园区管理委员会',
      '2024年6月12日',
    ].join('\n');
    const agencies = extracted(text, 'zone.txt').entities.filter((e) => e.type === 'Agency');
    expect(agencies.find((e) => e.name === '青川县竹园工业园区管理委员会')?.aliases).toContain('竹园工业园区管委会');
    expect(agencies.map((e) => e.name).filter((n) => n.includes('竹园'))).toEqual(['青川县竹园工业园区管理委员会']);
  });

  it('is written out when named only short, but not after a zone word that is a short form itself (高新区)', () => {
    expect(placedAgencyName('宁夏中卫工业园区管委会', jurisdictionOf('中卫市人民政府'))).toBe('宁夏中卫工业园区管理委员会');
    expect(placedAgencyName('重庆高新区管委会', jurisdictionOf('重庆市科学技术局'))).toBe('重庆高新区管委会');
  });
});

describe('platforms counted in a list of their class', () => {
  const listed = (text: string) => findListedPlatforms(text, 0, text.length, []).map((h) => h.name);

  it('each item with a name of a place, a brand or a body is a platform; fields and activities are none', () => {
    expect(listed('近年布局建设了中科院滨江分院、锂电材料、碳纤维、中国农科院青川分院等创新平台。')).toEqual(['中科院滨江分院', '中国农科院青川分院']);
    expect(listed('今年新增海尔卡奥斯、浪潮云洲2个平台。')).toEqual(['海尔卡奥斯', '浪潮云洲']);
    expect(listed('为企业提供需求对接、检验检测、项目申报等综合性服务平台。')).toEqual([]);
    // Media a letter lists (报纸、宣传栏: jieba tags 宣传栏 a person’s name; b958_06) are no named platforms.
    expect(listed('充分利用我市的广播、电视、报纸、宣传栏、政府网站、微信等宣传平台。')).toEqual([]);
    expect(listed('聚焦“118”创新体系的重点领域、高校院所等重点平台。')).toEqual([]);
  });

  it('quoted items are names the letter marks; a single item before 等 is no list', () => {
    expect(listed('依托“渝快办”、“渝快政”等平台。')).toEqual(['渝快办', '渝快政']);
    expect(listed('依托青川茶叶交易网等平台。')).toEqual([]);
    // An occasion, quoted or not, is a day to publicise on, no platform (b1710_03).
    expect(listed('利用每年的“世界湿地日”、“爱鸟周”、“生态保护宣传月”等平台开展宣传。')).toEqual([]);
    // The clause's verb phrase is no part of the first item (充分利用/n: 充分/ad 利用/n), and two things joined are no item.
    expect(listed('剑阁充分利用广播、电视、短信、QQ及微信等媒体平台播放。')).toEqual([]);
  });

  it('leaves a span another finder read to it', () => {
    const text = '建成青川县茶叶产业园、青川智慧农业服务中心等平台。';
    expect(findListedPlatforms(text, 0, text.length, [[{ start: 2, end: 10 }]]).map((h) => h.name)).toEqual(['青川智慧农业服务中心']);
  });
});

describe('a class of designated bases', () => {
  it('is no platform when only 科普 (popular science, which jieba tags a person’s name) qualifies it (b941_04, b941_05)', () => {
    const names = (t: string) => findSuffixNames(t, 0, t.length, []).map((h) => h.name);
    expect(names('开展了科普示范基地认定工作,推动郑东新区的科普基地建设')).toEqual([]);
    expect(names('依托中原科普教育基地开展活动')).toEqual(['中原科普教育基地']);
  });
  it('is no name when a word the tagger misreads is all it has (爱国/ns, 全日制; b968_01, b966_02), nor is a central fishing port, bus station or square a centre (b968_03, b1284)', () => {
    const names = (t: string) => findSuffixNames(t, 0, t.length, []).map((h) => h.name);
    expect(names('与爱国教育基地和沂蒙红色教育基地合作')).toEqual(['沂蒙红色教育基地']);
    expect(names('(五)全日制大学及以下接受非义务教育的')).toEqual([]);
    expect(names('我市白马井中心渔港岸线须搬迁,排浦中心渔港规划陆域')).toEqual([]);
    // Nor is a central bus station or square (b1284).
    expect(names('途经青川中心客运站、人民中心广场等站点')).toEqual([]);
  });
});

describe('the national academies', () => {
  it('are organisations by any form the table lists (中科院), outside a name read otherwise (中国科学院大学)', () => {
    const text = '与中科院、中国工程院和中国科学院大学合作。';
    expect(findNationalOrganizations(text, 0, text.length, [[{ start: 12, end: 19 }]]).map((h) => [h.text, h.name])).toEqual([
      ['中科院', '中国科学院'],
      ['中国工程院', '中国工程院'],
    ]);
    const found = extracted(letter.replace('一、近几年', '一、我局与中科院成都分院、中国农科院茶叶研究所合作,近几年'), 'academies.txt').entities;
    expect(found.filter((e) => e.type === 'Organization').map((e) => e.name)).not.toContain('中国科学院');
  });
});

describe('platform classes of the innovation programmes', () => {
  it('星创天地, 创新服务综合体, 飞地, 科创港 and 城市大脑 end a named platform; alone they name a class', () => {
    const text = '建设青川县茶叶星创天地、竹编产业创新服务综合体,推进成都科创飞地和滨江路科创港建设,上线“智慧青川”城市大脑。鼓励建设星创天地。';
    expect(suffixNames(text)).toEqual(['青川县茶叶星创天地', '竹编产业创新服务综合体', '成都科创飞地', '滨江路科创港', '智慧青川城市大脑']);
  });

  it('产教联合体 ends a named platform; a city- or county-wide one (市域产教联合体) is the programme’s class (b1286)', () => {
    const text = '积极争创国家级市域产教联合体,确定申报名称为青川县竹木产教联合体,学习首批县域产教联合体—成都航空航天产教联合体的经验。';
    expect(suffixNames(text)).toEqual(['青川县竹木产教联合体', '成都航空航天产教联合体']);
  });

  it('a quote joined to a quoted mini-program is one too, and a quoted assistant is an app', () => {
    const text = '依托“青川预约”及“青川办”小程序上线“青川政务AI助手”。';
    expect(findQuotedPlatforms(text, 0, text.length).map((h) => h.name)).toEqual(['青川预约', '青川办', '青川政务AI助手']);
  });
});

describe('a police station, named by its street or place', () => {
  it('is an Agency that starts after the clause’s verb, and a place-relative word alone names none', () => {
    const text = '分局刑侦大队联合沣京路派出所、惠民路派出所开展宣传,由属地派出所处置,辖区派出所加强巡逻,属当地派出所和基层派出所管辖。';
    const hits = findSuffixNames(text, 0, text.length);
    expect(hits.map((h) => [h.type, h.name])).toEqual([
      ['Agency', '沣京路派出所'],
      ['Agency', '惠民路派出所'],
    ]);
  });
  it('starts after a time word that follows the clause’s verb (认为|当前|…, b1700_01)', () => {
    expect(suffixNames('我们认为当前城东派出所警力不足,当前基层派出所任务繁重。')).toEqual(['城东派出所']);
  });
});

describe('a verb the tagger reads as a noun before an organisation', () => {
  it('ends the name before a lone level word, levels together or the suffix itself', () => {
    // 指导/n: the city's association, not 指导市律师协会.
    expect(suffixNames('我局将指导市律师协会加强与南充市律师协会的交流联系。')).toEqual(['市律师协会', '南充市律师协会']);
    // The towns' chambers are a class; 指导 before the suffix names none; 严格执行/nr is a verb phrase.
    expect(suffixNames('召开座谈会,全面听取乡镇商会意见,积极指导商会严格执行商会章程。')).toEqual([]);
    // Nor does a verb inside the phrase before them (听取|乡镇商会).
    expect(suffixNames('县委县政府全面听取乡镇商会意见。')).toEqual([]);
  });
});
