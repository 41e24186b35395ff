// Reads the letter graph back from Neo4j (the model `lettergraph load` writes, see
// cypher/schema.cypher and src/neo4j/statements.ts) as LetterRecords, so the viewer gets
// exactly the graph `lettergraph build` would make from the same letters. Read sessions only.
import type { Driver } from 'neo4j-driver';
import { viewerFiles, type ViewerFiles } from '../export/viewerFiles.js';
import { buildLetterGraph } from '../graph/build.js';
import { layoutGraph } from '../graph/layout.js';
import { loadPalette } from '../graph/palette.js';
import { neo4jSettingsFromEnv } from '../neo4j/config.js';
import { connect } from '../neo4j/connect.js';
import { DEFAULT_QUERY_TIMEOUT_S, readWithTimeout } from '../neo4j/query.js';
import { listSentences, type DraftEntity, type DraftRelation } from '../extract/sentences.js';
import { ENTITY_TYPES, IngestInfo, type Amount, type EntityType, type Evidence, type LetterRecord, type Proposal } from '../schema.js';
import type { GraphSource } from './server.js';

type Row = Record<string, unknown>;

const LETTERS = `
MATCH (l:Letter)
RETURN l.id AS id, properties(l) AS p, COLLECT { MATCH (s:Source)-[:OF]->(l) RETURN s.path ORDER BY s.path } AS sources
ORDER BY l.id`;

const PROPOSALS = `
MATCH (l:Letter)-[:REPLIES_TO]->(p:Proposal)
RETURN l.id AS letterId, p.kind AS kind, p.number AS number, p.session AS session, p.scope AS scope, p.title AS title
ORDER BY letterId, p.key`;

const CO_HANDLERS = `
MATCH (l:Letter)-[:CO_HANDLED]->(a:Agency)
RETURN l.id AS letterId, a.name AS agency
ORDER BY letterId, agency`;

const MENTIONS = `
MATCH (l:Letter)-[m:MENTIONS]->(e)
WITH l, m, e, [x IN labels(e) WHERE x IN $entityTypes][0] AS type
WHERE type IS NOT NULL
RETURN l.id AS letterId, type, e.name AS name, e.docNumber AS docNumber, properties(m) AS m
ORDER BY letterId, type, name`;

const STATED = `
MATCH (a)-[r:ISSUED|MANAGES]->(b)
RETURN r.letterId AS letterId, type(r) AS type,
       [x IN labels(a) WHERE x IN $entityTypes][0] AS fromType, a.name AS from,
       [x IN labels(b) WHERE x IN $entityTypes][0] AS toType, b.name AS to,
       r.evidence AS evidence, r.spans AS spans
ORDER BY letterId, type, from, to`;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
/** A stored Cypher Date as YYYY-MM-DD (the driver's Date prints itself so). */
const dateText = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const nums = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : []);

/** The Letter's flattened ingest properties; letters loaded before they existed were read as text. */
function ingestOf(p: Row): IngestInfo {
  const parsed = IngestInfo.safeParse({
    format: p.ingestFormat,
    pages: p.ingestPages == null ? null : Number(p.ingestPages),
    ocr: p.ocrEngine ? { engine: p.ocrEngine, meanConfidence: Number(p.ocrMeanConfidence) } : null,
  });
  return parsed.success ? parsed.data : { format: 'txt', pages: null, ocr: null };
}

function pairs(flat: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
}

function evidenceAt(text: string, [start, end]: [number, number]): Evidence {
  return { start, end, text: text.slice(start, end) };
}

/** One MENTIONS relationship back into an Entity's mentions: each span in the sentence that holds it, amounts on the mention whose sentence states them. */
function entityFromMention(text: string, type: EntityType, name: string, docNumber: string | null, m: Row): DraftEntity {
  const sentences = pairs(nums(m.sentenceSpans)).map((s) => evidenceAt(text, s));
  const mentions = pairs(nums(m.spans)).map(([start, end]) => ({
    start,
    end,
    text: text.slice(start, end),
    sentence: sentences.find((s) => s.start <= start && end <= s.end) ?? evidenceAt(text, [start, end]),
    amounts: [] as Amount[],
  }));
  const texts = strs(m.amountTexts);
  const values = nums(m.amountValues);
  const units = strs(m.amountUnits);
  const labels = strs(m.amountLabels);
  texts.forEach((t, i) => {
    const holder = mentions.find((x) => x.sentence.text.includes(t)) ?? mentions[0];
    holder?.amounts.push({ text: t, value: values[i] ?? 0, unit: units[i] === 'count' ? 'count' : 'yuan', label: labels[i] || null });
  });
  return { type, name, aliases: strs(m.aliases), mentions, docNumber };
}

