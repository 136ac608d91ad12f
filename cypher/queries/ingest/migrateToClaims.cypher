// migrateToClaims — turns a graph written before claims existed into the claim model, once (after
// migrateDefinitions): every source i of a fact (sourceArticleIds[i], sourceQuotes[i],
// sourceStarts[i]) becomes the article's Claim, carrying the fact's values (the old graph kept
// one set per fact: the last loaded article's). The facts' and entities' own values are then
// derived from these as after any load (deriveAll.ts). In transactions of 5,000 facts (run it
// auto-committed). Run by newsgraph at start when the graph has facts and no claim.
// Parameters: none.
MATCH (:Entity)-[r:{{FACT_TYPES}}]->(:Entity)
CALL (r) {
  UNWIND range(0, size(r.sourceArticleIds) - 1) AS i
  MATCH (a:Article {id: r.sourceArticleIds[i]})
  CREATE (a)-[:STATES]->(:Claim {
    id: a.id + '/' + r.id, factId: r.id, articleId: a.id, quote: r.sourceQuotes[i], start: r.sourceStarts[i],
    summary: r.summary, about: r.about, reason: r.reason, `when`: r.`when`, role: r.role, scope: r.scope,
    modality: r.modality, confidence: r.confidence, statedBy: r.statedBy, cameo: r.cameo, denies: r.denies,
    publishedDate: a.publishedDate
  })
} IN TRANSACTIONS OF 5000 ROWS
RETURN count(*) AS facts
