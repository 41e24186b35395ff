import { describe, expect, it } from 'vitest';
import { howRead } from '../../src/graph/howRead.js';

describe('howRead: the letter panel line on how the text was read', () => {
  it('names the format, the pages and the OCR run', () => {
    expect(howRead({ format: 'txt', pages: null, ocr: null })).toBe('text file');
    expect(howRead({ format: 'docx', pages: 2, ocr: null })).toBe('Word (.docx), 2 pages');
    expect(howRead({ format: 'pdf', pages: 1, ocr: null })).toBe('PDF, 1 page, text layer');
    expect(howRead({ format: 'pdf', pages: 3, ocr: { engine: 'tesseract 5.3.0 chi_sim', meanConfidence: 91.9 } })).toBe(
      'PDF, 3 pages, OCR by tesseract 5.3.0 chi_sim (mean word confidence 91.9)',
    );
    expect(howRead({ format: 'image', pages: 1, ocr: { engine: 'tesseract 5.3.0 chi_sim', meanConfidence: 88 } })).toBe(
      'image, 1 page, OCR by tesseract 5.3.0 chi_sim (mean word confidence 88)',
    );
  });
});
