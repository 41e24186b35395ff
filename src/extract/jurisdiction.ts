// Short forms are relative to the letter's jurisdiction: 市科技局 is 重庆市科学技术局 in a
// Chongqing letter and 成都市科学技术局 in a Chengdu one. The jurisdiction comes from the
// replying body's name, else the session, else the places the letter names.
import { COUNTY_LEVEL_WORDS, countyOfTown, partyByForm, placeByForm, type Place, type PlaceLevel, MAX_PLACE_LENGTH, notLevel, sharedCountyNames, sharedCountyOf, wordLikeCounties, placesNoLetter } from './gazetteer.js';
import { WordScanner } from './literals.js';
import { wordsOf } from './words.js';

export type Jurisdiction = Record<PlaceLevel, string | null> & {
  provinceShort: string | null;
  /** The letter's year, when known: bodies were renamed in the 2018–2019 reform (区农委 = 区农业委员会 before). */
  year: number | null;
};

export const emptyJurisdiction = (): Jurisdiction => ({ province: null, city: null, county: null, town: null, provinceShort: null, year: null });

// A place's own name holds no body word (区委区政府督查局 names no place 区委区) and no pronoun of address (您在渝中区…).
const UNKNOWN_PLACE_RE = /^(?:(?![委局厅办您你])\p{Script=Han}){1,7}?(?:自治县|自治州|自治区|街道|苏木|县|区|市|旗|镇|乡|州|省)/u;
// One character before a city's or county's level word is its short form (景市 for 景德镇市), no name of its own
// (某市 stands for a name left out).
const ONE_CHARACTER_SHORT = /^(?!某)\p{Script=Han}[市县区旗]$/u;
// A county's government before its town (安宁市人民政府禄脿街道办事处), which is no part of the town's name.
const GOVERNMENT_BEFORE_TOWN = /^人民政府\p{Script=Han}{2,5}?(?:街道|镇|乡)/u;
const NOT_A_PLACE = /[和与及、]|^(?:自治[区州县]|地区)$/u;
const LEVEL_OF_SUFFIX: [RegExp, PlaceLevel][] = [
  [/省$|自治区$/u, 'province'],
  [/州$/u, 'city'],
  [/(?:县|区|旗)$/u, 'county'],
  [/(?:镇|乡|街道|苏木)$/u, 'town'],
];

// A party or conference opens its committee's name before the place (中共某县委, 农工党安康市委员会); one character
// alone (团 of 团区委) may open a place's name (团风县).
const PARTY_BEFORE_PLACE = new RegExp(
  `^(?:${['中共', '中国共产党', '政协', '中国人民政治协商会议', ...[...partyByForm.keys()].filter((f) => f.length > 1)]
    .sort((a, b) => b.length - a.length)
    .join('|')})`,
  'u',
);

