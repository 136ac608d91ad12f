/**
 * The Neo4j plugins of the local server — APOC Core and Graph Data Science — and their runtime
 * dependencies, resolved by Maven and laid out into a folder per plugin:
 * `<home>/plugins-<neo4j version>/<plugin>-<version>/`. The versions are pinned here only.
 *
 * Each plugin's dependencies are resolved with Neo4j as a `provided` dependency, so a library both
 * use is mediated to Neo4j's version, and every jar the server's own folder already holds is left
 * out. The folders go on the classpath after Neo4j's jars: APOC's `core` jar bundles older copies
 * of libraries Neo4j also has (commons-lang3 among them) without relocating them, and ahead of
 * Neo4j's they break the server (a NoSuchMethodError at start).
 *
 * Neo4j registers procedures only from jars in its plugins folder (server.directories.plugins),
 * scanning every class of every jar there, while GDS's extensions are found on the classpath. So
 * the classpath has every jar, and the home's plugins folder links only the plugins' own jars
 * (their Maven group), not the libraries they use (linkPluginJars).
 *
 * The folders are shared by every run on the machine: a fetch fills a private folder and renames
 * it into place whole, so a run never sees half a plugin, and two runs fetching at once both end
 * up with the one that was renamed first.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  chmod,
  copyFile,
  lstat,
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { ProvisionError } from '../ProvisionError.js';
import { runMaven } from './jars.js';

export type PluginName = 'apoc' | 'gds';

interface Artifact {
  groupId: string;
  artifactId: string;
  /** Maven classifier, if any. */
  classifier?: string;
}

interface Plugin {
  /** What the plugin is called in messages. */
  title: string;
  version: string;
  /** Its artifacts (all of this version), whose own jars hold its procedures. */
  artifacts: Artifact[];
  /** Libraries it needs at run time that neither its poms nor Neo4j's bring (see APOC's). */
  libraries: (Artifact & { version: string })[];
  /** The name the Neo4j Docker image's NEO4J_PLUGINS knows it by. */
  dockerName: string;
}

/**
 * APOC Core's line for Neo4j 5.26, and the GDS line that supports 5.26. GDS's procedures
 * (`proc`) need the extension that builds the facade they are given (`opengds-extension`): the
 * jar GDS ships for Neo4j bundles both.
 */
export const PLUGINS: Record<PluginName, Plugin> = {
  apoc: {
    title: 'APOC Core',
    version: '5.26.0',
    artifacts: [{ groupId: 'org.neo4j.procedure', artifactId: 'apoc-core', classifier: 'core' }],
    // APOC's file readers (apoc.import.graphml among them) go through Hadoop's, since Neo4j has
    // hadoop-common on its classpath — but Neo4j's pom excludes every dependency of hadoop-common,
    // so these (at the versions hadoop-common 3.5.0 of Neo4j 5.26 declares) are missing.
    libraries: [
      { groupId: 'com.fasterxml.woodstox', artifactId: 'woodstox-core', version: '5.4.0' },
      { groupId: 'org.codehaus.woodstox', artifactId: 'stax2-api', version: '4.2.1' },
      { groupId: 'org.apache.commons', artifactId: 'commons-collections4', version: '4.4' },
      { groupId: 'org.apache.hadoop.thirdparty', artifactId: 'hadoop-shaded-guava', version: '1.5.0' },
    ],
    dockerName: 'apoc',
  },
  gds: {
    title: 'Graph Data Science',
    version: '2.13.9',
    artifacts: [
      { groupId: 'org.neo4j.gds', artifactId: 'proc' },
      { groupId: 'org.neo4j.gds', artifactId: 'opengds-extension' },
    ],
    libraries: [],
    dockerName: 'graph-data-science',
  },
};

/** Written last into a fetched folder: the plugin's own jars. Its presence means the folder is complete. */
const MARKER = 'newsgraph-plugin.json';

interface Marker {
  plugin: string;
  /** The jars with the plugin's procedures (its own Maven group); the rest are libraries. */
  procedureJars: string[];
}

export function pluginDir(home: string, neo4jVersion: string, name: PluginName): string {
  return path.resolve(home, `plugins-${neo4jVersion}`, `${name}-${PLUGINS[name].version}`);
}

/**
 * The folders holding the plugins `names` (in that order), fetching any that are missing.
 * `serverJars` is the server's own folder, whose jars are left out of the plugins' folders.
 */
export async function ensurePlugins(
  home: string,
  neo4jVersion: string,
  serverJars: string,
  names: readonly PluginName[],
  log: (msg: string) => void,
): Promise<string[]> {
  const dirs: string[] = [];
  for (const name of names) dirs.push(await ensurePlugin(home, neo4jVersion, serverJars, name, log));
  return dirs;
}

