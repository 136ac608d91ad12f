/**
 * `newsgraph load --initial` (src/ingest/bulk/initialImport.ts) on a local server of the test's
 * own: the graph neo4j-admin import leaves must equal, node for node and property for property
 * (values and their Cypher types), the graph the transactional loader leaves from the same
 * files; and an import that may not run (a graph that holds anything, a running server) must
 * change nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCorpus } from '../../bench/corpus/generate.js';
import { initialImport, type InitialImportOptions } from '../../src/ingest/bulk/initialImport.js';
import { loadArticles, readFactFiles } from '../../src/ingest/loadPath.js';
import type { ValidArticle } from '../../src/ingest/validateFactFile.js';
import { applySchema } from '../../src/neo4j/applySchema.js';
import { Database } from '../../src/neo4j/Database.js';
import { startLocalServer, stopLocalServer } from '../../src/neo4j/local/LocalServer.js';
import { ownServerOptions, servingQueries } from '../hardening/ownNeo4j.js';

let home: string;
let options: InitialImportOptions;
let articles: ValidArticle[];

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'ng-initial-import-'));
  options = {
    server: ownServerOptions(path.join(home, 'server')),
    // A server with APOC and GDS takes a minute or more to start on a busy 2-core machine, and
    // this file starts one three times per test, beside other files' servers.
    connectWaitMs: 300_000,
    log: () => {},
  };
  // The seed, and a synthetic corpus with every relation type, re-reported facts and denials.
  const corpus = await ensureCorpus(1_000, 7, path.join(home, 'corpus'));
  const read = await readFactFiles(['seed', corpus.articlesDir]);
  expect(read.problems).toEqual([]);
  articles = read.articles;
}, 120_000);
afterAll(async () => {
  await stopLocalServer(options.server.home);
  await rm(home, { recursive: true, force: true });
});

type Dump = Awaited<ReturnType<typeof dump>>;

/** Every node and relationship with its labels or type, properties and their Cypher types. */
async function dump(db: Database) {
  const typed = (x: string) => `[k IN keys(${x}) | [k, valueType(${x}[k])]]`;
  const nodes = await db.read(
    `MATCH (n) RETURN labels(n) AS labels, properties(n) AS props, ${typed('n')} AS types`,
  );
  const rels = await db.read(
    `MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props, ${typed('r')} AS types`,
  );
  const norm = (rows: Record<string, unknown>[]) =>
    rows
      .map((row) => {
        const { loadedAt, ...props } = row.props as Record<string, unknown>;
        // Keys sorted: the order properties come back in depends on how the store was written.
        const sorted = Object.fromEntries(Object.entries(props).sort(([x], [y]) => x.localeCompare(y)));
        return JSON.stringify({
          ...row,
          labels: (row.labels as string[] | undefined)?.slice().sort(),
          props: { ...sorted, loadedAt: loadedAt === undefined ? 'none' : 'set' },
          types: (row.types as [string, string][]).slice().sort((x, y) => x[0].localeCompare(y[0])),
        });
      })
      .sort();
  return { nodes: norm(nodes), relationships: norm(rels) };
}

/** What one dump has that the other has not (a short report where a deep diff would be pages). */
function difference(a: Dump, b: Dump) {
  const only = (x: string[], y: string[]) => {
    const ys = new Set(y);
    return x.filter((v) => !ys.has(v)).slice(0, 3);
  };
  return {
    nodesOnlyInFirst: only(a.nodes, b.nodes),
    nodesOnlyInSecond: only(b.nodes, a.nodes),
    relationshipsOnlyInFirst: only(a.relationships, b.relationships),
    relationshipsOnlyInSecond: only(b.relationships, a.relationships),
    counts: [a.nodes.length - b.nodes.length, a.relationships.length - b.relationships.length],
  };
}
const SAME = {
  nodesOnlyInFirst: [],
  nodesOnlyInSecond: [],
  relationshipsOnlyInFirst: [],
  relationshipsOnlyInSecond: [],
  counts: [0, 0],
};

async function withServer<T>(work: (db: Database) => Promise<T>, server = options.server): Promise<T> {
  const target = await startLocalServer(server);
  const db = new Database(target, { defaultTimeoutMs: 120_000 });
  try {
    await servingQueries(target);
    return await work(db);
  } finally {
    await db.close();
    await target.stop();
  }
}

describe('the initial import', () => {
  let loaded: Dump;

  /** Imports, then checks the graph against the transactional loader's and that search reads it. */
  async function importAndCompare(o: InitialImportOptions) {
    const r = await initialImport(articles, o);
    try {
      expect(difference(await dump(r.db), loaded)).toEqual(SAME);
      expect(r.facts).toBe(new Set(articles.flatMap((a) => a.facts.map((f) => f.id))).size);
      // The schema is in place: constraints, and the full-text index search reads.
      const [c] = await r.db.read('SHOW CONSTRAINTS YIELD name RETURN count(*) AS n');
      expect(Number(c?.n)).toBeGreaterThanOrEqual(16);
      const hits = await r.db.read(
        "CALL db.index.fulltext.queryNodes('entity_names', 'DeepSeek') YIELD node RETURN node.id AS id",
      );
      expect(hits.map((h) => h.id)).toContain('deepseek');
    } finally {
      await r.db.close();
      await r.target.stop();
    }
  }

  it('writes exactly the graph the transactional loader writes, into a new home (auth on)', async () => {
    loaded = await withServer(async (db) => {
      await applySchema(db);
      await loadArticles(db, articles);
      return dump(db);
    });
    expect(loaded.nodes.length).toBeGreaterThan(100);
    expect(loaded.relationships.length).toBeGreaterThan(1_000);
    // A home that never ran: no server is asked; the password is set before the import.
    const fresh = path.join(home, 'fresh');
    try {
      await importAndCompare({ ...options, server: { ...options.server, home: fresh, auth: true } });
    } finally {
      await stopLocalServer(fresh);
    }
  }, 600_000);

  it('does the same into a graph emptied by deleting everything', async () => {
    await withServer((db) => db.write('MATCH (n) DETACH DELETE n'));
    await importAndCompare(options);
  }, 600_000);

  it('refuses a graph that holds anything, and leaves it as it was', async () => {
    await expect(initialImport(articles.slice(0, 3), options)).rejects.toThrow(
      /loads only into an empty graph.*Nothing was changed/s,
    );
    expect(difference(await withServer(dump), loaded)).toEqual(SAME);
  }, 600_000);

  it('refuses a graph that holds only a node of another label (the import would replace it)', async () => {
    const other = { ...options, server: { ...options.server, home: path.join(home, 'other') } };
    await withServer((db) => db.write("CREATE (:AnalystNote {text: 'keep me'})"), other.server);
    await expect(initialImport(articles.slice(0, 3), other)).rejects.toThrow(
      /holds 1 node\(s\), 0 of them entities.*Nothing was changed/s,
    );
    const kept = await withServer((db) => db.read('MATCH (n) RETURN n.text AS text'), other.server);
    expect(kept).toEqual([{ text: 'keep me' }]);
  }, 600_000);

  it('refuses while the server runs, and leaves the graph as it was', async () => {
    const target = await startLocalServer(options.server);
    try {
      await expect(initialImport(articles, options)).rejects.toThrow(/is running \(pid \d+\).*stop it/s);
    } finally {
      await target.stop();
    }
    expect(difference(await withServer(dump), loaded)).toEqual(SAME);
  }, 600_000);
});
