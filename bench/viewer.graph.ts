// The synthetic graph for npm run bench:viewer: 20,000 nodes and 100,000 edges with the
// attributes `lettergraph build` writes (a mention's evidence with its list of fund figures, mostly
// empty), positions in seeded clusters (no layout run needed).
import { MultiDirectedGraph } from 'graphology';
import { edgeKey, nodeKey } from '../src/graph/build.js';
import { loadPalette } from '../src/graph/palette.js';
import type { EdgeAttributes, EdgeType, GraphAttributes, NodeAttributes, NodeType } from '../src/graph/types.js';
import { seededRandom } from '../src/graph/random.js';

export const NODES = 20_000;
export const EDGES = 100_000;
const CLUSTERS = 200;

const MIX: [NodeType, number, string][] = [
  ['Letter', 2000, '第号提案答复'],
  ['Proposal', 1000, '市政协会议提案'],
  ['Agency', 1500, '重庆市科学技术局'],
  ['Policy', 5000, '科技企业孵化器认定和管理办法'],
  ['Fund', 1000, '科技成果转化股权投资基金'],
  ['Platform', 5000, '技术要素公共平台'],
  ['Organization', 3000, '高新技术产业研究院'],
  ['Person', 1500, '张委员'],
];

/** A seeded graph: letters in clusters mentioning mostly their cluster's entities, plus agency–policy links. */
export function syntheticGraph() {
  const rand = seededRandom(7);
  const palette = loadPalette();
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const centres = Array.from({ length: CLUSTERS }, () => ({ x: rand() * 10_000, y: rand() * 10_000 }));
  const byType = new Map<NodeType, string[]>();
  const cluster = new Map<string, number>();
  const sentence = '市科技局设立科技成果转化股权投资基金,已投资项目7个、金额2.9亿元。';
  for (const [type, count, stem] of MIX) {
    const keys: string[] = [];
    for (let i = 0; i < count; i++) {
      const label = `${stem}${String(i).padStart(4, '0')}`;
      const key = nodeKey(type, label);
      const c = Math.floor(rand() * CLUSTERS);
      const centre = centres[c]!;
      const r = 300 * Math.sqrt(rand());
      const angle = rand() * 2 * Math.PI;
      graph.addNode(key, {
        type,
        label,
        aliases: type === 'Agency' ? [`市局${String(i).padStart(4, '0')}`] : [],
        x: centre.x + r * Math.cos(angle),
        y: centre.y + r * Math.sin(angle),
        size: 1,
        color: palette.nodes[type],
        letter:
          type === 'Letter'
            ? {
                id: label, sources: [`letters/${label}.txt`], date: `20${20 + (i % 6)}-0${1 + (i % 9)}-1${i % 10}`, kind: i % 3 ? '提案' : '建议',
                meta: { indexNumber: label, docNumber: null, title: `${label}的函`, genre: '政协提案办理', topics: ['科技'], publisher: '市科技局', writtenDate: null, publishedDate: null, signedDate: null },
                proposal: null, proposer: null, replyingAgency: null, province: null, coHandlers: [], signer: null, ingest: { format: 'txt', pages: null, ocr: null }, text: sentence.repeat(20), mentions: [],
              }
            : undefined,
      });
      cluster.set(key, c);
      keys.push(key);
    }
    byType.set(type, keys);
  }
  const inCluster = new Map<number, string[]>();
  for (const [key, c] of cluster) if (!key.startsWith('Letter:')) inCluster.set(c, [...(inCluster.get(c) ?? []), key]);
  const add = (type: EdgeType, source: string, target: string, letterId: string): boolean => {
    const key = edgeKey(type, source, target);
    if (graph.hasEdge(key)) return false;
    graph.addDirectedEdgeWithKey(key, source, target, { type, weight: 1, size: 1, color: palette.edges[type], evidence: [{ start: 0, end: sentence.length, text: sentence, letterId, mention: { start: 5, end: 17 }, ...(type === 'MENTIONS' && { amounts: [] }) }] });
    return true;
  };
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
  const letters = byType.get('Letter')!;
  const agencies = byType.get('Agency')!;
  const policies = byType.get('Policy')!;
  const proposals = byType.get('Proposal')!;
  for (const [i, letter] of letters.entries()) add('REPLIES_TO', letter, proposals[i % proposals.length]!, letter.slice(7));
  while (graph.size < 91_000) {
    const letter = pick(letters);
    const local = inCluster.get(cluster.get(letter)!) ?? [];
    add('MENTIONS', letter, rand() < 0.85 && local.length ? pick(local) : pick([...agencies, ...policies]), letter.slice(7));
  }
  while (graph.size < EDGES) add(rand() < 0.5 ? 'ISSUED' : 'CO_MENTIONED', pick(agencies), pick(policies), pick(letters).slice(7));
  graph.forEachNode((n) => graph.setNodeAttribute(n, 'size', 3 + 2 * Math.sqrt(graph.degree(n))));
  graph.replaceAttributes({ typeColors: palette.nodes, edgeColors: palette.edges, dateRange: ['2020-01-10', '2025-09-19'] });
  if (graph.order !== NODES) throw new Error(`expected ${NODES} nodes, made ${graph.order}`);
  return graph;
}

