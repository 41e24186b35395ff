import { accessSync, constants } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFsError } from './errors.js';

export type InputEntry = { path: string } | { path: string; error: string };

/** Files picked up inside folders; a file named explicitly is read whatever its extension. */
const LETTER_FILE = /\.(?:txt|html?|docx|doc|pdf|png|jpe?g|tiff?|zip)$/i;

/** Whether a file of this name is picked up inside a folder (or a zip archive). */
export const isLetterFileName = (name: string) => LETTER_FILE.test(name);

type Seen = { dirs: Set<string>; files: Set<string> };

/**
 * The letter files under the given paths, in a stable order: each argument in turn, folders
 * walked recursively with entries sorted by name (code-unit order, independent of locale).
 * Inside folders only letter files (.txt/.html/.htm/.docx/.doc/.pdf/.png/.jpg/.jpeg/.tif/.tiff/.zip,
 * any case) are listed; other files are skipped
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
  let real;
  try {
    real = await realpath(path);
  } catch (err) {
    yield { path, error: describeFsError(err) };
    return;
  }
  const entry = fileEntry(path, real, seen);
  if (entry) yield entry;
}

/** A regular file's entry, or null when its real path was listed before. */
function fileEntry(path: string, real: string, seen: Seen): InputEntry | null {
  if (seen.files.has(real)) return null;
  seen.files.add(real);
  try {
    // Synchronous: one cheap syscall, where the promise API would cost a thread-pool round trip per file.
    accessSync(path, constants.R_OK);
  } catch (err) {
    return { path, error: describeFsError(err) };
  }
  return { path };
}

async function* walkDir(dir: string, seen: Seen): AsyncGenerator<InputEntry> {
  let entries;
  let real: string;
  try {
    real = await realpath(dir);
    if (seen.dirs.has(real)) return;
    seen.dirs.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { path: dir, error: describeFsError(err) };
    return;
  }
  const sorted = entries
    // Plain files with other extensions need no stat; links and folders might lead to letters.
    .filter((e) => e.isDirectory() || e.isSymbolicLink() || LETTER_FILE.test(e.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of sorted) {
    const path = join(dir, e.name);
    if (!e.isFile()) {
      yield* visit(path, false, seen);
      continue;
    }
    // A plain file (not a link) needs neither stat nor realpath: its real path is the folder's plus its name.
    const entry = fileEntry(path, join(real, e.name), seen);
    if (entry) yield entry;
  }
}
