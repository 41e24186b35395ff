import { readdirSync, readFileSync } from 'node:fs';
const root = process.argv[2]!;
const { extractLetter } = await import(root + '/src/extract/index.ts');
const dir = '/work/shared/corpus/real';
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1048576;
for (let round = 0; round < 4; round++) {
  const c = process.cpuUsage();
  for (const t of texts) { try { extractLetter({ source: 'x', text: t, encoding: 'utf-8' }); } catch {} }
  const s = (process.cpuUsage(c).user + process.cpuUsage(c).system) / 1e6;
  console.log(root, 'round', round, (mb / s).toFixed(2), 'MB/s per CPU-s');
}