/** Reads the chain of places at the start of a body's name or a session: 重庆市綦江区郭扶镇人民政府 → 重庆市 / 重庆市綦江区 / 重庆市綦江区郭扶镇. */
export function jurisdictionOf(name: string, into: Jurisdiction = emptyJurisdiction()): Jurisdiction {
  const j = { ...into };
  // A term's ordinal may stand before the place (政协第十二届广东省委员会).
  let rest = name.replace(PARTY_BEFORE_PLACE, '').replace(/^第[一二三四五六七八九十百零〇\d]+届/u, '');
  let chain = '';
  const take = (place: Place) => {
    if (place.level === 'province') {
      j.province = place.name;
      j.provinceShort = place.provinceShort;
      if (place.municipality) j.city = place.name;
    } else if (place.level === 'city') {
      j.city = place.name;
      j.province ??= place.province;
      j.provinceShort ??= place.provinceShort;
    } else {
      j.county = place.prefix;
      j.city ??= cityOfLetters(place);
      j.province ??= place.province;
      j.provinceShort ??= place.provinceShort;
    }
  };
  for (let guard = 0; guard < 4 && rest.length > 1; guard++) {
    let matched: string | null = null;
    // A sub-district's office is its county's government's (安宁市人民政府禄脿街道办事处): the town is 安宁市禄脿街道.
    if (j.county && GOVERNMENT_BEFORE_TOWN.test(rest)) rest = rest.slice('人民政府'.length);
    // Two short forms in a row, a county's after its own city's (南京溧水城市建设集团), are those places.
    const pair = chain ? null : shortFormPair(rest);
    if (pair) {
      take(pair.city);
      take(pair.county);
      matched = pair.written;
    }
    // A county written alike in several cities, after its city (枣庄市市中区, 鞍山市铁西区).
    const shared = chain && j.city && !j.county ? sharedCountyAt(rest, j.city) : null;
    if (shared) {
      take(shared);
      matched = shared.name;
    }
    for (let k = Math.min(MAX_PLACE_LENGTH, rest.length - 1); !matched && k >= 2; k--) {
      const candidate = rest.slice(0, k);
      const place = placeByForm.get(candidate);
      // Only full names open a chain: a short form (重庆) is too often part of a longer name; one
      // with its level word (维西县 for 维西傈僳族自治县) is a name too.
      if (place && (place.name === candidate || (place.level !== 'province' && /[县州旗]$/u.test(candidate)))) {
        matched = candidate;
        take(place);
        break;
      }
    }
    if (!matched) {
      const m = UNKNOWN_PLACE_RE.exec(rest);
      // An unknown place's level word is no tail of a longer word (区城市管理局, 住房城乡建设委: the
      // known places, 晋城市, were read above); nor does it open with a level word (市市场…, 区市政…),
      // hold a joiner (住房和城乡…), stand for its level alone (自治区十三届人大…, 地区发改委) or be a word
      // ending in a level character (城市|建设发展中心, which the tagger reads as a place too), nor is it a short form.
      if (!m || m[0].length < 2 || ONE_CHARACTER_SHORT.test(m[0]) || (m[0].length >= rest.length && !(j.county && TOWN_LAST.test(m[0]))) || LEVEL_FIRST.test(m[0]) || NOT_A_PLACE.test(m[0]) || notLevel.has(m[0]) || levelWordInsideWord(rest, m[0].length)) break;
      matched = m[0];
      // A city written without its 市 (嵊州经济开发区 for 嵊州市's zone) is that city.
      const city = /州$/u.test(matched) ? placeByForm.get(`${matched}市`) : undefined;
      if (city) take(city);
      else {
        const level = LEVEL_OF_SUFFIX.find(([re]) => re.test(matched!))?.[1] ?? (j.city ? 'county' : 'city');
        // A zone named after its city (淮南高新区) is in that city.
        const zoneCity = level === 'county' && !j.city ? cityOpening(matched) : null;
        if (zoneCity) take(zoneCity);
        // Below a county only a town may follow: 上街区城市管理局 names no place 城市.
        if (chain && j.county && level !== 'town') break;
        const full = level === 'province' || !chain ? matched : chain + matched;
        if (level === 'province') j.province = full;
        else if (level === 'city') j.city = full;
        else if (level === 'county') j.county = full;
        // Under its county's full name, however the chain wrote the county (淄川区罗村镇 → 淄博市淄川区罗村镇).
        else j.town = j.county ? j.county + matched : full;
      }
    }
    chain += matched;
    rest = rest.slice(matched.length);
  }
  return j;
}

/** The county of `city` written alike in other cities (铁西区, 市中区) that `text` opens with, or null. */
function sharedCountyAt(text: string, city: string): Place | null {
  const name = sharedCountyNames.find((n) => text.startsWith(n));
  return name ? sharedCountyOf(name, city) : null;
}

/**
 * The county written alike in other cities that a letter of `city` names most (铁西区 in a 鞍山市 letter is
 * 鞍山市铁西区), when `keep` keeps it; 城区 and 郊区, words too, only right after the city's name (晋城市城区).
 */
function sharedCountyNamed(text: string, city: string | null, keep: (p: Place) => boolean): Place | null {
  if (!city) return null;
  const counts = new Map<Place, number>();
  const stem = city.replace(/市$/u, '');
  for (const name of sharedCountyNames) {
    const place = sharedCountyOf(name, city);
    if (!place) continue;
    let n = 0;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      if (!COMMON_WORD_COUNTY.test(name) || text.startsWith(stem, i - stem.length) || text.startsWith(city, i - city.length)) n++;
    }
    if (n > 0) counts.set(place, n);
  }
  const best = standsOut(counts)?.[0] ?? null;
  return best && keep(best) ? best : null;
}
const COMMON_WORD_COUNTY = /^(?:城区|郊区|新城区)$/u;

