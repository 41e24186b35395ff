// Variants of one name in one letter fold into one entity (extract/merge.ts); a letter written for these tests.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/extracted.js';

const text = [
  '关于县政协十届二次会议第8号提案的答复',
  '王明委员:',
  '您提出的《关于扶持农民合作社的提案》收悉,现答复如下:',
  '一、依据《中华人民共和国农民专业合作社法》,按照《农民专业合作社法》规定开展工作。',
  '二、2023年下达省水利发展资金500万元,省级水利发展资金已全部拨付。',
  '三、市人社局印发了《关于印发<某市就业补助资金管理办法>的通知》,《某市就业补助资金管理办法》明确了补贴标准。',
  '四、深圳科技博览中心建设项目已立项,建成之时,科技博览中心将面向全球开放。',
  '五、支持湘阴临港产业开发区建设,将临港产业开发区纳入片区。',
  '六、市人社局、市财政局联合出台了《印发<关于扶持某市创业孵化基地发展的暂行办法>的通知》。',
  '某县农业农村局',
  '2024年6月12日',
].join('\n');
const record = extracted(text, 'merge.txt');
const named = (type: string) => record.entities.filter((e) => e.type === type).map((e) => e.name);
/** The entities of `type` in a letter written as its lines. */
const entitiesOf = (lines: string[], type: string) => extracted(lines.join('\n')).entities.filter((e) => e.type === type);

describe('variants of a name', () => {
  it('fold a law cited without the state’s name into the law', () => {
    expect(named('Policy')).toContain('中华人民共和国农民专业合作社法');
    expect(named('Policy')).not.toContain('农民专业合作社法');
  });
  it('fold a document cited without its cover notice into the notice', () => {
    expect(named('Policy').filter((n) => n.includes('就业补助资金管理办法'))).toEqual(['关于印发<某市就业补助资金管理办法>的通知']);
    // A notice titled without 关于 (《印发<…>的通知》) too.
    expect(named('Policy').filter((n) => n.includes('创业孵化基地'))).toEqual(['印发<关于扶持某市创业孵化基地发展的暂行办法>的通知']);
  });
  it('keep a short document a notice issues with others (《<A>及<分产业篇方案>…的通知》; b948_02) apart from the notice', () => {
    const lines = ['关于县政协十届二次会议第9号提案的答复', '王明委员:', '您提出的《关于发展油菜产业的提案》收悉,现答复如下:'];
    const policies = entitiesOf([...lines, '省农业农村厅印发《<某省农业产业三年倍增行动计划总体方案>及<分产业篇方案>的通知》,按照《分产业篇方案》,我局制定了《油菜产业篇方案》,《方案》中将建设良种繁育体系。', '某县农业农村局', '2024年6月12日'], 'Policy');
    expect(policies.map((e) => e.name)).toContain('分产业篇方案');
    // A short title refers back to the last title it shortens.
    expect(policies.find((e) => e.name === '油菜产业篇方案')?.aliases).toEqual(['方案']);
  });
  it('keep no document’s kind alone that shortens no title the letter names (遵照中办、国办《意见》精神; b1267)', () => {
    const lines = ['关于县政协十届二次会议第9号提案的答复', '王明委员:', '您提出的《关于建设纪念设施的提案》收悉,现答复如下:'];
    const policies = entitiesOf([...lines, '遵照中办、国办《意见》精神,我局制定了《某县革命文物保护利用方案》,《方案》已印发。', '某县文化和旅游局', '2024年6月12日'], 'Policy');
    expect(policies.map((e) => [e.name, [...e.aliases]])).toEqual([['某县革命文物保护利用方案', ['方案']]]);
  });
  it('fold a zone’s committee written with the zone’s short name into its full name', () => {
    const r = extracted(['李华委员:', '您提出的《关于增设休息座椅的建议》收悉,现答复如下:', '青城山风景区管理委员会已在步道旁增设座椅。', '都江堰市青城山风景名胜区管理委员会', '2023年6月1日'].join('\n'), 'zone.txt');
    expect(r.entities.filter((e) => e.type === 'Agency').map((e) => [e.name, [...e.aliases]])).toEqual([
      ['都江堰市青城山风景名胜区管理委员会', ['青城山风景区管理委员会']],
    ]);
  });
  it('fold a document cited with its place outside the brackets into the one that holds it', () => {
    const r = extracted(['李华委员:', '您提出的《关于培育未来产业的提案》收悉,现答复如下:', '提案提出制定《宜宾未来产业发展计划》。关于建议一“设立宜宾《未来产业发展计划》”,我局已启动研究。', '宜宾市科学技术局', '2023年6月1日'].join('\n'), 'placed.txt');
    expect(r.entities.filter((e) => e.type === 'Policy').map((e) => e.name)).toEqual(['宜宾未来产业发展计划']);
  });
  it('keep a district’s notice apart from the city’s notice it follows', () => {
    const r = extracted(['李华代表:', '您提出的《关于办好全民健身活动的建议》收悉,现答复如下:', '我局按照《宜宾市文化广电旅游局关于开展全民健身活动的通知》,印发了《宜宾市翠屏区文化广电旅游局关于开展翠屏区全民健身活动的通知》。', '宜宾市翠屏区文化广电旅游局', '2023年6月1日'].join('\n'), 'reissued.txt');
    expect(r.entities.filter((e) => e.type === 'Policy').map((e) => e.name).sort()).toEqual([
      '宜宾市文化广电旅游局关于开展全民健身活动的通知',
      '宜宾市翠屏区文化广电旅游局关于开展翠屏区全民健身活动的通知',
    ]);
  });
  it('fold a fund written with its level’s grade (省级…) into the one written without', () => {
    expect(named('Fund').filter((n) => n.includes('水利发展资金'))).toHaveLength(1);
  });
  it('fold a platform cited without the place it was first named with into the placed one', () => {
    expect(named('Platform').filter((n) => n.includes('科技博览中心'))).toEqual(['深圳科技博览中心']);
    // Its place a county written without its level word (湘阴 for 湘阴县).
    expect(named('Platform').filter((n) => n.includes('临港产业开发区'))).toEqual(['湘阴临港产业开发区']);
  });
});

