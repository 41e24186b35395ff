// Every entity named or aliased exactly $alias, each with where it belongs, so a form several bodies share (市政府, 区政协) lists each one instead of one silently.
// :param alias: Entity
// $alias is found through the entityNames index (a phrase query, then an exact comparison).
// province / city / county: the places the entity's own name starts with; replyingBodies: the bodies whose letters name it (its place when the name has none).
CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace($alias, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS e
WHERE e.name = $alias OR $alias IN coalesce(e.aliases, [])
OPTIONAL MATCH (l:Letter)-[:MENTIONS]->(e)
WITH e, count(l) AS letters, [a IN collect(DISTINCT l.replyingAgency) WHERE a IS NOT NULL] AS replyingBodies
RETURN labels(e)[0] AS label,
       e.name AS name,
       e.province AS province,
       e.city AS city,
       e.county AS county,
       replyingBodies[..5] AS replyingBodies,
       letters
ORDER BY letters DESC, name;
