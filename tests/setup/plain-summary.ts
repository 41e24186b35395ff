// Prints the run's totals as one plain line ("N passed, N failed, N skipped") after vitest's own
// report, so any CI that reads closing lines can tell a green run from one that ran nothing.
import type { RunnerTask, RunnerTestFile } from 'vitest';
import type { Reporter } from 'vitest/reporters';

function count(tasks: RunnerTask[], totals: { passed: number; failed: number; skipped: number }): void {
  for (const task of tasks) {
    if (task.type === 'suite') count(task.tasks, totals);
    else if (task.mode === 'skip' || task.mode === 'todo' || task.result?.state === 'skip') totals.skipped++;
    else if (task.result?.state === 'pass') totals.passed++;
    else totals.failed++;
  }
}

export default class PlainSummary implements Reporter {
  onFinished(files: RunnerTestFile[] = [], errors: unknown[] = []): void {
    const totals = { passed: 0, failed: 0, skipped: 0 };
    for (const file of files) {
      const before = totals.failed;
      count([file], totals);
      // A file that failed outside its tests (an error in beforeAll, an import that threw) fails the run too.
      if (file.result?.state === 'fail' && totals.failed === before) totals.failed++;
    }
    totals.failed += errors.length;
    process.stdout.write(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
  }
}
