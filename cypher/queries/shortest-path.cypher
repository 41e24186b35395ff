// The shortest path between two entities, through letters, proposals and other entities.
// :param from => "种子基金"
// :param to => "重庆市教育委员会"
// $from, $to: canonical names or aliases; paths of up to 8 relationships. Returns the nodes along the path and the relationships between them.
MATCH (a)
WHERE (a:Agency OR a:Policy OR a:Fund OR a:Platform OR a:Person OR a:Organization)
  AND (a.name = $from OR $from IN a.aliases)
MATCH (b)
WHERE (b:Agency OR b:Policy OR b:Fund OR b:Platform OR b:Person OR b:Organization)
  AND (b.name = $to OR $to IN b.aliases) AND a <> b
MATCH p = SHORTEST 1 (a)-[]-{1,8}(b)
RETURN length(p) AS hops,
       [n IN nodes(p) | labels(n)[0] + ': ' + coalesce(n.name, n.title, n.key)] AS nodes,
       [r IN relationships(p) | type(r)] AS relationships
ORDER BY hops
LIMIT 1;
