// Runs before every bench script (package.json): the bench's own dependencies live in
// bench/node_modules, outside the product's install, so a fresh clone has none of them. Says
// what to run instead of failing later on a module that cannot be found.
import { existsSync, readFileSync } from 'node:fs';

const bench = new URL('./', import.meta.url);
const readJson = (url) => JSON.parse(readFileSync(url, 'utf8'));

const manifest = readJson(new URL('package.json', bench));
const locked = readJson(new URL('package-lock.json', bench)).packages;
const wanted = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });

const problems = [];
for (const name of wanted) {
  const file = new URL(`node_modules/${name}/package.json`, bench);
  const lockedVersion = locked[`node_modules/${name}`]?.version;
  if (!existsSync(file)) problems.push(`${name} is not installed`);
  else if (readJson(file).version !== lockedVersion)
    problems.push(`${name} is not the locked version ${lockedVersion}`);
}
// @neo4j/graphql must find the root's graphql: a second copy would make its schema foreign to
// yoga ("Cannot use GraphQLSchema from another module or realm"). bench/.npmrc keeps npm from
// installing peers here; an install without it brings one.
if (existsSync(new URL('node_modules/graphql', bench)))
  problems.push('bench/node_modules/graphql is a second graphql (installed without bench/.npmrc)');

if (problems.length > 0) {
  const detail = existsSync(new URL('node_modules', bench))
    ? `are not as locked:\n${problems.map((p) => `  - ${p}\n`).join('')}`
    : `are not installed (the root's npm ci leaves them out).\n`;
  console.error(`bench: bench/'s own dependencies (bench/package.json) ${detail}Run: npm run bench:install`);
  process.exit(1);
}
