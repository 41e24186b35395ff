/**
 * Runs the Neo4j 5.26 Community server for users, tests and CI.
 *
 *   tsx scripts/neo4j.ts start | stop | status | fetch
 *
 * With a Docker engine (`docker info` succeeds) it drives docker-compose.yml. Without one it resolves
 * org.neo4j:neo4j from Maven Central (tools/neo4j/pom.xml) into .neo4j/lib and runs the server's own
 * entry point in a background JVM, with data, logs and pid file under .neo4j/.
 *
 * Environment: NEO4J_PASSWORD (default in src/neo4j/config.ts), NEO4J_BOLT_PORT, NEO4J_HTTP_PORT,
 * NEO4J_RUNTIME=docker|local (default: docker when it answers), NEO4J_LOCAL_HOME (default .neo4j),
 * NEO4J_START_TIMEOUT seconds (default 180), JAVA_HOME.
 * Exit codes: 0 ok / running, 2 failure, 3 `status` when stopped.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, join } from 'node:path';
import { neo4jServerPortsFromEnv, neo4jSettingsFromEnv, type Neo4jSettings } from '../src/neo4j/config.js';
import { withFileLock } from './file-lock.js';
import { NEO4J_LOCAL_HOME as HOME, REPO_ROOT as ROOT } from './neo4j-home.js';
import { waitForBolt } from './wait-for-bolt.js';
import { processAlive as alive } from './process-alive.js';

const TOOLS = join(ROOT, 'tools', 'neo4j'); // holds pom.xml and neo4j.conf (used as --config-dir)
const POM = join(TOOLS, 'pom.xml');
const COMPOSE_FILE = join(ROOT, 'docker-compose.yml');
const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';

const LIB = join(HOME, 'lib');
const FETCH_STAMP = join(LIB, '.fetched'); // hash of the pom the jars were resolved from
const PID_FILE = join(HOME, 'run', 'server.pid'); // ours; Neo4j keeps its own run/neo4j.pid too
const CONSOLE_LOG = join(HOME, 'logs', 'console.out');
const MAVEN_LOG = join(HOME, 'maven.log');
// Serialises start/stop across processes (several shells or test runs may share one server).
const SCRIPT_LOCK = join(HOME, 'run', 'script.lock');
const LOCK_TIMEOUT_MS = 600_000; // a waiting start may sit behind a cold fetch plus a slow start

const STOP_TIMEOUT_MS = 120_000;
// -Xms/-Xmx here because server.memory.heap.* is only read by Neo4j's bootloader. The flags are the
// stock 5.26 neo4j.conf ones minus -XX:+AlwaysPreTouch (slower start) and the JFR/diagnostic extras.
const JVM_FLAGS = [
  // 2 GB: batched loads of a few hundred letters per transaction spent their time in GC at 1 GB.
  '-Xms1g',
  '-Xmx2g',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

/** What CommunityEntryPoint's exit status means (NeoBootstrapper). */
const EXIT_MEANINGS: Record<number, string> = {
  1: 'web server or other startup error',
  2: 'database start error (another process may hold the store lock)',
  3: 'invalid configuration (unknown/duplicate key, memory above physical RAM, or logging setup)',
};

class Fatal extends Error {}

function say(message: string): void {
  console.log(`neo4j: ${message}`);
}

function printTail(file: string, lines: number): void {
  if (!existsSync(file)) return console.error(`(no ${file})`);
  console.error(`--- last ${lines} lines of ${file} ---`);
  console.error(readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n'));
}

// ---------- Docker ----------

function dockerAnswers(): boolean {
  const mode = process.env.NEO4J_RUNTIME;
  if (mode === 'local') return false;
  const info = spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 20_000 });
  if (mode === 'docker' && info.status !== 0) throw new Fatal('NEO4J_RUNTIME=docker but `docker info` fails');
  return info.status === 0;
}

function compose(args: string[], quiet = false): { status: number | null; stdout: string } {
  const run = spawnSync('docker', ['compose', '-f', COMPOSE_FILE, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', quiet ? 'pipe' : 'inherit', 'inherit'],
  });
  return { status: run.status, stdout: run.stdout ?? '' };
}

function dockerRunning(): boolean {
  return compose(['ps', '--status', 'running', '--quiet', 'neo4j'], true).stdout.trim() !== '';
}

async function dockerStart(settings: Neo4jSettings): Promise<void> {
  if (dockerRunning()) {
    say(`already running (docker compose) at ${settings.uri}`);
    return;
  }
  if (compose(['up', '--detach', '--wait', 'neo4j']).status !== 0) throw new Fatal('docker compose up failed');
  await awaitBolt(settings, () => true, () => compose(['logs', '--tail', '40', 'neo4j']));
  say(`started (docker compose) at ${settings.uri}`);
}

