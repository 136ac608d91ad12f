/**
 * Known entities taken from fact files (`newsgraph draft --entities`): every entity of every file
 * that fits the schema, merged by id (aliases and roles united), for drafting without a graph.
 */
import { isDefinition } from '../ingest/factFile.js';
import { readFactFiles } from '../ingest/loadPath.js';
import type { KnownEntity } from './mentions.js';

export async function entitiesFromFiles(paths: readonly string[]): Promise<KnownEntity[]> {
  const { articles } = await readFactFiles(paths);
  const byId = new Map<string, KnownEntity>();
  for (const a of articles)
    for (const e of a.entities) {
      const had = byId.get(e.id);
      // A reference by id adds its aliases to a definition found elsewhere, and is nothing alone.
      const base = isDefinition(e) ? e : had;
      if (!base) continue;
      byId.set(e.id, {
        ...base,
        aliases: [...new Set([...(had?.aliases ?? []), ...e.aliases])],
        roles: [
          ...(had?.roles ?? []),
          ...e.roles.filter((r) => !had?.roles?.some((x) => x.of === r.of && x.title === r.title)),
        ],
      });
    }
  return [...byId.values()];
}
