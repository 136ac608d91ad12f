// schema.cypher — constraints and indexes of the newsgraph graph (model: cypher/README.md).
// Applied at every start by src/neo4j/applySchema.ts; every statement is IF NOT EXISTS, so
// applying it again changes nothing. Analysts can run it by hand in Neo4j Browser too.

// Entities and articles are found by their stable ids.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
// One entity per Wikidata item: a second entity with the same external id is refused.
CREATE CONSTRAINT entity_wikidata IF NOT EXISTS FOR (e:Entity) REQUIRE e.wikidataId IS UNIQUE;

// A fact's claims are found by its id whenever its values are derived (ingestDeriveFacts). A
// plain index, not a uniqueness constraint: a reload deletes and creates an article's claims in
// one transaction, and a constraint check by index seek after thousands of deletions is slow.
CREATE INDEX claim_fact IF NOT EXISTS FOR (c:Claim) ON (c.factId);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedDate);

// Listing entities by kind, sorted by name (GraphQL entities(kind:), keyset pagination).
CREATE INDEX entity_kind_name IF NOT EXISTS FOR (e:Entity) ON (e.kind, e.name);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);

// Full-text search over names and aliases, German and English. The standard-folding analyzer
// folds case and diacritics (ß → ss, ä → a), so "weisses haus" finds "Weißes Haus".
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };

// Every fact is one relationship between two entities, of one of the relation types in
// src/domain/relationTypes.ts. Their statements are made from that list when this file is
// applied (src/neo4j/applySchema.ts), so a new type needs no edit here:
// - per type, `CREATE CONSTRAINT fact_id_<type> IF NOT EXISTS FOR ()-[r:<TYPE>]-() REQUIRE r.id IS UNIQUE`:
//   a fact's id is unique within its type (and, by the loader's checks, across types);
// - per type, `CREATE INDEX fact_first_reported_<type> IF NOT EXISTS FOR ()-[r:<TYPE>]-() ON (r.firstReported)`
//   and `fact_event_from_<type>` ON (r.eventFrom): a fact's place in time (cypher/README.md,
//   "Facts in time"), so `MATCH ()-[r:ACCUSES]->() WHERE r.firstReported >= datetime('2025-02-01')` and
//   `ORDER BY r.eventFrom` seek instead of reading every accusation;
// - `fact_text`, a full-text index over what facts say (English summary, qualifiers and the
//   German quotes) for every type: `CREATE FULLTEXT INDEX fact_text IF NOT EXISTS FOR
//   ()-[r:ACCUSES|INVESTIGATES|…]-() ON EACH [r.summary, r.about, r.reason, r.sourceQuotes]
//   OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }`, recreated at start
//   when the types or properties it covers differ from these.
