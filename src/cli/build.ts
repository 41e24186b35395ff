import { type Command, InvalidArgumentError } from 'commander';
import { writeGraphFiles } from '../export/graphFiles.js';
import { buildLetterGraph } from '../graph/build.js';
import { layoutGraph } from '../graph/layout.js';
import { loadPalette } from '../graph/palette.js';
import { addPipelineOptions, type PipelineOptions, readInputs } from './pipelineOptions.js';
import type { LetterRecord } from '../schema.js';

type BuildOptions = PipelineOptions & { out: string; iterations: number };

export function registerBuild(program: Command): void {
  const command = program
    .command('build')
    .description('extract letters and write the graph for the viewer (graph.json, paint.json, details.json) and for Gephi (graph.gexf)')
    .argument('<paths...>', '.txt/.html files or folders (searched recursively)')
    .requiredOption('--out <dir>', 'output folder')
    .option('--iterations <n>', 'ForceAtlas2 iterations for the precomputed layout', parseIterations, 400);
  addPipelineOptions(command).action(async (paths: string[], opts: BuildOptions) => {
    const records: LetterRecord[] = [];
    let failed = 0;
    for await (const item of readInputs(paths, opts)) {
      if (item.ok) records.push(item.record);
      else {
        failed++;
        process.stderr.write(`lettergraph: ${item.source}: ${item.error}\n`);
      }
    }
    if (records.length === 0) throw new Error(`no letter could be read from ${paths.join(', ')}`);
    const graph = buildLetterGraph(records, loadPalette());
    layoutGraph(graph, { iterations: opts.iterations });
    const written = await writeGraphFiles(graph, opts.out);
    process.stdout.write(`wrote ${written.json}, ${written.paint}, ${written.details} and ${written.gexf}: ${graph.order} nodes, ${graph.size} edges from ${records.length} letters\n`);
    process.exitCode = failed > 0 ? 1 : 0;
  });
}

function parseIterations(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}
