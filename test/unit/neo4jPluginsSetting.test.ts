/** NEWSGRAPH_NEO4J_PLUGINS and the procedure settings it leads to (local server and Docker alike). */
import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../src/config/env.js';
import { procedureSettings } from '../../src/neo4j/local/neo4jConf.js';

const plugins = (value?: string) =>
  parseEnv(value === undefined ? {} : { NEWSGRAPH_NEO4J_PLUGINS: value }).NEWSGRAPH_NEO4J_PLUGINS;

describe('NEWSGRAPH_NEO4J_PLUGINS', () => {
  it('is apoc and gds unless set; none leaves both out; order, case and repeats do not matter', () => {
    expect(plugins()).toEqual(['apoc', 'gds']);
    expect(plugins('none')).toEqual([]);
    expect(plugins('gds')).toEqual(['gds']);
    expect(plugins(' GDS , apoc,gds ')).toEqual(['apoc', 'gds']);
  });

  it.each(['', 'apoc,', 'none,apoc', 'graph-data-science', 'apoc;gds'])(
    'refuses %j, naming the variable',
    (v) => {
      expect(() => plugins(v)).toThrow(
        'NEWSGRAPH_NEO4J_PLUGINS: must be none or a comma-separated list of apoc and gds',
      );
    },
  );
});

describe('procedureSettings', () => {
  it('allows only the plugins’ namespaces and unrestricts only read-only procedures', () => {
    expect(procedureSettings([])).toEqual([]);
    expect(procedureSettings(['gds'])).toEqual([
      ['dbms.security.procedures.allowlist', 'gds.*'],
      ['dbms.security.procedures.unrestricted', 'gds.util.asNode,gds.util.asNodes'],
    ]);
  });
});
