// Bodies in running text of every level: the left boundary is a word boundary (never a verb,
// adverb or time word), places the tables do not know are read up to such a word, and labels or
// document numbers written before a body's name are not part of it. Snippets written for these tests.
import { describe, expect, it } from 'vitest';
import { bodyOfDocNumber, bodySpeakingAsSelf, canonicalAgency, cleanAgencyName, findAgencies, governmentOfPlace, placeOfDocNumber, provinceOfCitedNumbers } from '../../src/extract/agencies.js';
import { extracted } from '../support/extracted.js';
import { inferCounty, jurisdictionOf } from '../../src/extract/jurisdiction.js';

const names = (text: string, j = jurisdictionOf('青川县教育局')) => findAgencies(text, j).map((h) => [h.text, h.name]);

describe('left boundary of a body', () => {
  const qingchuan = jurisdictionOf('青川县教育局');
  it('reads the party committee’s departments written bare as the letter’s own (组织部、人社局), never a verb before 部门 (组织部门开展)', () => {
    const yueyang = jurisdictionOf('岳阳市科学技术局');
    expect(names('我们将进一步配合组织部、人社局加大科技人才工作力度', yueyang).map(([, name]) => name)).toEqual(['中共岳阳市委组织部', '岳阳市人力资源和社会保障局']);
    expect(names('由宣传部牵头', yueyang)).toEqual([['宣传部', '中共岳阳市委宣传部']]);
    expect(names('积极组织部门开展调研,宣传部门要加强引导', yueyang)).toEqual([]);
  });
  it('reads a bare body after a verb the tagger reads as one (项目归|建设局|管理), never one inside a longer body', () => {
    const shengzhou = jurisdictionOf('嵊州经济开发区管理委员会');
    expect(names('但环城路改造项目归建设局管理。', shengzhou)).toEqual([['建设局', '嵊州市建设局']]);
    expect(names('县住房和城乡建设局牵头。', shengzhou).map(([, name]) => name)).toEqual(['嵊州市住房和城乡建设局']);
    // An autonomous region's minority-languages committee written short.
    expect(names('自治区民语委高度重视。', jurisdictionOf('广西壮族自治区文化和旅游厅')).map(([, name]) => name)).toEqual(['广西壮族自治区少数民族语言文字工作委员会']);
    // A meteorological bureau is the letter's place's too.
    expect(names('市发展改革委、气象局会办。', jurisdictionOf('广州市应急管理局')).map(([, name]) => name)).toEqual(['广州市发展和改革委员会', '广州市气象局']);
  });
  it('reads the ethnic-affairs committee, the women and children’s committee, the ageing office, the civilisation office, the radio and television bureau written short', () => {
    expect(names('市民族宗教委安排专项资金,市老龄办牵头', jurisdictionOf('攀枝花市民政局')).map(([, name]) => name)).toEqual(['攀枝花市民族宗教事务委员会', '攀枝花市老龄工作委员会办公室']);
    expect(names('省妇联(省妇儿工委)的意见', jurisdictionOf('广东省卫生健康委员会')).map(([, name]) => name)).toEqual(['广东省妇女联合会', '广东省妇女儿童工作委员会']);
    expect(names('省民政厅联合省文明办出台了通知', jurisdictionOf('云南省民政厅')).map(([, name]) => name)).toEqual(['云南省民政厅', '云南省精神文明建设委员会办公室']);
    // The labour disputes' arbitration court and committee.
    expect(names('元宝区劳动人事争议仲裁院、市劳动仲裁委办理。', jurisdictionOf('丹东市人力资源和社会保障局')).map(([, name]) => name)).toEqual(['丹东市元宝区劳动人事争议仲裁院', '丹东市劳动人事争议仲裁委员会']);
    // The radio and television bureau (广电局), a department written 人力社保厅.
    expect(names('省广电局、省人力社保厅会办。', jurisdictionOf('四川省文化和旅游厅')).map(([, name]) => name)).toEqual(['四川省广播电视局', '四川省人力资源和社会保障厅']);
    expect(names('引导县未保委成员单位参与。', jurisdictionOf('南陵县民政局'))).toEqual([['县未保委', '南陵县未成年人保护工作委员会']]);
    // The ageing committee itself beside its office (老龄委, 老龄办; b854_04), and the staffing office written without 委 (区编办; b865_04).
    expect(names('联合自治区工信委、民政厅、残联、老龄委印发', jurisdictionOf('广西壮族自治区司法厅')).map(([, name]) => name).at(-1)).toBe('广西壮族自治区老龄工作委员会');
    expect(names('我局通过区编办的批示', jurisdictionOf('淄博市博山区综合行政执法局'))).toEqual([['区编办', '中共淄博市博山区委机构编制委员会办公室']]);
    // A town's or county's animal-husbandry station (b880_02), and the science ministry's torch centre (b878_02).
    expect(names('交由镇畜牧兽医站办理。', jurisdictionOf('三街镇人民政府'))).toEqual([['镇畜牧兽医站', '三街镇畜牧兽医站']]);
    expect(names('由科技部火炬高技术产业开发中心主办').map(([, name]) => name)).toEqual(['科学技术部火炬高技术产业开发中心']);
    expect(names('区消安委各成员单位加强协作。', jurisdictionOf('盘锦市双台子区消防救援大队'))).toEqual([['区消安委', '盘锦市双台子区消防安全委员会']]);
    // A city's planning and natural-resources commission written short (市规划自然资源委; b1459_02).
    expect(names('会同市规划自然资源委、市水务局研究。', jurisdictionOf('北京市应急管理局')).map(([, name]) => name)).toEqual(['北京市规划和自然资源委员会', '北京市水务局']);
    // Data-resources bureaus, garden-and-heritage bureaus and national-defence mobilisation offices written short (b1464, b1469_02, b1465_01).
    expect(names('省数据资源局、市园文局、市国防动员办共同推进。', jurisdictionOf('杭州市商务局')).map(([, name]) => name)).toEqual(['浙江省数据资源管理局', '杭州市园林文物局', '杭州市国防动员办公室']);
    // So are the trade-union federation and the Red Cross society of a level.
    expect(names('县总工会将和县综合执法局共同统筹;市红十字会共同完成', jurisdictionOf('嵩明县人民政府')).map(([, name]) => name)).toEqual(['嵩明县总工会', '嵩明县综合行政执法局', '昆明市红十字会']);    // Courts of every level: a region's high court, a city's intermediate one, written out or short (b786_01).
    expect(names('自治区卫生健康委员会、医疗保障局,自治区高级人民法院,自治区总工会联合印发', jurisdictionOf('新疆维吾尔自治区人力资源和社会保障厅')).map(([, name]) => name)).toEqual([
      '新疆维吾尔自治区卫生健康委员会',
      '新疆维吾尔自治区医疗保障局',
      '新疆维吾尔自治区高级人民法院',
      '新疆维吾尔自治区总工会',
    ]);
    expect(names('会同省高院、市中院和县法院', jurisdictionOf('南京市江宁区司法局')).map(([, name]) => name)).toEqual(['江苏省高级人民法院', '南京市中级人民法院', '南京市江宁区人民法院']);
    // A municipality's high court and fire service written short (市高法院, 市消防总队; b1758_01, b1758_05), a city's fire service (市消防支队).
    expect(names('经与市高法院、市消防总队研究', jurisdictionOf('重庆市体育局')).map(([, name]) => name)).toEqual(['重庆市高级人民法院', '重庆市消防救援总队']);
    expect(names('会同市中级法院、市消防支队', jurisdictionOf('南京市江宁区司法局')).map(([, name]) => name)).toEqual(['南京市中级人民法院', '南京市消防救援支队']);
  });
  it('reads members, not a committee, in 委员 (雨露乡委员小组, 政协某县委员), and the committee in 委员会', () => {
    const nanhua = jurisdictionOf('南华县交通运输局');
    expect(names('雨露乡委员小组:', nanhua)).toEqual([]);
    expect(names('刘某林政协绿春县委员:', nanhua)).toEqual([]);
    expect(names('经县委员会研究', nanhua).map(([, name]) => name)).toEqual(['中共南华县委员会']);
    // Nor in a verb 委 opens (经开区委托第三方, 县委婉): the committee only where 委 ends its word.
    expect(names('经开区委托第三方专业机构检测,县委婉拒', nanhua)).toEqual([]);
    expect(names('县委托第三方评估,县委要求整改', nanhua).map(([, name]) => name)).toEqual(['中共南华县委员会']);
  });
  it('reads no party committee in the conference written out (中国人民政治协商会议若羌县委员会; b937_01), and a party committee written out to 员会', () => {
    const ruoqiang = jurisdictionOf('若羌县住房和城乡建设局');
    expect(names('您在中国人民政治协商会议若羌县委员会十一届一次会议上所提', ruoqiang)).toEqual([]);
    expect(names('与中国共产党若羌县委员会联系', ruoqiang)).toEqual([['若羌县委员会', '中共若羌县委员会']]);
    // Nor is a district written after its city what a body does (政协吴忠市|利通区|委员会; b964_03).
    expect(names('对政协吴忠市利通区委员会五届三次会议第116号提案的答复', jurisdictionOf('吴忠市利通区科学技术局'))).toEqual([]);
  });
  it('reads the mass organisations of a level (县文联, 县社科联, 县侨联; b941_03) and of the nation (中国科协; b941_01) as bodies', () => {
    expect(names('县文联、县社科联和县侨联组织作家采风', jurisdictionOf('盘山县文化旅游和广播电视局')).map(([, name]) => name)).toEqual([
      '盘山县文学艺术界联合会',
      '盘山县社会科学界联合会',
      '盘山县归国华侨联合会',
    ]);
    expect(names('我县被中国科协认定为全国科普示范县,全国总工会、中国文联参与', jurisdictionOf('泌阳县人民政府')).map(([, name]) => name)).toEqual([
      '中国科学技术协会',
      '中华全国总工会',
      '中国文学艺术界联合会',
    ]);
  });
  it('reads the party committee’s rural-work and rural-revitalisation office by its whole name (委农村工作暨实施乡村振兴战略领导小组办公室; b1005_02)', () => {
    expect(names('根据《中共城口县委农村工作暨实施乡村振兴战略领导小组办公室关于印发扶持政策的通知》', jurisdictionOf('城口县农业农村委员会')).map(([, name]) => name)).toEqual([
      '中共城口县委农村工作暨实施乡村振兴战略领导小组办公室',
    ]);
  });
  it('reads a body written with its level word alone right after a placed body of that level as that place’s (汨罗市委、市政府; b998_03)', () => {
    const yueyang = jurisdictionOf('岳阳市教育体育局');
    expect(names('我局协同汨罗市委、市政府组织龙舟比赛', yueyang).map(([, name]) => name)).toEqual(['中共汨罗市委员会', '汨罗市人民政府']);
    expect(names('在沅陵县委县政府的领导下', jurisdictionOf('怀化市教育局')).map(([, name]) => name)).toEqual(['中共沅陵县委员会', '沅陵县人民政府']);
    // The letter's own place so written reads as before.
    expect(names('岳阳市委、市政府高度重视', yueyang).map(([, name]) => name)).toEqual(['中共岳阳市委员会', '岳阳市人民政府']);
    // Even where the letter's text names the county most (a city's letter on a county's races).
    expect(names('协同汨罗市委、市政府', { ...yueyang, county: '汨罗市' }).map(([, name]) => name)).toEqual(['中共汨罗市委员会', '汨罗市人民政府']);
  });
  it('reads the disaster-reduction committees, a level’s (市减灾委; b992_03) and the nation’s (国家减灾委; b1025_02)', () => {
    expect(names('健全组织架构(市减灾委及市森林防灭火指挥部)', jurisdictionOf('重庆市应急管理局')).map(([, name]) => name)).toContain('重庆市减灾委员会');
    expect(names('会同国家减灾委17个成员单位建立机制', jurisdictionOf('中华人民共和国应急管理部')).map(([, name]) => name)).toEqual(['国家减灾委员会']);
  });
  it('reads a level’s river-chief office (县河长办, 区河长制办公室; b1011_03, b1011_04) by its full name', () => {
    expect(names('县河长办牵头,县河湖长制办公室配合', jurisdictionOf('阜宁县水务局')).map(([, name]) => name)).toEqual(['阜宁县河长制办公室', '阜宁县河长制办公室']);
  });
  it('reads places listed before a placed body as sharing it (沈阳、大连、营口市政府; b1063_01, b1063_02), a place inside a word (铁|西区) as none', () => {
    const liaoning = jurisdictionOf('辽宁省商务厅');
    expect(names('省商务厅会同沈阳、大连、营口市政府及省营商局研究', liaoning)).toEqual([
      ['省商务厅', '辽宁省商务厅'],
      ['沈阳', '沈阳市人民政府'],
      ['大连', '大连市人民政府'],
      ['营口市政府', '营口市人民政府'],
      ['省营商局', '辽宁省营商局'],
    ]);
    expect(names('会同鞍山和本溪市委', liaoning).map(([, n]) => n)).toEqual(['中共鞍山市委员会', '中共本溪市委员会']);
    // Only places of the body's level (a province before a city's body is no city), each a whole word.
    expect(names('北京、营口市政府', liaoning).map(([, n]) => n)).toEqual(['营口市人民政府']);
    expect(names('会同铁西区、大东区政府', liaoning).map(([, n]) => n)).toEqual(['沈阳市大东区人民政府']);
  });
  it('reads a level’s patriotic-health committee and its office (县爱卫会, 县爱卫办; b1074_02, b1075) and a city’s urban-management committee (市城管执法委; b1073_05) by their full names', () => {
    expect(names('县爱卫会部署,县爱卫办将按照规定开展病媒生物防制', jurisdictionOf('河口瑶族自治县卫生健康局')).map(([, n]) => n)).toEqual([
      '河口瑶族自治县爱国卫生运动委员会',
      '河口瑶族自治县爱国卫生运动委员会办公室',
    ]);
    expect(names('市城管执法委高度重视', jurisdictionOf('十堰市水利和湖泊局')).map(([, n]) => n)).toEqual(['十堰市城市管理执法委员会']);
  });
  it('reads the party committee’s rule-of-law commission and its office (市委全面依法治市委员会, 市委依法治市办; b1060_04), no committee of a place 依法治', () => {
    const zhengzhou = jurisdictionOf('郑州市司法局');
    expect(names('市委全面依法治市委员会守法普法协调小组适时召开会议,市委依法治市办牵头', zhengzhou).map(([, n]) => n)).toEqual([
      '中共郑州市委全面依法治市委员会',
      '中共郑州市委全面依法治市委员会办公室',
    ]);
  });
  it('reads a level’s forest-chief office (区林长办, 镇林长办; b1056_01, b1056_06) by its full name', () => {
    const chongming = jurisdictionOf('上海市崇明区绿化和市容管理局');
    expect(names('区林长办工作会议由区林长办常务副主任主持', chongming).map(([, name]) => name)).toEqual(['上海市崇明区林长制办公室', '上海市崇明区林长制办公室']);
  });
  it('reads the water ministry’s river-basin commissions and the national flood-control office (b992_01, b992_06)', () => {
    expect(names('国家防办要求我省复核上报,水利部组织黄河水利委员会编制方案', jurisdictionOf('湖南省水利厅')).map(([, name]) => name)).toEqual([
      '国家防汛抗旱总指挥部办公室',
      '中华人民共和国水利部',
      '水利部黄河水利委员会',
    ]);
  });
  it('reads a grade of government’s bodies as a class, and those listed after them (县级农业农村局、自然资源局; b947_03)', () => {
    const yongping = jurisdictionOf('永平县农业农村局');
    expect(names('县级农业农村局、自然资源局、林草局、生态环境局等部门专家联合对选址进行评估', yongping)).toEqual([]);
    expect(names('由市级财政局拨付,县农业农村局、县财政局负责', yongping).map(([, name]) => name)).toEqual(['永平县农业农村局', '永平县财政局']);
  });
  it('reads no city in a class of governments (省、自治区、直辖市人民政府)', () => {
    expect(names('报省、自治区、直辖市人民政府批准公布', jurisdictionOf('安康市住房和城乡建设局'))).toEqual([]);
    // Nor in a list of level words (设区的市、自治州人民政府); and a prefecture's word names only a prefecture
    // of its kind: 州政府 in a 保山市 letter is none of its, in a 博乐市 letter the prefecture's.
    expect(names('县级人民政府和设区的市、自治州人民政府应当制定', jurisdictionOf('施甸县民政局'))).toEqual([]);
    expect(names('报州政府审定', jurisdictionOf('施甸县民政局'))).toEqual([['州政府', '州政府']]);
    expect(names('报州政府审定', jurisdictionOf('博乐市民政局'))).toEqual([['州政府', '博尔塔拉蒙古自治州人民政府']]);
    // After a character no word ends with, the prefecture's word closes a place's name the tables do not know
    // (也请华|州政府, b1787_01) or a class (由统筹地区人民政府): no body of the letter's.
    const shaanxi = jurisdictionOf('陕西省发展和改革委员会');
    expect(names('同时也请华州政府同步做好规划', shaanxi)).toEqual([]);
    expect(names('由统筹地区人民政府根据规定确定', shaanxi)).toEqual([]);
  });
  it('reads a body after counted places as the body (16个区和市委组织部: the districts, then the city’s department)', () => {
    const shanghai = jurisdictionOf('上海市科学技术委员会');
    expect(names('联席会议已吸纳16个区和市委组织部、市委宣传部等成员单位。', shanghai).map(([, n]) => n)).toEqual(['中共上海市委组织部', '中共上海市委宣传部']);
    expect(names('各区和市委组织部要加强协调。', shanghai)).toEqual([]);
  });
  it('reads a form listed right after or before a national body as the national body of that name (民政部、发展改革委)', () => {
    expect(names('民政部、发展改革委、科技部联合印发。县发展改革委牵头', jurisdictionOf('施甸县民政局')).map(([, n]) => n)).toEqual([
      '中华人民共和国民政部',
      '国家发展和改革委员会',
      '中华人民共和国科学技术部',
      '施甸县发展和改革委员会',
    ]);
    // Or right before one (b1131_01).
    expect(names('我部会同发展改革委、住房城乡建设部进行了研究。', jurisdictionOf('中华人民共和国自然资源部')).map(([, n]) => n)).toEqual([
      '国家发展和改革委员会',
      '中华人民共和国住房和城乡建设部',
    ]);
  });
  it('starts no place at a distinguishing word (平川|历届|区水务局; b1139_05) and reads a basin bureau as the river commission’s (黑河流域管理局; b1139_01)', () => {
    expect(names('多年来,平川历届区水务局都将该工程列入计划。', jurisdictionOf('白银市平川区水务局')).map(([, n]) => n)).toEqual(['白银市平川区水务局']);
    expect(names('黑河流域管理局制定了分水方案。', jurisdictionOf('阿拉善盟水务局')).map(([, n]) => n)).toEqual(['黄河水利委员会黑河流域管理局']);
  });
  it('reads a national park’s bureau by its park (三江源|国家公园管理局; b1151_01), the national bureau only where none is named', () => {
    expect(names('在省委的领导下,三江源国家公园管理局全面落实。', jurisdictionOf('青海省林业和草原局')).map(([, n]) => n)).toEqual(['中共青海省委员会', '三江源国家公园管理局']);
    expect(names('方案报国家公园管理局批准。', jurisdictionOf('青海省林业和草原局')).map(([, n]) => n)).toEqual(['国家公园管理局']);
  });
  it('reads no body in a hall (市政务大厅, 市政务服务大厅), whose 厅 is no department', () => {
    expect(names('在市政务大厅设立窗口,市政务服务大厅已开设专区', jurisdictionOf('晋城市政务服务中心'))).toEqual([]);
    // Nor in a railway operator (乌鲁木齐铁路局), a state firm's, whatever place names it.
    expect(names('项目线路跨越铁路,需报成都铁路局审批。', jurisdictionOf('青川县交通运输局'))).toEqual([]);
    // Nor in an expert committee (省园林绿化专家委员会): advisers a body gathers, an organisation.
    expect(names('成立了省园林绿化专家委员会。', jurisdictionOf('青川县交通运输局'))).toEqual([]);
  });
  it('names a court by its level: a prefecture’s 市法院 is its 中级人民法院, a province’s its 高级人民法院, a county’s or district’s the 人民法院 (b1734_03, b1641_03)', () => {
    expect(names('经我局主办,市总工会、市法院会办', jurisdictionOf('杭州市人力资源和社会保障局')).map(([, n]) => n)).toEqual(['杭州市总工会', '杭州市中级人民法院']);
    expect(names('省法院出台了指导意见', jurisdictionOf('浙江省人力资源和社会保障厅')).map(([, n]) => n)).toEqual(['浙江省高级人民法院']);
    expect(names('县法院受理', jurisdictionOf('蓝田县人民政府')).map(([, n]) => n)).toEqual(['蓝田县人民法院']);
    expect(names('区法院', jurisdictionOf('杭州市西湖区人力资源和社会保障局')).map(([, n]) => n)).toEqual(['杭州市西湖区人民法院']);
  });
  it('writes a police bureau’s traffic brigade out as its full name is (交警大队 → 交通警察大队), a 交巡警 brigade as written', () => {
    expect(names('县公安局交警大队已安排专人', jurisdictionOf('蓝田县人民政府'))[0]![1]).toBe('蓝田县公安局交通警察大队');
    // A traffic management brigade (交管大队) is the police's too, under its own name.
    expect(names('会同市交管大队加强管理', jurisdictionOf('广德市教育体育局'))[0]![1]).toBe('广德市公安局交通管理大队');
    expect(names('县公安局交管大队已安排专人', jurisdictionOf('蓝田县人民政府'))[0]![1]).toBe('蓝田县公安局交通管理大队');
    expect(names('市公安局交警支队', jurisdictionOf('抚顺市人民政府'))[0]![1]).toBe('抚顺市公安局交通警察支队');
    expect(names('市公安局交巡警支队', jurisdictionOf('重庆市人民政府'))[0]![1]).toBe('重庆市公安局交巡警支队');
    // A brigade the bureau works with is no unit of it (县应急管理局|联合县消防救援大队).
    expect(names('县应急管理局联合县消防救援大队开展检查。', jurisdictionOf('犍为县应急管理局')).map(([, n]) => n)).toEqual(['犍为县应急管理局', '犍为县消防救援大队']);
    // A unit never names its body again through a pronoun (县公安局将|我局交警大队: the second sentence's subject).
    expect(names('县公安局将由我局交警大队负责整改,报县政府。', jurisdictionOf('青川县公安局')).map(([t]) => t)).toEqual(['县公安局', '交警大队', '县政府']);
    expect(names('交警大队将同本局治安大队联合巡查。', jurisdictionOf('青川县公安局')).map(([t]) => t)).toEqual(['交警大队', '治安大队']);
    // So after a body the tables know only by its merged bureaus' short form (市资建局: 自然资源和城乡建设局).
    expect(names('市资建局联合省地质四大队开展排查。', jurisdictionOf('咸宁市应急管理局')).map(([, n]) => n)).toEqual(['咸宁市自然资源和城乡建设局']);
    // 乡 closing a common word (城乡) is no town's level word: 市城乡交通运输局 is the city's, in a district's letter.
    expect(names('由市发改委和市城乡交通运输局负责。', jurisdictionOf('济南市长清区交通运输局')).map(([, n]) => n)).toEqual(['济南市发展和改革委员会', '济南市城乡交通运输局']);
    // A town the tagger reads as a person's name (鲁桥镇/nr) keeps its level word.
    expect(names('鲁桥镇党委、政府高度重视。', jurisdictionOf('微山县人民政府')).map(([, n]) => n)).toContain('中共微山县鲁桥镇委员会');
    // 府 alone after a level word is its government (区委区府), whose office 府办 is.
    expect(names('区委区府高度重视,县府办牵头。', jurisdictionOf('重庆市荣昌区人民政府')).map(([, n]) => n)).toEqual(['中共重庆市荣昌区委员会', '重庆市荣昌区人民政府', '重庆市荣昌区人民政府办公室']);
    // Before the 2018 reform a committee's cyberspace office was its leading group's (…领导小组办公室), written out in full or short.
    const before = { ...jurisdictionOf('铜川市人民政府'), year: 2017 };
    expect(names('中共铜川市委网络安全和信息化领导小组办公室。市委网信办配合。', before).map(([, n]) => n)).toEqual(['中共铜川市委网络安全和信息化领导小组办公室', '中共铜川市委网络安全和信息化领导小组办公室']);
    // Before the national administration's branches of 2023, a province's 金融监管局 was its own 地方金融监督管理局.
    const guangdong = (year: number) => ({ ...jurisdictionOf('广东省工业和信息化厅'), year });
    expect(names('由省金融监管局牵头,重庆金融监管局配合。', guangdong(2020)).map(([, n]) => n)).toEqual(['广东省地方金融监督管理局', '重庆市地方金融监督管理局']);
    expect(names('重庆金融监管局配合。', guangdong(2024)).map(([, n]) => n)).toEqual(['国家金融监督管理总局重庆监管局']);
    // A region's market regulator may be a 厅 (宁夏); a county's food-safety office written 食品安全办.
    expect(names('自治区市场监管厅大力支持。', jurisdictionOf('吴忠市市场监督管理局')).map(([, n]) => n)).toEqual(['宁夏回族自治区市场监督管理厅']);
    expect(names('县食品安全办联合执法。', jurisdictionOf('泗县市场监督管理局')).map(([, n]) => n)).toEqual(['泗县食品安全委员会办公室']);
    // Nor is a centre the bureau oversees, named after a verb of it (区人社局下辖|技能人才服务中心).
    expect(names('区人力社保局下辖技能人才服务中心负责实训。', jurisdictionOf('重庆市永川区人民政府')).map(([, n]) => n)).toEqual(['重庆市永川区人力资源和社会保障局']);
    // Nor are its units in general (街道办事处|相关科室, 区教育局|各股室).
    expect(names('会同区城管局、大坪街道办事处相关科室、区教育局各股室现场排查。', jurisdictionOf('重庆市渝中区人民政府')).map(([t]) => t)).toEqual(['区城管局', '大坪街道办事处', '区教育局']);
    // A division in a contact line, its person or post run on after it (…发展规划处汪某; b1754_03, b1750_01).
    const hunan = jurisdictionOf('湖南省教育厅');
    expect(names('联系单位及承办人:省教育厅发展规划处王小明\n', hunan).map(([, n]) => n)).toEqual(['湖南省教育厅发展规划处']);
    expect(names('联系人:省教育厅学生资助处副处长,电话', hunan).map(([, n]) => n)).toEqual(['湖南省教育厅学生资助处']);
    // (Not a clause's 处理 after its bureau: 省教育厅处理完毕 names no division.)
    expect(names('此事已由省教育厅处理完毕。', hunan).map(([, n]) => n)).toEqual(['湖南省教育厅']);
    // Nor its people joined to a unit (市环保局|分管领导和人事处负责人): 和 after a post joins no unit's two tasks.
    expect(names('组织市林业局和市环保局分管领导和人事处负责人座谈。', jurisdictionOf('本溪市人力资源和社会保障局')).map(([t]) => t)).toEqual(['市林业局', '市环保局']);
    // Written bare, it is the letter's place's police's: a 大队 the county's, a 支队 the city's.
    expect(names('我局交警大队将对南桥路段进行实地查看。', jurisdictionOf('大竹县公安局'))).toEqual([['交警大队', '大竹县公安局交通警察大队']]);
    expect(canonicalAgency('交警支队', jurisdictionOf('丹东市公安局'))).toBe('丹东市公安局交通警察支队');
    // So where it acts in a sentence, the county's 大队 in a county's letter, the city's 支队 in a district's;
    // a district's 大队 is its city's bureau's branch's, a new district's branch written without 新区.
    expect(names('对信号灯的建议,交警大队对路口进行了调整。', jurisdictionOf('乳山市交通运输局'))).toEqual([['交警大队', '乳山市公安局交通警察大队']]);
    expect(names('4月17日,交警支队两名副支队长到现场。', jurisdictionOf('丹东市振兴区人民政府'))[0]![1]).toBe('丹东市公安局交通警察支队');
    expect(names('及时消除隐患。交警大队先后向政府报告。', jurisdictionOf('枣庄市薛城区教育局'))[0]![1]).toBe('枣庄市公安局薛城分局交通警察大队');
    // So is one written with its level word, 公安 spelled out or not (区公安交警支队 in a 静安区 letter).
    expect(names('市运管处召集区建管委、区公安交警支队', jurisdictionOf('上海市静安区人民政府'))[2]).toEqual(['区公安交警支队', '上海市公安局静安分局交通警察支队']);
    expect(names('由县公安交警大队负责。', jurisdictionOf('大竹县公安局'))).toEqual([['县公安交警大队', '大竹县公安局交通警察大队']]);
    // Or written 公安 + district + 分局, as Shanghai's letters do (公安嘉定分局), its unit after it its own; not where no district is named.
    expect(names('将积极配合公安嘉定分局做好工作,公安嘉定分局交警支队提出方案。', jurisdictionOf('上海市嘉定区人民政府')).map(([, n]) => n)).toEqual(['上海市公安局嘉定分局', '上海市公安局嘉定分局交通警察支队']);
    expect(names('请公安机关分局配合。', jurisdictionOf('上海市嘉定区人民政府'))).toEqual([]);
    expect(names('会同消防大队检查。', jurisdictionOf('上海市浦东新区人民政府'))[0]![1]).toBe('上海市浦东新区消防救援大队');
    expect(names('及时消除隐患。交警大队先后向政府报告。', jurisdictionOf('上海市浦东新区人民政府'))[0]![1]).toBe('上海市公安局浦东分局交通警察大队');
  });
  it('reads the ocean and fisheries departments before the 2018 reform (省海洋渔业局)', () => {
    expect(names('会同省海洋渔业局、省海洋与渔业厅', jurisdictionOf('福建省交通运输厅')).map(([, name]) => name)).toEqual(['福建省海洋与渔业局', '福建省海洋与渔业厅']);
  });
  it('reads the pre-2019 industry committee written short and a bare bureau in a list of the city’s (市工业和信息化委、金融工作局)', () => {
    expect(names('组织市发展改革委、市工业和信息化委、金融工作局以及各区研究', jurisdictionOf('广州市科技创新委员会')).map(([, name]) => name)).toEqual([
      '广州市发展和改革委员会',
      '广州市工业和信息化委员会',
      '广州市金融工作局',
    ]);
  });
  it('reads a district’s construction and management committee written short (区建管委)', () => {
    expect(names('市运管处召集区建管委、区公安交警支队', jurisdictionOf('上海市静安区人民政府'))[1]).toEqual(['区建管委', '上海市静安区建设和管理委员会']);
  });
  it('reads no unknown place in a verb and its complement before a level word (落实落细|市委)', () => {
    const cq = jurisdictionOf('重庆市科学技术局');
    expect(names('市科技局围绕落实落细市委“一号工程”,加强协作。', cq).map(([, n]) => n)).toEqual(['重庆市科学技术局', '中共重庆市委员会']);
  });
  it('keeps a full name as written where places name the body two ways (文化广电旅游局 beside 文化广电和旅游局), and writes out 政务和数据局', () => {
    const gz = jurisdictionOf('广州市教育局');
    expect(canonicalAgency('市文化广电旅游局', gz)).toBe('广州市文化广电旅游局');
    expect(canonicalAgency('市文化广电和旅游局', gz)).toBe('广州市文化广电和旅游局');
    expect(canonicalAgency('市政务和数据局', gz)).toBe('广州市政务服务和数据管理局');
  });
  it('reads a district’s city appearance and gardens committee written short (区市容园林委)', () => {
    expect(names('区市容园林委高度重视', jurisdictionOf('天津市静海区人民政府'))[0]).toEqual(['区市容园林委', '天津市静海区市容和园林管理委员会']);
  });
  it('names a city’s or district’s assets commission under its government, a province’s or municipality’s not', () => {
    expect(names('市国资委、市政府国有资产监督管理委员会', jurisdictionOf('深圳市人民政府')).map(([, name]) => name)).toEqual([
      '深圳市人民政府国有资产监督管理委员会',
      '深圳市人民政府国有资产监督管理委员会',
    ]);
    expect(names('市国资委', jurisdictionOf('重庆市人民政府'))[0]![1]).toBe('重庆市国有资产监督管理委员会');
    expect(names('省国资委', jurisdictionOf('贵州省教育厅'))[0]![1]).toBe('贵州省人民政府国有资产监督管理委员会');
    expect(names('区国资委', jurisdictionOf('上海市嘉定区经济委员会'))[0]![1]).toBe('上海市嘉定区国有资产监督管理委员会');
  });
  it('names a district’s police written as its 公安分局 as the city bureau’s branch', () => {
    expect(names('南票区公安分局已开展整治', jurisdictionOf('葫芦岛市南票区人民政府'))[0]![1]).toBe('葫芦岛市公安局南票分局');
    expect(names('区公安分局、区生态环境局', jurisdictionOf('上海市杨浦区人民政府'))[0]![1]).toBe('上海市公安局杨浦分局');
    // Its district without its level word, as a title opens with it.
    expect(canonicalAgency('薛城公安分局', jurisdictionOf(''))).toBe('枣庄市公安局薛城分局');
  });
  it('writes a party committee’s unit under the committee’s short name (中共…市委党史研究室)', () => {
    expect(canonicalAgency('市委党史研究室', jurisdictionOf('钦州市退役军人事务局'))).toBe('中共钦州市委党史研究室');
  });
  it('names a sub-district office written short (街道办) in full', () => {
    expect(names('来源:龙华区观澜街道办 日期', jurisdictionOf('深圳市龙华区观澜街道办事处'))[0]![1]).toBe('深圳市龙华区观澜街道办事处');
  });
  it('reads 办事处 alone as a sub-district’s letter’s own office (街道党工委、办事处; b944_03), in any other letter as no one body', () => {
    const lupiao = jurisdictionOf('安宁市人民政府禄脿街道办事处');
    expect(names('街道党工委、办事处高度重视', lupiao)).toEqual([
      ['街道党工委', '中共安宁市禄脿街道工作委员会'],
      ['办事处', '安宁市禄脿街道办事处'],
    ]);
    expect(names('街道党工委、办事处高度重视', jurisdictionOf('安宁市农业农村局')).map(([, name]) => name)).not.toContain('安宁市办事处');
  });
  it('names a planning committee written short (市规委会) in full', () => {
    expect(names('我局将提请市规委会审议', jurisdictionOf('永州市自然资源和规划局'))).toEqual([['市规委会', '永州市规划委员会']]);
  });
  it('reads a sub-district’s congress work committee (街道人大工委) whole, not its congress (b1209)', () => {
    const office = jurisdictionOf('重庆市永川区某某街道办事处');
    expect(names('街道人大工委主任、街道党工委委员一同到社区调研', office).map(([t]) => t)).toEqual(['街道人大工委', '街道党工委']);
  });
  it('reads no body in an inter-departmental word (厅际联席会议)', () => {
    const text = '自治区建立了广西特色小镇培育厅际联席会议制度。';
    expect(names(text, jurisdictionOf('广西壮族自治区住房和城乡建设厅'))).toEqual([]);
  });
  it('never swallows time words, adverbs or verbs before a level word', () => {
    expect(names('近年来县农业农村局积极争取项目。')).toEqual([['县农业农村局', '青川县农业农村局']]);
    expect(names('下一步县卫生健康局将加大投入。')).toEqual([['县卫生健康局', '青川县卫生健康局']]);
    expect(names('2019年县政府出台了办法。')).toEqual([['县政府', '青川县人民政府']]);
    // Nor the word a number counts or dates (2022|年度) before a place the tables do not know.
    expect(names('2022年度市中区人民政府关于对市政协十一届一次会议第111186号提案的答复').map(([t]) => t)).toEqual(['市中区人民政府']);
    // Two bodies run together on a 抄送 line: the second is no unit of the first.
    expect(names('抄送:县人大常委会代表工作委员会县政府办公室').map(([, n]) => n)).toEqual([
      '青川县人民代表大会常务委员会代表工作委员会',
      '青川县人民政府办公室',
    ]);
    // 政协青川县委员会: the conference's committee holds 县委, which is no party committee there.
    expect(names('关于政协青川县委员会十二届四次会议第1号提案的答复。您在政协第十四届青川县委员会第一次会议提出的。').map(([, n]) => n)).not.toContain('中共青川县委员会');
    // However long the autonomous county's name before it.
    expect(names('关于对政协新平彝族傣族自治县委员会十届四次会议第5号提案的答复', jurisdictionOf('新平彝族傣族自治县林业和草原局')).map(([, n]) => n)).not.toContain('中共新平彝族傣族自治县委员会');
    expect(names('县委、县政府高度重视。').map(([, n]) => n)).toEqual(['中共青川县委员会', '青川县人民政府']);
    // The congress's general office written short: 人大办公厅 whole, not 人大办 and a stray 公厅.
    expect(names('抄送:省人大办公厅,省政府办公厅。', jurisdictionOf('四川省交通运输厅')).map(([, n]) => n)).toEqual([
      '四川省人民代表大会常务委员会办公厅',
      '四川省人民政府办公厅',
    ]);
    // In a county-level city's letter 州 names the prefecture it lies in, 市 the city itself.
    expect(names('州委宣传部、市委宣传部联合开展。', jurisdictionOf('吉首市人民政府')).map(([, n]) => n)).toEqual([
      '中共湘西土家族苗族自治州委宣传部',
      '中共吉首市委宣传部',
    ]);
    // Nor a pointing word or a common noun before the level word: 针对此|问题|县政府.
    expect(names('交通堵塞问题,针对此问题县政府已经协调。')).toEqual([['县政府', '青川县人民政府']]);
    expect(names('办理结果按时反馈县人大常委会。')).toEqual([['县人大常委会', '青川县人民代表大会常务委员会']]);
    expect(names('此事列入县委重点工作,待县政府研究。')).toEqual([
      ['县委', '中共青川县委员会'],
      ['县政府', '青川县人民政府'],
    ]);
  });
  it('reads the army’s general departments listed with ministries as issuers of a national document', () => {
    expect(names('按照教育部、财政部、总政治部、总后勤部《关于印发某意见的通知》执行。').map(([, n]) => n)).toEqual([
      '中华人民共和国教育部',
      '中华人民共和国财政部',
      '中国人民解放军总政治部',
      '中国人民解放军总后勤部',
    ]);
    // All four of them, till the 2016 reform (b1618_03).
    expect(names('教育部、总参谋部、总装备部联合印发了通知。').map(([, n]) => n)).toEqual(['中华人民共和国教育部', '中国人民解放军总参谋部', '中国人民解放军总装备部']);
    // National bodies under a ministry, by their short forms too (b1699_01, b1694_03).
    expect(names('教育部、国家语委印发了通知,商务部、国家茧丝办编制了纲要。').map(([, n]) => n)).toEqual(['中华人民共和国教育部', '国家语言文字工作委员会', '中华人民共和国商务部', '国家茧丝绸协调办公室']);
  });
  it('reads a body’s general office written after it; only a party committee shares its government’s office', () => {
    expect(names('2017年,教育部办公厅下发了指导意见。')).toEqual([['教育部办公厅', '中华人民共和国教育部办公厅']]);
    expect(names('省教育厅办公室牵头。')).toEqual([['省教育厅办公室', '四川省教育厅办公室']]);
    expect(names('抄送:县人大常委会代表工作委员会、县政府办公室')).toEqual([
      ['县人大常委会代表工作委员会', '青川县人民代表大会常务委员会代表工作委员会'],
      ['县政府办公室', '青川县人民政府办公室'],
    ]);
  });

  it('writes a sub-district office out from its short form, and keeps no place or level word written before a body whose full name holds it', () => {
    const guanlan = jurisdictionOf('深圳市龙华区观澜街道办事处');
    expect(canonicalAgency('观澜街道办', guanlan)).toBe('深圳市龙华区观澜街道办事处');
    expect(canonicalAgency('龙华区观澜街道办', guanlan)).toBe('深圳市龙华区观澜街道办事处');
    // A level word alone before a county's body: the city's county (市武义县政府).
    expect(canonicalAgency('市武义县政府', jurisdictionOf('金华市科学技术局'))).toBe('武义县人民政府');
  });

  it('stops at 如 (such as) and 需 (needs) before a body, but not at a place they open', () => {
    expect(names('部分单位如县卫健局已开工。')).toEqual([['县卫健局', '青川县卫生健康局']]);
    expect(names('此事需县政府协调。')).toEqual([['县政府', '青川县人民政府']]);
    expect(names('由如皋市教育局负责。').map(([text]) => text)).toEqual(['如皋市教育局']);
    // 经商 (after consulting), not a place 经商市.
    expect(names('经商市交通运输局,现答复如下。')).toEqual([['市交通运输局', '广元市交通运输局']]);
  });
  it('reads a town the tables do not know, under the place written before it or the letter’s county', () => {
    expect(names('由海盐县石泉镇人民政府负责。')).toEqual([['海盐县石泉镇人民政府', '海盐县石泉镇人民政府']]);
    expect(names('该路段属石泉镇人民政府管辖。', qingchuan)).toEqual([['石泉镇人民政府', '青川县石泉镇人民政府']]);
    // Written in full, a town's government names a town whatever its name means (草坝: a common noun); short, it does not.
    expect(names('现资金已落实到位,请草坝镇人民政府将资金用于安装。', qingchuan)).toEqual([['草坝镇人民政府', '青川县草坝镇人民政府']]);
    expect(names('针对此问题区政府已经协调。', qingchuan)).toEqual([['区政府', '青川县人民政府']]);
    // A town whose name ends in a left-context character (和, 与) the tagger reads whole: 永和/nz, 中和/ns (b1659_05).
    expect(names('该树属永和镇人民政府管辖,由中和镇政府负责养护。', qingchuan)).toEqual([
      ['永和镇人民政府', '青川县永和镇人民政府'],
      ['中和镇政府', '青川县中和镇人民政府'],
    ]);
    // 和 joining two bodies stays a joiner.
    expect(names('由县水务局和镇政府负责。', qingchuan).map(([text]) => text)).toEqual(['县水务局']);
    expect(names('由郑州市惠济区石泉镇人民政府负责。')).toEqual([['郑州市惠济区石泉镇人民政府', '郑州市惠济区石泉镇人民政府']]);
  });
  it('reads a town named bare where it acts as its government: subject of a handling word, or an item of a list of bodies', () => {
    expect(names('针对您的建议,石泉镇已开展排查;东坝街道根据建议内容实地调研。', qingchuan)).toEqual([
      ['石泉镇', '青川县石泉镇人民政府'],
      ['东坝街道', '青川县东坝街道办事处'],
    ]);
    expect(names('经与协办单位石泉镇和沙坪镇的分管领导对接。', qingchuan).map(([, n]) => n)).toEqual(['青川县石泉镇人民政府', '青川县沙坪镇人民政府']);
    // The first of a list whose next item is a body.
    expect(names('市交通局负责牵头,石泉镇、移民局等单位配合。', qingchuan).map(([, n]) => n)).toContain('青川县石泉镇人民政府');
    // The subject with the places listed after it, before the handling word (东坝街道、前进社区正在…).
    expect(names('管理单位超过5个。东坝街道、前进社区正在进行前期摸底工作。', qingchuan).map(([, n]) => n)).toEqual(['青川县东坝街道办事处']);
    // The locality responsible (属地) for a matter is its town's government.
    expect(names('已第一时间通知属地东坝街道落实整改。', qingchuan).map(([, n]) => n)).toEqual(['青川县东坝街道办事处']);
    // …and an item after a body, and the items after it (组织住建局、东坝街道、石泉镇).
    expect(names('指挥部组织住建局、东坝街道、石泉镇现场查勘。', qingchuan).map(([, n]) => n)).toEqual(expect.arrayContaining(['青川县东坝街道办事处', '青川县石泉镇人民政府']));
    expect(names('积极与交通、水利、石泉镇等部门沟通。', qingchuan).map(([, n]) => n)).toEqual(['青川县石泉镇人民政府']);
    // Not towns listed as the places a work serves (…、石泉镇等乡镇场的耕地): no body acts there.
    expect(names('承担着青川县乔庄镇、石泉镇等乡镇场45万亩耕地灌溉任务。', qingchuan)).toEqual([]);
    // …and right after a word of directing one to act (组织, 指导, 督促), the list's first item a town (b1283).
    expect(names('我局组织东坝街道、某某文旅公司对您的意见进行调研论证。', qingchuan).map(([, n]) => n)).toEqual(['青川县东坝街道办事处']);
    // Addressed on a line of its own: a co-handling opinion sent to the lead handler; not a town named mid-line before a colon.
    expect(names('东坝街道:\n您提出的提案已转由我局协办。', qingchuan).map(([, n]) => n)).toEqual(['青川县东坝街道办事处']);
    expect(names('涉及东坝街道:前进社区等地。', qingchuan)).toEqual([]);
    // A list after a colon or 经与, of towns named in three characters.
    expect(names('协办单位：七佛乡、白龙湖镇。经与建峰镇和三锅镇共同研究。', qingchuan).map(([, n]) => n)).toEqual([
      '青川县七佛乡人民政府',
      '青川县白龙湖镇人民政府',
      '青川县建峰镇人民政府',
      '青川县三锅镇人民政府',
    ]);
    // A time may open the clause before its subject; 对 (about, to) is a word of handling, 对面 (opposite) is not (b1160_03).
    expect(names('2021年石泉镇对辖区公益性墓地加密了绿化。', qingchuan).map(([, n]) => n)).toEqual(['青川县石泉镇人民政府']);
    expect(names('石泉镇对面有一片空地。', qingchuan)).toEqual([]);
    // A town the tagger reads as one place word (石门镇/ns), after a word that opens a list (b1157_03).
    expect(names('县文化和旅游局联合石门镇到村里与代表沟通。', qingchuan).map(([, n]) => n)).toEqual(['青川县文化和旅游局', '青川县石门镇人民政府']);
    // Elsewhere a town is the place; classes of towns and pronouns name none.
    expect(names('该路段两侧分别属于石泉镇和沙坪镇;会同属地街道办理。', qingchuan)).toEqual([]);
    expect(names('重点镇积极推进,该镇积极争取,小城镇积极发展,全镇已经完成。', qingchuan)).toEqual([]);
    // A sub-district's office written in full, a name the tagger knows only character by character (大/直/沽, b1780_05)
    // or a common noun (东风); not a word the tagger knows for what it says (沿海: the coastal ones).
    const hedong = jurisdictionOf('天津市河东区城市管理委员会');
    expect(names('对于卫生问题,大直沽街道办事处已组织清理。', hedong).map(([, n]) => n)).toEqual(['天津市河东区大直沽街道办事处']);
    expect(names('问题,东风街道办事处已组织清理。', qingchuan).map(([, n]) => n)).toEqual(['青川县东风街道办事处']);
    expect(names('县渔政大队、沿海街道办事处与港口部门联合执法。', qingchuan).map(([, n]) => n)).toEqual(['青川县渔政大队']);
    // Nor the local ones (县自然资源局和当地乡镇政府已…: 当地 names no town; b1772_01).
    expect(names('县自然资源局和当地乡镇政府已申请资金。', qingchuan).map(([, n]) => n)).toEqual(['青川县自然资源局']);
  });
  it('does not read a class of bodies or a short county of another province as a body', () => {
    expect(names('属地乡镇人民政府负责日常管护。')).toEqual([]);
    const hainan = jurisdictionOf('屯昌县教育局');
    expect(findAgencies('县教育局和县财政局联合发文。', hainan).map((h) => h.name)).toEqual(['屯昌县教育局', '屯昌县财政局']);
    // 会同县 is a county of Hunan; right after a body in a Sichuan letter, 会同 is the verb.
    expect(names('县水利局会同县财政局安排资金。').map(([, n]) => n)).toEqual(['青川县水利局', '青川县财政局']);
  });
});

