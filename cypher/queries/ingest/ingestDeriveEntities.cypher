// ingestDeriveEntities — THE rule that makes an entity's own values from what each article says
// of it (its MENTIONS), so they never depend on load order: mentions are ordered by the
// article's publication (unknown last), then article id; the FIRST definition stands for name
// and kind (a later article that names it otherwise is reported by the loader, not applied);
// description and wikidataId: the first given; aliases and roles: the union, in that order
// (`MATCH (a:Article)-[m:MENTIONS]->(e) WHERE 'DeepSeeks' IN m.aliases` finds the articles
// that use an alias). An entity no remaining article defines keeps its values. The kind is also
// a label (`:Entity:Person`), swapped when the kind changes.
// Parameters: $ids (list of string): entity ids; $kinds (list of string): every entity kind.
// :param ids => ['deepseek']
// :param kinds => ['Organization', 'Person', 'GovernmentBody', 'Country', 'Product', 'MediaOutlet', 'Technique', 'Group']
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (a:Article)-[m:MENTIONS]->(e)
  WITH m ORDER BY a.publishedDate, a.id
  RETURN collect(m) AS mentions
}
WITH e, mentions, head([m IN mentions WHERE m.name IS NOT NULL]) AS def, e.kind AS oldKind
SET e.name = coalesce(def.name, e.name),
    e.kind = coalesce(def.kind, e.kind),
    e.description = CASE WHEN def IS NULL THEN e.description
      ELSE head([m IN mentions WHERE m.description IS NOT NULL | m.description]) END,
    e.wikidataId = CASE WHEN def IS NULL THEN e.wikidataId
      ELSE head([m IN mentions WHERE m.wikidataId IS NOT NULL | m.wikidataId]) END,
    e.aliases = reduce(acc = [], x IN reduce(all = [], m IN mentions | all + coalesce(m.aliases, [])) |
      CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.roles = reduce(acc = [], x IN reduce(all = [], m IN mentions | all + coalesce(m.roles, [])) |
      CASE WHEN x IN acc THEN acc ELSE acc + x END)
FOREACH (_ IN CASE WHEN oldKind = e.kind THEN [] ELSE [1] END |
  SET e:$(e.kind)
  REMOVE e:$([k IN $kinds WHERE k <> e.kind]))
RETURN count(e) AS entities
