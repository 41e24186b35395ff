import { type Command, InvalidArgumentError } from 'commander';
import { DEFAULT_QUERY_TIMEOUT_S } from '../neo4j/query.js';
import { openBrowser } from '../serve/openBrowser.js';
import { parseTimeout } from './neo4jOptions.js';
import { type GraphSource, startServer } from '../serve/server.js';

type ServeOptions = { graph?: string; neo4j?: boolean; port: number; open?: boolean; timeout: number };

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the graph viewer on 127.0.0.1 (read-only)')
    .option('--graph <file>', 'graph.json written by `lettergraph build` (details.json is read from beside it)')
    .option('--neo4j', 'read the graph from Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD), read-only')
    .option('--port <n>', 'port to listen on (0 picks a free one)', parsePort, 5178)
    .option('--open', 'open the viewer in a browser when a display is available')
    .option('--timeout <seconds>', 'with --neo4j: transaction timeout of each read', parseTimeout, DEFAULT_QUERY_TIMEOUT_S)
    .action(async (opts: ServeOptions) => {
      if (!opts.graph === !opts.neo4j) throw new Error('serve needs exactly one of --graph <file> or --neo4j');
      const source: GraphSource = opts.graph
        ? { kind: 'file', path: opts.graph }
        : await (await import('../serve/fromNeo4j.js')).neo4jGraphSource(opts.timeout);
      const server = await startServer({ graph: source, port: opts.port });
      const what = source.kind === 'file' ? source.path : source.describe;
      process.stdout.write(`lettergraph: viewer for ${what} at ${server.url}\n`);
      if (opts.open && !openBrowser(server.url)) process.stdout.write('lettergraph: no display found; open the URL above in a browser\n');
      await new Promise<void>((done) => {
        // The Neo4j driver keeps the process alive until it is closed too.
        const stop = () => void Promise.all([server.close(), source.kind === 'loader' ? source.close?.() : undefined]).then(() => done());
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number 0–65535');
  return n;
}
