/**
 * The app's settings for a test: what `npm start` would parse from this environment, with the
 * parts a test sets on purpose (an API key, Query.cypher's mode, limits, the cache) given here.
 */
import { parseEnv } from '../../src/config/env.js';
import type { CypherSettings } from '../../src/cypher/cypherSettings.js';
import { appSettings, type AppSettings } from '../../src/server/appSettings.js';

export interface TestSettings extends Partial<Omit<AppSettings, 'access'>> {
  apiKey?: string | undefined;
  cypher?: Partial<CypherSettings>;
}

export function testSettings(o: TestSettings = {}): AppSettings {
  const base = appSettings(parseEnv());
  const apiKey = 'apiKey' in o ? o.apiKey : base.access.apiKey;
  return {
    limits: o.limits ?? base.limits,
    cache: o.cache ?? base.cache,
    access: { apiKey, cypher: { ...base.access.cypher, apiKey, ...o.cypher } },
  };
}