describe('a sub-district’s office written with its district’s government or without', () => {
  it('is one body, named as the letter signs it', () => {
    const agencies = entitiesOf([
      '对长宁区政协第十五届四次会议第069号提案的答复',
      '金明委员:',
      '您提出的第069号提案已经收悉,现答复如下:',
      '华阳路街道将积极牵头,搭建平台,邀请委员参与。',
      '长宁区人民政府华阳路街道办事处',
      '2024年6月12日',
    ], 'Agency').map((e) => e.name);
    expect(agencies.filter((n) => n.includes('华阳路街道'))).toEqual(['上海市长宁区人民政府华阳路街道办事处']);
  });
});

describe('a merged bureau written short in full beside its name as it signs', () => {
  it('is one body, named as the letter signs it, the short form its alias', () => {
    const agencies = entitiesOf([
      '关于县十五届人大三次会议第21号建议的答复',
      '李某代表:',
      '您提出的《关于设置生猪定点屠宰点的建议》收悉,现答复如下:',
      '经马关县农业农村科技局组织人员进行调研,已有6个乡镇进行了预选址。',
      '马关县农业农村和科学技术局',
      '2024年6月12日',
    ], 'Agency');
    const bureau = agencies.filter((e) => e.name.includes('农业农村'));
    expect(bureau.map((e) => [e.name, e.aliases])).toEqual([['马关县农业农村和科学技术局', ['马关县农业农村科技局']]]);
  });
});

describe('a bureau written short, whose expansion is longer than the name it signs', () => {
  it('is the body it signs as (文旅广电局 of 某市文化和旅游广电局), but not a bureau adding words of its own', () => {
    const agencies = entitiesOf([
      '安康市文化和旅游广电局关于政协安康市五届一次会议第204号提案的复函',
      '马某委员:',
      '您提出的《关于加强广播转播保障能力的建议》收悉,现答复如下:',
      '由文旅广电局牵头成立应急协调处置小组。',
      '汉中市文旅局、汉中市文物旅游局配合。',
    ], 'Agency');
    const own = agencies.filter((e) => e.name.startsWith('安康'));
    expect(own.map((e) => e.name)).toEqual(['安康市文化和旅游广电局']);
    expect(own[0]!.aliases).toContain('文旅广电局');
    // 文旅局 expands to 文化和旅游局; 文物旅游局 adds 物, no character of it: another bureau.
    expect(agencies.filter((e) => e.name.startsWith('汉中')).map((e) => e.name).sort()).toEqual(['汉中市文化和旅游局', '汉中市文物旅游局']);
  });
});

describe('a government commission beside a congress committee of its level', () => {
  it('is another body, though its short form reads inside the committee’s name (省民宗委, 省人大民族宗教委员会; b1605_02)', () => {
    const agencies = entitiesOf([
      '省民宗委关于省十三届人大三次会议第12号建议的答复',
      '会办单位: 省人大民族宗教委员会,省民族宗教事务委',
      '刘某代表:',
      '您提出的《关于支持民族乡发展的建议》收悉,现答复如下:',
      '省民宗委将会同有关部门抓好落实。',
      '贵州省民族宗教事务委员会',
      '2020年6月12日',
    ], 'Agency');
    expect(agencies.map((e) => e.name).sort()).toEqual(['贵州省人民代表大会民族宗教委员会', '贵州省民族宗教事务委员会'].sort());
  });
});

