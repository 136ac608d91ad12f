/**
 * How the local server's JVMs (the server, neo4j-admin) are started: with only the environment a
 * JVM needs — never the service's own secrets (NEWSGRAPH_API_KEY, NEO4J_PASSWORD, …), which any
 * plugin or procedure could read from it — and with umask 077, so every file Neo4j creates
 * (store, transaction logs, auth file, its logs) is readable by its owner only.
 */

/** What a JVM and Neo4j read from the environment; everything else stays behind. */
const PASSED_ON = [
  'PATH',
  'JAVA_HOME',
  'HOME',
  'USER',
  'LOGNAME',
  'LANG',
  'LC_ALL',
  'LC_CTYPE',
  'TZ',
  'TMPDIR',
];

export function childEnv(home: string, confDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NEO4J_HOME: home, NEO4J_CONF: confDir };
  for (const name of PASSED_ON) if (process.env[name] !== undefined) env[name] = process.env[name];
  return env;
}

/**
 * `bin args…` run with umask 077. A shell sets it and then becomes the program (exec), so the pid
 * is the program's and so is its command line.
 */
export function withPrivateUmask(bin: string, args: readonly string[]): [string, string[]] {
  return ['/bin/sh', ['-c', 'umask 077 && exec "$0" "$@"', bin, ...args]];
}
