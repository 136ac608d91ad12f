/** Finds a Java 17+ runtime for the local Neo4j server (JAVA_HOME first, then PATH). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ProvisionError } from '../ProvisionError.js';

export interface JavaRuntime {
  bin: string;
  major: number;
}

/** Returns the Java to use, or null when none is installed. Throws when it is older than 17. */
export function findJava(javaHome = process.env.JAVA_HOME): JavaRuntime | null {
  const bin = javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
  const probe = spawnSync(bin, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    if (javaHome)
      throw new ProvisionError(
        `JAVA_HOME is ${javaHome}, but ${bin} -version failed: ${probe.error?.message ?? probe.stderr}`,
      );
    return null;
  }
  // `java -version` prints to stderr: openjdk version "17.0.15" … or "1.8.0_392" for Java 8.
  const match = /version "(\d+)(?:\.(\d+))?/.exec(probe.stderr + probe.stdout);
  if (!match)
    throw new ProvisionError(`Could not read the Java version from ${bin} -version:\n${probe.stderr}`);
  const major = match[1] === '1' ? Number(match[2]) : Number(match[1]);
  if (major < 17)
    throw new ProvisionError(
      `Java ${major} found at ${bin}, but Neo4j 5.26 needs Java 17 or 21. ` +
        'Install Java 17+ and point JAVA_HOME at it, or set NEO4J_URI to an existing Neo4j.',
    );
  return { bin, major };
}

/** True when `mvn` is on the PATH. */
export function hasMaven(): boolean {
  const probe = spawnSync('mvn', ['--version'], { encoding: 'utf8' });
  return !probe.error && probe.status === 0;
}
