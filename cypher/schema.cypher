// schema.cypher — constraints and indexes of the newsgraph graph (model: cypher/README.md).
// Applied at every start by src/neo4j/applySchema.ts; every statement is IF NOT EXISTS, so
// applying it again changes nothing. Analysts can run it by hand in Neo4j Browser too.

// Entities and articles are found by their stable ids.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;

// Listing entities by kind, sorted by name (GraphQL entities(kind:), keyset pagination).
CREATE INDEX entity_kind_name IF NOT EXISTS FOR (e:Entity) ON (e.kind, e.name);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);

// Full-text search over names and aliases, German and English. The standard-folding analyzer
// folds case and diacritics (ß → ss, ä → a), so "weisses haus" finds "Weißes Haus".
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };

// Every fact is one relationship between two entities; its id is unique within its type (and,
// by the loader's checks, across types). One constraint per type of the closed list in
// src/ingest/relationTypes.ts — a test checks this file names every type.

CREATE CONSTRAINT fact_id_accuses IF NOT EXISTS FOR ()-[r:ACCUSES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_investigates IF NOT EXISTS FOR ()-[r:INVESTIGATES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_bans IF NOT EXISTS FOR ()-[r:BANS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_restricts IF NOT EXISTS FOR ()-[r:RESTRICTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_denies IF NOT EXISTS FOR ()-[r:DENIES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_reports IF NOT EXISTS FOR ()-[r:REPORTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_comments_on IF NOT EXISTS FOR ()-[r:COMMENTS_ON]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_attacks IF NOT EXISTS FOR ()-[r:ATTACKS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_invests_in IF NOT EXISTS FOR ()-[r:INVESTS_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_develops IF NOT EXISTS FOR ()-[r:DEVELOPS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_competes_with IF NOT EXISTS FOR ()-[r:COMPETES_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_uses IF NOT EXISTS FOR ()-[r:USES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_holds_position IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;

// Full-text search over what facts say: English summary, qualifiers and the German quotes.
CREATE FULLTEXT INDEX fact_text IF NOT EXISTS
FOR ()-[r:ACCUSES|INVESTIGATES|BANS|RESTRICTS|DENIES|REPORTS|COMMENTS_ON|ATTACKS|INVESTS_IN|DEVELOPS|COMPETES_WITH|USES|HOLDS_POSITION|PART_OF]-()
ON EACH [r.summary, r.about, r.reason, r.sourceQuotes]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
