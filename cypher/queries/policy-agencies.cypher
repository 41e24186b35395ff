// Policies and the agencies that issued them (ISSUED) or are named in the same sentence (CO_MENTIONED).
// :param policy: string = ""
// $policy: part of a policy's name or alias (two characters or more: the entityNames index holds
// character pairs), or "" for every policy. One row per policy, agency and kind of link, with the
// letters that state it and a few evidence sentences.
CALL () {
  WITH $policy AS part WHERE part <> ''
  CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace(part, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS p
  WITH part, p WHERE p:Policy AND (p.name CONTAINS part OR any(a IN p.aliases WHERE a CONTAINS part))
  RETURN p
  UNION
  WITH $policy AS part WHERE part = ''
  MATCH (p:Policy)
  RETURN p
}
OPTIONAL MATCH (a:Agency)-[r:ISSUED|CO_MENTIONED]->(p)
WITH p, a, type(r) AS link, collect(r) AS rels
// A few evidence sentences, cut from their letters' text by the spans.
CALL (rels) {
  UNWIND rels[0..3] AS r
  MATCH (l:Letter {id: r.letterId})
  RETURN collect(substring(l.text, r.spans[0], r.spans[1] - r.spans[0])) AS evidence
}
RETURN p.name AS policy,
       p.docNumber AS docNumber,
       a.name AS agency,
       link,
       size([r IN rels | r.letterId]) AS letters,
       [r IN rels | r.letterId] AS letterIds,
       evidence
ORDER BY policy, link DESC, letters DESC, agency;
