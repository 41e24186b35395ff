// The local server's store files (data/databases/neo4j) and the bytes they hold. Neo4j preallocates
// its record files in steps (the string file stood at exactly 64 MiB after 5,000 letters), so a
// file's length overstates its data: `used` stops at the file's last 8 KiB page holding a non-zero
// byte (preallocated space reads as zeros; read after a shutdown, which checkpoints).
import { closeSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const PAGE = 8192;

function usedBytes(path: string, size: number): number {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    for (let end = size; end > 0; ) {
      const start = Math.max(0, end - chunk.length);
      const n = readSync(fd, chunk, 0, end - start, start);
      for (let i = n - 1; i >= 0; i--) if (chunk[i] !== 0) return Math.min(size, Math.ceil((start + i + 1) / PAGE) * PAGE);
      end = start;
    }
    return 0;
  } finally {
    closeSync(fd);
  }
}

export type StoreFile = { size: number; used: number };

/** Every file under `dir`, by path relative to it: its length and the bytes up to its last page with data. */
export function storeFiles(dir: string, root = dir): Map<string, StoreFile> {
  const out = new Map<string, StoreFile>();
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) for (const [p, f] of storeFiles(path, root)) out.set(p, f);
    else {
      const size = statSync(path).size;
      out.set(relative(root, path), { size, used: usedBytes(path, size) });
    }
  }
  return out;
}
