// Opening a driver that fails fast and says why in one line: a CLI user with
// the server down or a wrong password should know within seconds, not after
// the driver's default minute of retries.
import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import type { Neo4jSettings } from './config.js';
import { probeBolt } from './probe.js';

/** A fatal, user-facing problem with the database connection (the CLI prints `message` and exits 2). */
export class Neo4jConnectionError extends Error {
  override name = 'Neo4jConnectionError';
}

const CONNECT_TIMEOUT_MS = 5_000;
/** A Bolt server answers the handshake in milliseconds; login may take a little longer. */
const HANDSHAKE_TIMEOUT_MS = 5_000;
const ANSWER_TIMEOUT_MS = 7_000;

export function createDriver(settings: Neo4jSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    connectionTimeout: CONNECT_TIMEOUT_MS,
    connectionAcquisitionTimeout: ANSWER_TIMEOUT_MS,
    maxTransactionRetryTime: 15_000,
    // Integers come back as JS numbers (counts, spans); nothing we store exceeds 2^53.
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => {} },
  });
}

/** Turns a driver error met while connecting into a one-line message. */
export function describeConnectionError(error: unknown, settings: Neo4jSettings): string {
  const where = `Neo4j at ${settings.uri}`;
  if (error instanceof Neo4jError) {
    if (error.code === 'Neo.ClientError.Security.Unauthorized') {
      return `${where} refused user '${settings.user}': wrong user or password (set NEO4J_PASSWORD or --password)`;
    }
    if (error.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
      return `${where} locked user '${settings.user}' after too many wrong passwords; wait and retry`;
    }
    if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired') {
      // The driver's text is a paragraph about encryption defaults; the cause is at the end.
      const cause = /Caused by: (.*)$/s.exec(error.message)?.[1] ?? error.message;
      return `cannot reach ${where} (${firstLine(cause)}): is it running? (npm run neo4j:start)`;
    }
    if (error.message.startsWith('Connection acquisition timed out')) {
      return `cannot reach ${where}: no answer within ${ANSWER_TIMEOUT_MS / 1000} s`;
    }
    return `${where}: ${firstLine(error.message)}`;
  }
  return `${where}: ${error instanceof Error ? firstLine(error.message) : String(error)}`;
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? text;
}

/** A driver that has proven it can reach and log in to the server, or a Neo4jConnectionError. */
export async function connect(settings: Neo4jSettings): Promise<Driver> {
  let driver: Driver;
  try {
    driver = createDriver(settings);
  } catch (error) {
    // Malformed URIs fail here, before any network traffic.
    throw new Neo4jConnectionError(describeConnectionError(error, settings));
  }
  try {
    await probeBolt(settings.uri, HANDSHAKE_TIMEOUT_MS);
  } catch (error) {
    await driver.close();
    const reason = (error as Error).message;
    const hint = reason.startsWith('ECONNREFUSED') ? ' (is it running? npm run neo4j:start)' : '';
    throw new Neo4jConnectionError(`cannot reach Neo4j at ${settings.uri}: ${reason}${hint}`);
  }
  try {
    await driver.verifyConnectivity();
    return driver;
  } catch (error) {
    await driver.close();
    throw new Neo4jConnectionError(describeConnectionError(error, settings));
  }
}
