import cliProgress from 'cli-progress';
import { type Command, Option } from 'commander';
import { Neo4jError } from 'neo4j-driver';
import { listInputFiles } from '../ingest/index.js';
import { connect, describeConnectionError, Neo4jConnectionError } from '../neo4j/connect.js';
import { DEFAULT_BATCH_SIZE, loadRecords, type LoadResult } from '../neo4j/load.js';
import type { LetterRecord } from '../schema.js';
import { addPipelineOptions, type PipelineOptions, positiveInt, readInputs, readMerges } from './pipelineOptions.js';
import { addConnectionOptions, type ConnectionOptions, connectionSettings } from './neo4jOptions.js';

type LoadOptions = ConnectionOptions & PipelineOptions & { batchSize: number };

async function countFiles(paths: string[]): Promise<number> {
  let n = 0;
  for await (const _ of listInputFiles(paths)) n++;
  return n;
}

function summary(result: LoadResult, extractFailed: number, uri: string): string {
  const updated = result.letters - result.lettersCreated - result.lettersSkipped;
  return [
    `loaded ${result.letters} letter${result.letters === 1 ? '' : 's'} into ${uri} (${result.lettersCreated} new, ${updated} updated, ${result.lettersSkipped} unchanged)`,
    `nodes: ${result.nodesCreated} created, ${result.nodesDeleted} deleted (${result.orphansDeleted} no longer referred to)`,
    `relationships: ${result.relationshipsCreated} created, ${result.relationshipsDeleted} deleted`,
    `properties set: ${result.propertiesSet}`,
    `failed files: ${extractFailed + result.failed.length}`,
  ].join('\n');
}

export function registerLoad(program: Command): void {
  const command = program
    .command('load')
    .description('extract letters (files or folders) and load them into Neo4j; reloading a letter replaces its edges')
    .argument('<paths...>', '.txt/.html files or folders (searched recursively)')
    .addOption(
      new Option('--batch-size <n>', 'letters per write transaction').argParser(positiveInt).default(DEFAULT_BATCH_SIZE),
    );
  addPipelineOptions(addConnectionOptions(command)).action(async (paths: string[], opts: LoadOptions) => {
    const settings = connectionSettings(opts);
    // Checked before connecting: a bad merges file loads nothing.
    const merges = readMerges(opts);
    const driver = await connect(settings);
    const bar = process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { format: 'loading [{bar}] {value}/{total} files | {written} letters written', hideCursor: true },
          cliProgress.Presets.shades_classic,
        )
      : null;
    // Printed after the bar is gone, so they do not tear it.
    const extractFailures: string[] = [];
    let written = 0;
    try {
      if (bar) bar.start(await countFiles(paths), 0, { written });
      async function* records(): AsyncGenerator<LetterRecord> {
        for await (const item of readInputs(paths, opts, merges)) {
          bar?.increment();
          if (item.ok) {
            yield item.record;
            continue;
          }
          extractFailures.push(`lettergraph: ${item.source}: ${item.error}\n`);
        }
      }
      const result = await loadRecords(driver, records(), {
        batchSize: opts.batchSize,
        onProgress: (done) => {
          written = done;
          bar?.update({ written });
        },
      });
      bar?.stop();
      for (const line of extractFailures) process.stderr.write(line);
      for (const f of result.failed) process.stderr.write(`lettergraph: ${f.source}: Neo4j refused letter ${f.id}: ${f.error}\n`);
      process.stdout.write(summary(result, extractFailures.length, settings.uri) + '\n');
      process.exitCode = extractFailures.length + result.failed.length > 0 ? 1 : 0;
    } catch (error) {
      bar?.stop();
      // The server went away or refused us mid-load: one line, as when connecting, that says what
      // was kept and how to finish (batches commit whole, so rerunning the load completes it).
      if (error instanceof Neo4jError) {
        throw new Neo4jConnectionError(
          `load interrupted after ${written} letter${written === 1 ? '' : 's'} written: ${describeConnectionError(error, settings)}; ` +
            'each letter is written whole or not at all, so running the same load again completes it',
        );
      }
      throw error;
    } finally {
      await driver.close();
    }
  });
}