async function readAll(driver: Driver, cypher: string, timeoutS: number): Promise<Row[]> {
  return readWithTimeout(driver, 'reading the graph', timeoutS, async (tx) => {
    const result = await tx.run(cypher, { entityTypes: [...ENTITY_TYPES] });
    return result.records.map((r) => r.toObject() as Row);
  });
}

function groupBy(rows: Row[]): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const row of rows) {
    const id = String(row.letterId);
    out.set(id, [...(out.get(id) ?? []), row]);
  }
  return out;
}

export async function readLetterRecords(driver: Driver, timeoutS = DEFAULT_QUERY_TIMEOUT_S): Promise<LetterRecord[]> {
  const [letters, proposals, coHandlers, mentions, stated] = [
    await readAll(driver, LETTERS, timeoutS),
    groupBy(await readAll(driver, PROPOSALS, timeoutS)),
    groupBy(await readAll(driver, CO_HANDLERS, timeoutS)),
    groupBy(await readAll(driver, MENTIONS, timeoutS)),
    groupBy(await readAll(driver, STATED, timeoutS)),
  ];
  return letters.flatMap(({ id: rawId, p: rawProps, sources: rawSources }) => {
    const sources = strs(rawSources);
    const id = String(rawId);
    const p = rawProps as Row;
    const text = str(p.text) ?? '';
    const props = (proposals.get(id) ?? []).map(
      (r): Proposal => ({ kind: r.kind === '提案' || r.kind === '建议' ? r.kind : null, number: str(r.number), title: str(r.title), session: str(r.session), scope: str(r.scope) }),
    );
    // The Letter keeps the main proposal's kind: that proposal comes first.
    props.sort((a, b) => Number(b.kind === p.proposalKind) - Number(a.kind === p.proposalKind));
    const relations: DraftRelation[] = (stated.get(id) ?? []).flatMap((r) => {
      const spans = pairs(nums(r.spans));
      const fromType = str(r.fromType) as EntityType | null;
      const toType = str(r.toType) as EntityType | null;
      if (!fromType || !toType) return [];
      return spans.map((s) => ({
        type: r.type === 'ISSUED' ? ('ISSUED' as const) : ('MANAGES' as const),
        from: { label: fromType, key: String(r.from) },
        to: { label: toType, key: String(r.to) },
        evidence: evidenceAt(text, s),
      }));
    });
    const record: LetterRecord = {
      source: sources[0] ?? id,
      id,
      text,
      encoding: str(p.encoding) ?? 'utf-8',
      ingest: ingestOf(p),
      letter: {
        indexNumber: str(p.indexNumber),
        docNumber: str(p.docNumber),
        title: str(p.title),
        genre: str(p.genre),
        topics: strs(p.topics),
        publisher: str(p.publisher),
        writtenDate: dateText(p.writtenDate),
        publishedDate: dateText(p.publishedDate),
        signedDate: dateText(p.signedDate),
        resultClass: str(p.resultClass),
      },
      proposal: props[0] ?? null,
      otherProposals: props.slice(1),
      proposer: p.proposer || p.proposerRole ? { name: str(p.proposer), role: str(p.proposerRole) } : null,
      replyingAgency: str(p.replyingAgency),
      coHandlers: (coHandlers.get(id) ?? []).map((r) => String(r.agency)),
      signer: p.signer || p.signerTitle ? { name: str(p.signer), title: str(p.signerTitle) } : null,
      contact: p.contactName || p.contactPhone ? { name: str(p.contactName), phone: str(p.contactPhone) } : null,
      ...listSentences(
        (mentions.get(id) ?? []).map((r) => entityFromMention(text, r.type as EntityType, String(r.name), str(r.docNumber), r.m as Row)),
        relations,
      ),
    };
    // One record per source: building the graph folds them into one Letter that keeps every path.
    return [record, ...sources.slice(1).map((source) => ({ ...record, source }))];
  });
}

/** The viewer's graph.json and details.json, built from what Neo4j holds now. */
export async function viewerFilesFromNeo4j(driver: Driver, timeoutS = DEFAULT_QUERY_TIMEOUT_S): Promise<ViewerFiles> {
  const records = await readLetterRecords(driver, timeoutS);
  const graph = buildLetterGraph(records, loadPalette());
  layoutGraph(graph);
  return viewerFiles(graph);
}

/** A graph source for `serve --neo4j`: connects once (failing fast with a clear message) and reads on each request, each read under `timeoutS`. */
export async function neo4jGraphSource(timeoutS = DEFAULT_QUERY_TIMEOUT_S): Promise<GraphSource> {
  const settings = neo4jSettingsFromEnv();
  const driver = await connect(settings);
  return { kind: 'loader', describe: `Neo4j at ${settings.uri}`, load: () => viewerFilesFromNeo4j(driver, timeoutS), close: () => driver.close() };
}
