import type { IngestInfo } from '../schema.js';

/**
 * How the bytes of a letter's text were decoded; `none` where the text is not a byte stream
 * (Word, PDF, OCR: the format's reader yields Unicode text).
 */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'none';

/** One letter as text: what every later stage indexes its spans into. */
export type SourceDoc = {
  /** The path as given or as found while walking a folder (inside a zip: `archive.zip/inner/path`). */
  source: string;
  /** Normalised text, line endings \n; for HTML the page's visible text, for PDFs and scans the page lines. */
  text: string;
  encoding: TextEncoding;
  ingest: IngestInfo;
};
