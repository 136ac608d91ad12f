/** Neo4j in Docker through Testcontainers, with the pinned 5.26 Community image. */
import { randomBytes } from 'node:crypto';
import { PLUGINS, type PluginName } from './local/plugins.js';
import { procedureSettings } from './local/neo4jConf.js';
import type { Neo4jTarget } from './Neo4jTarget.js';
import { ProvisionError } from './ProvisionError.js';

export const neo4jImage = (version: string) => `neo4j:${version}-community`;

/**
 * The image fetches the plugins itself at start (NEO4J_PLUGINS: the versions its own table pairs
 * with this Neo4j), and gets the same procedure settings as the local server.
 */
export async function startContainer(
  version: string,
  plugins: readonly PluginName[],
  log: (msg: string) => void,
): Promise<Neo4jTarget> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const password = randomBytes(18).toString('base64url');
  log(
    `Starting ${neo4jImage(version)} with Testcontainers${plugins.length ? ` and ${plugins.join(', ')}` : ''}`,
  );
  const env: Record<string, string> = {};
  if (plugins.length > 0) {
    env.NEO4J_PLUGINS = JSON.stringify(plugins.map((p) => PLUGINS[p].dockerName));
    // The image reads a setting a.b_c from NEO4J_a_b__c.
    for (const [name, value] of procedureSettings(plugins))
      env[`NEO4J_${name.replaceAll('_', '__').replaceAll('.', '_')}`] = value;
  }
  try {
    const container = await new Neo4jContainer(neo4jImage(version))
      .withPassword(password)
      .withEnvironment(env)
      .start();
    let stopped = false;
    return {
      way: 'testcontainers',
      uri: container.getBoltUri(),
      username: container.getUsername(),
      password: container.getPassword(),
      database: 'neo4j',
      browserUrl: `${container.getHttpUri()}/browser/`,
      owned: true,
      async stop() {
        if (stopped) return;
        stopped = true;
        await container.stop();
      },
    };
  } catch (err) {
    throw new ProvisionError(
      `Testcontainers could not start ${neo4jImage(version)}: ${(err as Error).message}`,
    );
  }
}
