// All letters answering a proposer's proposals (提案 or 建议), oldest first.
// :param proposer: Person
// $proposer: the proposer's name as the salutation writes it (the Person's key).
MATCH (p:Person {name: $proposer})-[r:PROPOSED]->(x:Proposal)<-[:REPLIES_TO]-(l:Letter {id: r.letterId})
OPTIONAL MATCH (l)-[:ISSUED_BY]->(a:Agency)
RETURN p.name AS proposer,
       r.role AS role,
       x.kind AS kind,
       x.session AS session,
       x.number AS number,
       x.title AS proposal,
       l.id AS letter,
       l.title AS title,
       a.name AS replyingAgency,
       l.publishedDate AS published
ORDER BY published, letter;
