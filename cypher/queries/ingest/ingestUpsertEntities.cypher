// ingestUpsertEntities — creates or updates entities and links each to the articles that mention
// it. One row per entity (the loader merges an entity named by several articles of a batch):
// name and kind — the latest article wins; description — the latest one given; aliases and roles —
// the union across articles, the graph's first. The kind is also a label (`:Entity:Person`);
// kinds come from the format's closed list, and a changed kind swaps the label. The labels are
// written only for a new entity or a changed kind: removing the other kinds' labels on every
// upsert checked thirteen labels per entity, in every batch that names it.
// MENTIONS are created, not merged: ingestRemoveArticles ran first, so none are left.
// Parameters: $entities (list of map): id, name, kind, otherKinds (the other kind labels, removed),
//   aliases (list of string), roles (list of string), description, articleIds (list of string).
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
WITH e, row, e.kind AS oldKind
SET e.name = row.name,
    e.kind = row.kind,
    e.description = coalesce(row.description, e.description),
    e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.roles = reduce(acc = coalesce(e.roles, []), x IN row.roles | CASE WHEN x IN acc THEN acc ELSE acc + x END)
FOREACH (_ IN CASE WHEN oldKind = row.kind THEN [] ELSE [1] END |
  SET e:$(row.kind)
  REMOVE e:$(row.otherKinds))
WITH e, row
UNWIND row.articleIds AS articleId
MATCH (a:Article {id: articleId})
CREATE (a)-[:MENTIONS]->(e)
RETURN count(DISTINCT e) AS entities
