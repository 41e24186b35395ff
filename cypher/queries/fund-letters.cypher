// Letters that mention a fund, with the sentences that name it and the amounts stated there.
// :param fund: Fund
// $fund is the fund's canonical name or one of its aliases, found through the entityNames index
// (a phrase query, then an exact comparison). Sentences are cut from the letter's text by their spans.
// Amounts are as written (amounts), in yuan or as a count (amountValues, amountUnits: stored only where
// a figure is a count), with the sentence stating each (amountSentences) and whether it is a goal
// rather than a figure reached (amountTargets).
CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace($fund, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS f
WHERE f:Fund AND (f.name = $fund OR $fund IN f.aliases)
MATCH (l:Letter)-[m:MENTIONS]->(f)
RETURN f.name AS fund,
       l.id AS letter,
       l.title AS title,
       l.publishedDate AS published,
       size(m.spans) / 2 AS mentions,
       [i IN range(0, size(m.sentenceSpans) - 2, 2) | substring(l.text, m.sentenceSpans[i], m.sentenceSpans[i + 1] - m.sentenceSpans[i])] AS sentences,
       coalesce(m.amountTexts, []) AS amounts,
       coalesce(m.amountValues, []) AS amountValues,
       coalesce(m.amountUnits, [t IN coalesce(m.amountTexts, []) | 'yuan']) AS amountUnits,
       coalesce(m.amountTargets, []) AS amountTargets,
       [i IN range(0, size(coalesce(m.amountSpans, [])) - 2, 2) | substring(l.text, m.amountSpans[i], m.amountSpans[i + 1] - m.amountSpans[i])] AS amountSentences
ORDER BY published, letter;
