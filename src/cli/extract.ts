import type { Command } from 'commander';
import { errorReason } from '../pool/extractOne.js';
import { addPipelineOptions, type PipelineOptions, readInputs } from './pipelineOptions.js';
import { LetterRecord } from '../schema.js';

export function registerExtract(program: Command): void {
  const command = program
    .command('extract')
    .description('extract letters (files or folders) to JSON Lines on stdout, one letter per line')
    .argument('<paths...>', 'letter files (.txt .html .docx .doc .pdf, scans), folders (searched recursively) or zip archives')
    .option('--no-text', 'leave the letter text out of the output (spans still index into it)');
  addPipelineOptions(command).action(async (paths: string[], opts: PipelineOptions & { text: boolean }) => {
    let failed = 0;
    for await (const item of readInputs(paths, opts)) {
      if (!item.ok) {
        failed++;
        process.stderr.write(`lettergraph: ${item.source}: ${item.error}\n`);
        continue;
      }
      let line: string;
      try {
        // Validated at the boundary: what we print always passes the published schema.
        const record = LetterRecord.parse(item.record);
        line = JSON.stringify(opts.text ? record : { ...record, text: undefined }) + '\n';
      } catch (err) {
        // One letter too large to serialise is that letter's failure, not the run's.
        failed++;
        process.stderr.write(`lettergraph: ${item.record.source}: ${errorReason(err)}\n`);
        continue;
      }
      if (!process.stdout.write(line)) {
        await new Promise((resolve) => process.stdout.once('drain', resolve));
      }
    }
    process.exitCode = failed > 0 ? 1 : 0;
  });
}
