// Short forms are read relative to the letter's own jurisdiction.
import { describe, expect, it } from 'vitest';
import { canonicalAgency, findAgencies, placedAgencyName } from '../../src/extract/agencies.js';
import { emptyJurisdiction, inferCounty, inferProvince, jurisdictionOf, withoutPartnerSentences } from '../../src/extract/jurisdiction.js';
import { mostNamedByShortForm } from '../../src/extract/shortForms.js';

describe('jurisdiction', () => {
  it('reads the chain of places in a body name', () => {
    expect(jurisdictionOf('重庆市綦江区郭扶镇人民政府')).toMatchObject({ province: '重庆市', city: '重庆市', county: '重庆市綦江区' });
    expect(jurisdictionOf('成都市科学技术局')).toMatchObject({ province: '四川省', city: '成都市' });
    expect(jurisdictionOf('永嘉县农业农村局')).toMatchObject({ county: '永嘉县' });
    // A county's bodies are named without its city even where the city is written before it; a district's with it.
    expect(jurisdictionOf('昆明市富民县人民政府办公室')).toMatchObject({ city: '昆明市', county: '富民县' });
    expect(jurisdictionOf('昆明市西山区农业农村局')).toMatchObject({ city: '昆明市', county: '昆明市西山区' });
    // A pronoun of address is no part of a place the tables do not know.
    expect(jurisdictionOf('您在某某区政协十四届五次会议').county).toBeNull();
    expect(jurisdictionOf('维西傈僳族自治县十七届人大第三次会议')).toMatchObject({ county: '维西傈僳族自治县' });
    // A term's ordinal before the place; a city written without its 市 before its zone.
    expect(jurisdictionOf('政协第十二届广东省委员会第一次会议')).toMatchObject({ province: '广东省' });
    expect(jurisdictionOf('嵊州经济开发区管理委员会')).toMatchObject({ province: '浙江省', city: '嵊州市' });
    // One character before 市 or 县 is a place's short form (景市 for 景德镇市), no place of that name.
    expect(jurisdictionOf('景市政协十四届三次会议')).toMatchObject({ city: null, county: null });
    expect(jurisdictionOf('沙区第十八届人大三次会议').county).toBeNull();
  });
  it('reads an autonomous prefecture or county written without its peoples, with or without 自治 (湘西自治州, 甘南州)', () => {
    expect(jurisdictionOf('湘西自治州2024年度地质灾害防治方案').city).toBe('湘西土家族苗族自治州');
    expect(jurisdictionOf('甘南州农业农村局').city).toBe('甘南藏族自治州');
    expect(jurisdictionOf('石林自治县自然资源局').county).toBe('石林彝族自治县');
  });
  it('reads a sub-district’s office named under its county’s government (安宁市人民政府禄脿街道办事处; b944_03) as the county’s sub-district', () => {
    expect(jurisdictionOf('安宁市人民政府禄脿街道办事处')).toMatchObject({ county: '安宁市', town: '安宁市禄脿街道' });
    expect(jurisdictionOf('安宁市人民政府办公室')).toMatchObject({ county: '安宁市', town: null });
  });
  it('takes no level word alone or phrase with a joiner for a place', () => {
    // 自治区 alone leaves the province to the places the letter names (灵山县 → 广西壮族自治区).
    expect(jurisdictionOf('自治区十三届人大四次会议').province).toBeNull();
    expect(jurisdictionOf('地区发改委')).toMatchObject({ city: null, county: null });
    const j = inferCounty(inferProvince(jurisdictionOf('自治区十三届人大四次会议'), '灵山县某镇某村苗圃队'), '灵山县某镇某村苗圃队');
    expect(canonicalAgency('自治区财政厅', j)).toBe('广西壮族自治区财政厅');
    // 住房和城乡 ends like a township (乡) but holds 和.
    expect(jurisdictionOf('广西壮族自治区住房和城乡建设厅')).toMatchObject({ province: '广西壮族自治区', town: null });
    // Nor a level word inside a longer word (城乡|建设): 住房城乡建设委 is no township 住房城乡.
    expect(jurisdictionOf('天津市住房城乡建设委/办公室')).toMatchObject({ province: '天津市', county: null, town: null });
    // Nor a word ending in a level character, which the tagger reads as a place: 城市|建设发展中心.
    expect(jurisdictionOf('鞍山市城市建设发展中心')).toMatchObject({ city: '鞍山市', county: null, town: null });
    expect(canonicalAgency('街道办事处', jurisdictionOf('天津市住房城乡建设委'))).not.toContain('城乡');
    // A level word opening a word is one: 庙上|乡政府, 大直沽|街道.
    expect(jurisdictionOf('庙上乡政府').town).toBe('庙上乡');
    expect(jurisdictionOf('大直沽街道办事处').town).toBe('大直沽街道');
  });
  it('infers the province from the places a letter names', () => {
    expect(inferProvince(emptyJurisdiction(), '支持宜宾市申报国家创新型城市,宜宾相关部门').province).toBe('四川省');
    // 东区, 西区 are also Panzhihua's districts, but in running text a town's quarters.
    expect(inferProvince(emptyJurisdiction(), '改造东区及西区老旧小区,宁陕县城').province).toBe('陕西省');
    // So are a town's old quarter (老城区, a district of Luoyang) and a mining area (矿区, one of Yangquan).
    const oldTown = '省住建厅确定重点镇,我县梅山镇、天堂寨镇纳入计划,麻埠镇、青山镇未纳入;老城区危旧房屋、老城区移民房、矿区道路。';
    expect(inferProvince(emptyJurisdiction(), oldTown).province).toBeNull();
    expect(inferCounty(emptyJurisdiction(), oldTown)).toMatchObject({ province: '安徽省', county: '金寨县' });
  });
  it('infers no province from a list of provinces each named once (上海、江苏…等省(市)): none stands out', () => {
    const list = '实施范围已限定在长江干流流经的上海、江苏、安徽、江西、湖北等省(市),我省未能纳入。';
    expect(inferProvince(emptyJurisdiction(), list).province).toBeNull();
    expect(inferProvince(emptyJurisdiction(), `${list}贵州省、贵阳市造林。`).province).toBe('贵州省');
  });
  it('places no letter in a region whose bodies answer no mainland deputy, nor by a word holding its name (炮台湾 holds 台湾)', () => {
    expect(inferProvince(emptyJurisdiction(), '结合炮台湾湿地公园游客出行,优化线路。').province).toBeNull();
    expect(inferProvince(emptyJurisdiction(), '推进与香港、澳门的统计交流合作。').province).toBeNull();
  });
  it('places no letter outside its province by a county whose name closes a word before a level word (规范县城: 范县)', () => {
    const text = '关于治理规范县城及乡村区域弱电线路的建议。已转交县商工局办理,创建省级示范县。';
    expect(inferCounty(emptyJurisdiction(), text).county).toBeNull();
  });
  it('places no letter by 理县 closing the verb of handling (关于办理县…建议的复函; b1562_06)', () => {
    const text = '关于办理县八届人大三次会议代表第9号建议的复函\n某某代表:\n你提出的建议收悉,我局高度重视,现将有关情况答复如下。';
    expect(inferCounty(emptyJurisdiction(), text).county).toBeNull();
  });
  it('places no letter in a city its text names once by its short form, 州 and all (赴苏州、青岛等地学习; b1718_06)', () => {
    const text = '市民政局:\n现对某某委员的建议提出如下协办意见:\n景区组织规划局多次会商,并共同赴苏州、青岛等地学习公墓建设。';
    expect(inferCounty(emptyJurisdiction(), text).city).toBeNull();
    // The autonomous prefecture written short in its 州 is still named: 红河州.
    expect(inferCounty(emptyJurisdiction(), '红河州民政局:\n现对某某委员的建议提出如下协办意见:').city).toBe('红河哈尼族彝族自治州');
  });
  it('places no letter by a bus or rail line named after a place (滨江线)', () => {
    const text = '您在区政协会议期间提出的提案收悉。首末站配置两条公交线路,一条为吴淞滨江线,由码头延伸至地铁站;区交通委将继续优化。';
    expect(inferCounty(emptyJurisdiction(), text, mostNamedByShortForm).county).toBeNull();
  });
  it('counts a chain of places (河南郑州) as one mention of one place', () => {
    const text = '您提出的《关于重庆市加强极端天气防范的建议》收悉。2021年河南郑州遭遇特大暴雨,我市也先后遭遇洪水和干旱,已会同重庆市气象局研判。';
    expect(inferProvince(emptyJurisdiction(), text)).toMatchObject({ province: '重庆市', city: '重庆市' });
  });
  it('leaves partner regions out of the vote (东西部协作, 对口帮扶)', () => {
    const text = withoutPartnerSentences('我市与对口协作的原州区、西吉县、隆德县加强对接。《福州市消费帮扶十条措施》已废止。推进宁夏(固原)对口结对地区的消费协作。');
    expect(inferCounty(inferProvince(emptyJurisdiction(), text), text)).toMatchObject({ province: '福建省', city: '福州市' });
  });
  it('places a letter that calls itself 我区 in no county (县) it names, and one that calls itself 我县 in that county', () => {
    const district = '我区多次前往安吉学习了解,安吉县委县政府高位推动。我区竹产业发展。';
    expect(inferCounty(emptyJurisdiction(), district).county).toBeNull();
    const county = '我县多次前往安吉县学习了解。我县竹产业发展。';
    expect(inferCounty(emptyJurisdiction(), county).county).toBe('安吉县');
  });
  it('places a letter that names no county in the county of the towns it names more than once, at its own level', () => {
    const text = '我县支持次邱镇建设食品工业园,次邱镇园区已通水电。';
    expect(inferCounty(emptyJurisdiction(), text)).toMatchObject({ province: '山东省', city: '济宁市', county: '汶上县' });
    // Named once, or in a letter of its city, a town places nothing.
    expect(inferCounty(emptyJurisdiction(), '我县支持次邱镇建设食品工业园。').county).toBeNull();
    expect(inferCounty(jurisdictionOf('济宁市人民政府'), '我市支持次邱镇建设食品工业园,次邱镇园区已通水电。').county).toBeNull();
  });
  it('places a letter that names its county only by the short form, three times and with that level’s bodies', () => {
    const text = '县政府出台《推动霞浦茶产业振兴的意见》,霞浦茶叶品牌、霞浦茶产业园由县农业农村局负责。';
    const placed = inferCounty(emptyJurisdiction(), text, mostNamedByShortForm);
    expect(placed).toMatchObject({ province: '福建省', city: '宁德市', county: '霞浦县' });
    expect(canonicalAgency('县农业农村局', placed)).toBe('霞浦县农业农村局');
    // A short form that is a common word (新建 城区) needs three mentions; twice is not enough.
    const twice = '区发改局支持新建城区绿色食品产业园,新建城区产业。';
    expect(inferCounty(emptyJurisdiction(), twice, mostNamedByShortForm).county).toBeNull();
  });
  it('places a letter by a short form the tagger reads as a person’s name (永嘉, 北碚) only when written three times', () => {
    const thrice = '县委县府重视永嘉茶产业,打造永嘉早茶品牌,举办永嘉茶文化节,由县农业农村局负责。';
    expect(inferCounty(emptyJurisdiction(), thrice, mostNamedByShortForm)).toMatchObject({ province: '浙江省', county: '永嘉县' });
    const once = '县委县府重视永嘉茶产业,由县农业农村局负责。';
    expect(inferCounty(emptyJurisdiction(), once, mostNamedByShortForm).county).toBeNull();
  });
  it('places a letter by a short form written once when it names no other place (围绕乐山现代农业)', () => {
    const once = '这需要市委、市政府从产业的角度,着重围绕乐山现代农业产业布局,由市农业农村局牵头。';
    const placed = inferCounty(emptyJurisdiction(), once, mostNamedByShortForm);
    expect(placed).toMatchObject({ province: '四川省', city: '乐山市', county: null });
    expect(canonicalAgency('市农业农村局', placed)).toBe('乐山市农业农村局');
    // Not where two places compete, nor by a short form that is a word.
    const two = '市委、市政府学习乐山、宜宾的做法,由市农业农村局牵头。';
    expect(inferCounty(emptyJurisdiction(), two, mostNamedByShortForm).city).toBeNull();
    const word = '区发改局支持新建城区绿色食品产业园。';
    expect(inferCounty(emptyJurisdiction(), word, mostNamedByShortForm).county).toBeNull();
    // 马鞍山 is a saddle-shaped hill many towns have, besides a city.
    const hill = '市委、市政府高度重视,在滨江路(马鞍山对面)建有环卫工人休息点,由市住建委负责。';
    expect(inferCounty(emptyJurisdiction(), hill, mostNamedByShortForm).city).toBeNull();
    // A common word's place written fewer times than would place a letter competes with none (新建 of 新建初级中学).
    const school = '番禺中心城区南区人口激增。尽快按番禺中心城区南拓规划建设。区政府已批复在南区新建初级中学。';
    expect(inferCounty(emptyJurisdiction(), school, mostNamedByShortForm)).toMatchObject({ city: '广州市', county: '广州市番禺区' });
  });
  it('places a city’s letter that names its city only by the short form (创赢宿迁), three times and with 市 bodies', () => {
    const text = '我局联合市农业农村局进行了研究。举办“创赢宿迁”创业大赛、宿迁农村创业创新项目大赛,“创赢宿迁”专家团。';
    const placed = inferCounty(emptyJurisdiction(), text, mostNamedByShortForm);
    expect(placed).toMatchObject({ province: '江苏省', city: '宿迁市', county: null });
    expect(canonicalAgency('市农业农村局', placed)).toBe('宿迁市农业农村局');
    // 长治久安 is a word of its own, not the city 长治.
    const idiom = '我局联合市农业农村局,保障长治久安、长治久安、长治久安。';
    expect(inferCounty(emptyJurisdiction(), idiom, mostNamedByShortForm).city).toBeNull();
    // Nor a herb whose name opens with a city's (天门冬, not 天门市), nor a prefecture's (黔西南州, not 黔西市).
    const herbs = '我局联合市农业农村局,常用药用植物有吴茱萸、天门冬、丹参。';
    expect(inferCounty(emptyJurisdiction(), herbs, mostNamedByShortForm).city).toBeNull();
    const prefecture = '我局联合县农业农村局,在黔西南州开展试点。';
    expect(inferCounty(emptyJurisdiction(), prefecture, mostNamedByShortForm).county).toBeNull();
  });
  it('reads no place in a river, street or bay named after it (苏州河, 长寿湾)', () => {
    const river = '区建管委:加强苏州河贯通工程宣传,苏州河沿线、苏州河沿岸建设站点,区融媒体中心报道。';
    expect(inferCounty(inferProvince(emptyJurisdiction(), river), river, mostNamedByShortForm)).toMatchObject({ province: null, city: null });
    const bay = '区政协:“精彩长寿”建设,“长寿视野”公众号,“长寿湾党群服务中心”,区建管委。';
    expect(inferCounty(emptyJurisdiction(), bay, mostNamedByShortForm).county).toBeNull();
    // The place itself, named as often, still places the letter.
    const town = '苏州市区建管委:加强苏州宣传,苏州沿线,苏州文化。';
    expect(inferProvince(emptyJurisdiction(), town).province).toBe('江苏省');
  });
  it('gives a county its city: the 市 of a county’s letters', () => {
    expect(jurisdictionOf('准格尔旗人民政府')).toMatchObject({ province: '内蒙古自治区', city: '鄂尔多斯市', county: '准格尔旗' });
    expect(jurisdictionOf('宁陕县住房和城乡建设局')).toMatchObject({ city: '安康市', county: '宁陕县' });
    // A county-level city is its own 市.
    expect(jurisdictionOf('浏阳市教育局')).toMatchObject({ city: '浏阳市', county: '浏阳市' });
    expect(canonicalAgency('市政府', jurisdictionOf('准格尔旗人民政府'))).toBe('鄂尔多斯市人民政府');
  });
  it('reads a city’s short form followed by one of its counties’ (a company named by both)', () => {
    expect(jurisdictionOf('苏州吴江城市投资发展有限公司')).toMatchObject({ province: '江苏省', city: '苏州市', county: '苏州市吴江区' });
    expect(canonicalAgency('区交运局', jurisdictionOf('苏州吴江城市投资发展有限公司'))).toBe('苏州市吴江区交通运输局');
    // Not a pair: the county is another city's (吴江 is Suzhou's).
    expect(jurisdictionOf('南京吴江投资有限公司')).toMatchObject({ city: null, county: null });
  });
  it('reads no place in a joint office’s level words or in 城市 after a level word', () => {
    expect(jurisdictionOf('区委区政府督查局')).toMatchObject({ province: null, city: null, county: null });
    expect(jurisdictionOf('区城市管理和综合执法局')).toMatchObject({ city: null, county: null });
    expect(jurisdictionOf('市市场监督管理局')).toMatchObject({ city: null, county: null });
    expect(jurisdictionOf('区市政配套中心')).toMatchObject({ city: null, county: null });
  });
  it('places a zone named after its city in that city (淮南高新区)', () => {
    expect(jurisdictionOf('淮南高新区党政办公室')).toMatchObject({ province: '安徽省', city: '淮南市', county: '淮南高新区' });
    expect(canonicalAgency('市卫健委', jurisdictionOf('淮南高新区党政办公室'))).toBe('淮南市卫生健康委员会');
  });
  it('places a town’s letter that names no county in the county of the town table, the town as written', () => {
    const j = inferCounty(jurisdictionOf('猗氏镇人民政府'), '我镇高度重视,已报县人民政府。');
    expect(j).toMatchObject({ province: '山西省', city: '运城市', county: '临猗县', town: '猗氏镇' });
    expect(canonicalAgency('县人民政府', j)).toBe('临猗县人民政府');
    expect(canonicalAgency('镇政府', j)).toBe('猗氏镇人民政府');
    // A town written alike in many counties (城关镇) places nothing; a county the letter names wins.
    expect(inferCounty(jurisdictionOf('城关镇人民政府'), '').county).toBeNull();
    expect(inferCounty(jurisdictionOf('猗氏镇人民政府'), '万荣县、万荣县').county).toBe('万荣县');
  });
  it('puts a town under its county’s full name however the county is written before it', () => {
    expect(jurisdictionOf('淄川区罗村镇人民政府')).toMatchObject({ county: '淄博市淄川区', town: '淄博市淄川区罗村镇' });
    expect(jurisdictionOf('重庆市綦江区郭扶镇人民政府').town).toBe('重庆市綦江区郭扶镇');
  });
  it('reads a district written alike in several cities by the city it stands in', () => {
    // After its city's name, in a body's name or a session.
    expect(jurisdictionOf('枣庄市市中区人民政府').county).toBe('枣庄市市中区');
    expect(jurisdictionOf('晋城市城区发展和改革局').county).toBe('晋城市城区');
    expect(jurisdictionOf('鞍山市铁西区').county).toBe('鞍山市铁西区');
    // Alone in a letter of a city it lies in; 城区, a word too, only after its city's name.
    const anshan = jurisdictionOf('鞍山市人民政府');
    expect(inferCounty(anshan, '铁西区住建局对施工现场进行检查。铁西区住建局将继续监督。').county).toBe('鞍山市铁西区');
    expect(inferCounty(jurisdictionOf('晋城市人民政府'), '城区道路已改造。').county).toBeNull();
    // In a city it does not lie in, or with no city known, it names none.
    expect(inferCounty(jurisdictionOf('大连市人民政府'), '铁西区住建局').county).toBeNull();
    expect(inferCounty(emptyJurisdiction(), '铁西区住建局').county).toBeNull();
    // After its municipality's short form (a page's source line, 来源:上海普陀万里街道), and the town that ends the line.
    expect(jurisdictionOf('上海普陀万里街道')).toMatchObject({ county: '上海市普陀区', town: '上海市普陀区万里街道' });
    // Written bare in a page's header (来源:龙华区观澜街道办), it is the one of the city the letter names, and so is its town.
    const guanlan = inferCounty(jurisdictionOf('龙华区观澜街道办'), '深圳市龙华区观澜街道办事处');
    expect([guanlan.county, guanlan.town]).toEqual(['深圳市龙华区', '深圳市龙华区观澜街道']);
  });
  it('places a letter by an autonomous county written without its peoples', () => {
    expect(inferCounty(emptyJurisdiction(), '感谢你们对新平县文化旅游工作的关注与支持。')).toMatchObject({ province: '云南省', city: '玉溪市', county: '新平彝族傣族自治县' });
  });
});

