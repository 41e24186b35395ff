// The data tables of places and bodies, loaded once and indexed for lookups by written form.
import localBodies from '../../data/local-bodies.json' with { type: 'json' };
import nationalBodies from '../../data/national-bodies.json' with { type: 'json' };
import nationalOrganizations from '../../data/national-organizations.json' with { type: 'json' };
import countyTable from '../../data/counties.json' with { type: 'json' };
import places from '../../data/places.json' with { type: 'json' };
import townTable from '../../data/towns.json' with { type: 'json' };
import { WordScanner } from './literals.js';

export type PlaceLevel = 'province' | 'city' | 'county' | 'town';

export type Place = {
  /** Full name: 四川省, 宜宾市, 巴南区. */
  name: string;
  level: PlaceLevel;
  /** The name used as a jurisdiction prefix in canonical body names: 重庆市巴南区 for a district, 秀山土家族苗族自治县 for a county. */
  prefix: string;
  province: string | null;
  /** Short name of the province (重庆, 四川), for branch offices of national bodies. */
  provinceShort: string | null;
  municipality: boolean;
  /** A county's city, prefecture or municipality (准格尔旗 → 鄂尔多斯市): the 市 of its letters' 市委, 市政府. */
  city: string | null;
};

export type BodyTemplate = { full: string; form: string };

const provinceByName = new Map(places.provinces.map((p) => [p.name, p]));
const cityByName = new Map(places.cities.map((c) => [c.name, c]));

function provinceOf(name: string): { name: string; short: string | null } | null {
  const p = provinceByName.get(name);
  return p ? { name: p.name, short: p.short[0] ?? null } : null;
}

// An autonomous county or prefecture is also written without its peoples: 维西傈僳族自治县 → 维西县, 甘南藏族自治州 → 甘南州,
// 湘西土家族苗族自治州 → 湘西自治州.
const PEOPLES_RE = new RegExp(`^(.{2,}?)(?:${places.peoples.list.join('|')})+自治(县|州|旗)$`, 'u');
const withoutPeoples = (name: string): string[] => {
  const m = PEOPLES_RE.exec(name);
  return m ? [m[1]! + m[2]!, `${m[1]!}自治${m[2]!}`] : [];
};

const ZONE_END = /(?:新区|开发区|园区|示范区|管理区|实验区)$/u;
const isZoneOfCity = (name: string, city: string): boolean => {
  const stem = city.replace(/市$/u, '');
  return name.startsWith(stem) && (ZONE_END.test(name) || name.length > stem.length + 3);
};

/** Every written form of every place (full names and short forms) → the place. */
export const placeByForm: ReadonlyMap<string, Place> = (() => {
  const map = new Map<string, Place>();
  const add = (forms: string[], place: Place) => {
    for (const f of forms) if (!map.has(f)) map.set(f, place);
  };
  for (const p of places.provinces) {
    const place: Place = { name: p.name, level: 'province', prefix: p.name, province: p.name, provinceShort: p.short[0] ?? null, municipality: Boolean((p as { municipality?: boolean }).municipality), city: null };
    add([p.name, ...p.short], place);
  }
  for (const c of places.cities) {
    const prov = provinceOf(c.province);
    add([c.name, ...c.short, ...withoutPeoples(c.name)], { name: c.name, level: 'city', prefix: c.name, province: prov?.name ?? null, provinceShort: prov?.short ?? null, municipality: false, city: null });
  }
  // The hand-written table first: its short forms (巴南) and choices win over the national list.
  const counties: { name: string; parent: string; short?: string[] }[] = [...places.counties, ...countyTable.counties];
  for (const k of counties) add([k.name, ...(k.short ?? []), ...withoutPeoples(k.name)], countyPlace(k.name, k.parent));
  return map;
})();

function countyPlace(name: string, parent: string): Place {
  // A county's parent is a city or a municipality; districts carry the parent's name (重庆市巴南区).
  const parentCity = cityByName.get(parent);
  const prov = provinceOf(parentCity ? parentCity.province : parent);
  return {
    name,
    level: 'county',
    // A zone named after its city (苏州工业园区, 兰州新区) is not written after the city's name again; a
    // district named after it is (岳阳市岳阳楼区, 淮安市淮安区).
    prefix: name.endsWith('区') && !isZoneOfCity(name, parent) ? `${parent}${name}` : name,
    province: prov?.name ?? null,
    provinceShort: prov?.short ?? null,
    municipality: false,
    city: parent,
  };
}

