// What a line holding only a body's name looks like: the signature line, the line above a title,
// a 来源/发布机构 value. Shared by the title, header and closing readers.
import localBodies from '../../data/local-bodies.json' with { type: 'json' };

/**
 * A whole line that is one body's name ("某县交通运输局", "某镇人民政府", "某区政府办公室"); a
 * title's first line (关于…/对…, or naming a session's 届) and a site's greeting (欢迎访问…网站) are not one.
 */
// A meeting (委办公会, 县政府常务会) is where a body decides, not a body; nor is society (面向社会, a record's 公开范围). A people's organization goes by its short form (区妇联, 市科协).
export const AGENCY_LINE_RE = /^(?!关于|对|欢迎)(?!.*届)(?!.*(?:办公|常务|党组|局务|委务|主任|联席|例|社)会$)(?:[\p{Script=Han}()（）]{2,40}(?:局|委|厅|部|办|办公室|办公厅|委员会|政府|人民政府|管委会|中心|院|会|分局|大队|支队|所|(?<!网)站|处|司|馆|联合社)|[\p{Script=Han}()（）]{1,38}(?:(?:妇|残|侨|文|社科|工商)联|科协))$/u;
const BODY_ENDS = '局|委|厅|部|办|政府|委员会';
const BODY_END = `(?:${BODY_ENDS})`;
/** A name that ends like a government body. */
export const BODY_END_RE = new RegExp(`${BODY_END}$`, 'u');
// How a letter calls the body writing it: 我局, 本委, 我厅, 我院 (a court's, a procuratorate's), 我会 (a people's
// organisation's: 总工会, 妇联, 科协; not 我会同…, I with others).
export const SELF_WORD_RE = /[我本]([厅委局院]|会(?![同议]))/gu;
// A body's name with one of its internal units after it (…资源厅法规处, …财政局预算股, …办公厅建议提案处): group 1 is
// the body, the longest one before the unit.
const INNER_UNIT_RE = new RegExp(`^(.{2,30}(?:${BODY_ENDS}|办公室|办公厅))[\\p{Script=Han}]{1,8}(?:处|科|股|室|司)$`, 'u');
// An office's own ending (办事处, 办公室, 办公厅) ends a body's name, no unit's.
const OFFICE_END_RE = /(?:办事处|办公室|办公厅)$/u;

// A department's or commission's own office (河南省农业农村厅办公室, 某县财政局办公室, 省国资委办公室) speaks for it; a
// government's or party committee's office (某县人民政府办公室, 县委办公室) or a committee's (…委员会办公室, 妇儿工委办公室) is a body of its own.
const DEPARTMENT_OFFICE_RE = /^(.{2,30}(?:[厅局]|(?<![省市县区州旗盟镇乡员工])委))办公室$/u;

/** The body a name written as a body's unit stands for (…办公厅建议提案处 → …办公厅, …厅办公室 → …厅); an office's own name itself; else null. */
export function bodyOfUnitName(name: string): string | null {
  const department = DEPARTMENT_OFFICE_RE.exec(name)?.[1];
  if (department) return department;
  return OFFICE_END_RE.test(name) ? name : (INNER_UNIT_RE.exec(name)?.[1] ?? null);
}

// The democratic parties, by their full names and short forms (the conference's parties: what their committees
// raise is a 提案).
const PARTY_NAMES = Object.entries(localBodies.parties.list)
  .filter(([name]) => name !== '共青团')
  .flatMap(([name, forms]) => [name, ...forms]);
/** A democratic party's committee (台湾民主自治同盟天津市委员会, 民盟某市基层委员会, 九三学社某市委), its central one written short too (民建中央). */
export const PARTY_COMMITTEE_RE = new RegExp(`^(?:${PARTY_NAMES.join('|')})(?:\\p{Script=Han}{0,12}委(?:员会)?|中央)$`, 'u');
