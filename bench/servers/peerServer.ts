/**
 * The peer: @neo4j/graphql (Neo4j's official GraphQL library) over the same graph, served by
 * graphql-yoga like newsgraph, with the library's defaults. Runs as its own process.
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { boundPort, listen } from '../../src/server/listen.js';
import { typeDefs } from '../peer/typeDefs.js';
import { announceReady, closeOnSignal, coordinatesFromEnv } from './childReady.js';

const c = coordinatesFromEnv();
const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), { userAgent: 'bench-peer' });
await driver.verifyConnectivity({ database: c.database });
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const yoga = createYoga({
  schema,
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  context: () => ({ sessionConfig: { database: c.database } }),
});
const server = await listen(yoga, 0, '127.0.0.1');
closeOnSignal(async () => {
  server.close();
  await driver.close();
});
announceReady(boundPort(server));
