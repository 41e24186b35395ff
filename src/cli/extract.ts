import type { Command } from 'commander';
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
      // Validated at the boundary: what we print always passes the published schema.
      const record = LetterRecord.parse(item.record);
      const out = opts.text ? record : { ...record, text: undefined };
      if (!process.stdout.write(JSON.stringify(out) + '\n')) {
        await new Promise((resolve) => process.stdout.once('drain', resolve));
      }
    }
    process.exitCode = failed > 0 ? 1 : 0;
  });
}
