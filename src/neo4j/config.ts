import { z } from 'zod';

/**
 * The one place that holds the Neo4j connection defaults. The loader, the tests, scripts/neo4j.ts
 * and docker-compose.yml (which repeats them, being YAML) all agree on these values.
 */
export const NEO4J_DEFAULTS = {
  user: 'neo4j',
  // Neo4j refuses passwords shorter than 8 characters, and refuses 'neo4j' itself.
  password: 'lettergraph',
  boltPort: 7687,
  httpPort: 7474,
} as const;

const port = z.coerce.number().int().min(1).max(65535);

const envSchema = z.object({
  NEO4J_URI: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, 'must look like bolt://host:port').optional(),
  NEO4J_USER: z.string().min(1).default(NEO4J_DEFAULTS.user),
  NEO4J_PASSWORD: z.string().min(8, 'Neo4j needs at least 8 characters').default(NEO4J_DEFAULTS.password),
  NEO4J_BOLT_PORT: port.default(NEO4J_DEFAULTS.boltPort),
  NEO4J_HTTP_PORT: port.default(NEO4J_DEFAULTS.httpPort),
});

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
}

export interface Neo4jServerPorts {
  bolt: number;
  http: number;
}

type Env = Record<string, string | undefined>;

/** Empty variables count as unset, so `NEO4J_PASSWORD= cmd` falls back to the default. */
function parseEnv(env: Env) {
  const picked = Object.fromEntries(
    Object.keys(envSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = envSchema.safeParse(picked);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`invalid Neo4j setting ${String(issue?.path[0])}: ${issue?.message}`);
  }
  return parsed.data;
}

/**
 * Connection settings from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD. Without NEO4J_URI the URI points at
 * the local server on NEO4J_BOLT_PORT (default 7687), i.e. bolt://127.0.0.1:7687.
 */
export function neo4jSettingsFromEnv(env: Env = process.env): Neo4jSettings {
  const e = parseEnv(env);
  return {
    uri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.NEO4J_BOLT_PORT}`,
    user: e.NEO4J_USER,
    password: e.NEO4J_PASSWORD,
  };
}

/** Ports the local server listens on (127.0.0.1): NEO4J_BOLT_PORT, NEO4J_HTTP_PORT. */
export function neo4jServerPortsFromEnv(env: Env = process.env): Neo4jServerPorts {
  const e = parseEnv(env);
  return { bolt: e.NEO4J_BOLT_PORT, http: e.NEO4J_HTTP_PORT };
}