describe('names written on their own', () => {
  const j = jurisdictionOf('青川县教育局');
  it('drops labels, document numbers and term ordinals', () => {
    expect(canonicalAgency('办理情况:县财政局', j)).toBe('青川县财政局');
    expect(canonicalAgency('青教〔2021〕12号青川县教育局', j)).toBe('青川县教育局');
    expect(canonicalAgency('中共第十二届广东省委员会', j)).toBe('中共广东省委员会');
    // A district's name is not unique in the country: a body the tables do not list gets its city too.
    expect(canonicalAgency('灞桥区文化和旅游体育局', j)).toBe('西安市灞桥区文化和旅游体育局');
  });
  it('refuses what is no body’s name', () => {
    for (const junk of ['名称:', '县政协九届一次会议《', '各镇街等会办单位', '首页 > 政务公开']) expect(cleanAgencyName(junk)).toBeNull();
    // A place's short form alone, and a class of bodies at two levels (综合湛江、雷州两级水务局意见; b1181_01);
    // a place written in full is its government (会同大冶市、阳新县等单位; b1031_02).
    for (const junk of ['湛江', '雷州', '雷州两级水务局']) expect(cleanAgencyName(junk)).toBeNull();
    // A county's 办事处 is a firm's or a liaison office there, no sub-district's (b1191_01); a town's is.
    expect(findAgencies('与中国铁塔蒙自办事处等通信企业沟通', jurisdictionOf('蒙自市工业商务和信息化局'))).toEqual([]);
    expect(canonicalAgency('阳新县', jurisdictionOf('黄石市自然资源和规划局'))).toBe('阳新县人民政府');
  });
  it('knows autonomous counties and prefectures without their peoples', () => {
    expect(canonicalAgency('维西县农业农村局', j)).toBe('维西傈僳族自治县农业农村局');
    expect(canonicalAgency('甘南州人民政府', j)).toBe('甘南藏族自治州人民政府');
  });
});

