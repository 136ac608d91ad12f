/** Neo4j in Docker through Testcontainers, with the pinned 5.26 Community image. */
import { randomBytes } from 'node:crypto';
import type { Neo4jTarget } from './Neo4jTarget.js';
import { ProvisionError } from './ProvisionError.js';

export const neo4jImage = (version: string) => `neo4j:${version}-community`;

export async function startContainer(version: string, log: (msg: string) => void): Promise<Neo4jTarget> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const password = randomBytes(18).toString('base64url');
  log(`Starting ${neo4jImage(version)} with Testcontainers`);
  try {
    const container = await new Neo4jContainer(neo4jImage(version)).withPassword(password).start();
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
