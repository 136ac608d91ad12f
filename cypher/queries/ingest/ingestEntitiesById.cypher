// ingestEntitiesById — the entities of a load that are in the graph already, with the values a
// fact file may define (to check references by id, report a definition that differs from the
// graph's, and refuse a Wikidata id another entity holds), and the entities holding any of the
// load's Wikidata ids.
// Parameters: $ids (list of string): entity ids; $wikidataIds (list of string).
// :param ids => ['deepseek', 'no-such-entity']
// :param wikidataIds => ['Q21708200']
CALL () {
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  RETURN e
  UNION
  UNWIND $wikidataIds AS q
  MATCH (e:Entity {wikidataId: q})
  RETURN e
}
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.description AS description, e.wikidataId AS wikidataId
