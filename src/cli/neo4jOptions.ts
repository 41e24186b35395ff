// Connection options shared by the commands that talk to Neo4j.
import { type Command, InvalidArgumentError, Option } from 'commander';
import { type Neo4jSettings, neo4jSettingsFromEnv } from '../neo4j/config.js';

export type ConnectionOptions = { uri?: string; user?: string; password?: string };

export function addConnectionOptions(command: Command): Command {
  return command
    .addOption(new Option('--uri <uri>', 'Neo4j bolt URI (default: NEO4J_URI, else bolt://127.0.0.1:7687)'))
    .addOption(new Option('--user <user>', 'Neo4j user (default: NEO4J_USER, else neo4j)'))
    .addOption(new Option('--password <password>', 'Neo4j password (default: NEO4J_PASSWORD, else lettergraph)'));
}

/** Flags win over the environment, which wins over the defaults. */
export function connectionSettings(options: ConnectionOptions): Neo4jSettings {
  const fromEnv = neo4jSettingsFromEnv();
  return {
    uri: options.uri ?? fromEnv.uri,
    user: options.user ?? fromEnv.user,
    password: options.password ?? fromEnv.password,
  };
}

/** `--timeout <seconds>`: a positive number of seconds. */
export function parseTimeout(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of seconds');
  return n;
}
