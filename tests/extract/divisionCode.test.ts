import { describe, expect, it } from 'vitest';
import { placeOfIndexNumber } from '../../src/extract/divisionCode.js';
import { extracted } from '../support/extracted.js';

describe('the place an index number names', () => {
  it('reads a statistics code (six digits of the county, six zeros) and a credit code with its check character', () => {
    expect(placeOfIndexNumber('330702000000/2023-00126', '全面助力优学婺城幸福城建设')).toBe('金华市婺城区');
    expect(placeOfIndexNumber('11370830MB28797922/2024-1', '汶上县教育局')).toBeNull(); // a wrong check character: no credit code
    expect(placeOfIndexNumber('113708307574765290/2024-00012', '汶上县教育局')).toBe('济宁市汶上县');
    expect(placeOfIndexNumber('11440100MB2C90434Q/2023-00001', '广州市')).toBe('广州市');
  });
  it('counts the place only where the page names it too: a credit code may be registered elsewhere', () => {
    expect(placeOfIndexNumber('11341723003254129A/202311-00011', '市水利局答复')).toBeNull();
    expect(placeOfIndexNumber('000014349/2025-00011', '婺城')).toBeNull();
    // Unless nothing else places the letter: then the code alone does.
    expect(placeOfIndexNumber('11341723003254129A/202311-00011', '市水利局答复', true)).toBe('池州市青阳县');
  });
  it('places a city bureau’s letter that names no place at all (市发展改革委, 市委市政府) by its code', () => {
    const text =
      '索  引  号: 11620400MB1234567X/2022-00006 生成日期: 2022-11-09\n所属机构: 市发展改革委 发布机构: 市发展改革委\n关于对市十届人大一次会议第31号建议的答复\n尊敬的张某某代表:\n你们在市十届人大一次会议提出的“关于河道综合治理的建议”收悉。现将办理情况答复如下:\n市委市政府高度重视流域治理工作,市发展改革委将积极争取项目资金。\n';
    expect(extracted(text, 'b.txt').replyingAgency).toBe('白银市发展和改革委员会');
  });
  it('places a letter that names its body only by level word (区妇联) where its index number and text agree', () => {
    const text =
      '信息索引号:\n330702000000/2023-00126\n发布机构:\n大数据发展中心\n关于区政协五届一次会议第170号提案的答复\n日期:2023-01-06 16:24:47 来源:区妇联\n罗某某委员:\n您在区政协五届一次会议提出的《关于助力优学婺城建设》的提案收悉,现答复如下:\n区妇联将继续推进家庭教育工作。\n';
    expect(extracted(text, 'w.txt').replyingAgency).toBe('金华市婺城区妇女联合会');
  });
});
