import { constants } from 'node:fs';
import { access, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFsError } from './errors.js';

export type InputEntry = { path: string } | { path: string; error: string };

/** Files picked up inside folders; a file named explicitly is read whatever its extension. */
const LETTER_FILE = /\.(?:txt|html?)$/i;

type Seen = { dirs: Set<string>; files: Set<string> };

/**
 * The letter files under the given paths, in a stable order: each argument in turn, folders
 * walked recursively with entries sorted by name (code-unit order, independent of locale).
 * Inside folders only .txt/.html/.htm files (any case) are listed; other files are skipped
 * silently. A folder or file reached twice (symlinks, overlapping arguments) is listed once,
 * which also stops symlink loops. Paths that cannot be listed or read come out as `{ path, error }`.
 */
export async function* listInputFiles(paths: string[]): AsyncGenerator<InputEntry> {
  const seen: Seen = { dirs: new Set(), files: new Set() };
  for (const path of paths) yield* visit(path, true, seen);
}

async function* visit(path: string, explicit: boolean, seen: Seen): AsyncGenerator<InputEntry> {
  let st;
  try {
    st = await stat(path);
  } catch (err) {
    // Inside folders, a dangling link that would not have been listed anyway is not news.
    if (explicit || LETTER_FILE.test(path)) yield { path, error: describeFsError(err) };
    return;
  }
  if (st.isDirectory()) {
    yield* walkDir(path, seen);
    return;
  }
  if (!explicit && !LETTER_FILE.test(path)) return;
  if (!st.isFile()) {
    yield { path, error: 'not a regular file' };
    return;
  }
  try {
    const real = await realpath(path);
    if (seen.files.has(real)) return;
    seen.files.add(real);
    await access(path, constants.R_OK);
  } catch (err) {
    yield { path, error: describeFsError(err) };
    return;
  }
  yield { path };
}

async function* walkDir(dir: string, seen: Seen): AsyncGenerator<InputEntry> {
  let entries;
  try {
    const real = await realpath(dir);
    if (seen.dirs.has(real)) return;
    seen.dirs.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { path: dir, error: describeFsError(err) };
    return;
  }
  const names = entries
    // Plain files with other extensions need no stat; links and folders might lead to letters.
    .filter((e) => e.isDirectory() || e.isSymbolicLink() || LETTER_FILE.test(e.name))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) yield* visit(join(dir, name), false, seen);
}
