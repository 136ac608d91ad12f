/**
 * The synthetic benchmark corpus: `facts` facts in `newsgraph/facts@1` files (one article per
 * file, ~20 facts each), deterministic for a (facts, seed) pair, written under
 * `<NEWSGRAPH_HOME>/bench-corpus/` (git-ignored) — never into seed/. Everything is marked
 * synthetic: ids start with `syn-`, titles with "SYNTHETIC", descriptions too.
 *
 *   npx tsx bench/corpus/generate.ts --facts 100000 [--seed 42]
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { RelationType } from '../../src/domain/relationTypes.js';
import { ArticleBuilder } from './articleBuilder.js';
import { intBetween, rngFor } from './prng.js';
import { DegreeTracker, type Probes } from './probes.js';
import { Universe } from './universe.js';

/** Bump when the output changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 1;

export interface CorpusManifest {
  generator: string;
  synthetic: true;
  seed: number;
  /** Fact entries in the files (what a loader processes; re-reports included). */
  facts: number;
  /** Distinct facts = relationships in the graph (re-reports add a source, not an edge). */
  distinctFacts: number;
  articles: number;
  /** Entities named by at least one fact. */
  entities: number;
  factsPerType: Partial<Record<RelationType, number>>;
  /** Folder of the `*.facts.json` files. */
  articlesDir: string;
  probes: Probes;
}

export function defaultCorpusRoot(): string {
  return path.resolve(process.env.NEWSGRAPH_HOME || '.neo4j', 'bench-corpus');
}

/** Returns the corpus for (facts, seed), generating it unless a complete copy is already on disk. */
export async function ensureCorpus(
  facts: number,
  seed = 42,
  root = defaultCorpusRoot(),
): Promise<CorpusManifest> {
  const dir = path.join(root, `f${facts}-s${seed}-v${GENERATOR_VERSION}`);
  const manifestFile = path.join(dir, 'manifest.json');
  if (existsSync(manifestFile)) return JSON.parse(await readFile(manifestFile, 'utf8')) as CorpusManifest;
  const tmp = `${dir}.partial`;
  await rm(tmp, { recursive: true, force: true });
  const manifest = await generateCorpus(facts, seed, tmp);
  await rename(tmp, dir);
  manifest.articlesDir = path.join(dir, 'articles');
  await writeFile(manifestFile, JSON.stringify(manifest, null, 2));
  return manifest;
}

export async function generateCorpus(facts: number, seed: number, dir: string): Promise<CorpusManifest> {
  if (!Number.isInteger(facts) || facts < 100)
    throw new Error(`--facts must be an integer ≥ 100, got ${facts}`);
  const universe = new Universe(seed, Math.max(300, Math.round(facts / 10)));
  const tracker = new DegreeTracker(universe.entities.length, facts);
  const perType: Partial<Record<RelationType, number>> = {};
  let distinct = 0;
  const builder = new ArticleBuilder(universe, (s, o, type) => {
    tracker.add(s, o, type);
    perType[type] = (perType[type] ?? 0) + 1;
    distinct++;
  });
  const articlesDir = path.join(dir, 'articles');
  await mkdir(articlesDir, { recursive: true });
  let written = 0;
  let articles = 0;
  const named = new Set<string>();
  const pending: Promise<void>[] = [];
  while (written < facts) {
    const rng = rngFor(seed, 4, articles);
    const count = Math.min(intBetween(rng, 8, 32), facts - written);
    const file = builder.build(rng, articles, count);
    for (const e of file.entities) named.add(e.id);
    const name = `${String(articles).padStart(7, '0')}_${file.article.id}.facts.json`;
    pending.push(writeFile(path.join(articlesDir, name), JSON.stringify(file, null, 1)));
    if (pending.length >= 64) await Promise.all(pending.splice(0));
    written += count;
    articles++;
  }
  await Promise.all(pending);
  return {
    generator: `bench/corpus/generate.ts v${GENERATOR_VERSION}`,
    synthetic: true,
    seed,
    facts: written,
    distinctFacts: distinct,
    articles,
    entities: named.size,
    factsPerType: perType,
    articlesDir,
    probes: tracker.probes(rngFor(seed, 5), universe),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { facts: { type: 'string', default: '10000' }, seed: { type: 'string', default: '42' } },
  });
  const started = Date.now();
  const m = await ensureCorpus(Number(values.facts), Number(values.seed));
  const { probes: _p, ...summary } = m;
  console.log(JSON.stringify(summary, null, 2));
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
