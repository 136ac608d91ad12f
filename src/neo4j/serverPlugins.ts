/**
 * Which plugins the connected Neo4j has — APOC (analysts' Cypher, the GraphML round trip) and
 * Graph Data Science (GraphQL `ranking` and `Entity.community`) — with their versions. Asked of
 * the server rather than taken from the settings: a server named by NEO4J_URI has whatever its
 * operator installed.
 */
import type { Database } from './Database.js';
import { query } from './queryLibrary.js';

export interface ServerPlugins {
  /** APOC's version, or null when the server has no APOC. */
  apoc: string | null;
  /** GDS's version, or null when the server has no GDS. */
  gds: string | null;
}

export async function serverPlugins(db: Database): Promise<ServerPlugins> {
  const [row] = await db.read(query('serverPlugins'));
  const present = new Set((row?.present as string[] | undefined) ?? []);
  const version = async (name: 'apoc' | 'gds') => {
    if (!present.has(`${name}.version`)) return null;
    const [v] = await db.read(query(`${name}Version`));
    return String(v?.version);
  };
  return { apoc: await version('apoc'), gds: await version('gds') };
}

/** One line for the start-up log. */
export function describePlugins(p: ServerPlugins): string {
  const have = [p.apoc && `APOC ${p.apoc}`, p.gds && `GDS ${p.gds}`].filter(Boolean);
  const missing = [
    !p.apoc && 'APOC',
    !p.gds && 'GDS (GraphQL ranking and Entity.community answer PLUGIN_MISSING)',
  ].filter(Boolean);
  return `Neo4j plugins: ${have.length ? have.join(', ') : 'none'}${missing.length ? `; without ${missing.join(', ')}` : ''}`;
}
