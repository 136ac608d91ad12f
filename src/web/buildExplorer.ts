/**
 * Bundles the explorer page's script and styles (src/web/app/ → src/web/dist/) with esbuild, so
 * the page and Cytoscape.js are served by newsgraph itself and work offline (no CDN).
 * `npm install` builds it (the `prepare` script runs `npm run build:web`); the server rebuilds it
 * on first use when it is missing or older than any of its sources (recorded by esbuild's
 * metafile), so a checkout without `npm install` — or after editing src/web — still serves a
 * current bundle. Files are written to a temporary name and renamed, never half-written.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

export const WEB_DIR = fileURLToPath(new URL('./', import.meta.url));
export const DIST_DIR = path.join(WEB_DIR, 'dist');
const ROOT = path.resolve(WEB_DIR, '../..');
const ENTRY = path.join(WEB_DIR, 'app', 'main.ts');
const CURATE_ENTRY = path.join(WEB_DIR, 'app', 'curate', 'main.ts');
const INPUTS_FILE = path.join(DIST_DIR, 'inputs.json');
export const BUNDLE_FILES = ['explorer.js', 'explorer.css', 'curate.js', 'curate.css'] as const;

/**
 * The curation workbench bundles the loader's own checks (validateFactFileText), whose module also
 * holds the file-reading variant: Node's modules become stubs that throw if called, which the
 * page never does (it passes the article text inline).
 */
const nodeStubs: Plugin = {
  name: 'node-stubs',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'node-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'node-stub' }, (args) => ({
      contents: `module.exports = new Proxy({}, { get: (_, key) => key === '__esModule' ? false : () => {
        throw new Error(${JSON.stringify(args.path)} + '.' + String(key) + ' is not available in the browser');
      } });`,
      loader: 'js',
    }));
  },
};

/** Builds dist/explorer.{js,css} and the curation workbench's dist/curate.{js,css} (with source maps). */
export async function buildExplorer(): Promise<void> {
  const result = await build({
    entryPoints: { explorer: ENTRY, curate: CURATE_ENTRY },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    sourcemap: 'linked',
    outdir: DIST_DIR,
    write: false,
    metafile: true,
    legalComments: 'linked',
    logLevel: 'silent',
    plugins: [nodeStubs],
  });
  await mkdir(DIST_DIR, { recursive: true });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((p) => !p.startsWith('node-stub:'))
    .map((p) => path.resolve(ROOT, p));
  const files = [
    ...result.outputFiles.map((f) => ({ path: f.path, contents: f.contents })),
    {
      path: INPUTS_FILE,
      contents: Buffer.from(
        JSON.stringify(
          inputs.map((p) => path.relative(ROOT, p)),
          null,
          1,
        ),
      ),
    },
  ];
  for (const f of files) {
    const temporary = `${f.path}.${process.pid}.tmp`;
    await writeFile(temporary, f.contents);
    await rename(temporary, f.path);
  }
}

/** True when a bundle file is missing or any source it was built from changed since. */
export function explorerIsStale(): boolean {
  if (!existsSync(INPUTS_FILE) || BUNDLE_FILES.some((f) => !existsSync(path.join(DIST_DIR, f)))) return true;
  const builtAt = Math.min(...BUNDLE_FILES.map((f) => statSync(path.join(DIST_DIR, f)).mtimeMs));
  const inputs = JSON.parse(readFileSync(INPUTS_FILE, 'utf8')) as string[];
  return inputs.some((p) => {
    const file = path.resolve(ROOT, p);
    return !existsSync(file) || statSync(file).mtimeMs > builtAt;
  });
}

let pending: Promise<void> | null = null;

/** Builds the bundle if it is stale; concurrent callers share one build. */
export function ensureExplorerBuilt(): Promise<void> {
  if (!explorerIsStale()) return Promise.resolve();
  pending ??= buildExplorer().finally(() => {
    pending = null;
  });
  return pending;
}
