// The contact in the closing block, in the forms of many portals; every line here is written for the test.
import { describe, expect, it } from 'vitest';
import { findContact } from '../../src/parse/closing.js';
import { parseLetter } from '../../src/parse/letter.js';

const contact = (closing: string) => findContact(`此复。\n${closing}`, 0);

describe('contact', () => {
  it('keeps all 11 digits of a mobile, area codes and extensions', () => {
    expect(contact('联系人:王小五,联系电话:13586212128')).toEqual({ name: '王小五', phone: '13586212128', nameStart: 8, others: [] });
    expect(contact('联系人:王小五 联系电话:023-68511253-7038')?.phone).toBe('023-68511253-7038');
    expect(contact('( 联系人及电话: 李小六 1 5838365863 )')?.phone).toBe('15838365863');
    // A line-drawing dash (0915─…) joins an area code as a dash does.
    expect(contact('联系电话:0915─4426580')?.phone).toBe('0915─4426580');
  });

  it('keeps a masked mobile as the page prints it, and a name of the north-west’s peoples with its dot', () => {
    expect(contact('联系人:巴·乌日某湖 电话:152****0005')).toMatchObject({ name: '巴·乌日某湖', phone: '152****0005' });
    // Or without its dot, five characters alone on the label's line.
    expect(contact('联 系 人:毕希日某图\n联系电话:3262277')).toMatchObject({ name: '毕希日某图', phone: '3262277' });
    expect(contact('联系人及电话:李*兴 1582****162')).toMatchObject({ phone: '1582****162' });
    expect(contact('联系人:李某祥   联系电话:1*******466')).toMatchObject({ name: '李某祥', phone: '1*******466' });
    expect(contact('联系电话:189******6664')?.phone).toBe('189******6664');
  });

  it('reads 联系人/电话 as a contact label', () => {
    expect(contact('联系人/电话:苗小伟 /67524680')).toMatchObject({ name: '苗小伟', phone: '67524680' });
    expect(contact('办理人:王小伟 职务:住保办主任 联系电话:7105350')).toMatchObject({ name: '王小伟', phone: '7105350' });
    expect(contact('工作人员:赵小楠\n\n联系电话:23413070')).toMatchObject({ name: '赵小楠', phone: '23413070' });
    // The person written first on the phone's own line; a unit there is nobody.
    expect(contact('联系单位:某区交通运输局\n联系电话:陈小发 13805590606')).toMatchObject({ name: '陈小发', phone: '13805590606' });
    expect(contact('联系电话:办公室 6811234')).toMatchObject({ name: null, phone: '6811234' });
    // A name that ends like a section (科) before the phone's label is a person's, not a unit's (b1642_05).
    expect(contact('请与我们联系。联系人:林小科,电话:13868666662。')).toMatchObject({ name: '林小科', phone: '13868666662' });
    // Its two characters padded apart, as signature lines pad names, and the area code spaced from the number (b1634_04).
    expect(contact('联系单位:某省住房和城乡建设厅村镇建设处\n联系电话:王 畅 0731- 88950316')).toMatchObject({ name: '王畅', phone: '0731-88950316' });
    // A person alone under the unit's label, the phone labelled after the name.
    expect(contact('联系单位及电话:付小涛   联系电话:18992501518')).toMatchObject({ name: '付小涛', phone: '18992501518' });
  });

  it('reads further people on the contact line as others, never a label word', () => {
    expect(contact('联系人及电话:赵小玮  张小凯 67892775')).toMatchObject({ name: '赵小玮', phone: '67892775', others: [{ name: '张小凯', start: 16, end: 19 }] });
    expect(contact('联系人:王小五 电话 67892775')?.others).toEqual([]);
    // 联系人 without its colon, inside a bracketed closing line.
    expect(contact('(联系单位:区综合行政执法局,联系人成小鹏,联系电话:19862521522')).toMatchObject({ name: '成小鹏', phone: '19862521522' });
    expect(contact('  联系人贾小平;联系电话:0477—8588986 ')).toMatchObject({ name: '贾小平', phone: '0477—8588986' });
    // 联系人 in a sentence of the body names a register, not a person (a letter cut off before its closing).
    expect(contact('在全县建立了农村老年人联系人登记、特殊困难老年人探视走访制度。')).toBeNull();
    // Two contacts joined by 、, the second a two-character name padded as on signature lines.
    expect(contact('联 系 人:曹小东、卢 铭\n联系电话:0591-87856998、87278373')).toMatchObject({ name: '曹小东', phone: '0591-87856998', others: [{ name: '卢铭', start: 14, end: 17 }] });
    // A line below holding a name and a phone alone is a further contact; a spaced label with its phone is none.
    expect(contact('承办人及联系电话:范小明  0730-8880472\n\n冯  华  0730-8882043')).toMatchObject({ name: '范小明', others: [{ name: '冯华', start: 32, end: 36 }] });
    expect(contact('联系人:王小五\n联  系 电 话:18604835240')?.others).toEqual([]);
  });

  it('reads the label’s forms and a unit written before the name', () => {
    expect(contact('联 系 人:陈  晔   联系电话:86267300')).toMatchObject({ name: '陈晔', phone: '86267300' });
    expect(contact('经办人及联系电话:姜小颖:0917—4936343')).toMatchObject({ name: '姜小颖', phone: '0917—4936343' });
    expect(contact('答复人:谈某某 电话:3010641')).toMatchObject({ name: '谈某某', phone: '3010641' });
    // The postcode's label run on after the name ends it as the phone's does.
    expect(contact('(联系人:熊某燕邮政编码:401220联系电话:40246745)')).toMatchObject({ name: '熊某燕', phone: '40246745' });
    expect(contact('承办责任人:刘某\n\n联系电话:15054902988')).toMatchObject({ name: '刘某', phone: '15054902988' });
    // A label left empty names nobody: the next line's label is no name.
    expect(contact('经 办 人:\n联系电话:83685875')).toMatchObject({ name: null, phone: '83685875' });
    expect(contact('承 办 人:\n办理情况: 对县十七届人大五次会议第41号')).toMatchObject({ name: null, phone: null });
    // Two contacts split by a semicolon, in brackets: the first is the contact, the second a Person too.
    expect(contact('(联系人:万某东;朱某)')).toMatchObject({ name: '万某东', others: [{ name: '朱某' }] });
    // Several contacts: the first; a co-handler (协办人) after the unit.
    expect(contact('联 系 人:赵小七、钱 八')).toMatchObject({ name: '赵小七' });
    expect(contact('联系单位及协办人:某省文化和旅游厅交流合作处  孙小九')).toMatchObject({ name: '孙小九' });
    // The desk that handled it, with its person and phone.
    expect(contact('(承办股室及电话:电力股赵小七0818-5123202)')).toMatchObject({ name: '赵小七', phone: '0818-5123202' });
    // An area code joined by a doubled dash, or by nothing.
    expect(contact('联系人及电话:赵小七  0531——86123456')).toMatchObject({ name: '赵小七', phone: '0531——86123456' });
    expect(contact('(联系人及联系电话:钱小八 087165123456)')).toMatchObject({ name: '钱小八', phone: '087165123456' });
    expect(contact('承办单位联系人姓名及电话:王岩15804350857')).toMatchObject({ name: '王岩', phone: '15804350857' });
    expect(contact('联系人及电话:某省农业厅畜牧处 王瑞欣 65749510')).toMatchObject({ name: '王瑞欣', phone: '65749510' });
    expect(contact('联系单位及联系人:某县教育局符国\n联系电话:13976070596')).toMatchObject({ name: '符国', phone: '13976070596' });
    expect(contact('(联系人:何小峰联系电话:028-83364008)')).toMatchObject({ name: '何小峰', phone: '028-83364008' });
    // A line whose first characters the portal dropped.
    expect(contact('人:许文协\n联系电话:13799351980')).toMatchObject({ name: '许文协', phone: '13799351980' });
  });

  it('takes a phone alone as the contact, but not one labelled for a unit', () => {
    expect(contact('联系电话:0878—6034678')).toEqual({ name: null, phone: '0878—6034678', nameStart: null, others: [] });
    expect(contact('联系单位:某县文物局\n联系电话:0557-6022140')).toBeNull();
    // A person written after the unit under its label is the contact, and the phone below is theirs.
    expect(contact('联系单位:某省环境保护厅污染防治处 谢小驰\n联系电话:0731—85698080')).toMatchObject({ name: '谢小驰', phone: '0731—85698080' });
    expect(contact('联系单位:某市公安局交警支队\n联系电话:2338201')).toBeNull();
    // A unit's full name runs to its end: 委员会's last characters are no person (员会).
    expect(contact('联系单位:某县卫生健康委员会\n电话:0564-7356821')).toBeNull();
    expect(contact('联系单位:某县卫生健康委员会 王小勇\n电话:0564-7356821')).toMatchObject({ name: '王小勇', phone: '0564-7356821' });
    // Labelled after the unit on its own line, it is the contact's; under a label it shares with the unit, the body's.
    expect(contact('(联系单位:某市交通运输局 电话:0919-3185839)')).toEqual({ name: null, phone: '0919-3185839', nameStart: null, others: [] });
    expect(contact('联系单位及电话:某县住房和城乡建设局0539—7312468')).toBeNull();
    expect(contact('如有意见,请及时与我局联系,电话:0533-1234567。')).toBeNull();
    // On a page that is one long line, a full label after a space stands for its own line.
    expect(contact('感谢您对体育工作的关心。 联系电话:3221671 2021年7月15日 |')).toEqual({ name: null, phone: '3221671', nameStart: null, others: [] });
    // A site's footer gives the site's phone.
    expect(contact('主办:某州教育体育局 承办:某州教育体育局办公室 联系电话:0887-8224736')).toBeNull();
  });

  it('reads the closing block on after the date when a contact’s label lost its first characters (人:…)', () => {
    const letter = '张某代表:\n您提出的《关于修缮村道的建议》收悉,现答复如下:\n已办。\n\n    某省住房和城乡建设厅\n\n    2022年4月13日\n\n    人:省住房和城乡建设厅房地产监管处何某\n\n    联系电话:0731-88950242\n';
    expect(parseLetter(letter).contact).toMatchObject({ name: '何某', phone: '0731-88950242' });
  });

  it('reads the name after the contact’s unit and post (城市建设管理科科长 李某某)', () => {
    const letter = '张三代表:\n您提出的建议收悉,现答复如下:\n已办。\n某市住房和城乡建设局\n2021年6月1日\n    联系人:城市建设管理科科长 李某东\n    联系电话:2345678\n';
    expect(parseLetter(letter).contact).toMatchObject({ name: '李某东', phone: '2345678' });
  });

  it('reads the closing block on past a table row’s empty cells after the date (| ||)', () => {
    const letter = '某委员:\n您提出的《关于遗体捐献的提案》收悉,现答复如下:\n我委完全支持您的建议。\n| ||\n2020年4月15日\n| ||\n工作人员:于某江\n| 联系电话:23337760 |\n原文链接:http://example.org/1.html\n';
    expect(parseLetter(letter).contact).toMatchObject({ name: '于某江', phone: '23337760' });
  });
});
