// Full-text search over entity names and aliases (cjk analyzer: Chinese is indexed as character pairs, so substrings match).
// :param text: string
// :param limit: integer = 20
// $text is Lucene query syntax: words are OR-ed, "…" asks for the exact sequence, and the
// characters + - && || ! ( ) { } [ ] ^ " ~ * ? : \ / must be escaped with \ to be searched as text.
CALL db.index.fulltext.queryNodes('entityNames', $text, {limit: $limit}) YIELD node, score
RETURN labels(node)[0] AS label,
       node.name AS name,
       node.aliases AS aliases,
       coalesce(node.county, node.city, node.province) AS jurisdiction,
       COUNT { (node)<-[:MENTIONS]-(:Letter) } AS letters,
       round(score, 3) AS score
ORDER BY score DESC, letters DESC, name;
