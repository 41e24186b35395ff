// One entity per canonical name, and the genre's variant spellings folded into one:
// 种子投资基金 / 种子引导基金 / 重庆市种子基金 → 种子基金; 风险补偿基金 → 知识价值信用贷款风险补偿基金;
// 《指引》 → the policy whose title ends in 指引; a bare 教育局 → 南票区教育局.
import nameRules from '../../data/name-rules.json' with { type: 'json' };
import type { EntityType } from '../schema.js';
import { COUNTY_LEVEL_WORDS, fullBodyFunctions, MAX_PLACE_LENGTH, placeByForm } from './gazetteer.js';
import type { Jurisdiction } from './jurisdiction.js';
import type { EntityDraft, Seed } from './mentions.js';
import { startsWithPlace } from './gazetteer.js';
import { isKindOnly } from './policies.js';

// Marks of a title inside a title (关于印发<X>的通知).
const INNER_TITLE_MARKS = /[<>〈〉《》]/gu;
// A title inside another's brackets: 〈…〉 or <…>.
const INNER_MARKED = [['〈', '〉'], ['<', '>']] as const;
const INNER_OPENS = /[〈<]/gu;
const ZONE_COMMITTEE_RE = /管(?:委会|理委员会)$/u;
const ZONE_WORDS_WRITTEN_OUT: Record<string, string> = nameRules.zoneCommittee.writtenOut;
const ZONE_WORD_RE = new RegExp(`(${Object.keys(ZONE_WORDS_WRITTEN_OUT).join('|')})(管理委员会)$`, 'u');
// A zone's own word written short (高新区) and in full (高新技术产业开发区): the zone as a platform.
const ZONE_WORDS_IN_FULL: Record<string, string> = nameRules.zoneCommittee.inFull;
const ZONE_SHORT_END = new RegExp(`(?:${Object.keys(ZONE_WORDS_IN_FULL).join('|')})$`, 'u');
const TOWN_BODY_RE = /(?:街道办事处|[镇乡]人民政府)$/u;
const NATION_BRACKETS_PLACE = /^中国[(（]([^()（）]{2,8})[)）]/u;
// A note closing a document's title: (试行), (暂行), (2021—2025年); a draft (草案) is another document.
const TITLE_NOTE_RE = /^[(（](?!草案|征求意见稿|送审稿|初稿)[^()（）]{1,12}[)）]$/u;
const FUND_INFIX_RE = /(?:股权投资|创业投资|投资|引导)(?=基金$)/u;

function group(seeds: Seed[]): EntityDraft[] {
  const byKey = new Map<string, EntityDraft>();
  for (const s of seeds) {
    const key = `${s.type}\u0000${s.name}`;
    let d = byKey.get(key);
    if (!d) {
      d = { type: s.type, name: s.name, aliases: new Set(), docNumber: s.docNumber ?? null, spans: [] };
      byKey.set(key, d);
    }
    for (const a of s.aliases) if (a && a !== s.name) d.aliases.add(a);
    d.docNumber ??= s.docNumber ?? null;
    d.spans.push({ start: s.start, end: s.end });
  }
  return [...byKey.values()];
}

/**
 * The drafts of one type while they are merged: which are absorbed already, and the lookups
 * targetOf makes for every draft (by name, by alias) kept as maps instead of scans.
 */
class SameType {
  readonly gone = new Set<EntityDraft>();
  private readonly order = new Map<EntityDraft, number>();
  /** Names are unique within a type (drafts are grouped by type and name). */
  private readonly named = new Map<string, EntityDraft>();
  /** Alias → the drafts writing it, in the order of `all`. */
  private readonly withAlias = new Map<string, EntityDraft[]>();

  constructor(readonly all: EntityDraft[]) {
    all.forEach((d, i) => {
      this.order.set(d, i);
      this.named.set(d.name, d);
      for (const a of d.aliases) this.index(d, a);
    });
  }

  private index(d: EntityDraft, alias: string): void {
    const list = this.withAlias.get(alias);
    if (!list) {
      this.withAlias.set(alias, [d]);
      return;
    }
    const after = list.findIndex((o) => this.order.get(o)! > this.order.get(d)!);
    list.splice(after < 0 ? list.length : after, 0, d);
  }