/** Counties written alike in several cities (铁西区, 市中区, 城区), per name and city: the city says which. */
const sharedCounties: ReadonlyMap<string, ReadonlyMap<string, Place>> = new Map(
  countyTable.shared.map((k) => [k.name, new Map(k.parents.map((parent) => [parent, countyPlace(k.name, parent)]))]),
);

/** The county a name written alike in several cities names in `city` (铁西区 in 鞍山市 → 鞍山市铁西区), or null. */
export function sharedCountyOf(name: string, city: string | null): Place | null {
  return (city && sharedCounties.get(name)?.get(city)) || null;
}
export const sharedCountyNames: readonly string[] = [...sharedCounties.keys()];

const townCounties: ReadonlyMap<string, string> = new Map(
  Object.entries(townTable.counties as Record<string, string>).flatMap(([county, towns]) => towns.split(' ').map((town) => [town, county] as const)),
);

/** Is this a town's full name the town table knows (边阳镇)? */
export const isKnownTown = (name: string): boolean => townCounties.has(name);

/** The county of a town written alike nowhere else in the country. */
export function countyOfTown(town: string): Place | null {
  const county = townCounties.get(town);
  const place = county ? placeByForm.get(county) : undefined;
  return place?.level === 'county' ? place : null;
}

/** Counties whose name opens or closes a common word (会同县, 和县; 规范县城 holds 范县): only a place in their own province's letters. */
export const wordLikeCounties: ReadonlySet<string> = new Set(places.wordLike.list);
/** Regions whose bodies answer no mainland deputy: naming them never places a letter. */
export const placesNoLetter: ReadonlySet<string> = new Set(places.placesNoLetter.list);
/** Places whose short form (新建 for 新建区) is a common word: one bare mention does not place a letter. */
export const shortFormWords: ReadonlySet<string> = new Set(places.shortFormWords.list);

export const MAX_PLACE_LENGTH = Math.max(...[...placeByForm.keys()].map((k) => k.length));
/** The level words a county-level place's name ends in, which its short form leaves out (溧水 for 溧水区, 湘阴 for 湘阴县). */
export const COUNTY_LEVEL_WORDS: readonly string[] = ['区', '县', '市', '旗'];

/** A county's or city's name without its level word (霞浦 for 霞浦县, 宿迁 for 宿迁市, 屏边苗族 for 屏边苗族自治县), or null when less than two characters are left. */
export function withoutLevelWord(name: string): string | null {
  const short = name.replace(/(?:自治县|县|区|市|旗)$/u, '');
  return short.length < 2 || short === name ? null : short;
}

// Built on first use: the viewer's bundle holds this module but never asks.
let placeForms: WordScanner | null = null;

/** The longest place's written form (two characters or more) starting at `at`, or null. */
export function placeAt(s: string, at = 0): string | null {
  placeForms ??= new WordScanner([...placeByForm.keys()].filter((f) => f.length >= 2));
  return placeForms.longestAt(s, at);
}

/** Does a place's written form (two characters or more) start at `at`? */
export const startsWithPlace = (s: string, at = 0): boolean => placeAt(s, at) !== null;

/** A hash of the two code units before `end` (within the text). */
const endPair = (s: string, end: number) => ((s.charCodeAt(end - 2) << 7) ^ s.charCodeAt(end - 1)) & 0xfffff;

/**
 * Per hashed last two code units, the lengths of the place forms (two characters or more) ending in
 * them, longest first: most positions end no place form, and those that may are tried at few lengths.
 */
const placeLengthsByEnd: ReadonlyMap<number, number[]> = (() => {
  const map = new Map<number, Set<number>>();
  for (const form of placeByForm.keys()) {
    if (form.length < 2) continue;
    const key = endPair(form, form.length);
    map.set(key, (map.get(key) ?? new Set()).add(form.length));
  }
  return new Map([...map].map(([key, lengths]) => [key, [...lengths].sort((a, b) => b - a)]));
})();

/**
 * The longest place form of 2 to MAX_PLACE_LENGTH characters ending at `end` and starting at or
 * after `floor`. Only the lengths of forms ending in the two characters before `end` are tried.
 */