describe('jurisdiction from the letter’s text', () => {
  it('fills a missing county and puts the letter’s town under it', () => {
    const town = inferCounty(jurisdictionOf('三合乡人民政府'), '天台县三合乡人民政府答复……天台县农业农村局');
    expect(town).toMatchObject({ county: '天台县', town: '天台县三合乡' });
    expect(canonicalAgency('乡政府', town)).toBe('天台县三合乡人民政府');
  });
  it('reads a county-level city named in the text as the letter’s 市', () => {
    const j = inferCounty(jurisdictionOf('交通运输局'), '沙河市交通运输局关于……沙河市白塔镇');
    expect(canonicalAgency('市政府', j)).toBe('沙河市人民政府');
  });
  it('leaves the county open when no county stands out', () => {
    expect(inferCounty(jurisdictionOf('三合乡人民政府'), '天台县和仙居县').county).toBeNull();
  });
});

describe('internal units, merged bureaus and their short forms', () => {
  const j = jurisdictionOf('青川县教育局');
  it('reads a 处 whose name joins its two tasks (博物馆与社会文物处, 推广传播和交流合作处), but never across a joiner to another body', () => {
    const hunan = jurisdictionOf('湖南省文化和旅游厅');
    expect(names('联系单位:省文物局博物馆与社会文物处', hunan)).toEqual([['省文物局博物馆与社会文物处', '湖南省文物局博物馆与社会文物处']]);
    expect(names('联系单位及协办人:湖南省文化和旅游厅推广传播和交流合作处  戴某某', hunan)).toEqual([['湖南省文化和旅游厅推广传播和交流合作处', '湖南省文化和旅游厅推广传播和交流合作处']]);
    expect(names('联系单位:省文物局和省财政厅', hunan).map(([, name]) => name)).toEqual(['湖南省文物局', '湖南省财政厅']);
    // A clause after a body is no unit of it (a verb, its object, a verb: 抽调专人组成办公室); 执法支队, 建议提案办理处 are units.
    expect(names('区科教体局抽调专人组成办公室,对校车加装设备。县交通运输局综合执法大队检查。', j).map(([, name]) => name)).toEqual(['青川县科教体局', '青川县交通运输局综合执法大队']);
    expect(names('省政府办公厅建议提案办理处,', hunan).map(([, name]) => name)).toEqual(['湖南省人民政府办公厅建议提案办理处']);
  });
  it('names a congress’s and a conference’s units, a government’s inspection office and a sub-district office', () => {
    expect(canonicalAgency('县人大常委会办公室', j)).toBe('青川县人民代表大会常务委员会办公室');
    expect(canonicalAgency('县人大常委会选任联工委', j)).toBe('青川县人民代表大会常务委员会选举任免联络工作委员会');
    expect(canonicalAgency('县政协提案委', j)).toBe('中国人民政治协商会议青川县委员会提案委员会');
    expect(canonicalAgency('县政府办督查室', j)).toBe('青川县人民政府办公室督查室');
    expect(names('由县政府政务督查室督办。')).toEqual([['县政府政务督查室', '青川县人民政府政务督查室']]);
    expect(names('请石桥街道办事处配合。')).toEqual([['石桥街道办事处', '青川县石桥街道办事处']]);
    // The town's level word written twice (…镇镇政府) names its government once.
    expect(names('某集镇为石桥镇镇政府所在地。')).toEqual([['石桥镇镇政府', '青川县石桥镇人民政府']]);
    // An Inner Mongolian township (苏木) and its government, in its banner.
    const banner = jurisdictionOf('科尔沁右翼中旗人民政府');
    expect(names('承办单位:巴彦塔拉苏木人民政府、退役军人事务局', banner)).toEqual([
      ['巴彦塔拉苏木人民政府', '科尔沁右翼中旗巴彦塔拉苏木人民政府'],
      ['退役军人事务局', '科尔沁右翼中旗退役军人事务局'],
    ]);
    expect(names('请巴彦塔拉苏木政府负责。', banner)).toEqual([['巴彦塔拉苏木政府', '科尔沁右翼中旗巴彦塔拉苏木人民政府']]);
    // Its first character a measure word to the tagger (代/q), right after the label's colon.
    expect(names('承办单位:代钦塔拉苏木人民政府', banner)).toEqual([['代钦塔拉苏木人民政府', '科尔沁右翼中旗代钦塔拉苏木人民政府']]);
  });
  it('reads merged bureaus and keeps a full name as written', () => {
    expect(canonicalAgency('省应急厅', jurisdictionOf('贵州省卫生健康委员会'))).toBe('贵州省应急管理厅');
    // The party committee's offices (since 2018 外办 and 改革办 are the committee's).
    expect(canonicalAgency('省委外办', jurisdictionOf('湖北省卫生健康委员会'))).toBe('中共湖北省委外事工作委员会办公室');
    expect(canonicalAgency('省委深改办', jurisdictionOf('湖北省卫生健康委员会'))).toBe('中共湖北省委全面深化改革委员会办公室');
    // Its research offices (政研室, 史志研究室), and its inspection office (巡察办).
    expect(names('由县委政研室、县委史志研究室和县委巡察办共同研究').map(([, n]) => n)).toEqual(['中共青川县委政策研究室', '中共青川县委史志研究室', '中共青川县委巡察工作领导小组办公室']);
    expect(canonicalAgency('县教体局', j)).toBe('青川县教育体育局');
    expect(canonicalAgency('县教育和体育局', j)).toBe('青川县教育和体育局');
    expect(canonicalAgency('县科技工信局', j)).toBe('青川县科技工业和信息化局');
    // The talent office, the party committee's or the government's as written; 招商投资局 as written.
    expect(names('会同县委人才办、县人才办和县招商投资局').map(([, n]) => n)).toEqual(['中共青川县委人才工作领导小组办公室', '青川县人才工作领导小组办公室', '青川县招商投资局']);
    // The party committee's social-work department (since 2023), by its short forms too.
    expect(names('县委社工部牵头,县社会工作部和县社工部配合').map(([, n]) => n)).toEqual(Array(3).fill('中共青川县委社会工作部'));
    // Guangzhou's district bureaus, and a city bureau's branch in a district.
    const panyu = jurisdictionOf('广州市番禺区农业农村局');
    expect(names('积极组织区科工商信局、市规划和自然资源局番禺区分局、区城市更新局、区城市管理和综合执法局、区政务服务数据管理局等单位研究', panyu).map(([, n]) => n)).toEqual([
      '广州市番禺区科技工业商务和信息化局',
      '广州市规划和自然资源局番禺区分局',
      '广州市番禺区城市更新局',
      '广州市番禺区城市管理和综合执法局',
      '广州市番禺区政务服务数据管理局',
    ]);
    // The district written without its level word (上城分局); a province department's bureau (省交通厅高速公路管理局).
    const shangcheng = jurisdictionOf('杭州市上城区人民政府');
    expect(names('市生态环境局上城分局、市规划资源局上城分局参与。', shangcheng).map(([, n]) => n)).toEqual(['杭州市生态环境局上城分局', '杭州市规划和自然资源局上城分局']);
    // Written bare, the bureau whose branch is named after a district is still the city's, not the district's.
    expect(names('生态环境局上城分局、规划资源局上城分局参与。', shangcheng).map(([, n]) => n)).toEqual(['杭州市生态环境局上城分局', '杭州市规划和自然资源局上城分局']);
    expect(names('省交通厅高速公路管理局负责。', jurisdictionOf('雅安市交通运输局')).map(([, n]) => n)).toEqual(['四川省交通运输厅高速公路管理局']);
  });
  it('opens a jurisdiction with an autonomous county written without its peoples', () => {
    expect(jurisdictionOf('维西县农业农村局')).toMatchObject({ county: '维西傈僳族自治县' });
  });
});

