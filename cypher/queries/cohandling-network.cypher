// The co-handling network: agencies that answered the same letters (as replying agency or co-handler), weighted by letters.
// :param agency: Agency = ""
// :param minLetters: integer = 1
// $agency: an agency's name or alias to see only its partners (found through the entityNames
// index, then only its letters are read), or "" for every pair (each pair once).
// $minLetters: leave out pairs that share fewer letters.
CALL () {
  WITH $agency AS name WHERE name <> ''
  CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace(name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a
  WITH name, a WHERE a:Agency AND (a.name = name OR name IN a.aliases)
  MATCH (a)-[:ISSUED_BY|CO_HANDLED]-(l:Letter)-[:ISSUED_BY|CO_HANDLED]-(b:Agency)
  WHERE a <> b
  RETURN a, b, l
  UNION ALL
  WITH $agency AS name WHERE name = ''
  MATCH (a:Agency)-[:ISSUED_BY|CO_HANDLED]-(l:Letter)-[:ISSUED_BY|CO_HANDLED]-(b:Agency)
  WHERE a.name < b.name
  RETURN a, b, l
}
WITH a, b, collect(DISTINCT l.id) AS letters
WHERE size(letters) >= $minLetters
RETURN a.name AS agency, b.name AS partner, size(letters) AS letters, letters AS letterIds
ORDER BY letters DESC, agency, partner;
