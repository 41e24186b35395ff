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
 * What the database holds of the batch: for each letter, whether it exists, whether its stored
 * record hash equals the new one, the source paths it has, and whether any of its paths now holds
 * another letter (which the write would then take away). Reads only the batch's own Letters and
 * Sources (by the constraints' indexes), however large the database.
 */
export const BATCH_STATE = `
UNWIND $rows AS row
OPTIONAL MATCH (l:Letter {id: row.id})
RETURN row.id AS id, l IS NOT NULL AS exists, coalesce(l.recordHash = row.hash, false) AS same,
       COLLECT { MATCH (s:Source)-[:OF]->(l) RETURN s.path } AS sources,
       EXISTS { UNWIND row.paths AS path MATCH (:Source {path: path})-[:OF]->(other:Letter) WHERE other.id <> row.id } AS claimsPath`;

/**
 * Deletes every relationship touching the letters but their sources (MENTIONS and the
 * structural ones); returns the nodes they led to, whose aliases or existence may change.
 */
export const DELETE_LETTER_EDGES = `
UNWIND $ids AS id
MATCH (:Letter {id: id})-[r]-(n)
WHERE NOT r:OF
DELETE r
RETURN collect(DISTINCT elementId(n)) AS touched`;

/** Deletes the letters' relationships of one letter-owned type; returns the nodes they joined. */
export function deleteOwnedEdges(type: LetterIdType): string {
  return `
UNWIND $ids AS id
MATCH (a)-[r:${letterIdType(type)} {letterId: id}]->(b)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched`;
}

/** SET with `null` removes the property, so a field the new extraction lacks disappears. */
export const MERGE_LETTERS = `
UNWIND $rows AS row
MERGE (l:Letter {id: row.id})
SET l += row.props`;

/**
 * Each path belongs to one Letter, found through the Source path constraint: a path that now
 * holds another letter (a file whose content, and so id, changed) leaves its old Letter.
 * Returns the ids of Letters left without any source, which are deleted with what they own.
 */
export const ATTACH_SOURCES = `
UNWIND $rows AS row
MATCH (l:Letter {id: row.id})
MERGE (s:Source {path: row.path})
WITH s, l
OPTIONAL MATCH (s)-[old:OF]->(prev:Letter) WHERE prev <> l
DELETE old
MERGE (s)-[:OF]->(l)
WITH prev WHERE prev IS NOT NULL AND NOT prev.id IN $ids AND NOT EXISTS { (:Source)-[:OF]->(prev) }
RETURN collect(DISTINCT prev.id) AS gone`;

/** Deletes letters (left without sources) and their remaining relationships; returns the nodes those led to. */
export const DELETE_LETTERS = `
UNWIND $ids AS id
MATCH (l:Letter {id: id})
OPTIONAL MATCH (l)--(n)
WITH l, collect(DISTINCT elementId(n)) AS touched
DETACH DELETE l
RETURN touched`;

/**
 * A node's properties are written only where they differ: an unchanged node shared by letters
 * loading in parallel is read, never write-locked. `coalesce(…, '')` compares nulls as equal
 * ('' is no name, place or number).
 */
export const MERGE_PROPOSALS = `
UNWIND $rows AS row
MATCH (l:Letter {id: row.letterId})
MERGE (p:Proposal {key: row.key})
CREATE (l)-[r:REPLIES_TO]->(p)
SET r = row.edge
WITH p, row WHERE any(k IN keys(row.props) WHERE coalesce(p[k], '') <> coalesce(row.props[k], ''))
SET p += row.props`;

/** docNumber is kept when a letter gives none; province, city and county follow the name's places. */
export function mergeEntities(name: EntityType): string {
  return `
UNWIND $rows AS row
MERGE (e:${label(name)} {name: row.name})
WITH e, row
WHERE coalesce(e.province, '') <> coalesce(row.province, '') OR coalesce(e.city, '') <> coalesce(row.city, '')
   OR coalesce(e.county, '') <> coalesce(row.county, '') OR (row.docNumber IS NOT NULL AND coalesce(e.docNumber, '') <> row.docNumber)
SET e.docNumber = coalesce(row.docNumber, e.docNumber), e.province = row.province, e.city = row.city, e.county = row.county`;
}

/**
 * A letter's edges, grouped by letter (`rows` is [{ id, edges: [{ key, props }] }], `key` the other
 * node's name): its Letter is found once, then each edge is created with its whole property map
 * (built by params.ts in the driver's types, so no statement converts values).
 */
export function createMentions(name: EntityType): string {
  return `
UNWIND $rows AS letter
MATCH (l:Letter {id: letter.id})
UNWIND letter.edges AS edge
MATCH (e:${label(name)} {name: edge.key})
CREATE (l)-[r:MENTIONS]->(e)
SET r = edge.props`;
}

export const CREATE_ISSUED_BY = `
UNWIND $rows AS letter
MATCH (l:Letter {id: letter.id})
UNWIND letter.edges AS edge
MATCH (a:Agency {name: edge.key})
CREATE (l)-[r:ISSUED_BY]->(a)
SET r = edge.props`;

export const CREATE_CO_HANDLED = `
UNWIND $rows AS letter
MATCH (l:Letter {id: letter.id})
UNWIND letter.edges AS edge
MATCH (a:Agency {name: edge.key})
CREATE (l)-[r:CO_HANDLED]->(a)
SET r = edge.props`;

/** SIGNED runs from the person to the letter. */
export const CREATE_SIGNED = `
UNWIND $rows AS letter
MATCH (l:Letter {id: letter.id})
UNWIND letter.edges AS edge
MATCH (p:Person {name: edge.key})
CREATE (p)-[r:SIGNED]->(l)
SET r = edge.props`;

/**
 * New mentions only add aliases: each entity's list grows by what the batch brings (one row per
 * entity, its new aliases gathered), written only when one is new, without reading its other
 * letters (removals are recounted for the entities a deletion touched).
 */
export function addAliases(name: EntityType): string {
  return `
UNWIND $rows AS row
MATCH (e:${label(name)} {name: row.name})
WITH e, row WHERE any(alias IN row.aliases WHERE NOT alias IN coalesce(e.aliases, []))
SET e.aliases = COLLECT { UNWIND coalesce(e.aliases, []) + row.aliases AS alias WITH DISTINCT alias RETURN alias ORDER BY alias }`;
}

/** Edges between two non-letter nodes carry their letter's id (in `props`). */
export function createOwnedEdges(type: 'ISSUED' | 'MANAGES' | 'CO_MENTIONED', from: EntityType, to: EntityType): string {
  return `
UNWIND $rows AS row
MATCH (a:${label(from)} {name: row.from})
MATCH (b:${label(to)} {name: row.to})
CREATE (a)-[r:${letterIdType(type)}]->(b)
SET r = row.props`;
}

export const CREATE_PROPOSED = `
UNWIND $rows AS row
MATCH (p:Person {name: row.from})
MATCH (x:Proposal {key: row.to})
CREATE (p)-[r:PROPOSED]->(x)
SET r = row.props`;

/**
 * The aliases of entities that lost mentions (a changed or deleted letter), recomputed from their
 * MENTIONS, so a letter that stops using an alias takes it away. Only these entities are read.
 */
export const REFRESH_ALIASES = `
UNWIND $elementIds AS eid
MATCH (n) WHERE elementId(n) = eid AND (${ENTITY_PREDICATE})
WITH n AS e
WITH e, COLLECT {
  MATCH (:Letter)-[m:MENTIONS]->(e)
  UNWIND m.aliases AS alias
  WITH DISTINCT alias
  RETURN alias ORDER BY alias
} AS aliases
SET e.aliases = aliases`;

/** Of the nodes a deletion touched, the entities and proposals nothing refers to any more (a RENAMED_TO link to another body does not count). */
export const DELETE_ORPHANS = `
UNWIND $elementIds AS eid
MATCH (n) WHERE elementId(n) = eid AND (${ENTITY_PREDICATE} OR n:Proposal) AND NOT EXISTS { (n)-[r]-() WHERE NOT r:RENAMED_TO }
DETACH DELETE n
RETURN count(*) AS deleted`;

/**
 * Bodies renamed by the 2018–2019 reform (data/renamed-bodies.json): of the successions the batch's
 * agencies can take part in, those whose both bodies are in the graph get RENAMED_TO, old → new.
 * The two stay two nodes; DELETE_ORPHANS ignores these links.
 */
export const MERGE_RENAMED = `
UNWIND $rows AS pair
MATCH (a:Agency {name: pair.from})
MATCH (b:Agency {name: pair.to})
MERGE (a)-[r:RENAMED_TO]->(b)
WITH r, pair WHERE coalesce(r.reform, '') <> pair.reform
SET r.reform = pair.reform`;

/** Waits until the eventually consistent full-text indexes hold every committed write. */
export const AWAIT_FULLTEXT = 'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()';
