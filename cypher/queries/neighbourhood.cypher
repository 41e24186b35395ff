// An entity's neighbourhood: every node one relationship away, with the relationship and the letter it comes from.
// :param name: Entity
// :param limit: integer = 200
// $name: canonical name or alias of an Agency, Policy, Fund, Platform, Person or Organization,
// found through the entityNames index.
CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace($name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS e
WHERE e.name = $name OR $name IN e.aliases
MATCH (e)-[r]-(n)
RETURN labels(e)[0] AS label,
       e.name AS entity,
       type(r) AS relationship,
       CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       labels(n)[0] AS neighbourLabel,
       coalesce(n.name, n.title, n.key) AS neighbour,
       coalesce(r.letterId, n.id) AS letter,
       coalesce(r.count, size(r.spans) / 2, 1) AS weight
ORDER BY relationship, neighbour
LIMIT $limit;
