// One line saying how a letter's text was read, for the viewer's letter panel.
import type { IngestInfo } from '../schema.js';

const FORMAT_NAMES: Record<IngestInfo['format'], string> = {
  txt: 'text file',
  html: 'web page',
  docx: 'Word (.docx)',
  doc: 'Word 97–2003 (.doc)',
  pdf: 'PDF',
  image: 'image',
};

/** E.g. "PDF, 2 pages, OCR by tesseract 5.3.0 chi_sim (mean word confidence 91.9)". */
export function howRead(ingest: IngestInfo): string {
  const parts = [FORMAT_NAMES[ingest.format]];
  if (ingest.pages !== null) parts.push(`${ingest.pages} page${ingest.pages === 1 ? '' : 's'}`);
  if (ingest.ocr) parts.push(`OCR by ${ingest.ocr.engine} (mean word confidence ${ingest.ocr.meanConfidence})`);
  else if (ingest.format === 'pdf') parts.push('text layer');
  return parts.join(', ');
}
