/**
 * `newsgraph neo4j start|stop|status`: keep the local Neo4j running between runs, for Neo4j
 * Browser, cypher-shell and analysts. `npm start` and the CLI reuse a server started this way
 * (and leave it running when they exit).
 */
import path from 'node:path';
import { Command } from 'commander';
import { cliEnv } from './cliEnv.js';
import {
  localServerProcesses,
  localServerState,
  startLocalServer,
  stopLocalServer,
} from '../neo4j/local/LocalServer.js';
import { readPassword } from '../neo4j/local/credentials.js';
import { findJava, hasMaven } from '../neo4j/local/java.js';
import { localServerOptions, NO_NEO4J_MESSAGE } from '../neo4j/resolveNeo4j.js';
import { UserError } from '../errors/UserError.js';

const serverHome = () => path.resolve(cliEnv().NEWSGRAPH_HOME, 'server');
const say = (msg: string) => process.stdout.write(msg + '\n');

function printConnection(boltPort: number, httpPort: number): void {
  const home = serverHome();
  say(`  Bolt URI:       bolt://127.0.0.1:${boltPort}`);
  say(`  Neo4j Browser:  http://127.0.0.1:${httpPort}/browser/`);
  say(`  User:           neo4j`);
  say(`  Password:       ${readPassword(home) ?? '(none)'}   (kept in ${path.join(home, 'password')})`);
  say(
    `  cypher-shell:   cypher-shell -a bolt://127.0.0.1:${boltPort} -u neo4j -p "$(cat ${path.join(home, 'password')})"`,
  );
  say(`  Other tools:    NEO4J_URI=bolt://127.0.0.1:${boltPort} NEO4J_PASSWORD=… npm start`);
}

export const neo4jCommand = new Command('neo4j').description('start, stop or inspect the local Neo4j server');

neo4jCommand
  .command('start')
  .description('start the local Neo4j 5.26 server in the background (fetches it from Maven Central once)')
  .action(async () => {
    const env = cliEnv();
    if (env.NEO4J_URI)
      throw new UserError(`NEO4J_URI is set (${env.NEO4J_URI}): newsgraph uses that server and starts none.`);
    if (!findJava() || !hasMaven())
      throw new UserError(`The local server needs Java 17+ and Maven.\n\n${NO_NEO4J_MESSAGE}`);
    const target = await startLocalServer(
      localServerOptions(env, { homeName: 'server', detached: true, wellKnownPorts: true, log: say }),
    );
    const state = await localServerState(serverHome());
    say(
      target.owned
        ? 'Neo4j is running (in the background; stop it with `npx newsgraph neo4j stop`):'
        : 'Neo4j was already running:',
    );
    if (state) printConnection(state.boltPort, state.httpPort);
  });

neo4jCommand
  .command('stop')
  .description('stop the local Neo4j server')
  .action(async () => {
    say((await stopLocalServer(serverHome())) ? 'Neo4j stopped.' : 'No local Neo4j is running.');
  });

neo4jCommand
  .command('status')
  .description('say whether the local Neo4j server runs, and how to connect to it')
  .action(async () => {
    const state = await localServerState(serverHome());
    const [unlisted] = state ? [] : localServerProcesses(serverHome());
    if (unlisted !== undefined) {
      say(
        `A local Neo4j (pid ${unlisted}) is running for ${serverHome()}, but without its state file its ` +
          'address is unknown. Stop it with `npx newsgraph neo4j stop`, then start it again.',
      );
      process.exitCode = 4;
      return;
    }
    if (!state) {
      say(`No local Neo4j is running for ${serverHome()}. Start one with \`npx newsgraph neo4j start\`.`);
      process.exitCode = 3;
      return;
    }
    say(`Neo4j ${state.version} is running (pid ${state.pid}, since ${state.startedAt}):`);
    printConnection(state.boltPort, state.httpPort);
  });
