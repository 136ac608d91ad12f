/** Where the numbers came from: machine, versions, load on the machine, commit. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** The bench's own dependencies are in bench/node_modules, the product's in the root's. */
function version(pkg: string): string {
  for (const folder of ['../node_modules/', '../../node_modules/']) {
    try {
      const file = new URL(`${folder}${pkg}/package.json`, import.meta.url);
      return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    } catch {
      // not in this folder
    }
  }
  return 'unknown';
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

export function machineInfo(neo4j: { version: string; heap: string; pageCache: string; way: string }) {
  return {
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.versions.node,
    neo4j: neo4j.version,
    neo4jWay: neo4j.way,
    neo4jHeap: neo4j.heap,
    neo4jPageCache: neo4j.pageCache,
    neo4jDriver: version('neo4j-driver'),
    graphqlYoga: version('graphql-yoga'),
    graphql: version('graphql'),
    neo4jGraphql: version('@neo4j/graphql'),
    autocannon: version('autocannon'),
    commit:
      git(['rev-parse', '--short', 'HEAD']) +
      (git(['status', '--porcelain']) ? ' (uncommitted changes)' : ''),
    loadAverageStart: loadAverage(),
  };
}
