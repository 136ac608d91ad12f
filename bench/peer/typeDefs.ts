/**
 * Type definitions for @neo4j/graphql over the SAME graph newsgraph builds (cypher/README.md):
 * `Entity` nodes, one relationship field per relation type and direction (`accusesOut`,
 * `accusesIn`, …) carrying the fact as relationship properties, `Article` with MENTIONS. Full-text
 * search uses the existing `entity_names` index (@fulltext). Its validation accepts String fields
 * only, so `fields` names just `name` — the query still runs against the real index, which covers
 * `name` and `aliases`, so the peer finds the same German aliases. The library has no shortest-path
 * operation, so the path question is a @cypher field, as its documentation suggests.
 */
import { RELATION_TYPE_NAMES } from '../../src/domain/relationTypes.js';

/** ACCUSES → accuses, COMPETES_WITH → competesWith. */
export function fieldBase(type: string): string {
  return type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

const FACT_TYPES = RELATION_TYPE_NAMES.join('|');

const relationFields = RELATION_TYPE_NAMES.flatMap((t) => [
  `  ${fieldBase(t)}Out: [Entity!]! @relationship(type: "${t}", direction: OUT, properties: "Fact")`,
  `  ${fieldBase(t)}In: [Entity!]! @relationship(type: "${t}", direction: IN, properties: "Fact")`,
]).join('\n');

export const typeDefs = /* GraphQL */ `
type Fact @relationshipProperties {
  id: ID!
  summary: String!
  about: String
  reason: String
  when: String
  role: String
  scope: String
  modality: String!
  confidence: Float!
  statedBy: String
  cameo: String
  denies: [String!]
  sourceArticleIds: [String!]!
  sourceQuotes: [String!]!
  sourceStarts: [Int!]!
}

type Entity
  @node(labels: ["Entity"])
  @fulltext(indexes: [{ indexName: "entity_names", queryName: "searchEntities", fields: ["name"] }]) {
  id: ID!
  name: String!
  kind: String!
  aliases: [String!]!
  roles: [String!]
  description: String
${relationFields}
}

type Article @node {
  id: ID!
  title: String!
  language: String!
  text: String!
  mentions: [Entity!]! @relationship(type: "MENTIONS", direction: OUT)
}

"One relation on a path: the fact's properties and its two entities."
type PathHop {
  type: String!
  id: ID!
  summary: String!
  subjectId: ID!
  subjectName: String!
  objectId: ID!
  objectName: String!
  sourceArticleIds: [String!]!
  sourceQuotes: [String!]!
}

type Query {
  "Shortest connection between two entities over fact relationships, up to maxHops."
  path(from: ID!, to: ID!, maxHops: Int! = 3): [PathHop!]!
    @cypher(
      statement: """
      MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
      MATCH p = shortestPath((a)-[:${FACT_TYPES}*..6]-(b))
      WHERE length(p) <= $maxHops
      UNWIND relationships(p) AS r
      RETURN { type: type(r), id: r.id, summary: r.summary,
               subjectId: startNode(r).id, subjectName: startNode(r).name,
               objectId: endNode(r).id, objectName: endNode(r).name,
               sourceArticleIds: r.sourceArticleIds, sourceQuotes: r.sourceQuotes } AS hop
      """
      columnName: "hop"
    )
}
`;
