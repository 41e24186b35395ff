// Types for the part of word-extractor we use; @types/word-extractor lacks the options
// (filterUnicode) of its getters.
declare module 'word-extractor' {
  type TextOptions = { filterUnicode?: boolean };
  class WordExtractor {
    extract(source: string | Buffer): Promise<WordExtractor.Document>;
  }
  namespace WordExtractor {
    interface Document {
      getBody(options?: TextOptions): string;
      getHeaders(options?: TextOptions & { includeFooters?: boolean }): string;
      getFooters(options?: TextOptions): string;
    }
  }
  export = WordExtractor;
}
