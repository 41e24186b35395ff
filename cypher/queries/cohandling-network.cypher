// The co-handling network: agencies that answered the same letters (as replying agency or co-handler), weighted by letters.
// :param agency => ""
// :param minLetters => 1
// $agency: an agency's name or alias to see only its partners, or "" for every pair (each pair once).
// $minLetters: leave out pairs that share fewer letters.
MATCH (a:Agency)-[:ISSUED_BY|CO_HANDLED]-(l:Letter)-[:ISSUED_BY|CO_HANDLED]-(b:Agency)
WHERE a <> b
  AND CASE WHEN $agency = '' THEN a.name < b.name ELSE a.name = $agency OR $agency IN a.aliases END
WITH a, b, collect(DISTINCT l.id) AS letters
WHERE size(letters) >= $minLetters
RETURN a.name AS agency, b.name AS partner, size(letters) AS letters, letters AS letterIds
ORDER BY letters DESC, agency, partner;
