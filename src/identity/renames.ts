// One entity per real-world thing: a rename map (type and name → canonical name) applied to a
// letter record. Every place a name stands is renamed alike (entities, relations, replying body,
// co-handlers, people), entities that now share a name become one, and the old names stay as aliases.
import type { Entity, EntityType, LetterRecord, NodeRef } from '../schema.js';

export type Renames = ReadonlyMap<string, string>;

export const renameKey = (type: EntityType, name: string): string => `${type}\u0000${name}`;

/** The canonical name of `name` (or of the first of its aliases that has one), else null. */
function canonicalOf(renames: Renames, type: EntityType, names: string[]): string | null {
  for (const n of names) {
    const to = renames.get(renameKey(type, n));
    if (to !== undefined) return to;
  }
  return null;
}

function joinEntities(a: Entity, b: Entity): Entity {
  const mentions = [...a.mentions, ...b.mentions].sort((x, y) => x.start - y.start || x.end - y.end);
  return { ...a, aliases: [...new Set([...a.aliases, b.name, ...b.aliases])].filter((n) => n !== a.name), mentions, docNumber: a.docNumber ?? b.docNumber };
}

export function applyRenames(record: LetterRecord, renames: Renames): LetterRecord {
  if (renames.size === 0) return record;
  // Names renamed in this record, by type, so relations follow their entities (renamed through an alias too).
  const local = new Map<string, string>();
  const byName = new Map<string, Entity>();
  for (const entity of record.entities) {
    const to = canonicalOf(renames, entity.type, [entity.name, ...entity.aliases]);
    const renamed: Entity = to && to !== entity.name ? { ...entity, name: to, aliases: [...new Set([entity.name, ...entity.aliases])].filter((n) => n !== to) } : entity;
    if (renamed !== entity) local.set(renameKey(entity.type, entity.name), to!);
    const key = renameKey(renamed.type, renamed.name);
    const seen = byName.get(key);
    byName.set(key, seen ? joinEntities(seen, renamed) : renamed);
  }
  const rename = (type: EntityType, name: string): string => local.get(renameKey(type, name)) ?? renames.get(renameKey(type, name)) ?? name;
  const ref = (r: NodeRef): NodeRef => (r.label === 'Letter' || r.label === 'Proposal' ? r : { ...r, key: rename(r.label, r.key) });
  const person = <T extends { name: string | null }>(p: T | null): T | null => (p?.name ? { ...p, name: rename('Person', p.name) } : p);
  return {
    ...record,
    entities: [...byName.values()],
    relations: record.relations.map((r) => ({ ...r, from: ref(r.from), to: ref(r.to) })),
    replyingAgency: record.replyingAgency && rename('Agency', record.replyingAgency),
    coHandlers: [...new Set(record.coHandlers.map((c) => rename('Agency', c)))],
    proposer: person(record.proposer),
    signer: person(record.signer),
    contact: person(record.contact),
  };
}