describe('bodies the tables do not list, read by their shape', () => {
  it('reads a place or level word, whole words of what the body does and an ending, named with its jurisdiction', () => {
    expect(names('该项目由青川县水务局批复。')).toEqual([['青川县水务局', '青川县水务局']]);
    expect(names('该项目由灞桥区水务局批复。')).toEqual([['灞桥区水务局', '西安市灞桥区水务局']]);
    expect(names('移交县综合行政执法局处理。')).toEqual([['县综合行政执法局', '青川县综合行政执法局']]);
    expect(names('会同县征迁办开展巡查。')).toEqual([['县征迁办', '青川县征迁办']]);
    expect(names('请县林业执法大队配合。')).toEqual([['县林业执法大队', '青川县林业执法大队']]);
    // A committee's office whole, though what the committee does runs to six characters (生态环境保护).
    expect(names('以县生态环境保护委员会办公室名义下发文件。')).toEqual([['县生态环境保护委员会办公室', '青川县生态环境保护委员会办公室']]);
    // Where the letter does not say which county, the level word is kept: no other name is certain.
    expect(names('请县林业执法大队配合。', jurisdictionOf('某某局'))).toEqual([['县林业执法大队', '县林业执法大队']]);
  });
  it('reads 镇政府 in a letter that names no town as no body, and 属地 as no part of a name', () => {
    expect(names('由镇政府负责管护。')).toEqual([]);
    expect(names('属地街道办事处和社区配合。')).toEqual([]);
  });
  it('reads 代表 (on behalf of) before a town the tables do not know as no part of its name (b1255)', () => {
    expect(names('村文艺队代表竹林镇人民政府参加汇演。')).toEqual([['竹林镇人民政府', '青川县竹林镇人民政府']]);
  });
  it('knows the merged culture, tourism and broadcasting bureaus by their short forms', () => {
    expect(names('县文旅广电局和县文广旅局。').map(([, n]) => n)).toEqual(['青川县文化旅游和广播电视局', '青川县文化广电和旅游局']);
    // The bureau whose full name is 文化旅游广电局 (岳阳市) keeps it.
    expect(canonicalAgency('岳阳市文化旅游广电局', jurisdictionOf('岳阳市文化旅游广电局'))).toBe('岳阳市文化旅游广电局');
  });
  it('takes a bureau written bare for the letter’s own government’s, or for the level of the body listed before it', () => {
    expect(names('已转交通局办理。')).toEqual([['交通局', '青川县交通运输局']]);
    expect(names('经发改委批准立项。')).toEqual([['发改委', '青川县发展和改革委员会']]);
    // …but one listed after another level's body is that level's (省工商局、林业局、水务局).
    expect(names('省工商局、林业局、水务局和县财政局').map(([, n]) => n)).toEqual(['四川省工商行政管理局', '四川省林业局', '四川省水务局', '青川县财政局']);
    expect(names('与省教育厅、卫健委沟通', jurisdictionOf('宁夏回族自治区科学技术厅')).map(([, n]) => n)).toEqual(['宁夏回族自治区教育厅', '宁夏回族自治区卫生健康委员会']);
    // (Alone, in a letter of no county or city, it is kept as written.)
    expect(names('与卫健委沟通', jurisdictionOf('宁夏回族自治区科学技术厅'))).toEqual([['卫健委', '卫健委']]);
    expect(names('发布机构:城市管理综合行政执法局')).toEqual([['城市管理综合行政执法局', '青川县城市管理综合行政执法局']]);
  });
  it('gives a body the tables do not know, written with a county’s short form, the county’s full name', () => {
    const pingbian = jurisdictionOf('屏边县农业农村和科学技术局');
    expect(canonicalAgency('屏边县农业农村和科学技术局', pingbian)).toBe('屏边苗族自治县农业农村和科学技术局');
    expect(canonicalAgency('县农科局', pingbian)).toBe('屏边苗族自治县农业农村和科学技术局');
  });
  it('reads a town the tables do not know whose name holds a character read as a particle (福兴地镇), and 阜蒙县', () => {
    const fumeng = jurisdictionOf('阜蒙县农业农村局');
    expect(fumeng.county).toBe('阜新蒙古族自治县');
    expect(names('以县委办公室名义给福兴地镇人民政府下发文件。', fumeng).map(([, n]) => n)).toContain('阜新蒙古族自治县福兴地镇人民政府');
  });
  it('takes a place signing for itself for its government, and knows 科工局', () => {
    const weishan = jurisdictionOf('微山县鲁桥镇');
    expect(canonicalAgency('微山县鲁桥镇', weishan)).toBe('微山县鲁桥镇人民政府');
    expect(canonicalAgency('隆尧县科工局', jurisdictionOf('隆尧县科工局'))).toBe('隆尧县科技和工业信息化局');
    expect(names('县科协负责人已汇报。').map(([, n]) => n)).toEqual(['青川县科学技术协会']);
  });
  it('knows autonomous counties whose official name drops 族', () => {
    expect(names('和布克赛尔县交通运输局负责。')).toEqual([['和布克赛尔县交通运输局', '和布克赛尔蒙古自治县交通运输局']]);
  });
  it('reads no idiom or two-character localiser before a level word as a place (坚决贯彻省委…, 一直以来县委…)', () => {
    expect(names('我们坚决贯彻省委决策部署。')).toEqual([['省委', '中共四川省委员会']]);
    expect(names('详见县人民政府通知。')).toEqual([['县人民政府', '青川县人民政府']]);
    expect(names('一直以来县委高度重视。')).toEqual([['县委', '中共青川县委员会']]);
    // Every province and banner is known: no unknown place ends in 省 or 旗.
    expect(names('健全应急管理体制机制省委、省政府高度重视。').map(([, n]) => n)).toEqual(['中共四川省委员会', '四川省人民政府']);
    expect(names('锚定旗委目标。', jurisdictionOf('乌审旗人民政府'))).toEqual([['旗委', '中共乌审旗委员会']]);
  });
  it('knows bodies of before the 2018 reform and people’s organisations by their short forms', () => {
    expect(names('县国土局、县工商局、县安监局、县扶贫办和县残联共同研究。').map(([, n]) => n)).toEqual([
      '青川县国土资源局',
      '青川县工商行政管理局',
      '青川县安全生产监督管理局',
      '青川县扶贫开发领导小组办公室',
      '青川县残疾人联合会',
    ]);
    expect(names('2016年被省农业厅认定,县农业局和市城管委配合。').map(([, n]) => n)).toEqual(['四川省农业厅', '青川县农业局', '广元市城市管理委员会']);
    // Written bare, a bureau is the letter's own government's.
    expect(names('公厕改造已由城建局牵头启动。')).toEqual([['城建局', '青川县城乡建设局']]);
    expect(names('我局多次协调市政务服务和大数据管理局。')).toEqual([['市政务服务和大数据管理局', '广元市政务服务和大数据管理局']]);
    expect(names('由县市监局负责检查。')).toEqual([['县市监局', '青川县市场监督管理局']]);
    // Traffic police: a county's 大队, a city's 支队.
    expect(names('县交警大队和市交警支队联合整治。').map(([, n]) => n)).toEqual(['青川县公安局交通警察大队', '广元市公安局交通警察支队']);
    // Hainan's tourism-first bureaus.
    expect(names('争取省旅文厅支持,县旅文局实施。').map(([, n]) => n)).toEqual(['四川省旅游和文化广电体育厅', '青川县旅游和文化广电体育局']);
    expect(names('县信访局、县文旅体局、县金融办和县方志办。').map(([, n]) => n)).toEqual([
      '青川县信访局',
      '青川县文化旅游体育局',
      '青川县人民政府金融工作办公室',
      '青川县地方志编纂委员会办公室',
    ]);
  });
  it('knows the health and family-planning bodies before 2018 and Inner Mongolia’s banners by their short forms', () => {
    const junshan = jurisdictionOf('岳阳市君山区卫计局');
    expect(canonicalAgency('岳阳市君山区卫计局', junshan)).toBe('岳阳市君山区卫生和计划生育局');
    expect(canonicalAgency('科右中旗人民政府', jurisdictionOf('科右中旗人民政府'))).toBe('科尔沁右翼中旗人民政府');
    expect(canonicalAgency('莫旗文化和旅游局', jurisdictionOf('莫旗文化和旅游局'))).toBe('莫力达瓦达斡尔族自治旗文化和旅游局');
    expect(canonicalAgency('准旗人民政府', jurisdictionOf(''))).toBe('准格尔旗人民政府');
  });
  it('knows the ethnic and religious affairs bureau, the legal affairs office and the landscaping bureau by their short forms', () => {
    const fumeng = jurisdictionOf('阜新蒙古族自治县民宗局');
    expect(canonicalAgency('阜新蒙古族自治县民宗局', fumeng)).toBe('阜新蒙古族自治县民族宗教事务局');
    expect(names('县民宗委、县法制办和县园林局共同研究。').map(([, n]) => n)).toEqual([
      '青川县民族宗教事务委员会',
      '青川县人民政府法制办公室',
      '青川县园林管理局',
    ]);
  });
  it('reads a congress’s units by their short forms, after 人大 or 人大常委会; a special committee under 人大 alone is the congress’s own', () => {
    expect(names('经请示县人大法工委同意,县人大常委会财经委和县人大城环资委参加。').map(([, n]) => n)).toEqual([
      '青川县人民代表大会常务委员会法制工作委员会',
      '青川县人民代表大会常务委员会财政经济委员会',
      '青川县人民代表大会城乡建设环境与资源保护委员会',
    ]);
    expect(names('抄送:县人大代工委(2份)、县政府政务督查室(2份)').map(([, n]) => n)).toEqual(['青川县人民代表大会常务委员会代表工作委员会', '青川县人民政府政务督查室']);
    expect(names('抄送:县人大人选委,县政府办公室').map(([, n]) => n)).toEqual(['青川县人民代表大会常务委员会人事代表选举委员会', '青川县人民政府办公室']);
    // 选联委 and 城环工委 written short; the party committee's and government's joint office of inspection and appraisal is one body.
    expect(names('抄送:县人大常委会选联委、县人大城环工委、县委县政府督查和绩效考评办公室。').map(([, n]) => n)).toEqual([
      '青川县人民代表大会常务委员会选举联络工作委员会',
      '青川县人民代表大会常务委员会城乡建设环境保护工作委员会',
      '青川县委县政府督查和绩效考评办公室',
    ]);
    // 选任联工委 abbreviates 选举任免联络 (联 of 联络), not 选举任免代表; a city's enforcement bureau written 城管执法局.
    expect(names('抄送:县人大选任联工委,县城管执法局').map(([, n]) => n)).toEqual(['青川县人民代表大会常务委员会选举任免联络工作委员会', '青川县城市管理执法局']);
    // An economic commission (Shanghai's districts, older counties), written short; not 经委托 (after entrusting).
    expect(names('区经委:\n已办。', jurisdictionOf('上海市嘉定区国有资产监督管理委员会')).map(([, n]) => n)).toEqual(['上海市嘉定区经济委员会']);
    expect(names('经委托第三方评估,县经委同意。').map(([, n]) => n)).toEqual(['青川县经济委员会']);
    // The government's office for deputies' suggestions and members' proposals, written short.
    expect(names('来源:青川县政府建议提案办 日期:2020-10-13。报:县人民政府议案提案办公室').map(([, n]) => n)).toEqual(['青川县人民政府建议提案办公室', '青川县人民政府议案提案办公室']);
    // 联工委 alone is the standing committee's liaison committee.
    expect(names('抄送:县政府办公室、县人大联工委各2份').map(([, n]) => n)).toEqual(['青川县人民政府办公室', '青川县人民代表大会常务委员会联络工作委员会']);
    const guizhou = jurisdictionOf('贵州省民族宗教事务委员会');
    expect(names('会办单位:省人大民族宗教委员会,省民族宗教事务委', guizhou).map(([, n]) => n)).toEqual([
      '贵州省人民代表大会民族宗教委员会',
      '贵州省民族宗教事务委员会',
    ]);
  });
  it('reads a form written bare right after the same form placed, in one sentence, as that body again (市公安局…,公安局已…)', () => {
    expect(names('该房屋属于市公安局产权,公安局已规划它用。公安局同意。').map(([t, n]) => `${t}:${n}`)).toEqual(['市公安局:广元市公安局', '公安局:广元市公安局', '公安局:青川县公安局']);
  });
  it('reads a transport bureau’s road transport office written short (县运管所, 市运管处)', () => {
    expect(names('我局会同县运管所开展整治,市运管处指导。').map(([, n]) => n)).toEqual(['青川县道路运输管理所', '广元市道路运输管理处']);
    // 会同 before it is the verb (together with), even where the letter names no place of its own.
    expect(names('我局会同县运管所开展整治。', jurisdictionOf('交通运输局'))).toEqual([['县运管所', '县运管所']]);
  });
  it('reads a party committee’s unit under 党委 as under 委 (州党委宣传部)', () => {
    expect(names('请县党委宣传部协调。').map(([, n]) => n)).toEqual(['中共青川县委宣传部']);
  });
  it('names an autonomous region’s party units with 委员会 written out (中共广西壮族自治区委员会宣传部)', () => {
    const region = jurisdictionOf('广西壮族自治区教育厅');
    expect(names('经自治区党委编办核定,自治区党委宣传部牵头。', region).map(([, n]) => n)).toEqual(['中共广西壮族自治区委员会机构编制委员会办公室', '中共广西壮族自治区委员会宣传部']);
    // A province shortens it.
    expect(names('经省委编办核定。', jurisdictionOf('江西省教育厅')).map(([, n]) => n)).toEqual(['中共江西省委机构编制委员会办公室']);
  });
  it('reads a party committee written out before one of its units as that unit (中共某县委员会机构编制委员会)', () => {
    expect(names('中共青川县委员会机构编制委员会按规定核定编制。')).toEqual([['中共青川县委员会机构编制委员会', '中共青川县委机构编制委员会']]);
    expect(names('由中共青川县委员会宣传部牵头。').map(([, n]) => n)).toEqual(['中共青川县委宣传部']);
    // The committee alone stays the committee.
    expect(names('中共青川县委员会高度重视。').map(([, n]) => n)).toEqual(['中共青川县委员会']);
    // Its reform group or committee, written short (县委深改组, 县委深改委).
    expect(names('已列入县委深改组议题,报县委深改委审议。').map(([, n]) => n)).toEqual(['中共青川县委全面深化改革领导小组', '中共青川县委全面深化改革委员会']);
  });
  it('reads a conference in one of its terms as the conference (县政协第十五届委员会)', () => {
    expect(names('对县政协第十五届委员会 第二次会议第32号提案的答复')).toEqual([['县政协', '中国人民政治协商会议青川县委员会']]);
    // Its term without 第, on a line of its own where a title breaks (…十一届委员会 / 第95号提案的答复).
    expect(names('关于对县政协十一届委员会\n\n95号提案的答复')).toEqual([['县政协', '中国人民政治协商会议青川县委员会']]);
  });
  it('reads no conference or standing committee of a town: a town has neither (乡政协联络组 is the county conference’s liaison group there)', () => {
    expect(names('白石乡政协联络组:你们提出的建议已交我们研究办理。')).toEqual([['白石乡政协联络组', '青川县白石乡政协联络组']]);
    expect(names('青溪镇政协联络组提出。')).toEqual([['青溪镇政协联络组', '青川县青溪镇政协联络组']]);
    expect(names('乔庄镇人大常委会。')).toEqual([]);
    expect(names('白石乡政协委员提出', jurisdictionOf('白石乡人民政府'))).toEqual([]);
  });
  it('reads no body in a member’s title (县人大代表), but the congress’s unit for its members (市人大代表工委)', () => {
    expect(names('感谢县人大代表、县政协委员的监督。')).toEqual([]);
    expect(names('抄报:县人大代表工委。').map(([, n]) => n)).toEqual(['青川县人民代表大会常务委员会代表工作委员会']);
  });
  it('starts no town’s office on the verb that contacted it (联系, which the dictionary reads as a noun)', () => {
    expect(names('及时联系辛店街道办事处和石化公司协商。')).toEqual([['辛店街道办事处', '青川县辛店街道办事处']]);
  });
  it('reads no body in a landmark named after it (国税局家属区, 人民银行南侧, 卫生局巷), and the tax bureaus before their merger', () => {
    expect(names('改造国税局家属区,维修人民银行南侧公厕,教育局门口,卫生局巷。')).toEqual([]);
    // Nor in its website, where a page names its source.
    expect(names('来源:青川县人民政府网站 打印')).toEqual([]);
    expect(names('会同市科技创新委、市国税局、市地税局。', jurisdictionOf('广州市工业和信息化委员会')).map(([, n]) => n)).toEqual([
      '广州市科技创新委员会',
      '广州市国家税务局',
      '广州市地方税务局',
    ]);
    expect(names('来源:县规划建设和住房局。', jurisdictionOf('旺苍县人民政府办公室')).map(([, n]) => n)).toEqual(['旺苍县规划建设和住房局']);
  });
  it('reads the work-safety and food-safety commissions and their offices, the State Council’s and a level’s (国务院安委会, 市安委办)', () => {
    expect(names('按照国务院安委会要求,市安委办会同临沂市安全生产委员会、市食安办。', jurisdictionOf('临沂市公安局')).map(([, n]) => n)).toEqual([
      '国务院安全生产委员会',
      '临沂市安全生产委员会办公室',
      '临沂市安全生产委员会',
      '临沂市食品安全委员会办公室',
    ]);
    // A body's other sign in brackets after it shares its place (省卫生健康委(中医药局)).
    expect(names('综合省教育厅、省卫生健康委(中医药局)的意见。', jurisdictionOf('辽宁省民政厅')).map(([, n]) => n)).toEqual([
      '辽宁省教育厅',
      '辽宁省卫生健康委员会',
      '辽宁省中医药管理局',
    ]);
    expect(names('联系全国学生资助中心。', jurisdictionOf('永仁县教育局')).map(([, n]) => n)).toEqual(['全国学生资助管理中心']);
    // The national forest and grassland fire headquarters and its office, written short (国家森防指).
    expect(names('按照国家森防指统一安排,国家森防指办公室会同有关部门部署。', jurisdictionOf('中华人民共和国应急管理部')).map(([, n]) => n)).toEqual([
      '国家森林草原防灭火指挥部',
      '国家森林草原防灭火指挥部办公室',
    ]);
    // The State Council's office for easing firms' burdens, written short (国务院减负办): not the State Council.
    expect(names('根据国务院减负办工作部署,开展了清理。', jurisdictionOf('贵州省工业和信息化厅')).map(([, n]) => n)).toEqual(['国务院减轻企业负担部际联席会议办公室']);
  });
  it('reads a standing committee written with its term after its level (省十二届人大常委会, 某州第十二届人民代表大会常务委员会)', () => {
    expect(names('省十二届人大常委会第二十八次会议表决通过。', jurisdictionOf('贵州省民族宗教事务委员会')).map(([, n]) => n)).toEqual(['贵州省人民代表大会常务委员会']);
    expect(names('红河州第十二届人民代表大会常务委员会审议通过了条例。', jurisdictionOf('红河哈尼族彝族自治州文化和旅游局')).map(([, n]) => n)).toEqual([
      '红河哈尼族彝族自治州人民代表大会常务委员会',
    ]);
  });
  it('reads no party committee in its posts (县委书记, 县委常委), but at work in its standing committee, and no government of levels in brackets (县(市)区政府)', () => {
    expect(names('成立县委书记任组长的领导小组,县委副书记、县委常委参加,纳入县委常委会议题。')).toEqual([['县委', '中共青川县委员会']]);
    expect(names('已向县(市)区政府主要领导汇报。')).toEqual([]);
  });
  it('names a short form of no place the letter names as the letter writes that level’s body out (区人社局, 区人力资源和社会保障局; b1584_03)', () => {
    const text = '来源:区人力资源和社会保障局\n近年来,区人社局会同区司法局开展调解。';
    expect(names(text, jurisdictionOf('人力资源和社会保障局'))).toEqual([
      ['区人力资源和社会保障局', '区人力资源和社会保障局'],
      ['区人社局', '区人力资源和社会保障局'],
      ['区司法局', '区司法局'],
    ]);
  });
  it('reads no unit in a verb after a body whose last character is a unit’s (县市场监管局严肃查处: 处 closes the verb; b1587_04)', () => {
    expect(names('县市场监管局严肃查处、取缔无证摊点。')).toEqual([['县市场监管局', '青川县市场监督管理局']]);
    expect(names('县市场监管局立案查处3起。')).toEqual([['县市场监管局', '青川县市场监督管理局']]);
  });
  it('reads no unit in a verb and the place it acts on after a body (某市公安局利用某市反诈中心: the bureau using a centre; b1703_03)', () => {
    expect(names('县公安局利用广元市反诈骗中心、微信公众号推送提示。')).toEqual([['县公安局', '青川县公安局']]);
    // (A unit's own task is a verb too: 执法|支队 is the bureau's unit.)
    expect(names('县交通运输局执法支队已开展检查。')).toEqual([['县交通运输局执法支队', '青川县交通运输局执法支队']]);
  });
  it('reads the verb of issuing before a body as a verb, no place (关于印发市政府…的通知; b1578_03)', () => {
    expect(names('关于印发县政府重点工作清单的通知')).toEqual([['县政府', '青川县人民政府']]);
  });
  it('reads no body after several levels in brackets (县(市、区)公安局; b1557_05)', () => {
    expect(names('督促各县(市、区)公安局加强巡查。', jurisdictionOf('四川省公安厅'))).toEqual([]);
    expect(names('督促市公安局加强巡查。', jurisdictionOf('广元市司法局')).map(([, n]) => n)).toEqual(['广元市公安局']);
  });
  it('reads no congress or conference in a session’s name (十三届全国人大一次会议, 市政协八届三次会议), but at work', () => {
    expect(names('对十三届全国人大一次会议第3134号建议的答复。全国政协十三届二次会议第1234号提案。')).toEqual([]);
    expect(names('您在县政协十届三次会议上提出的提案收悉,县人大第五次会议期间,已报县人大审议。').map(([, n]) => n)).toEqual(['青川县人民代表大会']);
    expect(names('报请全国人大审议。').map(([, n]) => n)).toEqual(['全国人民代表大会']);
  });
  it('reads a prefecture’s bodies after 地区 and its commissioner’s office written bare as the prefecture’s', () => {
    const tacheng = { ...jurisdictionOf('塔城地区行政公署办公室'), county: '裕民县' };
    expect(names('经转地区畜牧局研究办理。', tacheng).map(([, n]) => n)).toEqual(['塔城地区畜牧局']);
    expect(names('已报行政公署办公室。', tacheng).map(([, n]) => n)).toEqual(['塔城地区行政公署办公室']);
  });
  it('reads a national body’s two-character short form only as a word of its own (中办、国办), never inside one (集中办公)', () => {
    expect(names('根据中办、国办印发的意见,成立专班集中办公。').map(([, n]) => n)).toEqual(['中共中央办公厅', '国务院办公厅']);
    expect(names('中办国办联合印发通知。').map(([, n]) => n)).toEqual(['中共中央办公厅', '国务院办公厅']);
    expect(names('抽调骨干集中办公,推进全国办理工作。')).toEqual([]);
    // The central committee for public security's office, in older letters (中央综治办).
    expect(names('落实民政部、中央综治办的部署。').map(([, n]) => n)).toEqual(['中华人民共和国民政部', '中央社会治安综合治理委员会办公室']);
  });
  it('reads a level’s people’s armed forces department in its short forms (县武装部, 县人武部)', () => {
    expect(names('由县武装部统一负责,县人武部配合。').map(([, n]) => n)).toEqual(['青川县人民武装部', '青川县人民武装部']);
  });
  it('takes the letter’s own body for 我县', () => {
    expect(names('由我县水务局牵头。')).toEqual([['我县水务局', '青川县水务局']]);
    expect(names('我县政府高度重视,全县政府系统参与。')).toEqual([['我县政府', '青川县人民政府']]);
  });
  it('takes no word that merely ends like a body, no verb, and nothing inside a longer word', () => {
    expect(names('加快工业园区优化空间布局。')).toEqual([]);
    expect(names('经县研究办理,现答复如下。')).toEqual([]);
    expect(names('已列入县政府交办事项。').map(([, n]) => n)).toEqual(['青川县人民政府']);
    expect(names('由白鹤镇组织交警中队巡查。')).toEqual([]);
    expect(names('绿春县十三届委员会。')).toEqual([]);
    expect(names('经济开发区管理委员会负责。')).toEqual([]);
  });
  it('joins a congress’s or conference’s committee to it, a congress’s to its standing committee', () => {
    expect(names('抄送:县人大人事代表选举工作委员会,县政府办公室。').map(([, n]) => n)).toEqual([
      '青川县人民代表大会常务委员会人事代表选举工作委员会',
      '青川县人民政府办公室',
    ]);
    expect(names('抄送:县政协提案委员会。').map(([, n]) => n)).toEqual(['中国人民政治协商会议青川县委员会提案委员会']);
    // Some conferences call the unit 提案工作委员会: the form written says which.
    expect(names('请向政协提案工作委员会反馈。').map(([, n]) => n)).toEqual(['中国人民政治协商会议青川县委员会提案工作委员会']);
    expect(names('县政协社会和法制委员会:').map(([, n]) => n)).toEqual(['中国人民政治协商会议青川县委员会社会和法制委员会']);
    // Written short in 委 (and written out as a committee), or with its two tasks joined by 与.
    expect(names('抄送:县人大常委会人事代表联络委、县政府办公室。').map(([, n]) => n)).toEqual([
      '青川县人民代表大会常务委员会人事代表联络委员会',
      '青川县人民政府办公室',
    ]);
    expect(names('抄送:县政协文史与学习委、县政府办公室。').map(([, n]) => n)).toEqual([
      '中国人民政治协商会议青川县委员会文史与学习委员会',
      '青川县人民政府办公室',
    ]);
    // 常委 alone is a member's rank, no committee.
    expect(names('县政协常委、县政协机关党委').map(([, n]) => n)).toEqual(['中国人民政治协商会议青川县委员会', '中国人民政治协商会议青川县委员会机关党委']);
    expect(names('县人大和县政协提案委员会').map(([, n]) => n)).toEqual(['青川县人民代表大会', '中国人民政治协商会议青川县委员会提案委员会']);
    expect(names('县人大常委会代表工委:').map(([, n]) => n)).toEqual(['青川县人民代表大会常务委员会代表工作委员会']);
    expect(names('报:县政协办 县府办').map(([, n]) => n)).toEqual(['中国人民政治协商会议青川县委员会办公室', '青川县人民政府办公室']);
    // A province's conference has a general office (办公厅), not an office.
    expect(names('抄送:省政协办公厅 省政府办公厅', jurisdictionOf('海南省交通运输厅')).map(([, n]) => n)).toEqual(['中国人民政治协商会议海南省委员会办公厅', '海南省人民政府办公厅']);
    expect(names('县人大常委会和县发展和改革委员会').map(([, n]) => n)).toEqual(['青川县人民代表大会常务委员会', '青川县发展和改革委员会']);
  });
  it('joins a brigade, office, centre or station named right after its body', () => {
    expect(names('县公安局交通警察大队负责。')).toEqual([['县公安局交通警察大队', '青川县公安局交通警察大队']]);
    // A brigade ends at its word whatever follows; a captain (大队长) is no brigade.
    expect(names('县公安局交巡警大队将您的建议转交。')).toEqual([['县公安局交巡警大队', '青川县公安局交巡警大队']]);
    expect(names('县公安局交警大队长带队。')).toEqual([['县公安局', '青川县公安局']]);
    // A provincial or city police's corps (总队) too, and a government's numbered division (市政府二处; b865_02, b866_02).
    expect(names('多次赴市公安局治安总队调研,并报县政府二处。县政府一处闲置房屋')).toEqual([
      ['市公安局治安总队', '广元市公安局治安总队'],
      ['县政府二处', '青川县人民政府二处'],
      ['县政府', '青川县人民政府'],
    ]);
    // A bureau's centre, before the clause goes on.
    expect(names('县财政局评审中心对该项目完成投资评审。')).toEqual([['县财政局评审中心', '青川县财政局评审中心']]);
    expect(names('县交通局运管所已安排。县人民政府已公开。').map(([t]) => t)).toEqual(['县交通局运管所', '县人民政府']);
    // A bureau's section before a joiner and the next body's level (县交通局公交科和市…), never a word opening 科 (科学和…).
    expect(names('我局即同县交通局公交科和县公交公司联系,县交通局科学和市场').map(([t]) => t)).toEqual(['县交通局公交科', '县交通局']);
    // After a body read by its shape too (a bureau the tables do not know), as in a contact line.
    expect(names('联系单位及联系人:省国土环境资源厅法规处 王某', jurisdictionOf('海南省人民政府'))).toEqual([['省国土环境资源厅法规处', '海南省国土环境资源厅法规处']]);
    // A ministry's department (…司), but no word that merely holds 司 (商务部公司, 财政部司长).
    expect(names('农业农村部种植业管理司2025年在我县召开现场会。').map(([t]) => t)).toEqual(['农业农村部种植业管理司']);
    expect(names('教育部高教司、商务部公司、财政部司长').map(([t]) => t)).toEqual(['教育部高教司', '商务部', '财政部']);
    // Two tasks joined by 与 in one department, a verb after it.
    expect(names('对接农业农村部市场与信息化司进行指导。').map(([t]) => t)).toEqual(['农业农村部市场与信息化司']);
    // A ministry's bureau too (公安部禁毒局的领导), but not a level's body a ministry guides, nor a bureau a party
    // committee's department works with.
    expect(names('在公安部禁毒局的指导下,工信部指导省工信局,宣传部联系交运局。').map(([t]) => t)).toEqual(['公安部禁毒局', '工信部', '省工信局', '宣传部', '交运局']);
  });

  it('gives each of two heads the general office they share (省委、省政府办公厅)', () => {
    const gansu = jurisdictionOf('天水市交通运输局');
    expect(names('纳入省委、省政府办公厅印发的实施意见。', gansu).map(([, n]) => n)).toEqual(['中共甘肃省委办公厅', '甘肃省人民政府办公厅']);
    expect(names('县委、县政府高度重视。').map(([, n]) => n)).toEqual(['中共青川县委员会', '青川县人民政府']);
  });
});