  private live(o: EntityDraft | undefined, d: EntityDraft): boolean {
    return o !== undefined && o !== d && !this.gone.has(o);
  }

  /** The first other live draft that passes `test`. */
  findOther(d: EntityDraft, test: (o: EntityDraft) => boolean): EntityDraft | undefined {
    return this.all.find((o) => this.live(o, d) && test(o));
  }

  /** Of the other live drafts passing `test`, the one written last before `d` first is (《方案》 refers back to a title ending so). */
  nearestBefore(d: EntityDraft, test: (o: EntityDraft) => boolean): EntityDraft | undefined {
    const at = Math.min(...d.spans.filter((s) => s.start >= 0).map((s) => s.start));
    // (A draft read off the page's structure, with no span, refers back to nothing.)
    if (!Number.isFinite(at)) return undefined;
    let nearest: EntityDraft | undefined;
    let nearestAt = -1;
    for (const o of this.all) {
      if (!this.live(o, d) || !test(o)) continue;
      for (const s of o.spans) if (s.start < at && s.start > nearestAt) [nearest, nearestAt] = [o, s.start];
    }
    return nearest;
  }

  /** The other live draft named `name`. */
  byName(d: EntityDraft, name: string): EntityDraft | undefined {
    const o = this.named.get(name);
    return this.live(o, d) ? o : undefined;
  }

  /** The first other live draft that writes `alias`. */
  writing(d: EntityDraft, alias: string): EntityDraft | undefined {
    return this.withAlias.get(alias)?.find((o) => this.live(o, d));
  }

  /** The first other live draft that writes d's name as an alias and is not shorter. */
  aliasOf(d: EntityDraft): EntityDraft | undefined {
    return this.withAlias.get(d.name)?.find((o) => this.live(o, d) && o.name.length >= d.name.length);
  }

  absorb(into: EntityDraft, from: EntityDraft): void {
    for (const a of [from.name, ...from.aliases]) {
      if (into.aliases.has(a)) continue;
      into.aliases.add(a);
      this.index(into, a);
    }
    into.spans.push(...from.spans);
    into.docNumber ??= from.docNumber;
    this.gone.add(from);
  }
}

/** A name opening with a county's or city's full name, written without its level word (甘谷县X → 甘谷X), or null. */
function withoutLevelWord(name: string): string | null {
  for (let k = Math.min(MAX_PLACE_LENGTH, name.length - 2); k >= 3; k--) {
    const prefix = name.slice(0, k);
    const place = placeByForm.get(prefix);
    if (place && place.name === prefix && place.level !== 'province' && /[县市区]$/u.test(prefix)) return prefix.slice(0, -1) + name.slice(k);
  }
  return null;
}

/** Is `short` `long` with its opening county's or city's level word left out (甘谷脊兽园… for 甘谷县脊兽园…)? */
function leavesOutLevelWord(short: string, long: string): boolean {
  return long.length === short.length + 1 && withoutLevelWord(long) === short;
}

