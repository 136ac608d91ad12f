/**
 * APOC and Graph Data Science in the local server: the test run's server has both (fetched with
 * the server's jars, resolved by Maven into folders of their own), its neo4j.conf allows exactly
 * their namespaces and unrestricts only the read-only procedures that need it, and two runs
 * fetching a plugin at once both end up with one complete folder.
 */
import { existsSync } from 'node:fs';
import { lstat, mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseEnv } from '../../src/config/env.js';
import type { Database } from '../../src/neo4j/Database.js';
import { ensureJars } from '../../src/neo4j/local/jars.js';
import { ensurePlugins, pluginDir } from '../../src/neo4j/local/plugins.js';
import { serverPlugins } from '../../src/neo4j/serverPlugins.js';
import { openTestDatabase } from '../support/testDatabase.js';

const env = parseEnv();
const local = inject('neo4j').localHome;
let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

describe('the server the tests run on', () => {
  it('has APOC Core and Graph Data Science, and says which versions', async () => {
    expect(await serverPlugins(db)).toEqual({ apoc: '5.26.0', gds: '2.13.9' });
  });

  it('imports GraphML with APOC (the libraries Neo4j’s pom leaves out of hadoop-common are there)', async () => {
    const [row] = await db
      .write("CALL apoc.import.graphml('no-such-file.graphml', {}) YIELD nodes RETURN nodes")
      .catch((err: Error) => [{ error: err.message }]);
    // The file is missing — but the reader got as far as looking for it in the import folder.
    expect(String(row?.error)).toMatch(/no-such-file\.graphml/);
    expect(String(row?.error)).not.toMatch(/ClassNotFound|NoClassDefFound/);
  });
});

describe.runIf(local !== null)('the local server’s plugin settings and folders', () => {
  it('neo4j.conf loads only the plugins’ namespaces and unrestricts only what needs it', async () => {
    const conf = await readFile(path.join(local!, 'conf', 'neo4j.conf'), 'utf8');
    const lines = conf.split('\n').filter((l) => l.startsWith('dbms.security.procedures.'));
    expect(lines).toEqual([
      'dbms.security.procedures.allowlist=apoc.*,gds.*',
      'dbms.security.procedures.unrestricted=apoc.meta.*,apoc.node.*,apoc.nodes.connected,apoc.nodes.isDense,apoc.any.*,apoc.rel.*,gds.util.asNode,gds.util.asNodes',
    ]);
    expect(await readFile(path.join(local!, 'conf', 'apoc.conf'), 'utf8')).toContain(
      'apoc.import.file.use_neo4j_config=true\napoc.export.file.enabled=false\n',
    );
  });

  it('keeps each plugin in its own folder, without the jars Neo4j has, and links only its own jars', async () => {
    const serverJars = new Set(
      await readdir(path.resolve(env.NEWSGRAPH_HOME, 'jars', env.NEWSGRAPH_NEO4J_VERSION)),
    );
    const links = new Map<string, string>();
    for (const entry of await readdir(path.join(local!, 'plugins'))) {
      const full = path.join(local!, 'plugins', entry);
      if ((await lstat(full)).isSymbolicLink()) links.set(entry, await readlink(full));
    }
    for (const name of ['apoc', 'gds'] as const) {
      const dir = pluginDir(env.NEWSGRAPH_HOME, env.NEWSGRAPH_NEO4J_VERSION, name);
      const jars = (await readdir(dir)).filter((f) => f.endsWith('.jar'));
      expect(jars.filter((j) => serverJars.has(j))).toEqual([]);
      const marker = JSON.parse(await readFile(path.join(dir, 'newsgraph-plugin.json'), 'utf8'));
      for (const jar of marker.procedureJars) expect(links.get(jar)).toBe(path.join(dir, jar));
    }
    expect(links.get('apoc-core-5.26.0-core.jar')).toBeDefined();
    expect(links.get('proc-2.13.9.jar')).toBeDefined();
    expect(links.get('opengds-extension-2.13.9.jar')).toBeDefined();
    // Libraries stay off the plugins folder (Neo4j would scan every class of them for procedures).
    expect(
      [...links.keys()].filter((j) => /woodstox|commons-collections4|eclipse-collections/.test(j)),
    ).toEqual([]);
  });
});

describe.runIf(local !== null)('fetching a plugin', () => {
  let home = '';
  afterAll(async () => {
    if (home) await rm(home, { recursive: true, force: true });
  });

  it('twice at once: both get the one complete folder, and nothing half-done is left', async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'ng-plugins-'));
    const serverJars = await ensureJars(env.NEWSGRAPH_HOME, env.NEWSGRAPH_NEO4J_VERSION, () => {});
    const fetch = () => ensurePlugins(home, env.NEWSGRAPH_NEO4J_VERSION, serverJars, ['apoc'], () => {});
    const [a, b] = await Promise.all([fetch(), fetch()]);
    const dir = pluginDir(home, env.NEWSGRAPH_NEO4J_VERSION, 'apoc');
    expect(a).toEqual([dir]);
    expect(b).toEqual([dir]);
    expect(await readdir(path.dirname(dir))).toEqual(['apoc-5.26.0']);
    expect((await readdir(dir)).sort()).toEqual([
      'RoaringBitmap-0.7.17.jar',
      'apoc-core-5.26.0-core.jar',
      'commons-collections4-4.4.jar',
      'hadoop-shaded-guava-1.5.0.jar',
      'newsgraph-plugin.json',
      'opencsv-5.7.1.jar',
      'stax2-api-4.2.1.jar',
      'woodstox-core-5.4.0.jar',
    ]);
    expect(existsSync(path.join(dir, 'pom.xml'))).toBe(false);
  });
});
