/** A file that could not be turned into text; `reason` is one short human-readable line. */
export class IngestError extends Error {
  constructor(
    readonly source: string,
    readonly reason: string,
  ) {
    super(`${source}: ${reason}`);
    this.name = 'IngestError';
  }
}

/** Bytes of a known format that cannot be read as a letter; `message` is the reason line. */
export class FormatError extends Error {
  override name = 'FormatError';
}

// Node's own messages carry the syscall and path ("EACCES: permission denied, open '/x'");
// users get the plain reason, the path is reported beside it.
const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many levels of symbolic links',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
};

/** The reason line for a failed filesystem call. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code !== undefined && code in FS_REASONS) return FS_REASONS[code]!;
  return err instanceof Error ? err.message : String(err);
}