async function ensurePlugin(
  home: string,
  neo4jVersion: string,
  serverJars: string,
  name: PluginName,
  log: (msg: string) => void,
): Promise<string> {
  const dir = pluginDir(home, neo4jVersion, name);
  if (existsSync(path.join(dir, MARKER))) return dir;
  const p = PLUGINS[name];
  // Unique to this fetch: two at once (other processes, or this one) never share a folder.
  const partial = `${dir}.partial-${process.pid}-${randomUUID()}`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  log(`Fetching ${p.title} ${p.version} and its dependencies from Maven Central (once) into ${dir}`);
  const pom = path.join(partial, 'pom.xml');
  const list = path.join(partial, 'dependencies.txt');
  await writeFile(pom, pluginPom(neo4jVersion, p));
  const args = [
    '-B',
    '-q',
    '-f',
    pom,
    'dependency:list',
    `-DoutputFile=${list}`,
    '-DoutputAbsoluteArtifactFilename=true',
    '-DincludeScope=runtime',
    '-DexcludeScope=provided',
  ];
  const { code, output } = await runMaven(args);
  const resolved = code === 0 && existsSync(list) ? parseDependencyList(await readFile(list, 'utf8')) : [];
  const own = new Set(p.artifacts.map((a) => `${a.groupId}:${a.artifactId}`));
  if (resolved.filter((d) => own.has(`${d.groupId}:${d.artifactId}`)).length !== own.size) {
    await rm(partial, { recursive: true, force: true });
    const tail = output.trim().split('\n').slice(-15).join('\n');
    throw new ProvisionError(
      `Maven could not resolve ${p.title} ${p.version} (exit ${code}).\nCommand: mvn ${args.join(' ')}\n${tail}\n` +
        'Check that Maven can reach Maven Central, or set NEWSGRAPH_NEO4J_PLUGINS=none to start without plugins.',
    );
  }
  const provided = new Set(await readdir(serverJars));
  const groups = new Set(p.artifacts.map((a) => a.groupId));
  const procedureJars: string[] = [];
  for (const d of resolved) {
    const jar = path.basename(d.file);
    if (provided.has(jar)) continue;
    await copyFile(d.file, path.join(partial, jar));
    if (groups.has(d.groupId)) procedureJars.push(jar);
  }
  await rm(pom);
  await rm(list);
  const marker: Marker = { plugin: `${name} ${p.version}`, procedureJars: procedureJars.sort() };
  await writeFile(path.join(partial, MARKER), JSON.stringify(marker, null, 2));
  try {
    await rename(partial, dir);
  } catch (err) {
    // Another run renamed its complete folder into place first: use that one.
    await rm(partial, { recursive: true, force: true });
    if (!existsSync(path.join(dir, MARKER))) throw err;
  }
  log(`Fetched ${p.title}: ${(await readdir(dir)).length - 1} jars`);
  return dir;
}

/** A pom that only names the plugin's artifacts, with Neo4j as provided (see the top of this file). */
function pluginPom(neo4jVersion: string, p: Plugin): string {
  const dependency = (a: Artifact, version: string, scope?: string) =>
    [
      '    <dependency>',
      `      <groupId>${a.groupId}</groupId>`,
      `      <artifactId>${a.artifactId}</artifactId>`,
      `      <version>${version}</version>`,
      ...(a.classifier ? [`      <classifier>${a.classifier}</classifier>`] : []),
      ...(scope ? [`      <scope>${scope}</scope>`] : []),
      '    </dependency>',
    ].join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- Written by newsgraph (src/neo4j/local/plugins.ts): resolves one plugin for the local server. -->',
    '<project xmlns="http://maven.apache.org/POM/4.0.0">',
    '  <modelVersion>4.0.0</modelVersion>',
    '  <groupId>newsgraph</groupId>',
    '  <artifactId>neo4j-local-plugin</artifactId>',
    '  <version>0</version>',
    '  <packaging>pom</packaging>',
    '  <dependencies>',
    dependency({ groupId: 'org.neo4j', artifactId: 'neo4j' }, neo4jVersion, 'provided'),
    ...p.artifacts.map((a) => dependency(a, p.version)),
    ...p.libraries.map((a) => dependency(a, a.version)),
    '  </dependencies>',
    '  <build><plugins><plugin>',
    '    <groupId>org.apache.maven.plugins</groupId>',
    '    <artifactId>maven-dependency-plugin</artifactId>',
    '    <version>3.8.1</version>',
    '  </plugin></plugins></build>',
    '</project>',
    '',
  ].join('\n');
}

interface ResolvedJar {
  groupId: string;
  artifactId: string;
  file: string;
}

/** The jars of `mvn dependency:list -DoutputAbsoluteArtifactFilename=true` (group:artifact:type[:classifier]:version:scope:file). */
function parseDependencyList(text: string): ResolvedJar[] {
  const jars: ResolvedJar[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*([^:\s]+):([^:\s]+):jar:(?:[^:\s]+:)?[^:\s]+:(?:compile|runtime):(\S+\.jar)/.exec(line);
    if (m) jars.push({ groupId: m[1]!, artifactId: m[2]!, file: m[3]! });
  }
  return jars;
}

/**
 * Makes the home's plugins folder hold exactly links to the procedure jars of `dirs` (links left
 * by an earlier start with other plugins are removed; files a user put there are left alone).
 */
export async function linkPluginJars(pluginsFolder: string, dirs: readonly string[]): Promise<void> {
  for (const entry of await readdir(pluginsFolder))
    if ((await lstat(path.join(pluginsFolder, entry))).isSymbolicLink())
      await rm(path.join(pluginsFolder, entry));
  for (const dir of dirs) {
    const marker = JSON.parse(await readFile(path.join(dir, MARKER), 'utf8')) as Marker;
    for (const jar of marker.procedureJars) {
      // What the home links to is its owner's only, like everything else in it (SECURITY.md).
      await chmod(path.join(dir, jar), 0o600);
      await symlink(path.join(dir, jar), path.join(pluginsFolder, jar));
    }
  }
}