/** The name another draft of the same type (not yet absorbed) should absorb this one into, if any. */
function targetOf(d: EntityDraft, same: SameType, j: Jurisdiction): EntityDraft | undefined {
  const findOther = (test: (o: EntityDraft) => boolean) => same.findOther(d, test);
  const byName = (n: string) => same.byName(d, n);
  // A name another entity of the type already writes as its alias is that entity.
  const aliasOf = same.aliasOf(d);
  if (aliasOf) return aliasOf;
  if (d.type === 'Fund') {
    // A jurisdiction prefix or an infix word does not make another fund.
    for (const place of [j.province, j.city, j.county, '全市', '市', '省', '区', '县']) {
      if (place && d.name.startsWith(place) && byName(d.name.slice(place.length))) return byName(d.name.slice(place.length));
    }
    // 省级水利发展资金 beside 省水利发展资金: a grade written or not.
    const plain = d.name.replace(FUND_INFIX_RE, '').replace(/^([省市县区])级/u, '$1');
    const variantOf = plain === d.name ? undefined : (byName(plain) ?? same.writing(d, plain));
    if (variantOf) return variantOf;
    return findOther((o) => o.name.length > d.name.length && o.name.endsWith(d.name) && d.name.length >= 4);
  }
  if (d.type === 'Policy' && d.name.length <= 6) {
    // 《指引》 after 《…工作指引的通知》; “金凤凰”政策 after “金凤凰”人才支持政策.
    const head = d.name.slice(0, -2);
    const shortOf = (o: EntityDraft) =>
      o.name.length > d.name.length &&
      // (《<A>及<分产业篇方案>的通知》 issues it with others: a document of its own, not the notice written short.)
      !(INNER_MARKED.some(([open, close]) => o.name.includes(open + d.name + close)) && (o.name.match(INNER_OPENS)?.length ?? 0) > 1) &&
      (o.name.includes(d.name) || (head.length >= 2 && o.name.startsWith(head) && o.name.endsWith(d.name.slice(-2))));
    // (Of several, the one it refers back to: …制定了《油菜产业篇方案》,《方案》中…)
    return same.nearestBefore(d, shortOf) ?? findOther(shortOf);
  }
  if (d.type === 'Policy') {
    // 《农民专业合作社法》 after 《中华人民共和国农民专业合作社法》, 《X管理办法》 after 《(关于)印发X管理办法的通知》:
    // the law without the state's name, the document without its cover notice.
    const notice = `印发${d.name}的通知`;
    // The document cited without its bracketed note (试行) is the document too.
    const whole =
      byName(`中华人民共和国${d.name}`) ??
      findOther((o) => [notice, `关于${notice}`].includes(o.name.replace(INNER_TITLE_MARKS, '')) || (o.name.startsWith(d.name) && TITLE_NOTE_RE.test(o.name.slice(d.name.length))));
    if (whole) return whole;
    // “雪峰山文化和旅游规划” after 《雪峰山文化和旅游发展规划》: a title cited again with a word or two left out;
    // 深圳《未来产业创新网络计划》 beside 《深圳未来产业创新网络计划》: its place written outside the brackets;
    // 《蒲城历史文化名城保护规划》 beside 《蒲城县…》: the county written without its level word; 《关于推进…的实施意见》
    // beside 《某厅等12厅局关于推进…的实施意见》: the title without its issuers.
    return findOther(
      (o) =>
        o.name.length > d.name.length &&
        (isShortenedTitle(d.name, o.name) || placedBefore(d.name, o.name) || leavesOutLevelWord(d.name, o.name) || (d.name.startsWith('关于') && o.name.endsWith(d.name))),
    );
  }
  if (d.type === 'Platform' || d.type === 'Organization') {
    // 津市高新区 beside 津市高新技术产业开发区: a zone's word written short.
    const zone = ZONE_SHORT_END.exec(d.name);
    const written = zone ? byName(d.name.slice(0, zone.index) + ZONE_WORDS_IN_FULL[zone[0]]) : undefined;
    if (written) return written;
    // 辽宁自由贸易试验区 beside 中国(辽宁)自由贸易试验区: the place a national designation brackets, written bare.
    const bracketed = findOther((o) => o.name.length > d.name.length && o.name.replace(NATION_BRACKETS_PLACE, '$1') === d.name);
    if (bracketed) return bracketed;
    // 甘谷脊兽园文化产业园 beside 甘谷县脊兽园文化产业园: one park, its place written both ways; 科技博览中心
    // beside 深圳科技博览中心, 临港产业开发区 beside 湘阴临港产业开发区: the place written once and left out after;
    // 梵净山中药材标准化示范基地 beside 梵净山中药材标准化种植示范基地: a word left out.
    // (Not a grade left out: 爱国主义教育基地 and 爱国主义教育示范基地 are two designations.)
    return findOther(
      (o) => leavesOutLevelWord(d.name, o.name) || placedBefore(d.name, o.name) || (o.name.length > d.name.length && isShortenedTitle(d.name, o.name) && !GRADE_WORD.test(leftOut(d.name, o.name).join(''))),
    );
  }
  if (d.type === 'Agency' && TOWN_BODY_RE.test(d.name)) {
    // 长宁区华阳路街道办事处 beside 长宁区人民政府华阳路街道办事处: a sub-district's office or a town's
    // government, written with its county's government before it or without.
    const other = findOther((o) => o.name.length === d.name.length + 4 && o.name.replace('人民政府', '') === d.name);
    if (other) return other;
  }
  if (d.type === 'Agency' && ZONE_COMMITTEE_RE.test(d.name)) {
    // 安宁工业园区管委会 beside 安宁工业园区管理委员会, 准格尔经济开发区管委会 (written out or not) beside
    // 内蒙古准格尔经济开发区管理委员会; its zone word written short too (某山风景区 for 某山风景名胜区).
    const full = d.name.replace(/管委会$/u, '管理委员会');
    const zone = ZONE_WORD_RE.exec(full);
    const fullZone = zone ? full.slice(0, zone.index) + ZONE_WORDS_WRITTEN_OUT[zone[1]!] + zone[2] : full;
    return findOther((o) => o.name !== d.name && (o.name.endsWith(full) || o.name.endsWith(fullZone)));
  }
  if (d.type === 'Agency' && d.aliases.size === 0) {
    const longer = findOther((o) => o.name.endsWith(d.name) && o.name.length > d.name.length);
    if (longer) return longer;
  }
  if (d.type === 'Agency') return findOther((o) => isLongerNameOf(d, o));
  return undefined;
}