describe('units of the letter’s own body', () => {
  it('are read bare after 我局, 本委 or 局 and in the list that follows one', () => {
    expect(names('我局城建股股长于4月16日与代表沟通。')).toEqual([['城建股', '城建股']]);
    expect(names('推行养护并由局督查科牵头负责。')).toEqual([['督查科', '督查科']]);
    expect(names('我委县域处和经服处经过审核。')).toEqual([['县域处', '县域处'], ['经服处', '经服处']]);
    // The verb after it (承办) is not the end of a longer unit's name (经建股承|办).
    expect(names('该项建议由我局经建股承办,经建股负责人为责任人。')).toEqual([['经建股', '经建股']]);
  });
  it('are no verb phrase or word that merely ends in a unit’s ending', () => {
    expect(names('我局积极协调办理。')).toEqual([]);
    expect(names('我局高度重视此事。')).toEqual([]);
    expect(names('我局将认真研究处理。')).toEqual([]);
  });
});

describe('a government written after its party committee (镇党委、政府, 镇党委政府)', () => {
  it('is that place’s government', () => {
    const luodian = jurisdictionOf('罗甸县住房和城乡建设局');
    expect(names('边阳镇党委、政府高度重视。', luodian).map(([, n]) => n)).toEqual(['中共罗甸县边阳镇委员会', '罗甸县边阳镇人民政府']);
    expect(names('在县委、政府的领导下。', luodian).map(([, n]) => n)).toEqual(['中共罗甸县委员会', '罗甸县人民政府']);
    // …or with no mark between (富乐镇党委政府).
    expect(names('在边阳镇党委政府的关心支持下。', luodian).map(([, n]) => n)).toEqual(['中共罗甸县边阳镇委员会', '罗甸县边阳镇人民政府']);
    // 政府办 after it is another body's office, read on its own.
    expect(names('县委、政府办公室联合发文。', luodian).map(([, n]) => n)).not.toContain('罗甸县人民政府');
  });
});

