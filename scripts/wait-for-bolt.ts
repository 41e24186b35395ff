/**
 * Bolt readiness probe: a real `RETURN 1` through neo4j-driver, not a TCP connect, because Neo4j
 * opens its Bolt port before the databases can answer.
 *
 * CLI: tsx scripts/wait-for-bolt.ts [timeoutSeconds]   (settings from NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD)
 */
import { pathToFileURL } from 'node:url';
import neo4j from 'neo4j-driver';
import { neo4jSettingsFromEnv, type Neo4jSettings } from '../src/neo4j/config.js';

export type BoltProbe =
  | { ok: true }
  | { ok: false; reason: 'auth'; message: string }
  | { ok: false; reason: 'unreachable'; message: string };

const AUTH_CODES = new Set(['Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Security.AuthenticationRateLimit']);

/** One attempt with a fresh driver, so no pooled state from a failed attempt leaks into the next. */
export async function probeBolt(settings: Neo4jSettings): Promise<BoltProbe> {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxConnectionPoolSize: 1,
    maxTransactionRetryTime: 0, // the driver's own retry backoff would hide how soon the server answers
  });
  try {
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    const one = records[0]?.get('one');
    return neo4j.integer.toNumber(one) === 1
      ? { ok: true }
      : { ok: false, reason: 'unreachable', message: `RETURN 1 gave ${String(one)}` };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const message = `${code ? `${code}: ` : ''}${(error as Error).message}`;
    return { ok: false, reason: AUTH_CODES.has(code) ? 'auth' : 'unreachable', message };
  } finally {
    await driver.close();
  }
}

export interface WaitOptions {
  timeoutMs: number;
  /** Checked between attempts: stop waiting once the server process has died. */
  stillStarting?: () => boolean;
}

/**
 * Polls until `RETURN 1` succeeds. Resolves to the last probe: ok, an auth refusal (the server is up but
 * rejects the password, which more waiting cannot fix), or unreachable at the deadline / process death.
 */
export async function waitForBolt(settings: Neo4jSettings, options: WaitOptions): Promise<BoltProbe> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const probe = await probeBolt(settings);
    if (probe.ok || probe.reason === 'auth') return probe;
    if (Date.now() >= deadline || (options.stillStarting && !options.stillStarting())) return probe;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function main(): Promise<void> {
  const timeoutSeconds = Number(process.argv[2] ?? '180');
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
    console.error(`wait-for-bolt: timeout must be a positive number of seconds, got ${process.argv[2]}`);
    process.exit(2);
  }
  const settings = neo4jSettingsFromEnv();
  const probe = await waitForBolt(settings, { timeoutMs: timeoutSeconds * 1000 });
  if (probe.ok) {
    console.log(`wait-for-bolt: ${settings.uri} answers RETURN 1`);
    return;
  }
  console.error(`wait-for-bolt: ${settings.uri} not ready: ${probe.message}`);
  process.exit(2);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main();
}