/**
 * 西夏区城管局, read as 银川市西夏区城市管理局, in a letter signed 银川市西夏区城市管理综合执法局: the body's
 * short form stands for the full name the letter writes, not for the generic one it expands to
 * (same jurisdiction, same ending 局 or 委员会, the short form's characters in order; a branch, 分局, is another body).
 */
function isLongerNameOf(d: EntityDraft, o: EntityDraft): boolean {
  // Bureaus and commissions only (郑州市农业农村工作委员会 for 市农委): a ministry's short form (农业部) beside its successor's name (农业农村部) is the older body.
  const ending = ['局', '委员会'].find((e) => d.name.endsWith(e) && o.name.endsWith(e));
  if (!ending) return false;
  // (Longer than what the letter writes: 文旅广电局, expanded to 某市文化旅游和广播电视局, is the 某市文化和旅游广电局
  // the letter signs, shorter than the expansion but adding only the expansion's characters; 农业局, expanded to
  // 某市农业农村局, is not 某市农业机械局.)
  const written = d.aliases.size === 0 ? [d.name] : [...d.aliases];
  if (o.name.length <= d.name.length && ![...o.name].every((c) => d.name.includes(c))) return false;
  // The same jurisdiction opens both (新乐市综合行政执法局, 新乐市城市管理综合行政执法局), and no other bureau ends inside;
  // neither is a body of a place inside the other's (张掖市甘州区水务局 is no 张掖市水务局, whichever is longer).
  const shared = commonPrefixLength(d.name, o.name);
  // (Nor where they part inside the shorter's ending: 中共某市委政法委员会 is a commission of 中共某市委员会, not its name.)
  // (Nor where one goes on with its level's congress or conference: 某省人民代表大会民族宗教委员会 is the congress's
  // committee, not 某省民族宗教事务委员会, 省民宗委, whose characters it holds.)
  const opensOtherBody = (name: string) => opensWithPlace(name.slice(shared)) || LEVEL_ASSEMBLY.test(name.slice(shared));
  if (shared < 3 || shared > d.name.length - ending.length || o.name.slice(shared, -ending.length).includes(ending.charAt(0)) || o.name.endsWith('分局') || opensOtherBody(o.name) || opensOtherBody(d.name)) return false;
  // A form the letter writes it in is the longer name with characters left out (环县文旅局 of 环县文体广电和旅游局, which
  // its expansion 环县文化和旅游局 is not); with none other written, the name is that form. A body's full name written
  // so is short only for one run of the longer's characters (新乐市|城市管理|综合行政执法局), not words here and there
  // (重庆市教育委员会 is no 重庆市|国防|教育|工作|委员会).
  if (d.aliases.size === 0 && LONG_BODY_FUNCTIONS.some((f) => d.name.endsWith(f)) && isSubsequence(d.name, o.name) && leftOut(d.name, o.name).length > 1) return false;
  return written.some((w) => o.name.length > w.length && isSubsequence(w, o.name));
}

/** Is `long` `short` with a place written before it (深圳科技博览中心 for 科技博览中心)? */
function placedBefore(short: string, long: string): boolean {
  return long.length > short.length && long.endsWith(short) && isPlaceWritten(long.slice(0, long.length - short.length));
}

