/**
 * Ablations of our server, to find where the GraphQL overhead goes (`--variants`): the same schema,
 * resolvers and DataLoaders (createSchema, createContext) on a bare graphql-yoga, without the
 * hardening plugins of createApp, optionally executed with graphql-jit (compiled queries).
 *   BENCH_VARIANT=bare | jit
 */
import { randomUUID } from 'node:crypto';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { createYoga } from 'graphql-yoga';
import { parseEnv } from '../../src/config/env.js';
import { createContext } from '../../src/graphql/context.js';
import { appSettings } from '../../src/server/appSettings.js';
import { createSchema } from '../../src/graphql/createSchema.js';
import { Database } from '../../src/neo4j/Database.js';
import { boundPort, listen } from '../../src/server/listen.js';
import { announceReady, closeOnSignal, coordinatesFromEnv } from './childReady.js';

const variant = process.env.BENCH_VARIANT ?? 'bare';
const { access } = appSettings(parseEnv());
const db = new Database(coordinatesFromEnv());
await db.ping();
const yoga = createYoga({
  schema: createSchema(),
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  logging: false,
  context: () => createContext(db, randomUUID(), access),
  plugins: variant === 'jit' ? [useGraphQlJit()] : [],
});
const server = await listen(yoga, 0, '127.0.0.1');
closeOnSignal(async () => {
  server.close();
  await db.close();
});
announceReady(boundPort(server));