export function placeEndingAt(text: string, end: number, floor: number): { place: Place; start: number } | null {
  const limit = Math.min(MAX_PLACE_LENGTH, end - floor);
  if (limit < 2) return null;
  for (const k of placeLengthsByEnd.get(endPair(text, end)) ?? []) {
    if (k > limit) continue;
    const place = placeByForm.get(text.slice(end - k, end));
    if (place) return { place, start: end - k };
  }
  return null;
}

/** Written body form (科技局, 委组织部, 政府) → its template. */
// 发展与改革委员会 for 发展和改革委员会: letters join a body's two tasks with 与 as well as 和, and
// cut a long committee's name to 委 (省民族宗教事务委).
// A form as letters also write it: 与 for 和, 委 for a long 委员会, and a party committee's unit under 党委
// (州党委宣传部, as Xinjiang's and Tibet's letters write 委宣传部).
const writtenForms = (form: string) => [
  form,
  form.replaceAll('和', '与'),
  ...(form.length >= 6 && form.endsWith('委员会') ? [form.slice(0, -2)] : []),
  ...(form.startsWith('委') && form.length > 1 ? [`党${form}`] : []),
];
export const bodyByForm: ReadonlyMap<string, string> = new Map(
  localBodies.bodies.flatMap((b) => b.forms.flatMap((form) => writtenForms(form).map((f) => [f, b.full] as const))),
);
/** Templates of bodies only a prefecture has (行政公署): written bare, they are the letter's city's, never its county's. */
export const prefectureTemplates: ReadonlySet<string> = new Set(
  localBodies.bodies.flatMap((b) => ('level' in b && b.level === 'city' ? [b.full] : [])),
);
/** Templates whose bodies had other names before a reform: the earlier names, each with the year it ended. */
const formerByTemplate: ReadonlyMap<string, readonly { until: number; full: string }[]> = new Map(
  [...localBodies.bodies, ...localBodies.branches.list].flatMap((b) => ('formerly' in b && Array.isArray(b.formerly) ? [[b.full, b.formerly] as const] : [])),
);
/** The template a body had in a letter's year (区农委 in 2018: {J}农业委员会), the current one without a year or an earlier name. */
export function templateIn(template: string, year: number | null): string {
  return (year !== null ? formerByTemplate.get(template)?.find((f) => year < f.until)?.full : undefined) ?? template;
}
/** The full names of a place's bodies, the place left out (教育委员会, 综合行政执法局): the names tables expand short forms to. */
export const fullBodyFunctions: readonly string[] = localBodies.bodies.flatMap((b) => (b.full.startsWith('{J}') && !b.full.slice(3).includes('{') ? [b.full.slice(3)] : []));
/** Endings of bodies read by their shape, not listed (see `open` in local-bodies.json). */
export const openBodies = localBodies.open;
export const ownUnits = localBodies.ownUnits;
export const unitEndings = new Map(Object.entries(localBodies.unitEndings).filter(([k]) => !k.startsWith('$')));
export const actingTowns = localBodies.actingTowns;
export const landmarkWords = localBodies.landmarks.after;
/** Full names of a congress's own special committees, as a pattern (the other units are its standing committee's). */
export const congressSpecialCommittees: string = localBodies.congressUnits.special;
/** A congress's units: every written form (full or short) → full name. */
export const congressUnitByForm: ReadonlyMap<string, string> = new Map(
  Object.entries(localBodies.congressUnits.list).flatMap(([full, forms]) => [full, ...forms].map((f) => [f, full] as const)),
);
export const jointOffices: readonly string[] = localBodies.jointOffices.list;
/** Democratic parties: every written form → full name. */
export const partyByForm: ReadonlyMap<string, string> = new Map(
  Object.entries(localBodies.parties.list).flatMap(([full, forms]) => [full, ...forms].map((f) => [f, full] as const)),
);
export const zoneLevelWords: readonly string[] = localBodies.zoneLevels.list;
export const branchByForm: ReadonlyMap<string, string> = new Map(
  localBodies.branches.list.flatMap((b) => b.forms.map((form) => [form, b.full] as const)),
);

/** Level words before a form (市, 区, 省, 自治区 …) → the jurisdiction level they point to. */
export const levelByWord: ReadonlyMap<string, PlaceLevel> = new Map(
  Object.entries(localBodies.levels).filter(([k]) => !k.startsWith('$')) as [string, PlaceLevel][],
);
export const notLevel: ReadonlySet<string> = new Set(localBodies.notLevel.list);

