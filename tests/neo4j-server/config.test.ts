import { describe, expect, it } from 'vitest';
import { neo4jServerPortsFromEnv, neo4jSettingsFromEnv } from '../../src/neo4j/config.js';

describe('neo4jSettingsFromEnv', () => {
  it('defaults to the local server with user neo4j and the documented password', () => {
    expect(neo4jSettingsFromEnv({})).toEqual({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'lettergraph' });
  });

  it('takes NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD from the environment', () => {
    const env = { NEO4J_URI: 'neo4j://db.example:7688', NEO4J_USER: 'reader', NEO4J_PASSWORD: 's3cret-pass' };
    expect(neo4jSettingsFromEnv(env)).toEqual({ uri: 'neo4j://db.example:7688', user: 'reader', password: 's3cret-pass' });
  });

  it('points the default URI at NEO4J_BOLT_PORT, so script and clients agree on the port', () => {
    expect(neo4jSettingsFromEnv({ NEO4J_BOLT_PORT: '17687' }).uri).toBe('bolt://127.0.0.1:17687');
  });

  it('treats empty variables as unset', () => {
    expect(neo4jSettingsFromEnv({ NEO4J_PASSWORD: '', NEO4J_URI: '' })).toEqual(neo4jSettingsFromEnv({}));
  });

  it('rejects a password Neo4j would refuse and a URI that is not Bolt', () => {
    expect(() => neo4jSettingsFromEnv({ NEO4J_PASSWORD: 'short' })).toThrow(/NEO4J_PASSWORD.*8 characters/);
    expect(() => neo4jSettingsFromEnv({ NEO4J_URI: 'http://127.0.0.1:7474' })).toThrow(/NEO4J_URI/);
  });
});

describe('neo4jServerPortsFromEnv', () => {
  it('defaults to 7687/7474 and validates overrides', () => {
    expect(neo4jServerPortsFromEnv({})).toEqual({ bolt: 7687, http: 7474 });
    expect(neo4jServerPortsFromEnv({ NEO4J_BOLT_PORT: '7688', NEO4J_HTTP_PORT: '7475' })).toEqual({ bolt: 7688, http: 7475 });
    expect(() => neo4jServerPortsFromEnv({ NEO4J_BOLT_PORT: '70000' })).toThrow(/NEO4J_BOLT_PORT/);
  });
});
