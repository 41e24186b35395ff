import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// The gazetteer files are data, not code: these checks are what keeps them consistent.

const nonEmpty = z.string().min(1);

const Province = z.strictObject({
  name: nonEmpty,
  short: z.array(nonEmpty),
  // The one character its bodies' document numbers open with (甘交办案…).
  abbr: z.string().length(1).optional(),
  municipality: z.literal(true).optional(),
});
const City = z.strictObject({
  name: nonEmpty,
  province: nonEmpty,
  short: z.array(nonEmpty),
  // Its own document-number character where that is not its name's first (广州市 → 穗).
  abbr: z.string().length(1).optional(),
});
const County = z.strictObject({ name: nonEmpty, parent: nonEmpty, short: z.array(nonEmpty) });
const Places = z.strictObject({
  provinces: z.array(Province),
  cities: z.array(City),
  counties: z.array(County),
  peoples: z.strictObject({ $comment: nonEmpty, list: z.array(nonEmpty) }),
  placesNoLetter: z.strictObject({ $comment: nonEmpty, list: z.array(nonEmpty) }),
  wordLike: z.strictObject({ $comment: nonEmpty, list: z.array(nonEmpty) }),
  shortFormWords: z.strictObject({ $comment: nonEmpty, list: z.array(nonEmpty) }),
});
const CountyTable = z.strictObject({
  $comment: nonEmpty,
  counties: z.array(z.strictObject({ name: nonEmpty, parent: nonEmpty })),
  shared: z.array(z.strictObject({ name: nonEmpty, parents: z.array(nonEmpty).min(2) })),
});
const Body = z.strictObject({
  name: nonEmpty,
  aliases: z.array(nonEmpty),
  historical: z.literal(true).optional(),
});
const Organization = z.strictObject({ name: nonEmpty, aliases: z.array(nonEmpty) });

function load(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
}

const places = Places.parse(load('places.json'));
const countyTable = CountyTable.parse(load('counties.json'));
const bodies = z.array(Body).parse(load('national-bodies.json'));
const organizations = z.array(Organization).parse(load('national-organizations.json'));

interface Named {
  name: string;
  forms: string[];
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/** Forms (full names included) that resolve to more than one entry, as "form → a | b". */
function collisions(entries: Named[]): string[] {
  const owners = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const form of [e.name, ...e.forms]) {
      const set = owners.get(form) ?? new Set<string>();
      set.add(e.name);
      owners.set(form, set);
    }
  }
  return [...owners].filter(([, s]) => s.size > 1).map(([form, s]) => `${form} → ${[...s].join(' | ')}`);
}

const placeEntries: Named[] = [
  ...places.provinces.map((p) => ({ name: p.name, forms: p.short })),
  ...places.cities.map((c) => ({ name: c.name, forms: c.short })),
  ...places.counties.map((c) => ({ name: c.name, forms: c.short })),
];
const bodyEntries: Named[] = bodies.map((b) => ({ name: b.name, forms: b.aliases }));
const orgEntries: Named[] = organizations.map((o) => ({ name: o.name, forms: o.aliases }));

function resolve(entries: Named[], form: string): string | undefined {
  return entries.find((e) => e.name === form || e.forms.includes(form))?.name;
}

describe('data/places.json', () => {
  it('has no duplicate names', () => {
    expect(duplicates(placeEntries.map((e) => e.name))).toEqual([]);
  });

  it('gives every short form to one place only', () => {
    expect(collisions(placeEntries)).toEqual([]);
  });

  it('has no short form equal to its own full name or under two characters', () => {
    const bad = placeEntries.flatMap((e) => e.forms.filter((f) => f === e.name || f.length < 2));
    expect(bad).toEqual([]);
  });

  it('covers all 34 provincial-level divisions, 4 of them municipalities', () => {
    expect(places.provinces).toHaveLength(34);
    // Every mainland province has a document-number character, each its own.
    const abbrs = places.provinces.flatMap((p) => (p.abbr ? [p.abbr] : []));
    expect(abbrs).toHaveLength(31);
    expect(new Set(abbrs).size).toBe(31);
    expect(places.provinces.filter((p) => p.municipality).map((p) => p.name).sort()).toEqual(
      ['上海市', '北京市', '天津市', '重庆市'].sort(),
    );
  });

  it('gives a city its own document-number character only where that is not its name’s first, each its own', () => {
    const abbrs = places.cities.flatMap((c) => (c.abbr ? [[c.name, c.abbr]] : []));
    expect(abbrs.filter(([name, abbr]) => name!.startsWith(abbr!))).toEqual([]);
    expect(new Set(abbrs.map(([, abbr]) => abbr)).size).toBe(abbrs.length);
  });

  it('covers the prefecture-level divisions and links each to a province that is not a municipality', () => {
    expect(places.cities.length).toBeGreaterThanOrEqual(330);
    const provinces = new Set(places.provinces.filter((p) => !p.municipality).map((p) => p.name));
    expect(places.cities.filter((c) => !provinces.has(c.province)).map((c) => c.name)).toEqual([]);
    expect(places.cities.filter((c) => c.name.endsWith('自治州'))).toHaveLength(30);
  });

  it('links every county to an existing province or city', () => {
    const parents = new Set([...places.provinces, ...places.cities].map((p) => p.name));
    expect(places.counties.filter((c) => !parents.has(c.parent)).map((c) => c.name)).toEqual([]);
  });

  it('lists the 38 districts and counties of Chongqing (26 区, 12 县)', () => {
    const cq = places.counties.filter((c) => c.parent === '重庆市').map((c) => c.name);
    expect(cq).toHaveLength(38);
    expect(cq.filter((n) => n.endsWith('区'))).toHaveLength(26);
    expect(cq.filter((n) => n.endsWith('自治县'))).toHaveLength(4);
    expect(cq).not.toContain('两江新区');
  });

  it('resolves known places', () => {
    const city = places.cities.find((c) => c.name === resolve(placeEntries, '宜宾'));
    expect(city).toEqual({ name: '宜宾市', province: '四川省', short: ['宜宾'] });
    expect(places.counties.find((c) => c.name === '綦江区')?.parent).toBe('重庆市');
    expect(resolve(placeEntries, '恩施州')).toBe('恩施土家族苗族自治州');
    expect(resolve(placeEntries, '秀山')).toBe('秀山土家族苗族自治县');
    expect(resolve(placeEntries, '广西')).toBe('广西壮族自治区');
    // 吉林 is the province; the city is reachable only by its full name.
    expect(resolve(placeEntries, '吉林')).toBe('吉林省');
    expect(places.counties.find((c) => c.name === '忠县')?.short).toEqual([]);
  });
  it('lists as placing no letter only provinces it knows', () => {
    const provinces = new Set(places.provinces.map((p) => p.name));
    expect(places.placesNoLetter.list.filter((name) => !provinces.has(name))).toEqual([]);
  });
});

