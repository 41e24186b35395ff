// --jobs N, shared by the commands that extract: how many worker threads read letters.
import { type Command, InvalidArgumentError, Option } from 'commander';
import { defaultJobs } from '../pool/pool.js';

function positiveInt(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a positive whole number');
  return n;
}

export function addJobsOption(command: Command): Command {
  return command.addOption(
    new Option('--jobs <n>', 'worker threads extracting letters (output stays in input order)').argParser(positiveInt).default(defaultJobs(), 'every core'),
  );
}
