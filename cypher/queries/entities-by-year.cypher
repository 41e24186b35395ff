// Entities by the number of letters that mention them, year by year (year of publication, else of writing or signing).
// :param label: string = "Fund"
// :param limit: integer = 25
// $label: Agency, Policy, Fund, Platform, Person or Organization, or "" for all. $limit: how many
// entities, most letters first (ranked by their MENTIONS count, one per letter, which the store
// keeps per node; only the top entities' letters are read).
MATCH (e)
WHERE (e:Agency OR e:Policy OR e:Fund OR e:Platform OR e:Person OR e:Organization)
  AND ($label = '' OR $label IN labels(e))
WITH e, COUNT { (e)<-[:MENTIONS]-() } AS total
ORDER BY total DESC, e.name
LIMIT $limit
MATCH (l:Letter)-[:MENTIONS]->(e)
WITH e, total, coalesce(toString(coalesce(l.publishedDate, l.writtenDate, l.signedDate).year), '????') AS year, count(*) AS n
ORDER BY total DESC, e.name, year
RETURN labels(e)[0] AS label, e.name AS entity, total AS letters, collect({year: year, letters: n}) AS byYear
ORDER BY letters DESC, entity;