describe('towns the town table knows', () => {
  it('are read whole, whatever the segmenter makes of their characters (边|阳镇)', () => {
    const luodian = jurisdictionOf('罗甸县住房和城乡建设局');
    expect(names('由边阳镇人民政府负责牵头。', luodian)).toEqual([['边阳镇人民政府', '罗甸县边阳镇人民政府']]);
  });
  it('name a sub-district’s office written without 街道 (彩屯办事处), not a firm’s office there', () => {
    const benxi = jurisdictionOf('本溪市人民政府国有资产监督管理委员会');
    expect(names('积极协调彩屯办事处负责与各社区沟通。', benxi)).toEqual([['彩屯办事处', '本溪市溪湖区彩屯街道办事处']]);
    expect(names('召集中国铁塔有限公司彩屯办事处。', benxi)).toEqual([]);
  });
  it('name a sub-district written as a street (秀全街) as its office, where the table knows it', () => {
    const huadu = jurisdictionOf('广州市花都区住房和城乡建设局');
    expect(canonicalAgency('秀全街', huadu)).toBe('广州市花都区秀全街道办事处');
    expect(canonicalAgency('步行街', huadu)).not.toMatch(/办事处$/u);
  });
});

describe('offices a committee and its government run together', () => {
  it('are one body, named as written with the letter’s place, the mark between dropped (区委区政府督查局, 市委、市政府督查室)', () => {
    const shangjie = jurisdictionOf('郑州市上街区城市管理局');
    expect(names('已列入区委区政府督查局督办事项。', shangjie)).toEqual([['区委区政府督查局', '郑州市上街区委区政府督查局']]);
    expect(names('报市委、市政府督查室。', shangjie)).toEqual([['市委、市政府督查室', '郑州市委市政府督查室']]);
    expect(names('由滕州市委市政府督办中心督办。', shangjie).map(([t]) => t)).toEqual(['滕州市委市政府督办中心']);
    // Only a party committee shares an office with its government: a conference's unit and the government's are two.
    expect(names('经区政协提案委、区政府督查室协调。', shangjie).map(([, n]) => n)).toEqual([
      '中国人民政治协商会议郑州市上街区委员会提案委员会',
      '郑州市上街区人民政府督查室',
    ]);
    // A city bureau's letter names no place 城市 below its district.
    expect(shangjie).toMatchObject({ city: '郑州市', county: '郑州市上街区' });
  });
});

describe('democratic parties', () => {
  const fuzhou = jurisdictionOf('福州市交通运输局');
  it('read a party’s committee with its place or the letter’s, never as the CCP’s 市委', () => {
    expect(names('民建长春市委提出的提案。', fuzhou)).toEqual([['民建长春市委', '中国民主建国会长春市委员会']]);
    expect(names('致公党市委和市致公党。', fuzhou).map(([, n]) => n)).toEqual(['中国致公党福州市委员会', '中国致公党福州市委员会']);
    expect(names('九三学社海南省委员会提出。', fuzhou)).toEqual([['九三学社海南省委员会', '九三学社海南省委员会']]);
    // The party's national committee (致公党中央, b1693_03), and a city's work committee (民建市工委, b1654_01).
    expect(names('致公党中央:', fuzhou)).toEqual([['致公党中央', '中国致公党中央委员会']]);
    // A level word the tagger reads into 市民 before the party's form (市民|革:, 市民|进|提出; b1757_04), not where 市民 goes on into a word (市民|进出).
    expect(names('市民革:\n市民进提出,市民进出小区。', fuzhou).map(([, n]) => n)).toEqual(['中国国民党革命委员会福州市委员会', '中国民主促进会福州市委员会']);
    // The League's by the national table, which names the party in full (共青团中央, b1757_05).
    expect(names('民政部、共青团中央联合印发。', fuzhou).map(([, n]) => n)).toEqual(['中华人民共和国民政部', '中国共产主义青年团中央委员会']);
    expect(names('民建市工委:', fuzhou)).toEqual([['民建市工委', '中国民主建国会福州市工作委员会']]);
    expect(names('民盟文山市基层委员会提出。', fuzhou)).toEqual([['民盟文山市基层委员会', '中国民主同盟文山市基层委员会']]);
    // A district's branch committee (支部), its place written under its city's.
    expect(names('中国农工民主党重庆市梁平区支部委员会:', fuzhou)).toEqual([['中国农工民主党重庆市梁平区支部委员会', '中国农工民主党重庆市梁平区支部委员会']]);
    // The Youth League's committee (团市委), never the CCP's; 集团 holds none.
    expect(names('会同团市委、市集团公司研究。', fuzhou).map(([, n]) => n)).toEqual(['共青团福州市委员会']);
    // 市民|进出: a party's short form inside other words is none.
    expect(names('市民进出城区更加方便快捷。', fuzhou)).toEqual([]);
    expect(names('中共长春市委。', fuzhou)).toEqual([['中共长春市委', '中共长春市委员会']]);
  });
});

