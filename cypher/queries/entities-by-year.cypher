// Entities by the number of letters that mention them, year by year (year of publication, else of writing or signing).
// :param label => "Fund"
// :param limit => 25
// $label: Agency, Policy, Fund, Platform, Person or Organization, or "" for all. $limit: how many entities, most letters first.
MATCH (l:Letter)-[:MENTIONS]->(e)
WHERE $label = '' OR $label IN labels(e)
WITH e, collect(DISTINCT l) AS letters
ORDER BY size(letters) DESC, e.name
LIMIT $limit
UNWIND letters AS l
WITH e, size(letters) AS total, left(coalesce(l.publishedDate, l.writtenDate, l.signedDate, '????'), 4) AS year, count(*) AS n
ORDER BY total DESC, e.name, year
RETURN labels(e)[0] AS label, e.name AS entity, total AS letters, collect({year: year, letters: n}) AS byYear
ORDER BY letters DESC, entity;
