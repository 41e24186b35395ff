// Letters that mention a fund, with the sentences that name it and the amounts stated there.
// :param fund => "种子基金"
// $fund is the fund's canonical name or one of its aliases. Amounts are as written
// (amounts) and in yuan or as a count (amountValues), in the order the letter states them.
MATCH (f:Fund)
WHERE f.name = $fund OR $fund IN f.aliases
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
