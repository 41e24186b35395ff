// The places a node belongs to, as a type of its own: the graph and the viewer use it without
// loading the reader that finds it (src/identity/places.ts, which needs the word segmenter).

/** The places a node belongs to; absent (null) when unknown. */
export type NodeJurisdiction = { province: string | null; city: string | null; county: string | null };