/**
 * The county whose towns a letter names most, more than once, when it names no county (加快次邱镇
 * 食品工业园建设 in a letter of 我县: 汶上县): only towns written alike nowhere else, and only a county
 * of the letter's province and city. The letter must call itself a county of that level (我县), or
 * else name no city and the county be a county-level city (广德市, whose letters say 市): a city's
 * letter names its counties' towns too.
 */
function countyOfTownsNamed(text: string, province: string | null, city: string | null, countyWord: string | null): Place | null {
  const keep = (p: Place) => (countyWord ? p.name.endsWith(countyWord) : !city && p.name.endsWith('市'));
  const counts = new Map<Place, number>();
  for (const m of text.matchAll(TOWN_END_RE)) {
    const end = m.index + m[0].length;
    // The longest known town ending here (a town's name has two to five characters before its level word).
    for (let start = Math.max(0, m.index - 5); start <= m.index - 2; start++) {
      const county = countyOfTown(text.slice(start, end));
      if (!county) continue;
      if ((!province || county.province === province) && (!city || cityOfLetters(county) === city || county.city === city) && keep(county)) counts.set(county, (counts.get(county) ?? 0) + 1);
      break;
    }
  }
  const best = standsOut(counts);
  return best && best[1] > 1 ? best[0] : null;
}
const TOWN_END_RE = /镇|乡|街道/gu;

/** The 市 of a county's letters: a county-level city (浏阳市) itself, else the city it lies in. */
export function cityOfLetters(county: Place): string | null {
  return county.name.endsWith('市') ? county.name : county.city;
}

const LEVEL_FIRST = /^[省市县区镇乡]/u;
// A town may end the name on its own after its county (上海普陀万里街道, a page's source line).
const TOWN_LAST = /(?:街道|镇|乡)$/u;

/** Whether the tagger reads the level word ending text[0, end) as the middle of a word running on past it (城乡|建设, 城市|管理局), not as a level word (庙上|乡政府, 大直沽|街道). */
function levelWordInsideWord(text: string, end: number): boolean {
  const levelStart = end - (/(?:自治[县州区])$/u.test(text.slice(0, end)) ? 3 : /(?:街道|苏木)$/u.test(text.slice(0, end)) ? 2 : 1);
  let pos = 0;
  for (const w of wordsOf(text, 0, Math.min(text.length, end + 4))) {
    const next = pos + w.word.length;
    if (next >= end) return pos < levelStart && next > end;
    pos = next;
  }
  return false;
}

/** The city whose short form opens a name (淮南高新区 → 淮南市), if any. */
function cityOpening(name: string): Place | null {
  for (let k = Math.min(4, name.length - 2); k >= 2; k--) {
    const place = placeByForm.get(name.slice(0, k));
    if (place?.level === 'city') return place;
  }
  return null;
}

/** A city's short form followed by the short form of one of its own counties: 南京溧水 → 南京市, 南京市溧水区. */
function shortFormPair(text: string): { city: Place; county: Place; written: string } | null {
  for (let k = Math.min(MAX_PLACE_LENGTH, text.length - 2); k >= 2; k--) {
    const written = text.slice(0, k);
    // 苏州 is written for 苏州市 as 嵊州 for 嵊州市.
    const city = placeByForm.get(written) ?? (written.endsWith('州') ? placeByForm.get(`${written}市`) : undefined);
    if (!city || city.name === written || (city.level !== 'city' && !city.municipality)) continue;
    for (let m = Math.min(4, text.length - k); m >= 2; m--) {
      const short = text.slice(k, k + m);
      for (const word of COUNTY_LEVEL_WORDS) {
        // (A county written alike in several cities is its city's: 上海普陀.)
        const county = placeByForm.get(short + word) ?? sharedCountyOf(short + word, city.name);
        if (county?.level === 'county' && county.city === city.name) return { city, county, written: text.slice(0, k + m) };
      }
    }
  }
  return null;
}