describe('canonical agency names', () => {
  const chongqing = jurisdictionOf('重庆市科学技术局');
  const chengdu = jurisdictionOf('成都市经济和信息化局');
  const dazu = jurisdictionOf('重庆市大足区农业农村委员会');

  it('reads 市科技局 by the letter’s city', () => {
    expect(canonicalAgency('市科技局', chongqing)).toBe('重庆市科学技术局');
    expect(canonicalAgency('市科技局', chengdu)).toBe('成都市科学技术局');
  });
  it('reads 区 and 市 forms in a district letter', () => {
    expect(canonicalAgency('区财政局', dazu)).toBe('重庆市大足区财政局');
    expect(canonicalAgency('市委组织部', dazu)).toBe('中共重庆市委组织部');
    // A service centre written bare is the letter's own government's; not a zone's, nor one naming a place.
    expect(placedAgencyName('水旱灾害防御中心', jurisdictionOf('叶县水利局'))).toBe('叶县水旱灾害防御中心');
    // One that opens with its place written short is placed already.
    expect(placedAgencyName('同江三江口国家湿地公园服务中心', jurisdictionOf('同江市人民政府'))).toBe('同江三江口国家湿地公园服务中心');
    expect(placedAgencyName('创新服务中心', jurisdictionOf('重庆高新区管理委员会'))).toBe('创新服务中心');
    expect(placedAgencyName('河东区公路中心', { ...emptyJurisdiction(), county: '河东区' })).toBe('河东区公路中心');
    // The government's own offices: 督查室, 督办室.
    expect(canonicalAgency('区政府督办室', dazu)).toBe('重庆市大足区人民政府督办室');
  });
  it('reads a body’s two tasks joined by 与 as by 和, and Shanghai’s greening and city-appearance bureaus', () => {
    expect(canonicalAgency('市发展与改革委员会', chongqing)).toBe('重庆市发展和改革委员会');
    expect(canonicalAgency('区绿化市容局', jurisdictionOf('上海市普陀区文化和旅游局'))).toBe('上海市普陀区绿化和市容管理局');
    // Its two tasks written the other way round too (区市容绿化局).
    expect(canonicalAgency('区市容绿化局', jurisdictionOf('上海市普陀区文化和旅游局'))).toBe('上海市普陀区绿化和市容管理局');
    // A body its province names otherwise: 重庆's 交通局, 上海's 交通委员会, at every level; elsewhere the template's.
    expect(canonicalAgency('区交通局', jurisdictionOf('重庆市綦江区人民政府'))).toBe('重庆市綦江区交通局');
    expect(canonicalAgency('区交通委', jurisdictionOf('上海市嘉定区人民政府'))).toBe('上海市嘉定区交通委员会');
    expect(canonicalAgency('市交通委', jurisdictionOf('上海市人民政府'))).toBe('上海市交通委员会');
    // Shanghai's housing commission manages too (市住建委, 市住房城乡建设管理委: 上海市住房和城乡建设管理委员会); Chongqing's does not.
    expect(canonicalAgency('市住房城乡建设管理委', jurisdictionOf('上海市人民政府'))).toBe('上海市住房和城乡建设管理委员会');
    expect(canonicalAgency('市住建委', jurisdictionOf('上海市人民政府'))).toBe('上海市住房和城乡建设管理委员会');
    expect(canonicalAgency('市住建委', jurisdictionOf('重庆市人民政府'))).toBe('重庆市住房和城乡建设委员会');
    expect(canonicalAgency('市政务服务办', jurisdictionOf('天津市人民政府'))).toBe('天津市政务服务办公室');
    expect(canonicalAgency('省口岸办', jurisdictionOf('云南省商务厅'))).toBe('云南省人民政府口岸办公室');
    // 资源规划局, as 福建's and 浙江's letters write their 自然资源和规划局.
    expect(canonicalAgency('市资源规划局', jurisdictionOf('泉州市教育局'))).toBe('泉州市自然资源和规划局');
    expect(canonicalAgency('市交通局', jurisdictionOf('成都市人民政府'))).toBe('成都市交通运输局');
    expect(canonicalAgency('省大数据局', jurisdictionOf('贵州省人民政府'))).toBe('贵州省大数据发展管理局');
    expect(canonicalAgency('市大数据局', jurisdictionOf('郑州市人民政府'))).toBe('郑州市大数据管理局');
    // 区 in an autonomous region's letter with no district of its own is the region, even where a city is named.
    const region = { ...jurisdictionOf('内蒙古自治区供销合作社联合社'), city: '赤峰市' };
    expect(findAgencies('感谢您对区供销合作社事业的关注', region).map((h) => h.name)).toEqual(['内蒙古自治区供销合作社联合社']);
    expect(canonicalAgency('省人大常委会办公厅', jurisdictionOf('海南省交通运输厅'))).toBe('海南省人民代表大会常务委员会办公厅');
  });
  it('resolves named districts, national bodies and branch offices', () => {
    expect(canonicalAgency('巴南区政府', chongqing)).toBe('重庆市巴南区人民政府');
    expect(canonicalAgency('科技部', chongqing)).toBe('中华人民共和国科学技术部');
    expect(canonicalAgency('重庆金融监管局', chongqing)).toBe('国家金融监督管理总局重庆监管局');
  });
  it('keeps unknown bodies as written', () => {
    expect(canonicalAgency('重庆高新区党群工作部', chongqing)).toBe('重庆高新区党群工作部');
    expect(canonicalAgency('青柳镇卫生院', jurisdictionOf('辽宁省教育厅'))).toBe('青柳镇卫生院');
  });
  it('knows every county-level division of the country and its city', () => {
    expect(canonicalAgency('南票区教育局', jurisdictionOf('辽宁省教育厅'))).toBe('葫芦岛市南票区教育局');
    expect(canonicalAgency('金水区司法局', jurisdictionOf('河南省司法厅'))).toBe('郑州市金水区司法局');
    expect(canonicalAgency('澧县交通运输局', jurisdictionOf('湖南省交通运输厅'))).toBe('澧县交通运输局');
  });
  it('finds bodies in running text without reading 部门 or 部署 as a ministry', () => {
    const text = '会同市人力社保局印发,由主管部门和财政部门审批,建议由两江新区城管局完善。';
    expect(findAgencies(text, chongqing).map((h) => [h.text, h.name])).toEqual([
      ['市人力社保局', '重庆市人力资源和社会保障局'],
      // A district the tables do not know, in a municipality, carries the municipality's name.
      ['两江新区城管局', '重庆市两江新区城市管理局'],
    ]);
    // A party's political-legal committee written short (市政法委); a body of two characters only as an item of a list (总工会、妇联);
    // 函告 ('informed by letter') ends no place's name.
    expect(findAgencies('配合市人大和市政法委开展,收集了市总工会、妇联等部门回复,妇联界委员。违法情况函告市邮政局。', jurisdictionOf('雅安市卫生健康委员会')).map((h) => h.name)).toEqual([
      '雅安市人民代表大会', '中共雅安市委政法委员会', '雅安市总工会', '雅安市妇女联合会', '雅安市邮政局',
    ]);
    // A county it does not know is no county of the municipality, unless it is one of its districts by its old name.
    expect(findAgencies('在横山县委的领导下,綦江县交通局完善。', chongqing).map((h) => h.name)).toEqual(['中共横山县委员会', '重庆市綦江县交通局']);
    // Nor 部署, 部分; an old ministry by its old name.
    expect(findAgencies('统筹城乡建设部署,铁道部分路段已报交通部审批。', chongqing).map((h) => h.name)).toEqual(['中华人民共和国交通部']);
    // Nor 部际 (inter-ministerial) after a word ending like a ministry (体系建设|部际联席会议).
    expect(findAgencies('推进建立服务体系建设部际联席会议制度。', chongqing).map((h) => h.name)).toEqual([]);
  });
  it('gives a province’s assets commission 人民政府 in its name when the letter writes 政府 (省政府国资委)', () => {
    const hubei = jurisdictionOf('湖北省科学技术厅');
    expect(canonicalAgency('省政府国资委', hubei)).toBe('湖北省人民政府国有资产监督管理委员会');
    expect(canonicalAgency('市国资委', chongqing)).toBe('重庆市国有资产监督管理委员会');
  });
  it('reads the letter’s own county by its short form before a body (灌南自然资源和规划局), and 省发改厅 as the province’s 发改委', () => {
    const guannan = jurisdictionOf('灌南县人民政府');
    expect(findAgencies('灌南自然资源和规划局', guannan).map((h) => h.name)).toEqual(['灌南县自然资源和规划局']);
    // Not a word that only opens with it: 灌南自然资源和规划工作 names no body.
    expect(findAgencies('感谢您对灌南自然资源和规划工作的支持。', guannan)).toEqual([]);
    // A document number's abbreviation of the county's party office (灌南委办发〔2022〕) names no body by it.
    expect(findAgencies('(灌南委办发〔2022〕5号)', guannan)).toEqual([]);
    expect(findAgencies('省发改厅已批复。', jurisdictionOf('湖南省水利厅')).map((h) => h.name)).toEqual(['湖南省发展和改革委员会']);
  });
  it('knows a party committee’s staffing commission (市委编委) and a big-data bureau named for development', () => {
    const zhoushan = jurisdictionOf('舟山市医疗保障局');
    expect(findAgencies('已和市委编委、市大数据发展管理局等部门沟通。', zhoushan).map((h) => h.name)).toEqual(['中共舟山市委机构编制委员会', '舟山市大数据发展管理局']);
  });
  it('reads a zone’s own word, the pre-2019 names and provincial offices of national bodies', () => {
    expect(canonicalAgency('园区财政局', jurisdictionOf('苏州工业园区生态环境局'))).toBe('苏州工业园区财政局');
    // A district named after its city is written after the city's name, as other districts are; a zone is not.
    expect(canonicalAgency('区教育局', jurisdictionOf('岳阳楼区人民政府'))).toBe('岳阳市岳阳楼区教育局');
    expect(canonicalAgency('区财政局', jurisdictionOf('兰州新区管委会'))).toBe('兰州新区财政局');
    expect(canonicalAgency('区农委', { ...dazu, year: 2018 })).toBe('重庆市大足区农业委员会');
    expect(canonicalAgency('区农委', { ...dazu, year: 2024 })).toBe('重庆市大足区农业农村委员会');
    expect(canonicalAgency('人民银行陕西省分行', chongqing)).toBe('中国人民银行陕西省分行');
  });
});
