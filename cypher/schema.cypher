// lettergraph's Neo4j schema. `lettergraph load` applies it before loading;
// every statement is idempotent (IF NOT EXISTS), so running it again changes nothing.

// One node per key: letters by id (index number or content hash), the files they were read
// from by path, proposals by session + number + kind, entities by canonical name.
CREATE CONSTRAINT letter_id IF NOT EXISTS FOR (n:Letter) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_path IF NOT EXISTS FOR (n:Source) REQUIRE n.path IS UNIQUE;
CREATE CONSTRAINT proposal_key IF NOT EXISTS FOR (n:Proposal) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_name IF NOT EXISTS FOR (n:Person) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT agency_name IF NOT EXISTS FOR (n:Agency) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT policy_name IF NOT EXISTS FOR (n:Policy) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT fund_name IF NOT EXISTS FOR (n:Fund) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT platform_name IF NOT EXISTS FOR (n:Platform) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT organization_name IF NOT EXISTS FOR (n:Organization) REQUIRE n.name IS UNIQUE;

// Relationships a letter owns without touching its node carry its id; a reload
// of the letter finds and replaces them through these indexes.
CREATE INDEX issued_letter IF NOT EXISTS FOR ()-[r:ISSUED]-() ON (r.letterId);
CREATE INDEX manages_letter IF NOT EXISTS FOR ()-[r:MANAGES]-() ON (r.letterId);
CREATE INDEX co_mentioned_letter IF NOT EXISTS FOR ()-[r:CO_MENTIONED]-() ON (r.letterId);
CREATE INDEX proposed_letter IF NOT EXISTS FOR ()-[r:PROPOSED]-() ON (r.letterId);

// Dates (Cypher Date values) for the over-time queries.
CREATE INDEX letter_published IF NOT EXISTS FOR (n:Letter) ON (n.publishedDate);

// The full-text indexes are eventually consistent: a commit hands them its changes and returns,
// and a background thread indexes them (a letter's text is 3,000 characters of bigrams; indexing it
// inside the commit took a third of the load). `lettergraph load` waits for them before it ends.
// Chinese substrings find entities by name or alias: the cjk analyzer indexes
// character bigrams, and a list property (aliases) is indexed element by element.
// The library queries also find a named entity through it (a phrase query, then an exact comparison).
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS
FOR (n:Agency|Policy|Fund|Platform|Person|Organization) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};

// Letters by words of their title or text, and by the title of the proposal they answer (search-letters).
CREATE FULLTEXT INDEX letterText IF NOT EXISTS
FOR (n:Letter) ON EACH [n.title, n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX proposalTitles IF NOT EXISTS
FOR (n:Proposal) ON EACH [n.title]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};
