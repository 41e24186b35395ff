// A synthetic corpus for benchmarks: letters rebuilt from the sample letters with their body
// paragraphs shuffled between letters and numbers, dates and names varied. Seeded, so runs
// compare; written one file at a time, so the corpus never sits in memory.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom as rng } from '../src/graph/random.js';

interface Skeleton {
  head: string[];
  tail: string[];
}

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕'];
const GIVEN = [...'明华建国强军平伟芳娜敏静丽涛斌超勇艳杰娟霞刚磊洋宇晨欣然思雨婷博文浩天'];

/** Splits a sample into header+opening, body paragraphs, and closing (from 此(答)复函 on). */
function split(text: string): { skeleton: Skeleton; body: string[] } {
  const lines = text.split('\n');
  const open = lines.findIndex((l) => l.includes('收悉'));
  const close = lines.findIndex((l, i) => i > open && /^\s*此(答)?复函/.test(l));
  if (open < 0 || close < 0) throw new Error('sample letter without opening or closing line');
  return {
    skeleton: { head: lines.slice(0, open + 1), tail: lines.slice(close) },
    body: lines.slice(open + 1, close).filter((l) => l.trim() !== ''),
  };
}

export interface CorpusStats {
  files: number;
  bytes: number;
}

/** Writes `count` letters (NNNNNN.txt) into `dir`, built from the .txt samples in `samplesDir`. */
export function synthesizeCorpus(samplesDir: string, dir: string, count: number, seed = 20240101): CorpusStats {
  const samples = readdirSync(samplesDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => split(readFileSync(join(samplesDir, n), 'utf8')));
  const pool = samples.flatMap((s) => s.body);
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const name = () => pick(SURNAMES) + pick(GIVEN) + (rand() < 0.6 ? pick(GIVEN) : '');

  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { skeleton } = pick(samples);
    const year = int(2019, 2025);
    const month = int(1, 12);
    const date = `${year}-${pad(month, 2)}-${pad(int(1, 28), 2)}`;
    const proposer = name();
    const signer = name();
    const number = pad(int(1, 1500), 4);
    const head = skeleton.head.map((l) =>
      l
        .replace(/\/\d{4}-\d{5}/g, `/${year}-${pad(i % 100000, 5)}`)
        .replace(/\d{4}-\d{2}-\d{2}/g, date)
        .replace(/第\d+号/g, `第${number}号`)
        .replace(/^(\S{2,3})(委员|代表):$/, `${proposer}$2:`),
    );
    // A shuffled selection of body paragraphs from any sample, with their figures varied.
    const paragraphs = Array.from({ length: int(6, 14) }, () =>
      pick(pool).replace(/\d+(\.\d+)?(?=[个项家名亿万元%人])/g, () => String(int(1, 999))),
    );
    const tail = skeleton.tail.map((l) =>
      l
        .replace(/已经(\S{2,3})(局长|主任)审签/, `已经${signer}$2审签`)
        .replace(/\d{4}年\d{1,2}月\d{1,2}日/, `${year}年${month}月${int(1, 28)}日`),
    );
    const text = [...head, '', ...paragraphs.flatMap((p) => [p, '']), ...tail].join('\n');
    writeFileSync(join(dir, `${pad(i, 6)}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: count, bytes };
}