describe('data/counties.json', () => {
  it('lists as word-like only counties it knows, and as written like a word only counties and cities it knows', () => {
    const counties = new Set(countyTable.counties.map((c) => c.name));
    const cities = new Set(places.cities.map((c) => c.name));
    expect(places.wordLike.list.filter((name) => !counties.has(name))).toEqual([]);
    expect(places.shortFormWords.list.filter((name) => !counties.has(name) && !cities.has(name))).toEqual([]);
  });
  it('lists each county-level division once, under a city or province of places.json', () => {
    const names = countyTable.counties.map((c) => c.name);
    expect(names.length).toBeGreaterThan(2800);
    expect(duplicates(names)).toEqual([]);
    const parents = new Set([...places.provinces, ...places.cities].map((p) => p.name));
    expect(countyTable.counties.filter((c) => !parents.has(c.parent)).map((c) => c.name)).toEqual([]);
  });
  it('places known counties and districts', () => {
    const parentOf = (name: string) => countyTable.counties.find((c) => c.name === name)?.parent;
    expect(parentOf('金水区')).toBe('郑州市');
    expect(parentOf('维西傈僳族自治县')).toBe('迪庆藏族自治州');
    expect(parentOf('仙桃市')).toBe('湖北省');
    // Written alike in two places: listed apart, with every parent, as it names no place without context.
    expect(parentOf('朝阳区')).toBeUndefined();
    expect(countyTable.shared.find((c) => c.name === '朝阳区')?.parents).toEqual(['北京市', '长春市']);
  });
  it('lists a shared name once, under cities or provinces of places.json, and never among the counties', () => {
    const names = countyTable.shared.map((c) => c.name);
    expect(duplicates(names)).toEqual([]);
    const single = new Set(countyTable.counties.map((c) => c.name));
    expect(names.filter((n) => single.has(n))).toEqual([]);
    const parents = new Set([...places.provinces, ...places.cities].map((p) => p.name));
    expect(countyTable.shared.flatMap((c) => c.parents.filter((p) => !parents.has(p)))).toEqual([]);
  });
});

describe('data/national-bodies.json and data/national-organizations.json', () => {
  it('have no duplicate names and no alias shared by two entries, across both files', () => {
    const all = [...bodyEntries, ...orgEntries];
    expect(duplicates(all.map((e) => e.name))).toEqual([]);
    expect(collisions(all)).toEqual([]);
  });

  it('never use a bare form that local governments share', () => {
    // These also name provincial/municipal bodies, so they must not resolve to a national one.
    const local = ['发展改革委', '发改委', '国资委', '卫生健康委', '卫健委', '统计局', '医保局', '税务局'];
    expect(local.filter((f) => resolve(bodyEntries, f) !== undefined)).toEqual([]);
  });

  it('resolves known bodies', () => {
    expect(resolve(bodyEntries, '科技部')).toBe('中华人民共和国科学技术部');
    expect(resolve(bodyEntries, '中央编办')).toBe('中央机构编制委员会办公室');
    expect(resolve(bodyEntries, '国家发改委')).toBe('国家发展和改革委员会');
    expect(resolve(bodyEntries, '金融监管总局')).toBe('国家金融监督管理总局');
    expect(resolve(bodyEntries, '全国人大常委会')).toBe('全国人民代表大会常务委员会');
    expect(resolve(orgEntries, '中科院')).toBe('中国科学院');
    expect(resolve(bodyEntries, '中科院')).toBeUndefined();
  });

  it('keeps replaced bodies as separate entries marked historical', () => {
    const historical = (form: string) => bodies.find((b) => b.name === resolve(bodyEntries, form))?.historical;
    expect(resolve(bodyEntries, '银保监会')).toBe('中国银行保险监督管理委员会');
    expect(historical('银保监会')).toBe(true);
    expect(historical('农业部')).toBe(true);
    expect(historical('农业农村部')).toBeUndefined();
  });
});