describe('a district’s bureau beside its city’s', () => {
  it('is another body, though the district’s is written bare as well (发布机构:水务局; b1440)', () => {
    const letter = extracted(
      ['发布机构:水务局 2023-08-24', '对区十九届人大二次会议第7号建议的答复', '王某代表:', '您提出的《关于加大河道疏浚资金支持力度的建议》收悉,现答复如下:', '近年来,利州区水务局积极争取市水务局支持。', '利州区水务局', '2023年8月24日'].join('\n'),
    );
    expect(letter.replyingAgency).toBe('广元市利州区水务局');
    expect(letter.entities.filter((e) => e.type === 'Agency').map((e) => e.name)).toEqual(['广元市利州区水务局', '广元市水务局']);
  });
});

describe('a platform written again short', () => {
  it('is one platform: its zone word short (高新区), or a word of its name left out, but for a grade', () => {
    const platforms = entitiesOf([
      '关于省十四届人大二次会议第1号建议的答复',
      '张某代表:',
      '您提出的《关于发展中药材产业的建议》收悉,现答复如下:',
      '一、常德高新技术产业开发区已规划化工片区,常德高新区将加快建设。',
      '二、武陵山中药材标准化种植示范基地已纳入规划,武陵山中药材标准化示范基地明年建成。',
      '三、常德烈士陵园已是湖南省爱国主义教育示范基地,常德会战纪念馆是湖南省爱国主义教育基地。',
    ], 'Platform');
    expect(platforms.map((e) => [e.name, e.aliases])).toEqual([
      ['常德高新技术产业开发区', ['常德高新区']],
      ['武陵山中药材标准化种植示范基地', ['武陵山中药材标准化示范基地']],
      // A grade left out (示范) names another designation.
      ['湖南省爱国主义教育示范基地', []],
      ['湖南省爱国主义教育基地', []],
    ]);
  });
  it('is one platform: a national designation’s place in brackets (中国(辽宁)…) written bare after it (b1063_01)', () => {
    const platforms = entitiesOf([
      '胡某委员:',
      '您提出的《关于举办论坛的提案》收悉,现答复如下:',
      '自2017年4月1日中国(辽宁)自由贸易试验区挂牌运行以来,辽宁自由贸易试验区建设实现良好开局。',
    ], 'Platform');
    expect(platforms.map((e) => [e.name, e.aliases])).toEqual([['中国(辽宁)自由贸易试验区', ['辽宁自由贸易试验区']]]);
  });
});

describe('a document cited with and without its bracketed note', () => {
  it('is one policy, named with the note, but for a draft', () => {
    const policies = entitiesOf([
      '关于县政协十届一次会议第12号提案的答复',
      '王某委员:',
      '您提出的《关于加强校园安全的提案》收悉,现答复如下:',
      '严格落实《中小学幼儿园安全防范工作规范(试行)》,按照《中小学幼儿园安全防范工作规范》配齐保安。',
      '我局起草了《某县校园安全条例(草案)》,将推动出台《某县校园安全条例》。',
      '某县公安局',
      '2024年6月12日',
    ], 'Policy');
    expect(policies.map((e) => [e.name, e.aliases])).toEqual([
      ['中小学幼儿园安全防范工作规范(试行)', ['中小学幼儿园安全防范工作规范']],
      // (A draft is another document than the one it drafts.)
      ['某县校园安全条例(草案)', []],
      ['某县校园安全条例', []],
    ]);
  });
});

describe('a short name the letter declares', () => {
  it('is an alias of the name before it, never an entity of its own (以下简称“本平台”; b1116_05)', () => {
    const platforms = entitiesOf([
      '关于市政协第十五届三次会议第215号提案的答复',
      '傅某某委员:',
      '您提出的《关于提升城市管理智慧化水平的建议》收悉,现答复如下:',
      '在今年计划建设的南昌市城市运行管理服务平台(以下简称“本平台”)中采购了部分感知设备,依托本平台开展试点。',
      '南昌市城市管理局',
      '2024年6月12日',
    ], 'Platform');
    expect(platforms.map((e) => [e.name, e.aliases])).toEqual([['南昌市城市运行管理服务平台', ['本平台']]]);
  });
});