/** Is the text a place, written whole or without its level word (湘阴 for 湘阴县)? */
function isPlaceWritten(text: string): boolean {
  return placeByForm.has(text) || COUNTY_LEVEL_WORDS.some((level) => placeByForm.has(text + level));
}

/** Does the text open with a place, known or shaped like one (丰南区农业农村局, 西湖区科学技术局: a district's bureau, not its city's)? */
function opensWithPlace(text: string): boolean {
  return PLACE_SHAPE.test(text) || startsWithPlace(text);
}

const LEVEL_ASSEMBLY = /^(?:人民代表大会|人大|中国人民政治协商会议|政治协商会议|政协)/u;
const PLACE_SHAPE = /^\p{Script=Han}{1,4}[区县旗镇乡]/u;

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

/** The runs of `long`'s characters that `short`, a subsequence of it, leaves out, in order (新乐市综合行政执法局 leaves out 城市管理). */
function leftOut(short: string, long: string): string[] {
  let i = 0;
  const runs: string[] = [];
  let run = '';
  for (const c of long) {
    if (c !== short[i]) run += c;
    else {
      i++;
      if (run) runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
}
const GRADE_WORD = /^(?:示范|重点|国家级|省级|市级|县级|国家|综合)$/u;
// The full names of bodies' functions long enough to tell a body's full name (教育委员会; not 水务局's 3).
const LONG_BODY_FUNCTIONS = fullBodyFunctions.filter((f) => f.length >= 4);

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/**
 * Is `short` `long` with a few characters left out, its opening and closing words kept? Not where
 * `long` goes on with a place where they part: 攀枝花市东区教育和体育局关于… is the district's own
 * notice, issued after 攀枝花市教育和体育局关于… and naming it.
 */
function isShortenedTitle(short: string, long: string): boolean {
  if (short.length < 6 || short.length < long.length * 0.75 || !long.startsWith(short.slice(0, 3)) || !long.endsWith(short.slice(-2))) return false;
  return isSubsequence(short, long) && !opensWithPlace(long.slice(commonPrefixLength(short, long)));
}

/**
 * A short name the letter declares after a name (南昌市城市运行管理服务平台(以下简称“本平台”)) is that name's alias:
 * its seed takes the name and type of the seed the bracket closes.
 */
export function withDeclaredShortNames(seeds: Seed[], text: string): Seed[] {
  const byEnd = new Map<number, Seed>();
  for (const s of seeds) if (s.end > s.start) byEnd.set(s.end, s);
  return seeds.map((s) => {
    if (s.start < 0) return s;
    // (A quoted name's span may open with its quote.)
    const open = s.start + (QUOTE.test(text.charAt(s.start)) ? 1 : 0);
    const declared = DECLARED_BEFORE.exec(text.slice(Math.max(0, open - 12), open));
    const named = declared ? byEnd.get(open - declared[0].length) : undefined;
    return named && named !== s && named.name !== s.name ? { ...s, type: named.type, name: named.name, aliases: [...s.aliases, s.name] } : s;
  });
}
const DECLARED_BEFORE = /[(（](?:以下|下文)?(?:简称|称)[:：]?[“"]?$/u;
const QUOTE = /[“"]/u;

export function mergeVariants(seeds: Seed[], j: Jurisdiction): EntityDraft[] {
  const drafts = group(seeds);
  const types = new Set<EntityType>(drafts.map((d) => d.type));
  const out: EntityDraft[] = [];
  for (const type of types) {
    const same = new SameType(drafts.filter((d) => d.type === type));
    // Shorter names fold into longer ones first, except for funds, which fold variants into the core name.
    const order = [...same.all].sort((a, b) => a.name.length - b.name.length);
    for (const d of type === 'Fund' ? order.reverse() : order) {
      const target = targetOf(d, same, j);
      if (target) same.absorb(target, d);
    }
    // (A document's kind alone that shortens no title the letter names, 遵照中办、国办《意见》精神, names none.)
    out.push(...same.all.filter((d) => !same.gone.has(d) && !(type === 'Policy' && isKindOnly(d.name))));
  }
  return out;
}
