// The opening sentence: "您提出的《…》(第0884号)收悉。经与A、B、C共同研究办理,现答复如下",
// with the genre's variants for the proposal reference and the co-handling clause.
import { AGENCY_LINE_RE } from './bodies.js';
import { isPersonName } from './personNames.js';

export type OpeningInfo = {
  proposalTitle: string | null;
  number: string | null;
  /** "您在X会议上提出的" names the session in full. */
  session: string | null;
  /** A session named anywhere in the opening, however it is phrased (the last resort). */
  namedSession: string | null;
  /** The kind the opening calls the proposal after its title ("《关于…的建议》的提案收悉"). */
  kindWord: '提案' | '建议' | null;
  /** The body the opening says studied the proposal ("经县教体局认真研究", "县农业农村局高度重视,经认真研究"), with its offset. */
  studiedBy: { name: string; start: number } | null;
  /** Further proposals answered in the same letter ("《A》(第1号)、《B》(第2号)"). */
  others: { title: string; number: string | null }[];
  coHandlers: { name: string; start: number; end: number }[];
  /** "曾伯怡代表提出的《…》": the proposer named in the opening (letters addressed to a lead handler, or to no one). */
  proposer: { name: string; role: '委员' | '代表' | null; start: number } | null;
  /** Everyone the opening names as proposing ("任某、徐某等代表提出的"), the proposer first. */
  proposers: { name: string; start: number; end: number }[];
  /** Where the opening starts (the salutation, or the sentence that acknowledges the proposal). */
  start: number;
  /** Where the opening ends (after 答复如下), i.e. where the letter's body starts. */
  end: number;
};

