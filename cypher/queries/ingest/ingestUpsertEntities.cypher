// ingestUpsertEntities — creates or updates the article's entities and links the article to each.
// Name, kind and description: the latest article loaded wins. Aliases and roles: the union across
// articles. The kind is also a label (`:Entity:Person`); kinds come from the format's closed
// list, and a changed kind swaps the label.
// Parameters: $articleId (string); $entities (list of map): id, name, kind, otherKinds (the
//   other kind labels, removed), aliases (list of string), roles (list of string), description.
MATCH (a:Article {id: $articleId})
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
SET e.name = row.name,
    e.kind = row.kind,
    e.description = coalesce(row.description, e.description),
    e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.roles = reduce(acc = coalesce(e.roles, []), x IN row.roles | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET e:$(row.kind)
REMOVE e:$(row.otherKinds)
MERGE (a)-[:MENTIONS]->(e)
RETURN count(e) AS entities
