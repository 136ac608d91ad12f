// ingestInitialEmptyLists — after an initial import (`newsgraph load --initial`), gives the
// entities without aliases or roles the empty lists the transactional loader stores: the import
// tool reads an empty CSV field as "no property", and cannot write an empty list.
// Parameters: $noAliases, $noRoles (list of string): ids of entities with no aliases, no roles.
CALL () {
  UNWIND $noAliases AS id
  MATCH (e:Entity {id: id})
  SET e.aliases = []
}
CALL () {
  UNWIND $noRoles AS id
  MATCH (e:Entity {id: id})
  SET e.roles = []
}
RETURN size($noAliases) + size($noRoles) AS lists
