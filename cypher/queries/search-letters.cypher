// Full-text search over letters' titles and text and the titles of the proposals they answer (cjk analyzer).
// :param text: string
// :param limit: integer = 20
// $text is Lucene query syntax, as for search-entities ("…" for an exact sequence). One row per
// letter, best score first, with where it matched.
CALL () {
  CALL db.index.fulltext.queryNodes('letterText', $text, {limit: $limit}) YIELD node, score
  RETURN node AS l, score, 'letter' AS matched
  UNION ALL
  CALL db.index.fulltext.queryNodes('proposalTitles', $text, {limit: $limit}) YIELD node, score
  MATCH (l:Letter)-[:REPLIES_TO]->(node)
  RETURN l, score, 'proposal' AS matched
}
WITH l, max(score) AS score, collect(DISTINCT matched) AS matched
ORDER BY score DESC, l.id
LIMIT $limit
OPTIONAL MATCH (l)-[:REPLIES_TO]->(p:Proposal)
RETURN l.id AS letter, l.title AS title, l.publishedDate AS published, collect(p.title)[0] AS proposal, matched, round(score, 3) AS score
ORDER BY score DESC, letter;
