// Assertions on twins: every span indexes into the twin's own text.
import { expect } from 'vitest';
import { sentenceAt, type LetterRecord } from '../../src/schema.js';

/** Every span indexes into the record's text. */
export function expectSpansInText(r: LetterRecord): void {
  for (const e of r.entities) {
    for (const m of e.mentions) {
      expect(r.text.slice(m.start, m.end)).toBe(m.text);
      const sentence = sentenceAt(r, m.sentence);
      expect(r.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  }
}