// ---------- local JVM ----------

function java(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Resolves the server's jars once; later calls reuse .neo4j/lib while the pom is unchanged. */
function fetchServer(): void {
  const wanted = createHash('sha256').update(readFileSync(POM)).digest('hex');
  if (existsSync(FETCH_STAMP) && readFileSync(FETCH_STAMP, 'utf8').trim() === wanted) return;
  rmSync(LIB, { recursive: true, force: true });
  mkdirSync(LIB, { recursive: true });
  say(`resolving the server from Maven Central (log: ${MAVEN_LOG})`);
  const started = Date.now();
  const log = openSync(MAVEN_LOG, 'w');
  const mvn = spawnSync(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      POM,
      'org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies',
      '-DincludeScope=runtime',
      '-Dstyle.color=never',
      // Jar names carry the groupId, so same-named artifacts of two groups cannot overwrite each other
      // (5.26.31's closure has no such pair today; this keeps a future pin from losing a jar silently).
      '-Dmdep.prependGroupId=true',
      `-DoutputDirectory=${LIB}`,
    ],
    { cwd: ROOT, stdio: ['ignore', log, log] },
  );
  closeSync(log);
  if (mvn.error || mvn.status !== 0) {
    printTail(MAVEN_LOG, 40);
    throw new Fatal(`Maven could not resolve the server (${mvn.error?.message ?? `exit ${mvn.status}`}); see ${MAVEN_LOG}`);
  }
  writeFileSync(FETCH_STAMP, `${wanted}\n`);
  say(`resolved in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The password must be set before the first start; afterwards it lives in data/dbms/auth.ini or system db. */
function setInitialPassword(password: string): void {
  const data = join(HOME, 'data');
  if (existsSync(join(data, 'databases')) || existsSync(join(data, 'dbms', 'auth.ini'))) return;
  const admin = spawnSync(
    java(),
    ['-cp', `${LIB}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password],
    { cwd: HOME, encoding: 'utf8', env: { ...process.env, NEO4J_HOME: HOME, NEO4J_CONF: TOOLS } },
  );
  if (admin.error || admin.status !== 0) {
    throw new Fatal(`could not set the initial password: ${admin.error?.message ?? admin.stderr.trim()}`);
  }
}

