// The loader's Cypher. Input reaches Neo4j only as parameters; the only
// names put into the text are labels and relationship types, and those come
// from the fixed lists below, checked again at the point of use.
import { ENTITY_TYPES, type EntityType } from '../schema.js';

/** Relationship types a letter owns through a `letterId` property (they do not touch the Letter node). */
export const LETTER_ID_TYPES = ['ISSUED', 'MANAGES', 'CO_MENTIONED', 'PROPOSED'] as const;
export type LetterIdType = (typeof LETTER_ID_TYPES)[number];

function label(name: EntityType): EntityType {
  if (!ENTITY_TYPES.includes(name)) throw new Error(`not an entity label: ${String(name)}`);
  return name;
}

function letterIdType(name: LetterIdType): LetterIdType {
  if (!LETTER_ID_TYPES.includes(name)) throw new Error(`not a letter-owned relationship type: ${String(name)}`);
  return name;
}

const ENTITY_PREDICATE = ENTITY_TYPES.map((l) => `n:${l}`).join(' OR ');

/**
 * What the database already holds of the batch: the letter ids it knows (only
 * those have edges to replace) and the source paths their letter does not list
 * yet. Only those paths can still be listed on another Letter (each path
 * belongs to one Letter), so only they need the scan below; a plain reload has none.
 */
export const BATCH_STATE = `
UNWIND $rows AS row
OPTIONAL MATCH (l:Letter {id: row.id})
WITH row, l, [s IN row.sources WHERE l IS NULL OR NOT s IN l.sources] AS fresh
RETURN collect(CASE WHEN l IS NOT NULL THEN row.id END) AS existing,
       reduce(acc = [], xs IN collect(fresh) | acc + xs) AS sources`;

/**
 * Detaches paths from other Letters (a file whose content, and so hash id,
 * changed) and deletes Letters left with no source. Returns the ids of
 * deleted letters, whose owned edges must go too, and the entities whose
 * aliases came partly from them.
 */
export const DETACH_MOVED_SOURCES = `
MATCH (other:Letter)
WHERE NOT other.id IN $ids AND any(s IN other.sources WHERE s IN $sources)
SET other.sources = [s IN other.sources WHERE NOT s IN $sources]
WITH other WHERE size(other.sources) = 0
WITH other, other.id AS goneId
CALL (other) { MATCH (other)-[m:MENTIONS]->(n) WHERE size(m.aliases) > 0 RETURN collect(elementId(n)) AS touched }
DETACH DELETE other
RETURN collect(goneId) AS gone, reduce(acc = [], t IN collect(touched) | acc + t) AS touched`;

/**
 * Deletes every relationship touching the letters (MENTIONS and the
 * structural ones); returns the entities that had aliases from them.
 */
export const DELETE_LETTER_EDGES = `
UNWIND $ids AS id
MATCH (:Letter {id: id})-[r]-(n)
WITH r, CASE WHEN r:MENTIONS AND size(r.aliases) > 0 THEN elementId(n) END AS touched
DELETE r
RETURN collect(DISTINCT touched) AS touched`;

/** Deletes the letters' relationships of one letter-owned type. */
export function deleteOwnedEdges(type: LetterIdType): string {
  return `
UNWIND $ids AS id
MATCH ()-[r:${letterIdType(type)} {letterId: id}]->()
DELETE r`;
}

/**
 * SET with `null` removes the property, so a field the new extraction lacks
 * disappears. `$moved` are the batch's new paths: a letter of the batch that
 * listed one of them (two files that swapped contents) lets it go.
 */
export const MERGE_LETTERS = `
UNWIND $rows AS row
MERGE (l:Letter {id: row.id})
SET l += row.props,
    l.sources = [s IN coalesce(l.sources, []) WHERE NOT s IN $moved AND NOT s IN row.sources] + row.sources`;

export const MERGE_PROPOSALS = `
UNWIND $rows AS row
MATCH (l:Letter {id: row.letterId})
MERGE (p:Proposal {key: row.key})
SET p.kind = row.kind, p.number = row.number, p.session = row.session, p.scope = row.scope, p.title = row.title
CREATE (l)-[r:REPLIES_TO]->(p)
SET r.evidence = row.evidence, r.spans = [x IN row.spans | toInteger(x)]`;

