// The ingest stage: paths in, decoded letter texts out.
export type { SourceDoc, TextEncoding } from './types.js';
export { IngestError } from './errors.js';
export { readLetterFile, readInputs, MAX_FILE_MB } from './read.js';
export { readLetterBytes } from './formats.js';
export { listInputFiles, isLetterFileName, type InputEntry } from './walk.js';
export { decodeBytes, DecodeError } from './decode.js';
export { htmlToText } from './html.js';
export { contentHash } from './hash.js';
