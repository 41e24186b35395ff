import { type Command, InvalidArgumentError, Option } from 'commander';
import { Neo4jError } from 'neo4j-driver';
import { connect } from '../neo4j/connect.js';
import { describeParam, readQueryLibrary, resolveQuery } from '../neo4j/cypherFiles.js';
import { DEFAULT_QUERY_TIMEOUT_S, namesNotFound, parseParam, queryParams, runReadQuery } from '../neo4j/query.js';
import { formatTable } from '../neo4j/table.js';
import { addConnectionOptions, type ConnectionOptions, connectionSettings, parseTimeout } from './neo4jOptions.js';

type QueryOptions = ConnectionOptions & { param: [string, string][]; format: 'table' | 'json'; list?: boolean; timeout: number };

function collectParam(text: string, previous: [string, string][]): [string, string][] {
  try {
    return [...previous, parseParam(text)];
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

async function listLibrary(): Promise<string> {
  const library = await readQueryLibrary();
  const width = Math.max(...library.map((q) => q.name.length));
  return library
    .map((q) => {
      const params = q.params.map(describeParam).join(', ');
      return `${q.name.padEnd(width)}  ${q.summary}${params ? `\n${' '.repeat(width)}  params: ${params}` : ''}`;
    })
    .join('\n');
}

export function registerQuery(program: Command): void {
  const command = program
    .command('query')
    .description('run a read-only Cypher query from the library (cypher/queries) or a .cypher file')
    .argument('[query]', 'library query name (see --list) or path to a .cypher file')
    .option('--param <name=value>', 'query parameter, repeatable, read as the type the query declares (see --list)', collectParam, [])
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--list', 'list the library queries with their first comment line and parameters')
    .option('--timeout <seconds>', 'transaction timeout: the query is stopped after it', parseTimeout, DEFAULT_QUERY_TIMEOUT_S);
  addConnectionOptions(command).action(async (name: string | undefined, opts: QueryOptions) => {
    if (opts.list) {
      process.stdout.write((await listLibrary()) + '\n');
      return;
    }
    if (!name) throw new Error('query: name a library query or a .cypher file (lettergraph query --list)');
    const query = await resolveQuery(name);
    const params = queryParams(query, Object.fromEntries(opts.param));
    const settings = connectionSettings(opts);
    const driver = await connect(settings);
    try {
      const answer = await runReadQuery(driver, query, params, opts.timeout);
      // Nothing found because a name names nothing is not the same answer as nothing connected to it.
      const missing = answer.rows.length === 0 ? await namesNotFound(driver, query, params, opts.timeout) : [];
      if (missing.length) {
        process.stderr.write(`lettergraph: query ${query.name}: ${missing.join('; ')}\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(opts.format === 'json' ? JSON.stringify(answer.rows, null, 2) + '\n' : formatTable(answer));
    } catch (error) {
      // Cypher errors (syntax, missing parameter, unknown index) are the user's to fix: say which query.
      if (error instanceof Neo4jError) throw new Error(`query ${query.name}: ${error.message.split('\n')[0]}`);
      throw error;
    } finally {
      await driver.close();
    }
  });
}