export function mergeEntities(name: EntityType): string {
  return `
UNWIND $rows AS row
MERGE (e:${label(name)} {name: row.name})
SET e.docNumber = coalesce(row.docNumber, e.docNumber), e.province = row.province, e.city = row.city, e.county = row.county`;
}

/** Returns the entities that get aliases from the new mentions, whose alias lists need refreshing. */
export function createMentions(name: EntityType): string {
  return `
UNWIND $rows AS row
MATCH (l:Letter {id: row.letterId})
MATCH (e:${label(name)} {name: row.name})
CREATE (l)-[m:MENTIONS]->(e)
SET m.count = toInteger(row.count),
    m.forms = row.forms,
    m.aliases = row.aliases,
    m.sentences = row.sentences,
    m.sentenceSpans = [x IN row.sentenceSpans | toInteger(x)],
    m.spans = [x IN row.spans | toInteger(x)],
    m.amountTexts = row.amountTexts,
    m.amountValues = [x IN row.amountValues | toFloat(x)],
    m.amountUnits = row.amountUnits,
    m.amountLabels = row.amountLabels
WITH e, row WHERE size(row.aliases) > 0
RETURN collect(DISTINCT elementId(e)) AS touched`;
}

export const CREATE_ISSUED_BY = `
UNWIND $rows AS row
MATCH (l:Letter {id: row.letterId})
MATCH (a:Agency {name: row.agency})
CREATE (l)-[r:ISSUED_BY]->(a)
SET r.evidence = row.evidence, r.spans = [x IN row.spans | toInteger(x)]`;

export const CREATE_CO_HANDLED = `
UNWIND $rows AS row
MATCH (l:Letter {id: row.letterId})
MATCH (a:Agency {name: row.agency})
CREATE (a)-[r:CO_HANDLED]->(l)
SET r.evidence = row.evidence, r.spans = [x IN row.spans | toInteger(x)]`;

export const CREATE_SIGNED = `
UNWIND $rows AS row
MATCH (l:Letter {id: row.letterId})
MATCH (p:Person {name: row.person})
CREATE (p)-[r:SIGNED]->(l)
SET r.title = row.title, r.evidence = row.evidence, r.spans = [x IN row.spans | toInteger(x)]`;

export const CREATE_PROPOSED = `
UNWIND $rows AS row
MATCH (p:Person {name: row.person})
MATCH (x:Proposal {key: row.proposalKey})
CREATE (p)-[r:PROPOSED {letterId: row.letterId}]->(x)
SET r.role = row.role, r.evidence = row.evidence, r.spans = [x IN row.spans | toInteger(x)]`;

export function createStated(type: 'ISSUED' | 'MANAGES', from: EntityType, to: EntityType): string {
  return `
UNWIND $rows AS row
MATCH (a:${label(from)} {name: row.from})
MATCH (b:${label(to)} {name: row.to})
CREATE (a)-[r:${letterIdType(type)} {letterId: row.letterId}]->(b)
SET r.evidence = row.evidence, r.spans = [x IN row.spans | toInteger(x)]`;
}

export const CREATE_CO_MENTIONED = `
UNWIND $rows AS row
MATCH (a:Agency {name: row.agency})
MATCH (p:Policy {name: row.policy})
CREATE (a)-[r:CO_MENTIONED {letterId: row.letterId}]->(p)
SET r.count = toInteger(row.count), r.sentences = row.sentences, r.spans = [x IN row.spans | toInteger(x)]`;

/**
 * An entity's aliases are the union of what its letters call it, recomputed
 * from the MENTIONS so a letter that stops using an alias takes it away.
 */
export const REFRESH_ALIASES = `
UNWIND $elementIds AS eid
MATCH (e) WHERE elementId(e) = eid
WITH e, COLLECT {
  MATCH (:Letter)-[m:MENTIONS]->(e)
  UNWIND m.aliases AS alias
  WITH DISTINCT alias
  RETURN alias ORDER BY alias
} AS aliases
SET e.aliases = aliases`;

/** Entities and proposals that nothing refers to any more (a RENAMED_TO link to another body does not count). */
export const DELETE_ORPHANS = `
MATCH (n)
WHERE (${ENTITY_PREDICATE} OR n:Proposal) AND NOT EXISTS { (n)-[r]-() WHERE NOT r:RENAMED_TO }
DETACH DELETE n
RETURN count(*) AS deleted`;
