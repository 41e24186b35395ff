// A letter written for a test, through the extraction stage as the pipeline runs it on a UTF-8 file.
import { extractLetter } from '../../src/extract/index.js';
import type { LetterRecord } from '../../src/schema.js';

/** The record of `text`, read as the letter file `source`. */
export function extracted(text: string, source = 'letter.txt'): LetterRecord {
  return extractLetter({ source, text, encoding: 'utf-8' });
}
