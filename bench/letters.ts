// The synthetic corpus of bench:load and bench:store: full-length letters (chars characters, 12
// evidence sentences each naming 2–3 entities of a shared pool, figures for funds), seeded per letter.
import { listSentences, type DraftEntity, type DraftMention, type DraftRelation } from '../src/extract/sentences.js';
import { seededRandom } from '../src/graph/random.js';
import type { EntityType, Evidence, LetterRecord } from '../src/schema.js';

// Each letter draws from its own seeded stream, so any letter can be made again alone: the corpus
// is generated as it is loaded, never held in memory (100,000 records do not fit in Node's heap).
let rand = seededRandom(0);
const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;

const POOL_SIZES: Record<EntityType, number> = { Agency: 300, Policy: 2500, Fund: 300, Platform: 1500, Organization: 700, Person: 400 };
const SUFFIX: Record<EntityType, string> = { Agency: '局', Policy: '实施办法', Fund: '基金', Platform: '平台', Organization: '研究院', Person: '' };
const HAN = '科技创新人才产业发展金融服务成果转化孵化平台建设数字经济绿色低碳智能制造生物医药';
function name(type: EntityType, i: number): string {
  let s = '';
  for (let n = i + 7; n > 0; n = Math.floor(n / HAN.length)) s += HAN[n % HAN.length];
  return `${type === 'Person' ? '张' : '重庆市'}${s}${SUFFIX[type]}${i}`;
}
export const POOL = Object.fromEntries(
  (Object.keys(POOL_SIZES) as EntityType[]).map((t) => [t, Array.from({ length: POOL_SIZES[t] }, (_, i) => name(t, i))]),
) as Record<EntityType, string[]>;

/** One letter: 12 sentences, each naming two or three entities; figures for funds; two ISSUED statements. */
export function syntheticLetter(n: number, chars: number): LetterRecord {
  rand = seededRandom(20_241_121 + n);
  const id = `bench/${String(n).padStart(6, '0')}`;
  const mentions = new Map<string, { type: EntityType; name: string; mentions: DraftMention[] }>();
  const relations: DraftRelation[] = [];
  let text = `重庆市科学技术局关于第${n}号建议的答复函\n`;
  for (let s = 0; s < 12; s++) {
    const types: EntityType[] = [pick(['Agency', 'Agency', 'Person']), pick(['Policy', 'Fund', 'Platform']), pick(['Organization', 'Policy', 'Platform'])];
    const start = text.length;
    const parts: { type: EntityType; name: string; at: number }[] = [];
    for (const type of types.slice(0, 2 + Math.floor(rand() * 2))) {
      const entity = pick(POOL[type]);
      text += '推动';
      parts.push({ type, name: entity, at: text.length });
      text += entity + (type === 'Fund' ? '规模3亿元,' : ',');
    }
    text = text.slice(0, -1) + '。';
    // The rest of a full-length letter's sentence: words that name nothing.
    text += HAN.repeat(Math.ceil(chars / 12 / HAN.length)).slice(0, Math.max(0, chars / 12 - (text.length - start))) + '。\n';
    const sentence: Evidence = { start, end: text.length, text: text.slice(start) };
    for (const p of parts) {
      const key = `${p.type}|${p.name}`;
      if (!mentions.has(key)) mentions.set(key, { type: p.type, name: p.name, mentions: [] });
      const amounts = p.type === 'Fund' ? [{ text: '3亿元', value: 300_000_000, unit: 'yuan' as const, label: '规模' }] : [];
      mentions.get(key)?.mentions.push({ start: p.at, end: p.at + p.name.length, text: p.name, sentence, amounts });
    }
    const agency = parts.find((p) => p.type === 'Agency');
    const policy = parts.find((p) => p.type === 'Policy');
    if (agency && policy && relations.length < 2) {
      relations.push({ type: 'ISSUED', from: { label: 'Agency', key: agency.name }, to: { label: 'Policy', key: policy.name }, evidence: sentence });
    }
  }
  const entities: DraftEntity[] = [...mentions.values()].map((e) => ({ type: e.type, name: e.name, aliases: [], mentions: e.mentions }));
  return {
    source: `/bench/${id}.txt`,
    id,
    text,
    encoding: 'utf-8',
    ingest: { format: 'txt', pages: null, ocr: null },
    letter: {
      indexNumber: id,
      docNumber: null,
      title: text.split('\n')[0] ?? null,
      genre: '人大建议办理',
      topics: ['科技'],
      publisher: '市科技局',
      writtenDate: `20${18 + (n % 7)}-05-01`,
      publishedDate: `20${18 + (n % 7)}-05-20`,
      signedDate: null,
    },
    proposal: { kind: '建议', number: String(n), title: `关于第${n}项工作的建议`, session: '市六届人大二次会议' },
    otherProposals: [],
    proposer: { name: pick(POOL.Person), role: '代表' },
    replyingAgency: pick(POOL.Agency),
    coHandlers: [pick(POOL.Agency), pick(POOL.Agency), pick(POOL.Agency)],
    signer: { name: pick(POOL.Person), title: '局长' },
    contact: null,
    ...listSentences(entities, relations),
  };
}