const CN_OPEN = '《〈';
// The number may open with a letter or a place's character (C087, 武35号).
const TITLE_BRACKET_RE = /《([^《》]{2,150})》\s*[(（]?\s*(?:第\s*)?([A-Za-z]*-?\d[\dA-Za-z.-]*|[^\P{Script=Han}第建提议案]\d+(?=\s*号))?\s*号?\s*(?:提案|建议|议案)?\s*[)）]?/gu;
// Without 《》, in the order tried: the words in quotes after 提出的 or 关于 when they are the whole
// title (提出的关于“X”的建议 or 关于‘X’的建议 → X, not 关于“就近入学”政策…的建议);
// a quoted 关于… anywhere in the opening; a title that lost its opening quote (提出的关于X”的提案 →
// 关于X); the bare 提出的关于X的建议.
const PROPOSAL_TITLE_RES = [
  // The title after the reference and a colon: 提出的第2018 421号建议:把…的建议,非常好.
  /提出的第\s*\d[\d\s]*号(?:建议|提案|议案)[:：][\s\u3000]*([^,，。;；:：\n]{2,150}?的?(?:建议|提案|议案))(?=[,，。;；]|$)/u,
  // The proposal's subject given as its 案由 (案由为“关于…的建议”).
  /案由(?:为|是)?[:：]?[\s\u3000]*[“"]([^“”"]{2,150}?)[”"]/u,
  /(?:提出的?|提议的|关于(?:要求|请求)?)[\s\u3000]*(?:[“"]([^“”"]{2,150}?)[”"]|‘([^‘’'“”]{2,150}?)[’'])(?=的?(?:第?\s*\d+\s*号)?(?:代表|委员)?(?:建议|提案|议案)|[已收,，。;；(（\s]|$)/u,
  // The quoted title right after the kind that names it (在…会议上的提案“…的建议”收悉).
  /(?:提案|建议|议案)[“"]([^“”"]{2,150}?)[”"](?=已?收悉)/u,
  // A quoted 关于… holding a quote of its own (“关于举办县级“仲子文化节”的建议”).
  /[“"](关于[^“”"]{0,150}?[“"][^“”"]{1,40}[”"][^“”"]{0,150}?(?:建议|提案|议案))[”"]/u,
  /[“"](关于[^“”"]{2,150}?)[”"]/u,
  /(?:提出|所提|提议)[的了]?[\s\u3000]*(关于[^“”"《》,，。;；]{2,150}?)”/u,
  // (The kind may follow the title: 关于…的建议的提案,已交我们研究办理; the body that received it too: …的建议我局已收悉.)
  // (A co-handling opinion offers its own after it: …的建议提出如下协办意见.)
  // (Its number may stand bare before 收悉: 关于…的建议0198收悉, or before the title: 提出的D102号关于…的提案; 会议上 may stand for 提出的: 您在…会议上关于…的提案,我局已经收悉.)
  /(?:(?:提出|所提|提议)[的了]?|(?<=会议)上)[\s\u3000]*(?:第?[A-Za-z]*\d+号)?(关于[^"《》,，。;；]{2,150}?的?(?:建议|提案|议案))(?=意见|提出如下|已|收悉|悉|\d+号?已?收悉|由|我[局委厅办部院]已?收悉|的?办理|落实|的?(?:建议|提案|议案)(?:已|收悉|[,，。;；])|[,，。;；(（]|$)/u,
  // A title holding commas or quotes, closed by its acknowledgement or the handing over (已交我们研究办理):
  // 您提出的关于…“…”制度,…的建议已收悉; …的建议的书面意见收悉 (a deputy's written opinion); …的建议的提案收悉 (a proposal so titled).
  /(?:提出|所提|提议)[的了]?[\s\u3000]*(?:第?[A-Za-z]*\d+号)?(关于[^"《》。;；\n]{2,150}?的?(?:建议|提案|议案))(?=(?:的书面意见|的(?:建议|提案|议案))?已?收悉|[,，]?已交)/u,
  // A 《 never closed: 《关于…的建议(第24号建议)收悉; a 》 never opened: 提出的浅析…对策》(第026号)收悉.
  /提出[的了]?[\s\u3000]*([^《》“”"\n,，。;；:：]{2,150}?)》/u,
  /《(关于[^《》“”"\n]{2,150}?的?(?:建议|提案|议案))(?=[(（]|收悉|已)/u,
  // The title opening the letter's first sentence: 某某委员:关于…的提案经研究,现答复如下; 关于…的建议(第1027号)收悉.
  /(?:^|[:：\n])[\s\u3000]*(关于[^“”"《》,，。;；\n]{2,150}?的?(?:建议|提案|议案))(?=经|已?收悉|[(（]第?\s*[A-Za-z]*\d+号?[)）]?已?收悉)/u,
  // (Commas and all where 收悉 closes it: 关于利用…,促进…发展的提案收悉.)
  /(?:^|[:：\n])[\s\u3000]*(关于[^“”"《》。;；\n]{2,150}?的?(?:建议|提案|议案))(?=已?收悉)/u,
  // A 》 never opened after a bare 关于-title however it is handed over (交办我局的关于…的建议》收悉).
  /(关于[^《》“”"\n,，。;；:：]{2,150}?的?(?:建议|提案|议案))》(?=[(（]|已?收悉)/u,
];
// "第23号", "23号提案" with no 第 (dashed: "14-2-128号提案"), or a label before it in brackets ("(立案号:2020072号)"),
// or bare in brackets after the quoted title (“关于…的建议”(47)收悉), or before the bare title (提出的D102号关于…).
// A space may split the number where a page wrapped it (第2018 421号).
const NUMBER_RE = /第\s*[(（]?([A-Za-z]*-?\d(?:[\dA-Za-z.-]|\s(?=\d))*)[)）]?\s*号|(?<![\dA-Za-z-])(\d+(?:-\d+)*)\s*号(?=(?:代表)?(?:提案|建议|议案))|[(（](?:立案|案|编)号[:：]\s*([A-Za-z]*-?\d[\dA-Za-z.-]*)\s*号?[)）]|(?<=[”"])[(（]\s*([A-Za-z]*\d+)\s*[)）](?=\s*已?(?:收悉|收到))|(?<=提出的|所提的?)([A-Za-z]*\d+)号(?=关于)/u;
// (关于's 于 opens no session: 关于您在某区政协…会议上提出 names the session after 在.)
const SESSION_RE = /(?:在|(?<!关)于|向)([^,，。;；“”"《》\n在]{2,40}?会议)(?:上|期间)?(?:所)?(?:代表|委员)?(?:提出|建议|提交)/u;
// A session however it is phrased: a congress or conference, its term and sitting, then 会议, after a
// boundary (关于/对/在/于/向, 现将/把/就, 的 (您提出的…), punctuation or the start; 关于答复 before it answers the session's proposals).
// A form's term filled in between brackets (第(十九)届) is part of it.
const SESSION_SHAPE_RE = /(?:^|关于(?:(?:再次|重新|补充)?(?:答复|回复|反馈))?|对|在|于|向|现?[将把就]|[,，。;；:：(（《\s的])((?:[^,，。;；:：(（《》“”"\s关于对在于向将把就的]|[(（][一二三四五六七八九十\d]{1,3}[)）]){0,12}?(?:人大|政协|人民代表大会|政治协商会议)[^,，。;；:：《》“”"\s]{0,16}?会议)/u;

/** The first session-shaped phrase of a text (县政协十届第二次会议), or null. */
export function sessionIn(text: string | null | undefined): string | null {
  return text ? (SESSION_SHAPE_RE.exec(text)?.[1] ?? null) : null;
}
// (A co-handler's opinion ends it too: 提出协办意见如下, 现提出如下办理意见; and a reply announced without 如下:
// 我局经认真研究后提出相关回复意见。)
const OPENING_END_RE = /(?:现将?[^。；;\n]{0,20}?(?:答复|函复|回复|函告|报告)如下|(?:答复|函复|回复|函告|意见)如下|现提出如下[^。:：\n]{0,6}意见|提出了?(?:相关|以下)?(?:答复|回复)意见(?=[。\n]))[^。:：\n]{0,12}[:：。.]?/u;
// Without an 答复如下, the opening is its first sentence after the acknowledgement (收悉).
const ACK_SENTENCE_END_RE = /收悉[^。\n]*[。\n]/u;
// The co-handling clause, in its several phrasings (经与…, 经会…: 会 for 会同, not 会议, 会商 or 会同 itself, read below); group 1 is the list of bodies.
// Its list may end in 等 and what the bodies are (等相关部门, 等会办单位), the study in how it was done (进行了认真的, 共同).
// (They may be counted: 等2个会办单位.)
const BODIES_NOUN = String.raw`(?:(?:\d+|[一二两三四五六七八九十]+)个)?(?:相关|有关|成员)?(?:部门|单位|(?:协办|会办)单位)`;
const DILIGENTLY = String.raw`(?:进行了?)?(?:(?:共同|一起|认真|深入|反复|专题|充分|积极|多次)的?)*`;
// …and the talks before the study (共同协商、研究).
const TALKED = String.raw`(?:(?:协商|沟通|会商)[、,，和及]?)*`;
const CO_HANDLER_RES = [
  // (With no 经 when the replying body says it: 我局与A、B等部门进行了专题研究.)
  new RegExp(String.raw`(?:经(?:我[局委厅办部院])?|我[局委厅办部院])(?:与|同|会(?![议商同]))([^。；;]{2,200}?)(?:等${BODIES_NOUN}?)?${DILIGENTLY}(?:调查|调研)?(?:研究|协商|会商|沟通)`, 'u'),
  // (Or the replying body by its name, studying together with others: 市卫生健康委与市委编办、市财政局等共同研究; 共同 says
  // they are co-handlers, not two bodies that acted together, 县委与县政府高度重视.)
  new RegExp(String.raw`(?<=[委局厅办府])与([^。；;]{2,200}?)(?:等${BODIES_NOUN}?)?(?:进行了?)?共同${DILIGENTLY}${TALKED}(?:研究|协商|会商)`, 'u'),
  // (The bodies' own staff they bring in end the list: 会同A、B和C组织有关处室进行专题研究, but not a party committee's 组织部; a slip may write 会同 twice;
  // the study may be a survey first: 会同A、B等部门进行了认真的调查研究, or talks: 会同协办单位共同协商、研究.)
  new RegExp(String.raw`(?:会同|联合)+([^。；;]{2,200}?)(?:等${BODIES_NOUN}?)?(?:组织(?!部)[^。；;,，]{0,12}?)?${DILIGENTLY}${TALKED}(?:调查|调研)?(?:研究|办理|会商)`, 'u'),
  // "积极组织区财政局、城郊街道办事处等单位进行认真研究办理": the bodies the replying one brought in.
  new RegExp(String.raw`组织([^。；;]{2,200}?)等${BODIES_NOUN}${DILIGENTLY}(?:研究|办理)`, 'u'),
  // (After the replying body's own study: 经我局认真研究,并综合A、B意见, 充分听取A、B等单位的意见; or right after the
  // acknowledgement or the clause giving the proposal to study: 收悉,综合A、B的意见; 交我们办理,综合A、B意见; or a sentence
  // of its own: 收悉。综合国家A、B等单位有关意见, 现综合省A、省B等相关会办单位意见;
  // 综合考虑各方面意见 names no one.)
  /(?:(?:经|并|充分|收悉[,，]?)(?:综合|征求|听取)(?!考虑|研究|分析|各方|多方)|(?:^|[,，。])现?综合(?=[省市县区州旗乡镇]|国家))([^。；;]{2,200}?)(?:等(?:相关|有关)?(?:(?:会办|协办)?单位|部门))?(?:的)?(?:相关|有关)?(?:会办|协办)?意见/u,
  // "综合省委编办会办意见", "…和市妇联的会办意见", "结合会办单位省财政厅的意见": the opinions the co-handlers sent.
  /(?:综合|结合)(?=(?:会办|协办)单位|[^。；;，,]{2,60}?的?(?:会办|协办)意见)(?:(?:会办|协办)单位)?([^。；;，,]{2,60}?)的?(?:会办|协办)?意见/u,
  // "作为牵头单位,收集了市发展改革委、…、妇联等部门回复": the replies the lead body gathered.
  /收集了?([^。；;]{2,200}?)等(?:单位|部门)的?(?:会办|协办)?(?:意见|回复)/u,
  // "经商市文化广电旅游局、市经济合作局,现将…", "经研究并商省委组织部、…,", "经商会办单位省自然资源厅、…意见,",
  // "我厅商省发展改革委进行了认真研究", "经会商中央编办、财政部,": consulted (商, 会商), the list ending at the comma or the study.
  // "我局高度重视,并商市发展改革委、市经济合作局形成了回复意见": the reply formed with them; "经商会办单位(区公安分局),": named in brackets.
  // (商 opening a verb of its own, 商榷, 商量, 商定, consults nobody.)
  /(?:经(?:认真)?(?:研究)?并?|我[局委厅办部院]|[,，]并)会?商(?![榷量讨谈定议])(?:(?:会办|协办)单位)?([^。；;，,]{2,120}?)(?:等(?:单位|部门))?(?:的?意见)?(?:[,，]|(?:进行了?)?(?:共同|认真|深入|反复|专题)*(?:研究|办理)|形成)/u,
  // "已交我局和交警队研究办理", "已交我街道及文旅局研究办理": the bodies the proposal went to with us.
  /交(?:由)?我(?:[局委厅办]|街道|镇|乡|中心)(?:和|及|与|、)([^。；;，,]{2,60}?)(?:共同|认真)?(?:研究)?办理/u,
  // "…高度重视,与县林业局、规划办等有关部门进行了认真对接和研究": with no 经 before 与, the list needs its 等…部门.
  new RegExp(String.raw`(?:^|[,，。])与([^。；;，,]{2,120}?)等${BODIES_NOUN}${DILIGENTLY}(?:(?:对接|沟通|调查|调研)和?)?(?:研究|协商|会商|沟通|对接)`, 'u'),
  // "此建议由县教育局主办,县卫生健康局协办", "由我局主办、区民政局协办": the lead body, then those that co-handle.
  /主办[,，、]\s*([^。；;]{2,200}?)(?:等(?:单位|部门))?(?:协办|会办)(?!意见|单位)/u,
  // "经函请区农业农村委协办": bodies asked by letter to co-handle.
  /(?:函请|商请)([^。；;，,]{2,120}?)(?:等(?:单位|部门))?(?:协办|会办)/u,
  // Last: "经合川区政府、市住房城乡建委等协办单位…", "与区城管局等协办单位对您所提…": bodies named as the co-handlers they are (经综合…意见 is read above).
  /(?:经(?:与|同)?|与|同)([^。；;，,]{2,200}?)等(?:协办|会办)单位/u,
  // 会办 the verb, not 会办意见 the noun ("现将会办意见答复如下") nor the end of a committee before its office (常委会办公厅)
  // or before 办理 (已交由某开发区管委会办理).
  // (The proposal may be named first: 本提案由A、B会办.)
  /[,，。]\s*(?:(?:本|该|此)(?:提案|建议|议案)?由)?经?([^。；;，,]{2,120}?)(?:等(?:单位|部门))?会办(?!意见|单位|情况|公|理)/u,
  // "经横山镇共同研究办理": 共同 says others joined in, with no 与 before them.
  /经(?![我本与同会])([^。；;，,]{2,60}?)共同(?:研究|协商|办理)/u,
];

// 和/及/与 join two bodies only where the left side already ends like a body name
// (政务服务和社会事务中心 and 人力资源和社会保障局 are one name each); two bodies may also be
// written together, the second starting with its level (县委县政府, 区住房城乡建设局区城市管理局); a firm (…集团, …公司)
// joined to the next is split from it too, and dropped below; so is a class of bodies (有关部门及成都市…).
// A body's other sign in brackets after it is a body too (省妇联(省妇儿工委), 市住建局(市人防办)).
const JOIN_RE = /(?<=[局委厅部办府院会组室联团司]|部门|单位)(?:和|及|与|以及)(?=.{3,})|(?<=[局委厅办府])(?=[区县市省镇乡][\p{Script=Han}]{2,})|(?<=[局委厅办府会联])[(（](?=[^()（）]{2,}[)）]$)/u;
// Not a body: a label or a title caught in the list, a class of bodies (各镇街, 会办单位, 有关单位针对
// 您…: a pronoun is in no body's name; 多部门协同), or a firm that helped (…与区规划自然资源局、某某集团公司共同研究:
// a company, no government body), nor the member whose view was sought (并征求了委员对办理结果的意见).
const NOT_A_BODY_RE = /[:：《》您你]|^关于|^各|^(?:有关|相关)|^多(?:个|家)?(?:部门|单位)|^了|委员(?!会)|代表(?![团处])|对(?:办理|答复)|(?:单位|部门|公司|集团)$/u;

// (Its 等 and their class end the list wherever the clause goes on: 会同A、B村等工作人员对…进行了调查.)
const LIST_END_RE = /等(?:相关|有关|成员)?(?:部门|单位|协办单位|(?:工作)?人员)/u;
const DOUBLED_LEVEL_RE = /^([省市县区])(?=\1)(?!市场)/u;
const LIST_OPENER_RE = /^(?:我(?:[局委厅办部]|大队|支队|中心|街道|镇|乡)|(?:会办|协办)单位)/u;

// Where a clause goes on past its bodies: 对 its object (对外 opens a body's task), a pronoun, 的.
const CLAUSE_GOES_ON_RE = /对(?!外)|[您你的]/u;
// A class of bodies closing a list (…等3个单位, …协办单位): no body of its own to cut out.
const CLASS_END_RE = /(?:单位|部门)$/u;
// What a listed body other than a government's ends in: a town, a firm, a school, a bank's branch.
const OTHER_BODY_END_RE = /(?:镇|乡|街道|公司|集团|学校|小学|中学|医院|银行|分行|支行)$/u;

/** Does a piece between commas list bodies (市财政局、交通 and 腰堡镇等部门), not go on with the sentence (经实地调研)? */
function listsBodies(piece: string): boolean {
  return piece.split(/[、\s]+/u).every((part) => {
    const name = part.replace(LIST_END_RE, '').replace(/等$/u, '');
    return name.length <= 4 || AGENCY_LINE_RE.test(name) || OTHER_BODY_END_RE.test(name);
  });
}

/** The longest start of a text that is a body's name (or a town's, a firm's): a list going on into its sentence (会同基教处落实该项工作, 会同县交通集团重新办理) ends there. */
function bodyLead(text: string): string {
  // (No name holds the clause's object or a pronoun: 会同某部|对你们所提的建议, whose 所 ends no body.)
  const clause = CLAUSE_GOES_ON_RE.exec(text)?.index ?? text.length;
  for (let k = Math.min(text.length - 1, clause); k >= 3; k--) {
    const head = text.slice(0, k);
    if (AGENCY_LINE_RE.test(head) || OTHER_BODY_END_RE.test(head)) return head;
  }
  return text;
}

/**
 * Splits "市教委、市经济信息委和巴南区政府" into bodies, with their offsets (relative to `base`). A list that runs
 * on past a comma into the sentence (联合相关部门分析研判,经实地调研,…) ends before the first piece naming no body.
 */
export function splitBodyList(whole: string, base: number): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  const pieces = whole.split(/(?<=[,，])/u);
  const listing = (piece: string) => listsBodies(piece.replace(/[,，]$/u, '').trim());
  // (A first piece that runs on into the sentence, 会同A落实该项工作, ends the list with its last body.)
  const kept = listing(pieces[0]!) ? pieces.findIndex((p, i) => i > 0 && !listing(p)) : 1;
  const list = kept < 0 ? whole : pieces.slice(0, kept).join('');
  // (A bracket's own list is no break: 各县(市、区)人民政府 is one item.)
  for (const m of list.matchAll(/(?:[(（][^()（）]*[)）]|[^、,，;；\s])+/gu)) {
    // "财政、国土等部门,对照…": the list ends at its 等; what follows is the sentence.
    const closing = LIST_END_RE.exec(m[0]);
    let piece = closing ? m[0].slice(0, closing.index) : m[0];
    let offset = base + m.index;
    for (;;) {
      const join = JOIN_RE.exec(piece);
      const head = join ? piece.slice(0, join.index) : piece;
      // (我局和…, 我大队: the replying body itself; 会办单位省财政厅: the list's own label before its first body.)
      // (A level word a slip wrote twice, 市市农业农村局, is written once.)
      const bare = head.replace(LIST_OPENER_RE, '').replace(DOUBLED_LEVEL_RE, '');
      const listed = bare.replace(/等$/, '').replace(/[)）]$/u, '');
      // (A name that ends like no body goes on into the sentence: 基教处落实该项工作 is 基教处, and the list ends with it.)
      const runsOn = listed.length > 4 && !AGENCY_LINE_RE.test(listed) && !OTHER_BODY_END_RE.test(listed) && !CLASS_END_RE.test(listed);
      const name = runsOn ? bodyLead(listed) : listed;
      const start = offset + (head.length - bare.length);
      if (name.length >= 2 && !NOT_A_BODY_RE.test(name)) out.push({ name, start, end: start + name.length });
      if (name !== listed) return out;
      if (!join) break;
      offset += join.index + join[0].length;
      piece = piece.slice(join.index + join[0].length);
    }
    if (closing) break;
  }
  return out;
}

// The sentence acknowledging the proposal, for letters with no salutation to a person:
// "…提出的《…》收悉", "…的建议已收悉，现答复如下", "《…的提案》经转…研究办理,现答复如下",
// "…等5名代表提出了关于…的建议(第2024363号),经研究,现提出协办意见如下", "我厅对省政协委员某某关于“…”的提案,现答复如下",
// "某某代表在自治区十三届人大三次会议提出《…》,由你厅主办" (a co-handling opinion),
// "某某代表提出的第586号“关于…的建议”由我厅负责协办", "…委员在…会议上提出的第0432号《…》提案中",
// "你们提出的关于…的提案,已交我们研究办理,现答复如下" (no 收悉), "你提出了题为《…》的建议,…交我局研究办理,现答复如下"; the role before the name ("在…会议上,人大代表某某提出《…》(99号)建议");
// a group's proposal submitted to the session ("致公党某市委员会向某市政协十三届三次会议提交了《…》提案");
// "您在县政协…会议上提出的《…若干思考》已转至…办理" (no 收悉, a title not ending in its kind);
// a line opening with the proposer, or with the proposal's number and then the proposer, no salutation before it
// ("某某代表提出《…》。", "第27号,某某委员提出《…》。", "某某委员在…会议期间提出的第N号提案《…》"); a title named with its kind after it ("《关于…发展》的提案已收悉");
// a proposal cited by its session and number ("省政协…会议第20170030号提案由我厅主办,…现答复如下"), or by its kind and then its
// quoted title ("你们在…会议上的提案“…的建议”收悉"); or a line opening with the proposal's title, bare, acknowledged
// ("关于…的提案收悉。经商财政部,现答复如下", a ministry's reply to a party's group).
const ACKNOWLEDGE_RE =
  /(?<=^|\n|会议上?[,，]|号[,，])[\p{Script=Han}·]{2,4}(?:、[\p{Script=Han}·]{2,4})*(?:等\d*[名位人]|[(（]等[)）])?(?:代表|委员)(?:在[^。\n《》]{2,40}?)?(?:所|联合|共同)?提出[的了]?(?:第\s*[A-Za-z]*-?\d[\dA-Za-z-]*\s*号(?:提案|建议|议案)?)?[“《][^“”《》\n]{2,150}[”》]|(?:代表|委员)(?:在[^。\n《》]{2,40}?会议上?)?(?:所)?提出[的了]?(?:第\s*[A-Za-z]*-?\d[\dA-Za-z-]*\s*号)?[“《][^“”《》\n]{2,150}[”》](?:提案|建议|议案)?(?:中|由|已?收悉)|(?:提出[ \u3000]?的|所提)[^\n]{2,200}?收悉|(?:提出[ \u3000]?的|所提)[^\n]{2,200}?(?:建议|提案|议案)[^。\n]{0,40}?(?:答复|函告|回复)(?:意见)?如下|(?:代表|委员|[您你]们?)在[^。\n《》]{2,40}?会议上?(?:所)?提出[的了]?《[^《》\n]{2,150}》|(?:代表|委员)[\p{Script=Han}·]{2,4}提出[的了]?《[^《》\n]{2,150}》|向[^。\n《》]{2,40}?会议上?提交了?《[^《》\n]{2,150}》|(?:代表|委员|[您你]们?)[^。\n]{0,8}?(?:提出了?|关于)[^。\n]{2,200}?(?:建议|提案|议案)[^。\n]{0,60}?(?:(?:答复|函告|回复|意见)如下|如下(?:协办|会办)意见)|现[将就][^。\n]{2,200}?(?:建议|提案|议案)[^。\n]{0,60}?(?:答复|函告|回复|意见)如下|现将[^。\n]{2,200}?(?:建议|提案|议案)[^。\n]{0,40}?的(?:协办|会办)意见送上|《[^《》\n]{2,150}(?:提案|建议|议案)》[^。\n]{0,30}?收悉|(?:代表|委员)(?:所)?提出的[^。\n:：]{0,40}?(?:建议|提案|议案)[:：]|收悉[^。\n]{0,30}?(?:答复|函告|回复)(?:意见)?如下|《[^《》\n]{2,150}(?:提案|建议|议案)》[^。\n]{0,40}?(?:答复|函告|回复)(?:意见)?如下|《[^《》\n]{2,150}》[\s\u3000]*的?(?:提案|建议|议案)[\s\u3000]*已?收悉|(?:会议|届)[^。\n]{0,12}?第\s*[\dA-Za-z-]+\s*号(?:提案|建议|议案)[^。\n]{0,80}?(?:答复|函告|回复)(?:意见)?如下|[您你]们?在[^。\n《》“”]{2,40}?会议上?(?:提出)?的(?:提案|建议|议案)[“《][^“”《》\n]{2,150}[”》]已?收悉|(?<=^|\n)[\s\u3000]*关于[^。\n《》“”]{2,150}?(?:提案|建议|议案)[\s\u3000]*已?收悉/u;
const SENTENCE_START_RE = /[。！？!?\n:：]/u;
// One name or several ("任某、徐某、汤某等代表提出的", 提 lost by a slip: 等六位代表出的): the first is the proposer. A co-handling opinion
// may put the title right after the role ("某某代表《…》(第0915号)收悉", "现将某某委员《…》(第111号)的协办意见送上").
// A count may follow the names (某、某、某三位委员); a conference may precede them (市政协某某委员), or their delegation
// (某县代表团某某等代表提出的), or 和 joining them
// to the salutation's (某某代表:\n和甲、乙等六位代表提出的…); 您 never opens a name (您和某某等6名人大代表在…提出的).
// A co-handling opinion may name them after the body's part in it (由我局协办的某某等委员…提出的), and a page may
// have emptied the brackets after a name (某某()委员提出的).
// Names listed with 、 (甲、乙、丙), each of two to four characters.
const NAME_LIST = String.raw`((?:[\p{Script=Han}·]{2,4}、){0,20}[\p{Script=Han}·]{2,4}?)`;
const OPENING_PROPOSER_RE = new RegExp(String.raw`(?<=^|(?:^|\n)[\s\u3000]*[和与及]|[\s\u3000:：，,。]|现[将就对]|代表团|[您你](?:与|和|及)|政协|人大|关于|[协会主承]办的)(?!关于|现[将就对]|[您你]|和(?=\p{Script=Han}{2,3}、))${NAME_LIST}(?:[(（][)）])?(?:等?[\d一二两三四五六七八九十]*[名位]|等|[(（]等[)）])?(?:人大|政协)?(代表|委员)(?:(?:在[^，。,]{2,40}?)?(?:所|联合|共同)?(?:提出?|出(?=的))(?:[的了]|(?=《))|(?=《[^《》\n]{2,150}》[^。\n]{0,20}(?:收悉|的(?:协办|会办)意见)))`, 'u');

// A document a body issued (《市人民政府关于…的若干意见》, 《…奖补标准》), cited in the opening: a policy, not the proposal.
// (Its trial or revision mark may close it: 《网络直播营销管理办法(试行)》.)
const ISSUED_DOCUMENT_RE = /(?:办法|意见|方案|规划|通知|条例|细则|规定|决定|纲要|标准|指南|清单)(?:[(（][^()（）]{1,8}[)）])?$/u;

// 关于印发…, …的通知: only a body issues these, never a member (a proposal's title may open with 关于 and end with 意见).
const ISSUED_NOTICE_RE = /^关于印发|通知$/u;

/** Is a 《》 title a document a body issued rather than a proposal (which opens with 关于 or ends with 建议/提案)? */
export function isIssuedDocument(title: string): boolean {
  return ISSUED_DOCUMENT_RE.test(title) && (!title.startsWith('关于') || ISSUED_NOTICE_RE.test(title));
}

/** Where the sentence acknowledging a proposal starts, or null if the text has none. */
export function findAcknowledgement(text: string): number | null {
  const m = ACKNOWLEDGE_RE.exec(text);
  if (!m) return null;
  let i = m.index;
  while (i > 0 && !SENTENCE_START_RE.test(text.charAt(i - 1)) && m.index - i < 200) i--;
  return i;
}

// "经县教体局认真研究", then "县农业农村局高度重视,经认真研究" (商务厅高度重视,积极会同…认真研究), then the body
// it was handed to ("已交由镇康县农业农村局办理", "由县政府交由…局办理"): the body that studied it (a body's ending).
const STUDIED_BY_RES = [
  // (经与X研究, 经会同X研究: X studied it with the replying body, which goes unnamed.)
  /经(?:过)?(?!与|和|同|会同|商)([^\s,，。、;；:：《》“”"]{2,20}?)(?:认真|深入|反复|专题)*研究/u,
  /(?:^|[,，。\s])([^\s,，。、;；:：《》“”"]{2,20}?)(?:对此|对(?:您|你)?的?(?:该|此|这一?)?(?:提案|建议))?高度重视[,，]?[^。\n]{0,40}?研究/u,
  /(?:交(?!通)(?:由|给)?|批转|责成)([^\s,，。、;；:：《》“”"]{2,20}?)(?:研究|牵头|负责|主办|承办|进行)*办理/u,
];

function studiedBy(openingText: string, from: number): OpeningInfo['studiedBy'] {
  for (const re of STUDIED_BY_RES) {
    const m = re.exec(openingText);
    // (A body's leadership studies for it: 市人社局党委高度重视 names 市人社局.)
    const name = m?.[1]!.replace(LEADERSHIP_AFTER_BODY, '');
    if (m && name && AGENCY_LINE_RE.test(name) && !/^(?:我|本|贵)/u.test(name)) return { name, start: from + m.index + m[0].indexOf(m[1]!) };
  }
  return null;
}
const LEADERSHIP_AFTER_BODY = /(?<=[局厅委办])(?:党委|党组|领导班子|主要领导)$/u;

// (Or right after a title ending in 建议: 关于…的建议提案收悉, …的建议的提案收悉 is a 提案 so titled; its number may stand between: …”的提案(第0077号)收悉.)
const KIND_AFTER_TITLE_RE = /(?:[》”"][\s\u3000]*的?|(?<=建议)的?)(提案|建议)[\s\u3000]*(?:[(（]第?\s*\d+号?[)）])?[\s\u3000]*已?(?:收悉|收到)/u;

export function parseOpening(text: string, from: number): OpeningInfo {
  const window = text.slice(from, from + 1500);
  const endMatch = OPENING_END_RE.exec(window);
  const ack = endMatch ? null : ACK_SENTENCE_END_RE.exec(window);
  const openingText = endMatch
    ? window.slice(0, endMatch.index + endMatch[0].length)
    : window.slice(0, ack ? ack.index + ack[0].length : 600);
  const end = from + openingText.length;

  const titles = bracketedTitles(openingText);
  // "您的建议收悉,现答复如下:": the proposal is named in the sentence after, and so may be its number and
  // co-handlers ("省人社厅收到第1434号建议后…会同省发改委、省工信厅…专题研究").
  const next = window.slice(openingText.length).split(/[。\n]/u, 2).join('。');
  const nextNamesIt = PROPOSAL_WORD_RE.test(next);
  // (The short name the reply declares inside it, 关于开展《某条例》(以下简称《条例》)落实情况…, is the reply's words, not the title's.)
  const proposalTitle = (titles[0]?.title ?? proposalTitleIn(openingText) ?? proposalTitleIn(next))?.replace(SHORT_NAME_DECLARED_RE, '') ?? null;
  let number = titles[0]?.number ?? null;
  if (!number) {
    const m = NUMBER_RE.exec(openingText);
    number = m ? (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!).replace(/\s+/gu, '') : (RECEIVED_NUMBER_RE.exec(next)?.[1] ?? null);
  }
  const coHandlers = coHandlersIn(openingText, from) ?? (nextNamesIt ? coHandlersIn(next, end) : null) ?? [];
  return {
    proposalTitle,
    number,
    session: SESSION_RE.exec(openingText)?.[1] ?? null,
    namedSession: sessionIn(openingText),
    kindWord: (KIND_AFTER_TITLE_RE.exec(openingText)?.[1] as OpeningInfo['kindWord'] | undefined) ?? null,
    studiedBy: studiedBy(openingText, from),
    others: titles.slice(1),
    coHandlers,
    ...proposersOf(text, openingText, from),
    start: from,
    end,
  };
}

const PROPOSAL_WORD_RE = /建议|提案|议案/u;
const SHORT_NAME_DECLARED_RE = /[(（]以下简称[^()（）]{1,20}[)）]/gu;
// "收到第1434号建议后": the number as the body received it.
const RECEIVED_NUMBER_RE = /(?:收到|接到)[^。\n]{0,10}?第\s*([A-Za-z]*-?\d[\dA-Za-z.-]*)\s*号(?:代表|委员)?(?:提案|建议|议案)/u;

const BRACKETED_LIST_RE = /^[(（]([^()（）]+)[)）]$/u;

/** The co-handlers the first co-handling clause of `text` lists (offsets from `from`), or null. */
function coHandlersIn(text: string, from: number): OpeningInfo['coHandlers'] | null {
  for (const re of CO_HANDLER_RES) {
    const m = re.exec(text);
    if (!m) continue;
    // (A list in brackets, 会办单位(区公安分局), is the list.)
    const bracketed = BRACKETED_LIST_RE.exec(m[1]!);
    const list = bracketed ? bracketed[1]! : m[1]!;
    const found = splitBodyList(list, from + m.index + m[0].indexOf(m[1]!) + (bracketed ? 1 : 0));
    if (found.length) return found;
  }
  return null;
}

// A proposal cited by its session and number alone (《某市政协六届四次会议第2024067号提案》, 《…会议委员提案第009号》): its reference, no title.
const PROPOSAL_REFERENCE_RE = /^[^《》]{2,40}(?:会议|届)[^《》\s]{0,12}(?:第\s*[\dA-Za-z-]+\s*号(?:提案|建议|议案)|(?:提案|建议|议案)第?\s*[\dA-Za-z-]+\s*号)$/u;

/** Is a 《》 text a proposal's reference by session and number rather than a title? */
export function isProposalReference(text: string): boolean {
  return PROPOSAL_REFERENCE_RE.test(text);
}

/** The 《》 titles of a text that are not documents a body issued, with the numbers written after them. */
function bracketedTitles(text: string): { title: string; number: string | null }[] {
  return [...text.matchAll(TITLE_BRACKET_RE)]
    // (Nor the kind word alone, the short name the letter gives the proposal: 以下简称《建议》, 收到您的《建议》后.)
    .filter((m) => !CN_OPEN.includes(m[1]!.charAt(0)) && !isIssuedDocument(m[1]!) && !isProposalReference(m[1]!) && !KIND_WORD_ALONE.test(m[1]!))
    .map((m) => ({ title: m[1]!.replace(/\s+/g, ''), number: m[2] ?? null }));
}

const KIND_WORD_ALONE = /^(?:建议|提案|议案)$/u;

/** A proposal's title written without 《》 (see PROPOSAL_TITLE_RES), or null. */
function proposalTitleIn(text: string): string | null {
  const found = PROPOSAL_TITLE_RES.map((re) => re.exec(text)).find(Boolean);
  return (found?.[1] ?? found?.[2])?.replace(/\s+/g, '').replace(/^(?:关于)+/, '关于') ?? null;
}

/**
 * A proposal's title near the top of a letter with no opening sentence to read it from ("对九三学社提出的
 * 关于《…的提案》提出如下协办意见"): a 《》 title that ends like a proposal's, else one written without 《》.
 */
export function proposalTitleNear(text: string): string | null {
  return bracketedTitles(text).find((t) => /(?:建议|提案|议案)$/u.test(t.title))?.title ?? proposalTitleIn(text);
}

// The role before the name: "省政协委员某某关于…的提案".
// (Not the 委员会 of a session, nor its 代表大会: 在政协第十五届委员会上提出的, 在县十七届人民代表大会上提出的.)
const ROLE_FIRST_PROPOSER_RE = /(委员|代表)(?![会团]|大会)([\p{Script=Han}·]{2,4}?)(?=(?:同志)?(?:关于|提出|所提))/u;

/** "提案人常某提出的…": a proposer named by the label of a proposal's record, with no role. */
function labelledProposer(openingText: string, from: number): Pick<OpeningInfo, 'proposer' | 'proposers'> {
  const m = LABELLED_PROPOSER_RE.exec(openingText);
  if (!m) return { proposer: null, proposers: [] };
  return oneProposer(m[1]!, null, from + m.index + m[0].length - m[1]!.length);
}

const LABELLED_PROPOSER_RE = /(?<=^|[\s\u3000:：，,。])(?:提案人|建议人)[:：]?([\p{Script=Han}·]{2,4}?)(?=(?:同志)?(?:提出|所提|提议))/u;

// Names with no role before 提出的, opening a clause (某某提出的关于…的提案收悉; 会议上,甲、乙、丙等提出的《…》): the
// proposers when every one reads as a person's name (not 有关部门, 王局长).
const UNROLED_PROPOSER_RE = new RegExp(String.raw`(?<=^|[\s\u3000:：，,。])${NAME_LIST}(?:等?[\d一二两三四五六七八九十]*[名位]|等)?(?:所|联合|共同)?提出?的`, 'u');
const POST_ENDING_RE = /[长任记席员志]$/u;

function unroledProposers(openingText: string, from: number): Pick<OpeningInfo, 'proposer' | 'proposers'> {
  const m = UNROLED_PROPOSER_RE.exec(openingText);
  const names = m ? m[1]!.split('、') : [];
  if (!m || !names.every((n) => isPersonName(n) && !POST_ENDING_RE.test(n) && !NOT_PROPOSER_RE.test(n))) return { proposer: null, proposers: [] };
  return listedProposers(names, null, from + m.index);
}

/** Names listed with 、 from `start`, the first the proposer. */
function listedProposers(names: string[], role: '委员' | '代表' | null, start: number): Pick<OpeningInfo, 'proposer' | 'proposers'> {
  const proposers: OpeningInfo['proposers'] = [];
  let at = start;
  for (const name of names) {
    proposers.push({ name, start: at, end: at + name.length });
    at += name.length + 1;
  }
  return { proposer: { name: names[0]!, role, start }, proposers };
}

// (贵单位委员提出的: the addressed body's members, no one's name; 六位代表所提, 各位委员: a count of them;
// 根据人大代表提出的: a preposition before deputies no one names.)
const NOT_PROPOSER_RE = /[您你我贵]|人大|政协|单位|^[\d一二两三四五六七八九十几多各诸]+[名位]$|^(?:根据|按照|依据|对于|针对|通过|经过|鉴于|由于)$/u;

/** A single proposer named at `start`, with the role the opening gives (or none). */
function oneProposer(name: string, role: '委员' | '代表' | null, start: number): Pick<OpeningInfo, 'proposer' | 'proposers'> {
  return { proposer: { name, role, start }, proposers: [{ name, start, end: start + name.length }] };
}

// Thanks may name the proposer, on the acknowledgement's line or the paragraph after it: "首先感谢某某委员对我市…的
// 关心和支持。对于您提出的…收悉", "你们提出的…收悉。…\n…感谢某某等代表对…的关心".
const THANKED_PROPOSER_RE = /感谢([\p{Script=Han}·]{2,4}?)(?:等(?:[\d一二三四五六七八九十]+[名位])?)?(代表|委员)(?=对|长期|一直|多年)/u;

/** The opening's proposers, else the one the thanks name on its line or in the paragraph after it. */
function proposersOf(text: string, openingText: string, from: number): Pick<OpeningInfo, 'proposer' | 'proposers'> {
  const named = openingProposers(openingText, from);
  if (named.proposer) return named;
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const lineEnd = text.indexOf('\n', from);
  // (Blank lines may stand between.)
  const nextStart = lineEnd < 0 ? text.length : lineEnd + /^\s*/u.exec(text.slice(lineEnd))![0].length;
  const nextEnd = text.indexOf('\n', nextStart);
  const m = THANKED_PROPOSER_RE.exec(text.slice(lineStart, nextEnd < 0 ? text.length : nextEnd));
  return m && !NOT_PROPOSER_RE.test(m[1]!) ? oneProposer(m[1]!, m[2] as '委员' | '代表', lineStart + m.index + 2) : named;
}

function openingProposers(openingText: string, from: number): Pick<OpeningInfo, 'proposer' | 'proposers'> {
  const m = OPENING_PROPOSER_RE.exec(openingText);
  if (!m || NOT_PROPOSER_RE.test(m[1]!)) {
    const r = ROLE_FIRST_PROPOSER_RE.exec(openingText);
    if (!r || /[您你我们团的所在提建议案委联]/u.test(r[2]!)) {
      const labelled = labelledProposer(openingText, from);
      return labelled.proposer ? labelled : unroledProposers(openingText, from);
    }
    return oneProposer(r[2]!, r[1] as '委员' | '代表', from + r.index + r[1]!.length);
  }
  return listedProposers(m[1]!.split('、'), m[2] as '委员' | '代表', from + m.index);
}