describe('a body the tables do not list, read by its shape', () => {
  it('reads no level word in a common noun closed by a level character (城市|社区居民委员会)', () => {
    const j = jurisdictionOf('沂水县住房和城乡建设局');
    expect(findAgencies('推动城市社区居民委员会全部下设环境和物业管理委员会。', j)).toEqual([]);
    expect(findAgencies('武山县水务局牵头。', j).map((h) => h.name)).toEqual(['武山县水务局']);
  });
});

describe('the body of an unsigned letter by its document number', () => {
  const none = jurisdictionOf('');
  it('reads a province body from the province character, the sector and the level word the letter calls itself by', () => {
    expect(bodyOfDocNumber('甘交办案〔2018〕99号', '我厅已将该公路列入计划。', none, '政协甘肃省十二届一次会议')).toBe('甘肃省交通运输厅');
    expect(bodyOfDocNumber('冀商办案字[2014]第12号', '我厅将积极支持。', none, null)).toBe('河北省商务厅');
    expect(bodyOfDocNumber('陕发改办函〔2014〕71号', '我委高度重视。我委将继续关注。', none, '省十二届人大二次会议')).toBe('陕西省发展和改革委员会');
    // No session named: the province's character stands.
    expect(bodyOfDocNumber('川卫函〔2023〕82号', '我委高度重视,经与省发展改革委沟通。', none, null)).toBe('四川省卫生健康委员会');
    // 卫计 numbered the health and family-planning bodies before their merger: the number says the body of its day.
    expect(bodyOfDocNumber('川卫计函〔2017〕82号', '我委高度重视。', none, null)).toBe('四川省卫生和计划生育委员会');
  });
  it('reads a national body from its number’s own opening form, in a letter of the national congress or of no place', () => {
    // (Named as the body's other mentions are: in full, with the state's name.)
    expect(bodyOfDocNumber('人社建字〔2025〕141号', '零工市场是重要载体。', none, null)).toBe('中华人民共和国人力资源和社会保障部');
    expect(bodyOfDocNumber('医保函[2019]19号', '您提出的建议收悉。', none, '十三届全国人大二次会议')).toBe('国家医疗保障局');
    // The agriculture ministry answers through its general office (农办议, b1005_06); the education ministry's numbers say what they answer (教建议宇).
    expect(bodyOfDocNumber('农办议〔2018〕145号', '你们提出的建议收悉。', none, '十三届全国人大一次会议')).toBe('中华人民共和国农业农村部');
    expect(bodyOfDocNumber('教建议宇〔2019〕233号', '你们提出的建议收悉。', none, '十三届全国人大二次会议')).toBe('中华人民共和国教育部');
    expect(bodyOfDocNumber('应急提函〔2024〕61号', '您提出的提案收悉。', none, '政协第十四届全国委员会第二次会议')).toBe('中华人民共和国应急管理部');
    // The ministries' one-character forms and the national bureaus' two (b1158_03, b1170_01).
    expect(bodyOfDocNumber('交公路建字〔2022〕101号', '你们提出的建议收悉。', none, '十三届全国人大四次会议')).toBe('中华人民共和国交通运输部');
    expect(bodyOfDocNumber('国信函〔2012〕23号', '您提出的提案收悉。', none, '全国政协十一届三次会议')).toBe('国家信访局');
    // A province's session, or a letter placed in a province, is no national body's.
    expect(bodyOfDocNumber('人社建字〔2025〕141号', '零工市场是重要载体。', none, '省十三届人大二次会议')).toBeNull();
    expect(bodyOfDocNumber('人社建字〔2025〕141号', '零工市场是重要载体。', jurisdictionOf('四川省人民政府'), null)).toBeNull();
  });
  it('reads a city or district named alone among co-handlers as its government (大冶市 → 大冶市人民政府; b1031_02), not a word ending in 市', () => {
    const letter = extracted('叶某代表:\n您提出的《关于加快美丽乡村规划建设的建议》已收悉。我局已会同市市农业农村局、大冶市、阳新县等单位进行了认真研究,现回复如下:\n我局将继续推进。\n黄石市自然资源和规划局\n2020年10月12日\n');
    expect([letter.replyingAgency, letter.coHandlers]).toEqual(['黄石市自然资源和规划局', ['黄石市农业农村局', '大冶市人民政府', '阳新县人民政府']]);
    expect(governmentOfPlace('超市')).toBe('超市');
  });
  it('reads a district written after its city as the issuer of a title as its government (广元市利州区关于…的答复)', () => {
    const letter = extracted('广元市利州区关于市政协八届三次会议第32号提案的答复\n王某委员:\n您提出的《关于加快文化发展的提案》收悉,现答复如下:\n区政府高度重视。\n');
    expect(letter.replyingAgency).toBe('广元市利州区人民政府');
    expect(governmentOfPlace('广元市利州区')).toBe('广元市利州区人民政府');
    expect(governmentOfPlace('广元市园区')).toBe('广元市园区');
  });
  it('reads a county’s highway construction and maintenance centre written with its level word (县公路建设养护中心), 建设 inside it', () => {
    expect(names('县公路建设养护中心全力支持。').map(([, n]) => n)).toEqual(['青川县公路建设养护中心']);
  });
  it('reads a government’s office its page writes as the government with its office in brackets (广德市人民政府(办公室); b1021_05)', () => {
    const page = '索引号: 113417230032537673/202109-00012 组配分类: 政协委员提案办理\n发布机构: 广德市人民政府(办公室) 主题分类: 综合政务\n名称: 关于对市政协十届五次会议第31号提案的答复函\n\n王某委员:\n您提出的《关于壮大村级集体经济的提案》收悉,现答复如下:\n全市已推进强村工程。\n';
    expect(extracted(page).replyingAgency).toBe('广德市人民政府办公室');
  });
  it('reads an unsigned letter that never names itself as the body whose site its breadcrumb opens with (b1028_01), never a government portal', () => {
    const letter = (root: string) =>
      extracted(`${root}\n\n当前位置: ${root}>政务公开>建议提案办理\n\n关于区十八届人大七次会议第120号建议办理情况的答复函\n\n发布日期:2025-05-22\n\n李某代表:\n\n您提出的《关于加强社区食堂运营的建议》收悉。经研究办理,现将办理情况答复如下。\n按照民政部文件,全区建成社区食堂12个。\n`).replyingAgency;
    expect(letter('重庆市江津区民政局')).toBe('重庆市江津区民政局');
    expect(letter('重庆市江津区人民政府')).toBeNull();
    // Or the first step after the home page (b1122_01).
    const afterHome = extracted('首页 > 省经济和信息化厅 > 执行和结果 > 建议提案办理\n\n关于省政协十二届五次会议第0808号提案答复的函\n\n张某委员:\n您提出的《关于促进民营经济发展的提案》收悉。经研究,现答复如下:\n出台《安徽省民营企业倍增行动计划》。\n');
    expect(afterHome.replyingAgency).toBe('安徽省经济和信息化厅');
  });
  it('reads a ministry’s page that names only its department (信息所属单位 畜牧业司; b1005_06) as the ministry’s letter', () => {
    const page = '索 引 号\n07B120315201800480\n信息所属单位\n畜牧业司\n文  号\n农办议〔2018〕145号\n\n对十三届全国人大一次会议第 2201号建议的答复\n\n某某某等5位代表:\n    你们提出的“关于扶持中蜂养殖的建议”收悉。现答复如下。\n    我部将继续支持。\n';
    const record = extracted(page);
    expect([record.replyingAgency, record.letter.publisher]).toEqual(['中华人民共和国农业农村部', '畜牧业司']);
  });
  it('names the bodies of an undated letter as they were named in its document number’s year (省农委 in 2017)', () => {
    const text = '某农业函〔2017〕2号\n刘某代表:\n您提出的《关于加快美丽乡村建设的建议》收悉。现答复如下:\n刘代表参加了由湖南省农委组织的培训,省农委将继续支持。\n';
    const agencies = extracted(text, 'y.txt').entities.filter((e) => e.type === 'Agency').map((e) => e.name);
    expect(agencies).toContain('湖南省农业委员会');
  });
  it('keeps a national body a city’s portal reposted as it is, never under the city', () => {
    const text = '作者:遂宁市医疗保障局\n(四川-遂宁)国家医疗保障局对十三届全国人大二次会议第3809号建议的答复\n徐某代表:\n您提出的关于打击欺诈骗取医保基金行为的建议收悉,现答复如下:\n遂宁市已开展专项治理。\n';
    expect(extracted(text, 'n.txt').replyingAgency).toBe('国家医疗保障局');
  });
  it('reads none from a city’s number, another province’s letter, or 委 and 局 outside a province’s session', () => {
    expect(bodyOfDocNumber('九农案字(2025)4号', '我局高度重视。', none, '市政协十六届五次会议')).toBeNull();
    expect(bodyOfDocNumber('冀商办案字[2014]第12号', '我厅将积极支持。', jurisdictionOf('甘肃省交通运输厅'), null)).toBeNull();
    expect(bodyOfDocNumber('陕发改办函〔2014〕71号', '我委高度重视。', none, '市十二届人大二次会议')).toBeNull();
    expect(bodyOfDocNumber('甘交办案〔2018〕99号', '交通运输部门高度重视。', none, '政协甘肃省十二届一次会议')).toBeNull();
  });
  it('reads a county’s or city’s bureau from a number opening with the letter’s own county’s or city’s first character', () => {
    const linxiang = inferCounty(jurisdictionOf('临湘市人民政府'), '');
    expect(bodyOfDocNumber('临农字〔2022〕8号', '我局高度重视。我局将继续推进。', linxiang, '市第十届政协第一次会议')).toBe('临湘市农业农村局');
    expect(bodyOfDocNumber('岳发改字〔2021〕12号', '我委高度重视。', jurisdictionOf('岳阳市人民政府'), null)).toBe('岳阳市发展和改革委员会');
    // A body the letter names of that place and sector, otherwise than the table (水 of 花水函: 区水务局, not 水利局).
    const huadu = jurisdictionOf('广州市花都区人民政府');
    expect(bodyOfDocNumber('花水函〔2021〕91号', '我局高度重视。区海绵办(设在区水务局)印发方案。', huadu, null, new Set(['广州市花都区水务局']))).toBe('广州市花都区水务局');
    expect(bodyOfDocNumber('花水函〔2021〕91号', '我局高度重视。', huadu, null)).toBe('广州市花都区水利局');
    // Another place's character, or no word the letter calls itself by and no such body named, names none.
    expect(bodyOfDocNumber('九农案字(2025)4号', '我局高度重视。', linxiang, null)).toBeNull();
    expect(bodyOfDocNumber('临农字〔2022〕8号', '农业农村部门高度重视。', linxiang, null)).toBeNull();
    // Or the level word alone: the letter's own city (市应急函), its own county (县教字).
    expect(bodyOfDocNumber('市应急函〔2020〕73号', '我局起草了初稿,并报送市人大社建委、市司法局。', jurisdictionOf('西安市人民政府'), null)).toBe('西安市应急管理局');
    expect(bodyOfDocNumber('县教字〔2021〕5号', '我局高度重视。', jurisdictionOf('青川县人民政府'), null)).toBe('青川县教育局');
  });
  it('reads a district’s bureau from its own characters or its city’s and its own (渝中经信函, 厦集农水)', () => {
    const jimei = jurisdictionOf('厦门市集美区人民政府');
    expect(bodyOfDocNumber('厦集农水〔2024〕12号', '我局高度重视。', jimei, null)).toBe('厦门市集美区农业农村和水利局');
    const yuzhong = jurisdictionOf('重庆市渝中区人民政府');
    expect(bodyOfDocNumber('渝中经信函〔2022〕33号', '我委积极与区住建委联系。', yuzhong, null)).toBe('重庆市渝中区经济和信息化委员会');
    // A merged bureau's number writes its sectors together (文广旅: 文化广电和旅游局, not the 文 of 文化和旅游局).
    expect(bodyOfDocNumber('厦集文广旅函〔2021〕8号', '我局高度重视。', jimei, null)).toBe('厦门市集美区文化广电和旅游局');
  });
  it('reads a city’s bureau from its city’s own character where that is not its name’s first (穗人社函 of 广州市)', () => {
    const text = '张某委员:\n您提出的《关于社会保障卡一卡通的提案》收悉,我市政府高度重视,积极组织市人力资源和社会保障局、市民政局等单位认真研究办理,现答复如下:\n已办。\n';
    const r = extracted(`穗人社函〔2024〕231号\n${text}`, 'g.txt');
    // (Placed by 广州市 in a title the test adds: the number alone does not place a letter.)
    const placed = extracted(`广州市政协十四届三次会议第5013号提案答复\n穗人社函〔2024〕231号\n${text}`, 'g.txt');
    expect(r.replyingAgency).toBeNull();
    expect(placed.replyingAgency).toBe('广州市人力资源和社会保障局');
    expect(placed.coHandlers).toEqual(['广州市民政局']);
  });
  it('reads the body a letter that never says 我厅 names in the third person, where its number gives the sector', () => {
    const text = '省民政厅作为经营性公墓的审批机关,将视情审批新公墓。';
    const named = new Set(['云南省民政厅']);
    expect(bodyOfDocNumber('云民政法〔2019〕14号', text, none, '云南省十三届人大二次会议', named)).toBe('云南省民政厅');
    // Not a body of another sector, nor one the letter does not name.
    expect(bodyOfDocNumber('云民政法〔2019〕14号', text, none, '云南省十三届人大二次会议', new Set(['云南省财政厅']))).toBeNull();
    const whole = '对云南省十三届人大二次会议第0641号建议的答复\n云民政法〔2019〕14号\n余某代表:\n您提出的《关于增加经营性公墓的建议》收悉,现答复如下。\n' + text + '\n';
    expect(extracted(whole, 'm.txt').replyingAgency).toBe('云南省民政厅');
  });
  it('reads an unsigned letter answering a prefecture’s congress as the prefecture’s body, not the county it names most', () => {
    const text =
      '对自治州十五届人大二次会议第70号建议办理情况的答复\n库某代表:\n您提出的“关于支持精河灌区改造的建议”收悉。经研究办理,现答复如下:\n\n自治州水利局深入贯彻治水思路,将精河灌区纳入《博尔塔拉蒙古自治州水安全保障规划》。精河县筹措资金改善灌溉条件,精河县茫丁乡受益。\n';
    expect(extracted(text, 'z.txt').replyingAgency).toBe('博尔塔拉蒙古自治州水利局');
  });
  it('reads an unsigned letter answering a province’s congress, saying 我厅, as the province’s body, not a city’s it names most', () => {
    const text =
      '对省十四届人大一次会议第86号建议的答复\n李某代表:\n您所提的《关于乡村旅游发展的建议》收悉,现答复如下。\n近年来,我厅持续推进乡村旅游。河南省人民政府办公厅印发意见以来,省文化和旅游厅发挥政策引领作用。郑州市二七区侯寨乡、郑州市新密市等创建乡村旅游重点镇,郑州市推进规划,我厅将继续指导。\n';
    expect(extracted(text, 'h.txt').replyingAgency).toBe('河南省文化和旅游厅');
  });
  it('reads an unsigned letter’s body as the subject right after its acknowledgement, its other sign in brackets, whatever place the letter names most (b1063_01)', () => {
    const text =
      '胡某委员:\n您提出的“关于举办自贸试验区高层论坛的建议”的提案收悉,省商务厅(省自贸办)高度重视,会同沈阳、大连、营口市政府进行了认真研究,现答复如下:\n沈阳片区、大连片区和营口片区建设良好。\n';
    expect(extracted(text, 'l.txt').replyingAgency).toBe('辽宁省商务厅');
  });
  it('never takes for an unsigned letter’s body one its opening names as consulted (经我局认真研究,并综合A、B意见)', () => {
    const text =
      '清国土资函〔2018〕162号\n邵某委员:\n您提出的《关于废弃矿山生态修复的提案》收悉,经我局认真研究,并综合市环境保护局、市林业局意见,现答复如下:\n市环境保护局加强监管。我局将继续推进,市环境保护局配合。\n';
    const r = extracted(text, 'q.txt');
    expect(r.replyingAgency).not.toBe('市环境保护局');
    expect(r.coHandlers).toEqual(['市环境保护局', '市林业局']);
  });
  it('reads an unsigned letter’s body as the one of its own place it names most with the level word it calls itself by', () => {
    const jiujiang = jurisdictionOf('九江市人民政府');
    const text = '我局高度重视。九江市科学技术局联合九江市工业和信息化局开展调研,九江市科学技术局将继续推进。';
    expect(bodySpeakingAsSelf(text, findAgencies(text, jiujiang), jiujiang)).toBe('九江市科学技术局');
    // A tie, another level's body, the place's government, or no 我局 names none.
    const tie = '我局高度重视。九江市科学技术局、九江市工业和信息化局开展调研。';
    expect(bodySpeakingAsSelf(tie, findAgencies(tie, jiujiang), jiujiang)).toBeNull();
    // A body it works with (我局联合…, 会同…) is its partner, not itself.
    const partner = '我局高度重视。2023年我局联合九江市民政局等8部门印发了方案。';
    expect(bodySpeakingAsSelf(partner, findAgencies(partner, jiujiang), jiujiang)).toBeNull();
    // So is every body listed after that verb in its clause (联合A、B等部门).
    const listed = '我局高度重视。我局联合市委组织部、九江市民政局等部门,采取多项措施。';
    expect(bodySpeakingAsSelf(listed, findAgencies(listed, jiujiang), jiujiang)).toBeNull();
    const province = '我局高度重视。江西省林业局、九江市人民政府将继续推进。';
    expect(bodySpeakingAsSelf(province, findAgencies(province, jiujiang), jiujiang)).toBeNull();
    const unsaid = '九江市科学技术局将继续推进。';
    expect(bodySpeakingAsSelf(unsaid, findAgencies(unsaid, jiujiang), jiujiang)).toBeNull();
    // 我委 is a 委员会 written out.
    const wei = '我委高度重视。九江市发展和改革委员会将继续推进。';
    expect(bodySpeakingAsSelf(wei, findAgencies(wei, jiujiang), jiujiang)).toBe('九江市发展和改革委员会');
  });
  it('takes as an unsigned letter’s body the sector body of its place that opens the answer’s sentences as their subject', () => {
    const answered = (body: string) =>
      extracted(`关于市十五届人大四次会议第12号建议的答复\n李某代表:\n您提出的《关于校园食品安全的建议》收悉,现答复如下:\n${body}\n`, 'a.txt').replyingAgency;
    expect(answered('郑州市教育局一直以来高度关注学生饮食安全。下一步,市教育局将持续开展检查。')).toBe('郑州市教育局');
    // Named only as one of several acting, or after another clause's words, it is not the answer's subject.
    expect(answered('郑州市教育局和市场监管局联合开展检查。')).toBeNull();
    // After a list's heading, going on with what it is doing (正在, 配合).
    expect(answered('一是政策方面。郑州市教育局配合市财政局争取资金。')).toBe('郑州市教育局');
    // A body the opening says was consulted is no answer's subject.
    const consulted = extracted('关于市十五届人大四次会议第12号建议的答复\n李某代表:\n您提出的《关于校园食品安全的建议》收悉。经与郑州市教育局共同研究,现答复如下:\n郑州市教育局将开展检查。\n', 'b.txt');
    expect(consulted.replyingAgency).toBeNull();
    // A letter saying 我厅 under the page's banner of its province's 厅 (named nowhere in the letter) is that 厅's.
    const banner = extracted('辽宁省商务厅\n\n政府信息公开\n\n对省政协十二届五次会议第0032号提案的答复\n赵某委员:\n您提出的《关于电商教育的提案》收悉,现答复如下:\n2020年以来,我厅相继出台了政策。\n', 'c.txt');
    expect(banner.replyingAgency).toBe('辽宁省商务厅');
    // A signing body that names its place inside (a city bureau's county branch) keeps its name as written.
    const branch = extracted('对县十七届人大四次会议第96号建议的答复\n某某代表:\n您提出的《关于加强乡村河域治理的建议》收悉,现答复如下:\n临沭县将加强治理。\n生态环境临沭分局\n2020年6月5日\n', 'd.txt');
    expect(branch.replyingAgency).toBe('生态环境临沭分局');
  });
  it('takes an unsigned letter’s publisher as its body when it is named like one: an archive (…馆) and a cooperatives’ federation (…联合社) too', () => {
    const posted = (publisher: string) =>
      extracted(`发布机构:${publisher}\n关于市政协十届一次会议第47号提案的答复\n李某委员:\n您提出的《关于加快档案数字化的提案》收悉,现答复如下:\n一、推进数字档案馆建设。\n`, 'p.txt').replyingAgency;
    expect(posted('赤壁市档案馆')).toBe('赤壁市档案馆');
    expect(posted('内蒙古自治区供销合作社联合社')).toBe('内蒙古自治区供销合作社联合社');
    expect(posted('区政府督查室')).toBeNull();
    // Written bare and unknown to the tables, the publishing body is its own place's; a 厅 its province's.
    const placed = (publisher: string) =>
      extracted(`发布机构:${publisher}\n关于青川县政协十届一次会议第47号提案的答复\n李某委员:\n您提出的《关于数据产业的提案》收悉,现答复如下:\n一、推进青川县数据产业。\n`, 'q.txt').replyingAgency;
    expect(placed('政务数据办')).toBe('青川县政务数据办');
    expect(placed('政府办')).toBe('青川县人民政府办公室');
    expect(placed('水务厅')).toBe('四川省水务厅');
  });
  it('takes no government or government office that posted the page as the body of a letter speaking as 我院 or 我局, but the body it names speaking so (b1462_01)', () => {
    const posted = (publisher: string, self: string) =>
      extracted(`信息来源:${publisher}\n关于县政协十一届二次会议第50号提案的复函\n何某委员:\n您提出的《关于加强公益诉讼检察工作的提案》收悉,现答复如下:\n六年来,${self}立案17件。霍山县人民检察院与县林业局联合出台办法,霍山县人民检察院推进公益诉讼。\n`, 'h.txt').replyingAgency;
    expect(posted('霍山县政府办', '我院')).toBe('霍山县人民检察院');
    expect(posted('霍山县人民政府', '我院')).toBe('霍山县人民检察院');
    // A letter that speaks as none (我县) is the office's own.
    expect(posted('霍山县政府办', '我县')).toBe('霍山县人民政府办公室');
  });
  it('takes a people’s organisation speaking as 我会 (a trade union, a women’s federation) as the body of a letter a government posted, but not 我会同…', () => {
    const posted = (self: string) =>
      extracted(`发布机构:嵩明县人民政府\n关于对县十六届人大二次会议第23号建议的答复\n杨某代表:\n您提出的《关于户外劳动者服务站点的建议》收悉,现答复如下:\n嵩明县总工会高度重视,${self}建成驿站10个。嵩明县总工会将继续推进。\n`, 's.txt').replyingAgency;
    expect(posted('我会')).toBe('嵩明县总工会');
    expect(posted('由我会同县住建局')).toBe('嵩明县人民政府');
  });
  it('names a bare co-handler in a list of a province’s bodies as the list’s (…教育厅、卫健委和文旅厅)', () => {
    const letter = '关于自治区十二届政协三次会议第088号提案的答复\n宁农〔2020〕110号\n钱某梅委员:\n您提出的《关于发展特色产业的提案》收悉,经与自治区发改委、财政厅、教育厅、卫健委和文旅厅充分沟通,现将办理意见答复如下:\n已办。\n宁夏回族自治区农业农村厅\n2020年7月1日\n';
    expect(extracted(letter, 'n.txt').coHandlers).toEqual([
      '宁夏回族自治区发展和改革委员会',
      '宁夏回族自治区财政厅',
      '宁夏回族自治区教育厅',
      '宁夏回族自治区卫生健康委员会',
      '宁夏回族自治区文化和旅游厅',
    ]);
    // A co-handler before the verb of handling (会同县交通运输局抓紧办理): the body alone.
    const urged = '某某委员:\n县政府责成县教育局会同县交通运输局抓紧办理你们提出的《关于开通校车的建议》,现答复如下:\n已办。\n金川县教育局\n2024年6月1日\n';
    expect(extracted(urged, 'u.txt').coHandlers).toEqual(['金川县交通运输局']);
  });
  it('reads a municipality’s body from a number answering its 市 session, and places the letter there', () => {
    expect(bodyOfDocNumber('渝卫函〔2023〕323号', '我委高度重视。', none, '市六届人大一次会议')).toBe('重庆市卫生健康委员会');
    expect(placeOfDocNumber('渝卫函〔2023〕323号', '市六届人大一次会议')?.name).toBe('重庆市');
    expect(placeOfDocNumber('陕发改办函〔2014〕71号', '市十二届人大二次会议')).toBeNull();
    // A letter answering a province's congress that names no province of its own is placed by the documents it cites.
    const cites = '国家发展改革委印发的意见限定在上海、江苏等省(市)。省政府印发了《关于造林绿化的意见》(黔府发〔2015〕35号),省林业厅印发(黔林发〔2016〕2号)。';
    expect(provinceOfCitedNumbers(cites, '省十三届人大二次会议')?.name).toBe('贵州省');
    expect(provinceOfCitedNumbers(cites, '市十三届人大二次会议')).toBeNull();
    const letter26 = `省林业局关于省十三届人大二次会议第26号建议的答复\n杨某代表:\n您提出的《关于加快河流沿岸造林绿化的建议》收悉。现答复如下:\n${cites}\n省林业局\n2019年6月1日\n`;
    expect(extracted(letter26, 'x.txt').replyingAgency).toBe('贵州省林业局');
    const letter = '关于市六届人大一次会议第0794号建议办理情况的答复函\n渝卫函〔2023〕323号\n陈某代表:\n您提出的《关于加强公共卫生的建议》(第0794号)收悉。我委会同市财政局、市规资局研究,现答复如下:\n已办。\n';
    const agencies = extracted(letter, 'n.txt').entities.filter((e) => e.type === 'Agency').map((e) => e.name);
    expect(agencies).toEqual(expect.arrayContaining(['重庆市财政局', '重庆市规划和自然资源局']));
  });
});

