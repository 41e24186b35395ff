import { createHash } from 'node:crypto';

/**
 * A key for spotting the same letter twice: sha256 of the text after NFKC (full-width and
 * half-width forms alike) with all whitespace removed, first 16 hex digits. Copies saved at
 * other paths, re-wrapped or re-indented, hash equal.
 */
export function contentHash(text: string): string {
  const normalised = text.normalize('NFKC').replace(/\s+/gu, '');
  return createHash('sha256').update(normalised, 'utf8').digest('hex').slice(0, 16);
}
