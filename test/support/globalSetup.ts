/**
 * Starts one Neo4j for the whole test run, by the same resolution as `npm start`
 * (NEO4J_URI → Docker → local server), and hands its coordinates to the tests through
 * `provide`. A Neo4j that cannot be had fails the run; nothing is skipped.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { parseEnv } from '../../src/config/env.js';
import type { Neo4jTarget } from '../../src/neo4j/Neo4jTarget.js';
import { resolveNeo4j } from '../../src/neo4j/resolveNeo4j.js';

export interface Neo4jCoordinates {
  uri: string;
  username: string;
  password: string;
  database: string;
  way: string;
  /** Home of the test's own local server (the faults tests stop and start it); null otherwise. */
  localHome: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jCoordinates;
  }
}

let target: Neo4jTarget | undefined;
let home: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const env = parseEnv();
  const homeName = `test-${process.pid}`;
  home = path.resolve(env.NEWSGRAPH_HOME, homeName);
  const log = (msg: string) => process.stdout.write(`[neo4j] ${msg}\n`);
  target = await resolveNeo4j(env, { homeName, log });
  project.provide('neo4j', {
    uri: target.uri,
    username: target.username,
    password: target.password,
    database: target.database,
    way: target.way,
    localHome: target.way === 'local' ? home : null,
  });
}

export async function teardown(): Promise<void> {
  await target?.stop();
  if (target?.way === 'local' && home) await rm(home, { recursive: true, force: true });
}