describe('the replying body as its entity is named', () => {
  it('names the replying body, and the node its relation points at, as the entity its signature merged into (罗村镇人民政府 → 淄博市淄川区…)', () => {
    const text = '对区政协十二届四次会议第92号提案的答复\n张某委员:\n您在政协第十二届淄川区委员会第四次会议上提出的《关于路灯提升的提案》收悉,现答复如下:\n镇政府已安装路灯。\n罗村镇人民政府\n2020年9月10日\n';
    const r = extracted(text, 'x.txt');
    expect(r.replyingAgency).toBe('淄博市淄川区罗村镇人民政府');
    const agencies = new Set(r.entities.filter((e) => e.type === 'Agency').map((e) => e.name));
    expect(r.relations.filter((x) => x.type === 'ISSUED_BY').map((x) => x.to.key)).toEqual(['淄博市淄川区罗村镇人民政府']);
    for (const x of r.relations) if (x.to.label === 'Agency') expect(agencies.has(x.to.key)).toBe(true);
  });
  it('names a ministry’s letter by its number where its page names only the unit that published it (机构分类: 公路局; b1158_03)', () => {
    const text = '关于十三届全国人大四次会议第1234号建议的答复函\n\n文号\n\n交公路建字〔2022〕101号\n\n机构分类\n\n公路局\n\n李某等5名代表:\n\n你们提出的《关于充电设施的建议》收悉。经研究,现答复如下:\n\n我部高度重视。\n';
    expect(extracted(text, 'm.txt').replyingAgency).toBe('中华人民共和国交通运输部');
  });
});

describe('a city’s economy and informatisation commission, and some zones’ committees', () => {
  it('reads 经济信息化委 as the commission and 部分…管委会 as a class', () => {
    const shanghai = jurisdictionOf('上海市发展和改革委员会');
    expect(names('市发展改革委会同市经济信息化委、市科委研究。', shanghai).map(([, n]) => n)).toContain('上海市经济和信息化委员会');
    const zones = extracted('李某代表:\n您提出的《关于某事的建议》收悉,现答复如下:\n海关特殊监管区域联席会议及部分综合保税区管委会已被撤销。\n', 'z.txt');
    expect(zones.entities.filter((e) => e.name.includes('保税区'))).toEqual([]);
  });
});

describe('committees of drug control, public order and defence mobilisation, and the armed forces department', () => {
  it('read their short forms (禁毒办, 禁毒委, 综治办, 国动办, 人武部, 两新工委) as the full names of the letter’s place', () => {
    const beibei = jurisdictionOf('重庆市北碚区教育委员会');
    const found = names('区禁毒办、区综治办、区国动办、区人武部和区委两新工委配合;国家禁毒委和市禁毒委推荐。', beibei).map(([, n]) => n);
    expect(found).toEqual([
      '重庆市北碚区禁毒委员会办公室',
      '重庆市北碚区社会治安综合治理委员会办公室',
      '重庆市北碚区国防动员办公室',
      '重庆市北碚区人民武装部',
      '中共重庆市北碚区委非公有制经济组织和社会组织工作委员会',
      '国家禁毒委员会',
      '重庆市禁毒委员会',
    ]);
  });
});

describe('bodies a header names', () => {
  it('reads the bodies a record lists as overseeing the handling (督办单位) as the letter’s, placed in its jurisdiction (b1208, b1267)', () => {
    const r = extracted('编 号:第〔27〕号 | 所属类别:委员提案 |\n督办单位:区政府办公室 区教育局 | 牵头领导:王某 |\n主办单位:区体育中心 |\n关于政协某市某区六届六次会议第27号提案的回复 |\n尊敬的张某委员: 您提出的《关于增加户外体育设施的建议》已收悉,现答复如下:\n已办。\n某市某区体育中心\n2021年6月1日\n', 'crumbs.txt');
    expect(r.entities.filter((e) => e.type === 'Agency').map((e) => e.name).sort()).toEqual(['某市某区人民政府办公室', '某市某区体育中心', '某市某区教育局']);
  });
});
