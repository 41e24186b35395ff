// The lettergraph command line: a thin layer that wires each command's module.
import { Command, CommanderError } from 'commander';
import { registerExtract } from './extract.js';
import { registerEval } from './eval.js';
import { registerLoad } from './load.js';
import { registerQuery } from './query.js';
import { registerBuild } from './build.js';
import { registerServe } from './serve.js';
import { registerDuplicates } from './duplicates.js';

export function buildProgram(): Command {
  const program = new Command('lettergraph')
    .description('Knowledge graphs from Chinese government reply letters (答复函)')
    .showHelpAfterError()
    .exitOverride();
  registerExtract(program);
  registerEval(program);
  registerLoad(program);
  registerQuery(program);
  registerBuild(program);
  registerServe(program);
  registerDuplicates(program);
  return program;
}

/** Runs the CLI and resolves to the process exit code (0 ok, 1 some inputs failed, 2 usage or fatal error). */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    process.stderr.write(`lettergraph: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}
