// removeArticleNode — the last step of removing an article (Mutation.removeArticle): deletes the
// article node itself. Run after ingestRemoveArticles, in the same transaction, so its facts and entities are already gone or re-sourced.
// Parameters: $articleId (string).
OPTIONAL MATCH (a:Article {id: $articleId})
DETACH DELETE a
RETURN count(a) AS removed
