// ingestCreateClaims — what each article says of each fact it states: one Claim node per article
// and fact, linked from the article by STATES (cypher/README.md, "Claims"). Dates arrive as ISO
// strings (the first instant of a period of any precision) and are stored as DATETIME; a null
// leaves the key out. ingestRemoveArticles took the articles' earlier claims out first, so
// claims are created, not merged.
// Parameters: $claims (list of map): id, factId, articleId, quote, start, summary, about, reason,
//   when, role, scope, modality, confidence, statedBy, cameo, denies, eventText, eventFrom,
//   eventTo, eventPrecision, deprecatedOn, deprecationReason, publishedDate.
UNWIND $claims AS c
MATCH (a:Article {id: c.articleId})
CREATE (a)-[:STATES]->(:Claim {
  id: c.id, factId: c.factId, articleId: c.articleId, quote: c.quote, start: toInteger(c.start),
  summary: c.summary, about: c.about, reason: c.reason, `when`: c.`when`, role: c.role, scope: c.scope,
  modality: c.modality, confidence: c.confidence, statedBy: c.statedBy, cameo: c.cameo, denies: c.denies,
  eventText: c.eventText, eventFrom: datetime(c.eventFrom), eventTo: datetime(c.eventTo),
  eventPrecision: c.eventPrecision, deprecatedOn: datetime(c.deprecatedOn),
  deprecationReason: c.deprecationReason, publishedDate: datetime(c.publishedDate)
})
RETURN count(*) AS claims
