// Letters that mention a fund, with the sentences that name it and the amounts stated there.
// :param fund: Fund
// $fund is the fund's canonical name or one of its aliases, found through the entityNames index
// (a phrase query, then an exact comparison). Amounts are as written (amounts) and in yuan or as a
// count (amountValues), in the order the letter states them.
CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace($fund, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS f
WHERE f:Fund AND (f.name = $fund OR $fund IN f.aliases)
MATCH (l:Letter)-[m:MENTIONS]->(f)
RETURN f.name AS fund,
       l.id AS letter,
       l.title AS title,
       l.publishedDate AS published,
       m.count AS mentions,
       m.sentences AS sentences,
       m.amountTexts AS amounts,
       m.amountValues AS amountValues
ORDER BY published, letter;
