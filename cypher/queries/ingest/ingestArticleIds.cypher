// ingestArticleIds — which of these articles are in the graph already (one unique-index seek each).
// The loader asks before a load: a batch of articles that are all new has nothing to take out and
// no fact of an earlier version to look up, so it is written without those statements.
// Parameters: $ids (list of string): article ids.
// :param ids => ['efa1921cf80bbea2', 'no-such-article']
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id
