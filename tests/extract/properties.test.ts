// Property tests: on random and mutated letters the pipeline's parse + extract either returns a
// record that passes the schema, with every span inside the text and equal to what it claims to
// cover, or refuses the text as "not a reply letter" — it never fails in any other way.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/extracted.js';
import { ParseError } from '../../src/parse/letter.js';
import { LetterRecord, sentenceAt } from '../../src/schema.js';

const samples = readdirSync('examples/letters').map((f) => readFileSync(`examples/letters/${f}`, 'utf8'));
const fixtures = readdirSync('tests/fixtures/letters').map((f) => readFileSync(`tests/fixtures/letters/${f}`, 'utf8'));
const letters = [...samples, ...fixtures];

// Full-width ↔ half-width: the swaps portals make (colons, commas, brackets, digits, spaces).
const WIDTH_PAIRS: [string, string][] = [['：', ':'], ['，', ','], ['（', '('], ['）', ')'], ['；', ';'], ['　', ' '], ['１', '1'], ['０', '0']];
const NOISE = ['。', '，', '、', '：', '《', '》', '“', '”', '(', ')', '\u0000', '\u0007', '\u200b', '\ufeff', '\t', '\r', '\n', '|', '[', ']'];

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'repeat'; at: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'inject'; at: number; what: string }
  | { kind: 'width'; pair: number; toHalf: boolean }
  | { kind: 'cut'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('inject' as const), at: fc.nat(), what: fc.constantFrom(...NOISE) }),
  fc.record({ kind: fc.constant('width' as const), pair: fc.nat({ max: WIDTH_PAIRS.length - 1 }), toHalf: fc.boolean() }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
);

function mutate(text: string, mutations: Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    const n = lines.length || 1;
    switch (m.kind) {
      case 'delete': lines.splice(m.at % n, 1); break;
      case 'repeat': lines.splice(m.at % n, 0, lines[m.at % n] ?? ''); break;
      case 'swap': { const a = m.a % n; const b = m.b % n; [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? '']; break; }
      case 'inject': { const joined = lines.join('\n'); const at = m.at % (joined.length + 1); lines = (joined.slice(0, at) + m.what + joined.slice(at)).split('\n'); break; }
      case 'width': { const [full, half] = WIDTH_PAIRS[m.pair]!; lines = lines.map((l) => (m.toHalf ? l.split(full).join(half) : l.split(half).join(full))); break; }
      case 'cut': { const joined = lines.join('\n'); lines = joined.slice(0, m.at % (joined.length + 1)).split('\n'); break; }
    }
  }
  return lines.join('\n');
}

function checkRecord(text: string): void {
  let record;
  try {
    record = extracted(text, 'mutated.txt');
  } catch (err) {
    expect(err).toBeInstanceOf(ParseError);
    return;
  }
  expect(() => LetterRecord.parse(record)).not.toThrow();
  const covers = (s: { start: number; end: number; text: string }) => {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  };
  for (const e of record.entities) {
    for (const m of e.mentions) {
      covers(m);
      covers(sentenceAt(record, m.sentence));
    }
  }
  for (const r of record.relations) covers(sentenceAt(record, r.evidence));
  for (const s of record.sentences) covers(s);
}

describe('parse + extract on mutated letters', () => {
  it('never fails other than "not a reply letter"; spans always cover their text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...letters), fc.array(mutation, { minLength: 1, maxLength: 8 }), (letter, mutations) => {
        checkRecord(mutate(letter, mutations));
      }),
      { numRuns: 300 },
    );
  });

  it('holds on arbitrary text, Chinese or not', () => {
    const hanChar = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
    const genreWord = fc.constantFrom('委员:', '代表:', '关于', '提案', '建议', '收悉', '《', '》', '此复函已经', '局长审签', '经与', '共同研究办理', '基金', '中心', '\n', '2023516', '市科技局');
    const text = fc.array(fc.oneof(hanChar, genreWord, fc.string()), { maxLength: 300 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, checkRecord), { numRuns: 300 });
  });

  it('refuses a Chinese text that is not a reply letter', () => {
    const news = '新华社北京电 今年以来，各地持续推进科技创新，一批重大项目落地见效。\n记者从有关部门获悉，相关工作正有序推进。';
    expect(() => extracted(news, 'news.txt')).toThrow(ParseError);
  });
});
