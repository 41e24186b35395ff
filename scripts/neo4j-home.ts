import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the local (non-Docker) server keeps jars, data, logs and pid files; git-ignored by default. */
export const NEO4J_LOCAL_HOME = resolve(REPO_ROOT, process.env.NEO4J_LOCAL_HOME || '.neo4j');
