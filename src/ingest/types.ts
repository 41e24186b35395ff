/** How the bytes of a letter file were decoded. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** One input file as text: what every later stage indexes its spans into. */
export type SourceDoc = {
  /** The path as given or as found while walking a folder. */
  source: string;
  /** Decoded text, line endings normalised to \n; for HTML the page's visible text. */
  text: string;
  encoding: TextEncoding;
  format: 'txt' | 'html';
};