// A sentence about partner regions (东西部协作, 对口帮扶, 援疆, 结对) names another province's places,
// often more than the letter's own: 福州's letter on 闽宁协作 names 宁夏, 原州区, 西吉县 and 福州市 once.
// (Sentences first, then the words: one pattern for both backtracks over a long text without stops.)
const SENTENCE_RE = /[^。！？；!?;\n]+/gu;
const PARTNER_RE = /对口|协作|结对|援[疆藏青]|东西部|帮扶地区/u;

/** The text with its partner-region sentences blanked, for voting on the letter's own places. */
export function withoutPartnerSentences(text: string): string {
  // (Most letters name no partner: their text stands as it is, unsplit.)
  if (!PARTNER_RE.test(text)) return text;
  return text.replace(SENTENCE_RE, (s) => (PARTNER_RE.test(s) ? ' '.repeat(s.length) : s));
}

// The forms of places that vote for their province: leftmost-longest, as a reader takes them.
const PROVINCE_VOTERS = new WordScanner(
  [...placeByForm].filter(([form, p]) => form.length >= 2 && form.length <= MAX_PLACE_LENGTH && p.province && !wordLikeCounties.has(p.name) && !placesNoLetter.has(p.province)).map(([form]) => form),
);

/**
 * Fills a missing province from the places a text names most often; a municipality
 * (重庆, 北京 …) is also the "市" of its letters.
 */
export function inferProvince(j: Jurisdiction, text: string): Jurisdiction {
  if (j.province) return j;
  const votes = new Map<string, { n: number; short: string | null; municipality: boolean }>();
  let chainEnd = -1;
  let chainProvince: string | null = null;
  for (const { word, start } of PROVINCE_VOTERS.scan(text, 0, text.length)) {
    if (namesAFeature(text, start + word.length)) continue;
    const place = placeByForm.get(word)!;
    // A chain of places (河南郑州, 四川省成都市) is one mention of one place: 2021河南郑州7·20 in a Chongqing letter is one vote.
    const chained = start === chainEnd && place.province === chainProvince;
    chainEnd = start + word.length;
    chainProvince = place.province;
    if (chained) continue;
    const v = votes.get(place.province!) ?? { n: 0, short: place.provinceShort, municipality: false };
    v.n++;
    if (place.level === 'province' && place.municipality) v.municipality = true;
    votes.set(place.province!, v);
  }
  // (One that stands out: a list of provinces named once each, 上海、江苏…等省(市), places none.)
  const best = standsOut([...votes].map(([name, v]): [typeof v & { name: string }, number] => [{ ...v, name }, v.n]))?.[0];
  if (!best) return j;
  return { ...j, province: best.name, provinceShort: best.short, city: j.city ?? (best.municipality ? best.name : null) };
}

// A river, street, bay, bridge or bus or rail line named after a place (苏州河, 南京路, 长寿湾, 重庆大桥, 滨江线) is no mention of the place.
const FEATURE_AFTER_RE = /^(?:河|路|街(?!道)|大道|大桥|桥|湖|湾|线)/u;

/** Does the place name ending at `end` name a river, street, bay, bridge or line? */
export function namesAFeature(text: string, end: number): boolean {
  return FEATURE_AFTER_RE.test(text.slice(end, end + 2));
}

// Full names of cities and counties, and short forms that end in a level word (新平县 for
// 新平彝族傣族自治县, 红河州 for 红河哈尼族彝族自治州), as jurisdictionOf reads them; found in one pass of table lookups
// (a letter is scanned once). A city whose name holds 州 (苏州 for 苏州市) is written short, as 青岛 is: no full name.
const FULL_NAMES = new WordScanner(
  [...placeByForm].filter(([form, p]) => (form === p.name || (/[县州旗]$/u.test(form) && p.name !== `${form}市`)) && p.level !== 'province' && !wordLikeCounties.has(p.name)).map(([form]) => form),
);

/**
 * The level word a letter calls its own county-level place by (我区, 本县, 我旗), when one outnumbers
 * the others: a county of another level that the letter names (前往安吉学习 in a district's letter) is
 * not its own.
 */
function ownCountyWord(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(OWN_COUNTY_RE)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  return standsOut(counts)?.[0] ?? null;
}
const OWN_COUNTY_RE = /[我本]([区县旗])/gu;