/** The pid from our pid file if that process is alive and is our server; a stale file is removed. */
function runningPid(): number | undefined {
  if (!existsSync(PID_FILE)) return undefined;
  const pid = Number(readFileSync(PID_FILE, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && isOurServer(pid)) return pid;
  rmSync(PID_FILE, { force: true });
  return undefined;
}

function isOurServer(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    // ESRCH: dead. EPERM: alive but another user's, so not our server either.
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return true; // no procfs (macOS): trust the live pid
  const args = readFileSync(cmdline, 'utf8').split('\0');
  return args.includes(ENTRY_POINT) && args.includes(`--home-dir=${HOME}`);
}

async function awaitBolt(settings: Neo4jSettings, stillStarting: () => boolean, showLog: () => void): Promise<void> {
  const timeoutSeconds = Number(process.env.NEO4J_START_TIMEOUT || 180);
  if (!(timeoutSeconds > 0)) throw new Fatal(`NEO4J_START_TIMEOUT must be a positive number of seconds`);
  const probe = await waitForBolt(settings, { timeoutMs: timeoutSeconds * 1000, stillStarting });
  if (probe.ok) return;
  showLog();
  if (probe.reason === 'auth') {
    throw new Fatal(
      `the server at ${settings.uri} refuses NEO4J_PASSWORD (${probe.message}). The data was initialised ` +
        `with another password: use that one, or stop the server and delete ${join(HOME, 'data')} to reset.`,
    );
  }
  throw new Fatal(`no answer to RETURN 1 at ${settings.uri}: ${probe.message}`);
}

/** Whether something accepts connections on 127.0.0.1:port. */
function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function localStart(settings: Neo4jSettings): Promise<void> {
  const running = runningPid();
  if (running !== undefined) {
    await awaitBolt(settings, () => alive(running), () => printTail(CONSOLE_LOG, 40));
    say(`already running (pid ${running}) at ${settings.uri}`);
    return;
  }
  const ports = neo4jServerPortsFromEnv();
  // Another process on our ports would answer Bolt in our place while our server fails to bind.
  for (const [name, port] of [['Bolt', ports.bolt], ['HTTP', ports.http]] as const) {
    if (await portTaken(port)) {
      throw new Fatal(`the ${name} port 127.0.0.1:${port} is taken by another process (not this checkout's server): stop it, or choose free ports with NEO4J_BOLT_PORT and NEO4J_HTTP_PORT`);
    }
  }
  for (const dir of ['run', 'logs', 'data', 'plugins', 'import']) mkdirSync(join(HOME, dir), { recursive: true });
  fetchServer();
  setInitialPassword(settings.password);

  const started = Date.now();
  const out = openSync(CONSOLE_LOG, 'a');
  const child = spawn(
    java(),
    [
      ...JVM_FLAGS,
      '-cp',
      [`${join(HOME, 'plugins')}/*`, `${LIB}/*`].join(delimiter),
      ENTRY_POINT,
      `--home-dir=${HOME}`,
      `--config-dir=${TOOLS}`,
      '--console-mode', // we daemonise it ourselves; keeps Neo4j's log on stdout → console.out
      '-c',
      `server.bolt.listen_address=127.0.0.1:${ports.bolt}`,
      '-c',
      `server.http.listen_address=127.0.0.1:${ports.http}`,
    ],
    { cwd: HOME, detached: true, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  let exitCode: number | null | undefined;
  const spawnFailed = new Promise<Error>((resolve) => child.once('error', resolve));
  child.once('exit', (code, signal) => {
    exitCode = code ?? (signal ? -1 : null);
  });
  if (child.pid === undefined) throw new Fatal(`could not run ${java()}: ${(await spawnFailed).message}`);
  writeFileSync(PID_FILE, `${child.pid}\n`);
  say(`starting (pid ${child.pid}, log ${CONSOLE_LOG})`);

  try {
    await awaitBolt(settings, () => exitCode === undefined, () => printTail(CONSOLE_LOG, 40));
  } catch (error) {
    const ownExit = exitCode;
    if (ownExit === undefined) await terminate(child.pid); // timed out or wrong password: leave nothing behind
    rmSync(PID_FILE, { force: true });
    if (typeof ownExit === 'number' && ownExit > 0) {
      throw new Fatal(`server exited with code ${ownExit}: ${EXIT_MEANINGS[ownExit] ?? 'see the log above'}`);
    }
    throw error;
  }
  child.unref();
  say(`started in ${((Date.now() - started) / 1000).toFixed(1)} s at ${settings.uri} (http://127.0.0.1:${ports.http})`);
}

/** SIGTERM runs Neo4j's shutdown hook (clean checkpoint); SIGKILL only if that hangs. */
async function terminate(pid: number): Promise<boolean> {
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!alive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  process.kill(pid, 'SIGKILL');
  return false;
}

async function localStop(): Promise<void> {
  const pid = runningPid();
  if (pid === undefined) {
    say('not running');
    return;
  }
  const started = Date.now();
  const clean = await terminate(pid);
  rmSync(PID_FILE, { force: true });
  if (!clean) throw new Fatal(`pid ${pid} ignored SIGTERM for ${STOP_TIMEOUT_MS / 1000} s and was killed`);
  say(`stopped (pid ${pid}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// ---------- commands ----------

async function main(command: string | undefined): Promise<number> {
  const settings = neo4jSettingsFromEnv();
  switch (command) {
    case 'start':
      if (dockerAnswers()) await dockerStart(settings);
      else await withFileLock(SCRIPT_LOCK, LOCK_TIMEOUT_MS, () => localStart(settings));
      return 0;
    case 'stop':
      if (dockerAnswers()) {
        if (compose(['stop', 'neo4j']).status !== 0) throw new Fatal('docker compose stop failed');
      } else await withFileLock(SCRIPT_LOCK, LOCK_TIMEOUT_MS, localStop);
      return 0;
    case 'status': {
      const docker = dockerAnswers();
      const pid = docker ? undefined : runningPid();
      const running = docker ? dockerRunning() : pid !== undefined;
      const how = docker ? 'docker compose' : `pid ${pid}`;
      say(running ? `running (${how}) at ${settings.uri}` : 'stopped');
      return running ? 0 : 3;
    }
    case 'fetch':
      mkdirSync(HOME, { recursive: true });
      fetchServer();
      say(`server jars in ${LIB}`);
      return 0;
    default:
      console.error('usage: tsx scripts/neo4j.ts start|stop|status|fetch');
      return 2;
  }
}

try {
  process.exitCode = await main(process.argv[2]);
} catch (error) {
  console.error(`neo4j: ${(error as Error).message}`);
  process.exitCode = 2;
}