/** Provinces by the one character their bodies' document numbers open with (甘 → 甘肃省). */
export const provinceByAbbr: ReadonlyMap<string, Place> = new Map(
  places.provinces.flatMap((p) => ('abbr' in p && p.abbr ? [[p.abbr, placeByForm.get(p.name)!] as [string, Place]] : [])),
);
/** A city's own character in its bodies' document numbers where it is not its name's first (广州市 → 穗, 南京市 → 宁). */
export const cityDocAbbr: ReadonlyMap<string, string> = new Map(
  places.cities.flatMap((c) => ('abbr' in c && c.abbr ? [[c.name, c.abbr] as [string, string]] : [])),
);
/** A province body's sector as its document numbers write it (交, 发改) → the stem of its short form (交通运输, 发改). */
export const sectorByDocForm: ReadonlyMap<string, string> = new Map(Object.entries(localBodies.docNumberSectors.list));
export const closedLevels: ReadonlySet<string> = new Set(localBodies.closedLevels.list);

/** National bodies: every written form → canonical name. */
export const nationalByForm: ReadonlyMap<string, string> = new Map(
  nationalBodies.flatMap((b) => [b.name, ...b.aliases].map((form) => [form, b.name] as const)),
);
/** A national body by the form its document numbers open with (人社建字 → 中华人民共和国人力资源和社会保障部), named as the national table names it. */
export const nationalByDocForm: ReadonlyMap<string, string> = new Map(
  Object.entries(localBodies.docNumberSectors.national).map(([form, body]) => [form, nationalByForm.get(body) ?? body] as const),
);
/** National academies (中科院 …), organisations rather than bodies: every written form → canonical name. */
export const nationalOrgByForm: ReadonlyMap<string, string> = new Map(
  nationalOrganizations.flatMap((b) => [b.name, ...b.aliases].map((form) => [form, b.name] as const)),
);

export function fillTemplate(template: string, jurisdiction: string, provinceShort?: string | null): string {
  const filled = levelTemplate(provinceTemplate(template, jurisdiction), jurisdiction).replace('{J}', jurisdiction).replace('{P}', provinceShort ?? '');
  // An autonomous region's party committee names its units with 委员会 written out
  // (中共广西壮族自治区委员会宣传部), where a province's shortens it (中共江苏省委宣传部).
  const partyUnit = `中共${jurisdiction}委`;
  return jurisdiction.endsWith('自治区') && filled.startsWith(partyUnit) && !filled.startsWith('员会', partyUnit.length)
    ? `${partyUnit}员会${filled.slice(partyUnit.length)}`
    : filled;
}
// Per template, the provinces that name its body otherwise (provinceNames in local-bodies.json).
const PROVINCE_TEMPLATES: ReadonlyMap<string, [string, string][]> = Object.entries(localBodies.provinceNames)
  .filter(([k]) => !k.startsWith('$'))
  .reduce((byTemplate, [province, names]) => {
    for (const [template, own] of Object.entries(names as Record<string, string>)) byTemplate.set(template, [...(byTemplate.get(template) ?? []), [province, own]]);
    return byTemplate;
  }, new Map<string, [string, string][]>());

// Per template, the levels that name its body otherwise (levelNames in local-bodies.json).
const LEVEL_TEMPLATES: ReadonlyMap<string, Partial<Record<string, string>>> = new Map(
  Object.entries(localBodies.levelNames).filter((e): e is [string, Exclude<(typeof e)[1], string>] => !e[0].startsWith('$')),
);

/** The template as the jurisdiction's level names the body: a prefecture's {J}中级人民法院 for {J}人民法院. */
function levelTemplate(template: string, jurisdiction: string): string {
  // (Asked of every template filled: the place is looked up only for one a level names otherwise.)
  const byLevel = LEVEL_TEMPLATES.get(template);
  const level = byLevel && placeByForm.get(jurisdiction)?.level;
  return (level && byLevel[level]) ?? template;
}

/** The template as the jurisdiction's province names the body: 重庆市's {J}交通局 for {J}交通运输局. */
function provinceTemplate(template: string, jurisdiction: string): string {
  const own = PROVINCE_TEMPLATES.get(template);
  if (!own) return template;
  const province = placeByForm.get(jurisdiction)?.province;
  return own.find(([p]) => jurisdiction.startsWith(p) || province === p)?.[1] ?? template;
}

