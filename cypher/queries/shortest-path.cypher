// The shortest path between two entities, through letters, proposals and other entities.
// :param from: Entity
// :param to: Entity
// $from, $to: canonical names or aliases; paths of up to 8 relationships. Both ends are found
// first through the entityNames index, so the search runs from both sides (bidirectional) and
// never scans the graph for them. Returns the nodes along the path and the relationships between them.
CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace($from, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a
WHERE a.name = $from OR $from IN a.aliases
CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace($to, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS b
WHERE (b.name = $to OR $to IN b.aliases) AND a <> b
MATCH p = shortestPath((a)-[*..8]-(b))
RETURN length(p) AS hops,
       [n IN nodes(p) | labels(n)[0] + ': ' + coalesce(n.name, n.title, n.key)] AS nodes,
       [r IN relationships(p) | type(r)] AS relationships
ORDER BY hops
LIMIT 1;
