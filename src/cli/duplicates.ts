import type { Command } from 'commander';
import { findDuplicates } from '../identity/duplicates.js';
import { addPipelineOptions, type PipelineOptions, readInputs } from './pipelineOptions.js';

export function registerDuplicates(program: Command): void {
  const command = program
    .command('duplicates')
    .description('candidate duplicate entities across the letters as JSON Lines, best first ({type, a, b, score, reason, letters}); review, then list merges in a --merges file')
    .argument('<paths...>', '.txt/.html files or folders (searched recursively)');
  addPipelineOptions(command).action(async (paths: string[], opts: PipelineOptions) => {
    let failed = 0;
    const records = [];
    for await (const item of readInputs(paths, opts)) {
      if (item.ok) records.push(item.record);
      else {
        failed++;
        process.stderr.write(`lettergraph: ${item.source}: ${item.error}\n`);
      }
    }
    for (const pair of findDuplicates(records)) process.stdout.write(JSON.stringify(pair) + '\n');
    process.exitCode = failed > 0 ? 1 : 0;
  });
}
