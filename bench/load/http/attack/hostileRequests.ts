/**
 * What the attackers send: analyst Cypher that burns CPU, answers huge rows or names the word the
 * old circuit breaker looked for; GraphQL that is nested too deep or asks for huge pages; bodies
 * over the server's limit. Each is one POST to /graphql; the slow-header clients are in
 * slowClients.ts.
 */
export interface HostileRequest {
  name: string;
  /** Concurrent loops sending it (before --attack-scale). */
  loops: number;
  body: string;
}

const cypher = (statement: string) =>
  JSON.stringify({
    query: 'query ($q: String!) { cypher(query: $q) { columns rows truncated } }',
    variables: { q: statement },
  });

/** relations → nodes → subject, `levels` times: far past the depth limit. */
function deepQuery(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `relations(first: 100) { nodes { subject { ${inner} } } }`;
  return JSON.stringify({ query: `{ entity(id: "deepseek") { ${inner} } }` });
}

export const HOSTILE_REQUESTS: HostileRequest[] = [
  // A CPU-bound expression: Neo4j cannot interrupt it between rows, so it outlives its timeout.
  {
    name: 'cypherCpu',
    loops: 8,
    body: cypher('RETURN reduce(s = 0, x IN range(1, 300000000) | s + x) AS s'),
  },
  // One row of about 12.9 MB.
  {
    name: 'cypherBigRow',
    loops: 4,
    body: cypher("RETURN [x IN range(1,300000) | '0123456789012345678901234567890123456789'] AS big"),
  },
  // Fails in Neo4j with a message that repeats the user's text ('connect').
  {
    name: 'cypherCircuit',
    loops: 2,
    body: cypher("CALL db.index.fulltext.queryNodes('connect','x') YIELD node RETURN node"),
  },
  { name: 'deepNesting', loops: 2, body: deepQuery(8) },
  {
    name: 'hugeFirst',
    loops: 2,
    body: JSON.stringify({
      query:
        '{ entities(first: 1000000) { nodes { id relations(first: 1000000) { nodes { id summary } } } } }',
    }),
  },
  // Twice NEWSGRAPH_MAX_BODY_BYTES' default: answered 413 before any parsing.
  {
    name: 'oversizedBody',
    loops: 2,
    body: JSON.stringify({ query: '{ stats { entities } }', variables: { pad: 'x'.repeat(200_000) } }),
  },
];