/** The key counted most often, with its count, when it outnumbers every other; null on a tie or none. */
export function standsOut<K>(counts: Iterable<[K, number]>): [K, number] | null {
  const [best, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && (!second || second[1] < best[1]) ? best : null;
}

/** Per level, the place a text names most often by its full name, when one stands out; in `province` when given, and kept by `keep`. */
function mostNamed(text: string, province: string | null, keep: (p: Place) => boolean): Partial<Record<PlaceLevel, Place>> {
  const votes = new Map<Place, number>();
  for (const { word, start } of FULL_NAMES.scan(text, 0, text.length)) {
    const place = placeByForm.get(word)!;
    if ((province && place.province !== province) || !keep(place) || namesAFeature(text, start + word.length)) continue;
    votes.set(place, (votes.get(place) ?? 0) + 1);
  }
  const out: Partial<Record<PlaceLevel, Place>> = {};
  for (const level of ['county', 'city'] as const) {
    const best = standsOut([...votes].filter(([p]) => p.level === level));
    if (best) out[level] = best[0];
  }
  return out;
}

/** A town written after its county's own name (龙华区观澜街道, county 深圳市龙华区): the town's part alone. */
function withoutOwnCounty(town: string, county: string): string {
  for (let k = Math.min(county.length - 1, town.length - 2); k >= 2; k--) {
    const written = county.slice(-k);
    if (town.startsWith(written) && COUNTY_NAME_RE.test(written)) return town.slice(k);
  }
  return town;
}
const COUNTY_NAME_RE = /^\p{Script=Han}{2,}[区县市旗]$/u;

/** Reads the county or city a text names by its short form only (extract/shortForms.ts: it needs the tagger, which the viewer's bundle must not pull in). */
export type PlaceByShortForm = (text: string, province: string | null, city: string | null) => Place | null;

/**
 * Fills a missing county and city from the places a text names by their full names (or, given
 * `byShortForm`, by a county's or city's short form), and puts a
 * town under its county: 乡政府 in a letter of 三州乡 that names 天台县 is 天台县三州乡人民政府.
 */
export function inferCounty(j: Jurisdiction, text: string, byShortForm: PlaceByShortForm = () => null): Jurisdiction {
  let out = j;
  // A county of another level than the letter calls its own (我区: no 县) is not its own.
  const countyWord = ownCountyWord(text);
  const ofOwnLevel = (p: Place) => !countyWord || p.level !== 'county' || p.name.endsWith(countyWord);
  const named = j.county && j.city ? {} : mostNamed(text, j.province, ofOwnLevel);
  const byShort = j.county || named.county ? null : byShortForm(text, j.province, j.city);
  const county = j.county
    ? null
    : (named.county ??
      (byShort?.level === 'county' && ofOwnLevel(byShort) ? byShort : null) ??
      sharedCountyNamed(text, j.city ?? named.city?.name ?? null, ofOwnLevel) ??
      countyOfTownsNamed(text, j.province, j.city ?? named.city?.name ?? null, countyWord));
  if (county) {
    const city = cityOfLetters(county);
    out = { ...out, county: county.prefix, city: out.city ?? city, province: out.province ?? county.province, provinceShort: out.provinceShort ?? county.provinceShort };
  }
  const city = named.city ?? (byShort?.level === 'city' ? byShort : null);
  if (!out.city && city && (!out.province || city.province === out.province)) out = { ...out, city: city.name, province: out.province ?? city.province, provinceShort: out.provinceShort ?? city.provinceShort };
  // A district named bare where two cities have one (龙华区) is the one of the city found since.
  const sharedCounty = out.county && out.city ? sharedCountyOf(out.county, out.city) : null;
  if (sharedCounty) out = { ...out, county: sharedCounty.prefix };
  if (out.town && out.county && !out.town.startsWith(out.county)) out = { ...out, town: out.county + withoutOwnCounty(out.town, out.county) };
  // A town letter naming no county (庙上乡人民政府) is in the county of the town table; the town
  // keeps its name as written, which names it alone.
  const townCounty = out.town && !out.county ? countyOfTown(out.town) : null;
  if (townCounty && (!out.city || townCounty.city === out.city)) {
    out = { ...out, province: townCounty.province, provinceShort: townCounty.provinceShort, city: cityOfLetters(townCounty), county: townCounty.prefix };
  }
  return out;
}
