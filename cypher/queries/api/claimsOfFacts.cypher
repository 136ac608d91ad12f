// claimsOfFacts — what each article says of each of these facts: their claims, by publication
// (unknown dates last), then article id — the order ingestDeriveFacts reads them in.
// Parameters: $ids (list of string): fact ids.
// Used by: GraphQL Relation.claims (one query per request level).
// :param ids => ['us-navy-bans-deepseek-app']
UNWIND $ids AS id
MATCH (c:Claim {factId: id})
WITH id, c ORDER BY c.publishedDate, c.articleId
RETURN id, properties(c) AS claim
