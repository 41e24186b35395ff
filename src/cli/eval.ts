import { InvalidArgumentError, Option, type Command } from 'commander';
import { extractPaths } from '../pipeline.js';
import { formatJson, formatTable } from '../eval/report.js';
import { evaluateDirs } from '../eval/run.js';
import { belowBar } from '../eval/score.js';

function ratio(value: string): number {
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x)) throw new InvalidArgumentError('expected a number such as 0.8');
  return x;
}

interface EvalOptions {
  minF1?: number;
  minFields?: number;
  format: 'table' | 'json';
  verbose: boolean;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score extraction against gold annotations (NAME.gold.json, whose "source" names the letter)')
    .argument('<letters-dir>', 'folder holding the letter files named by the gold files')
    .argument('<gold-dir>', 'folder of *.gold.json files')
    .option('--min-f1 <x>', 'exit 1 if overall or any type\'s entity F1 is below x', ratio)
    .option('--min-fields <x>', 'exit 1 if structured-field accuracy is below x', ratio)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--verbose', 'list per-letter misses, false positives and wrong fields', false)
    .action(async (lettersDir: string, goldDir: string, opts: EvalOptions) => {
      // Usage errors (missing dirs, bad gold) throw and main() turns them into exit 2.
      const report = await evaluateDirs(lettersDir, goldDir, extractPaths);
      const reasons = belowBar(report, { minF1: opts.minF1, minFields: opts.minFields });
      const text = opts.format === 'json' ? formatJson(report, opts.verbose, reasons) : formatTable(report, opts.verbose);
      process.stdout.write(text + '\n');
      if (opts.format === 'table') for (const r of reasons) process.stderr.write(`lettergraph eval: below bar: ${r}\n`);
      // Failed letters are already scored as missed; they still make the run exit 1, like other commands.
      process.exitCode = reasons.length > 0 || report.failed.length > 0 ? 1 : 0;
    });
}
