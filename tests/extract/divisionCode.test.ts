import { describe, expect, it } from 'vitest';
import { placeOfIndexNumber } from '../../src/extract/divisionCode.js';
import { extractLetter } from '../../src/extract/index.js';

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
  });
  it('places a letter that names its body only by level word (区妇联) where its index number and text agree', () => {
    const text =
      '信息索引号:\n330702000000/2023-00126\n发布机构:\n大数据发展中心\n关于区政协五届一次会议第170号提案的答复\n日期:2023-01-06 16:24:47 来源:区妇联\n罗某某委员:\n您在区政协五届一次会议提出的《关于助力优学婺城建设》的提案收悉,现答复如下:\n区妇联将继续推进家庭教育工作。\n';
    expect(extractLetter({ source: 'w.txt', text, encoding: 'utf-8' }).replyingAgency).toBe('金华市婺城区妇女联合会');
  });
});
