/**
 * The local Neo4j server serves Neo4j Browser (its jar is on the classpath) at /browser/, where
 * analysts connect with the URI, user and password `npx newsgraph neo4j status` prints. Checked on
 * the test run's own server when that is the local one (a Docker or NEO4J_URI server's Browser
 * is not newsgraph's to provide).
 */
import { describe, expect, inject, it } from 'vitest';
import { liveState } from '../../src/neo4j/local/serverState.js';

const { way, localHome } = inject('neo4j');

describe.runIf(way === 'local' && localHome !== null)('Neo4j Browser on the local server', () => {
  it('answers 200 at /browser/ with the Browser app', async () => {
    const state = await liveState(localHome!);
    expect(state, `no live server state in ${localHome}`).not.toBeNull();
    const url = `http://127.0.0.1:${state!.httpPort}/browser/`;
    const res = await fetch(url);
    const body = await res.text();
    expect(res.status, `${url}: ${body.slice(0, 200)}`).toBe(200);
    expect(body).toMatch(/Neo4j Browser/i);
  });
});
