// Splits text into plain and marked runs, so the viewer can highlight mentions by building
// text nodes and spans, never HTML.
export type Mark = { start: number; end: number; node?: string };
export type Segment = { text: string; mark: Mark | null };

/** `offset` is where `text` starts in the letter (marks use letter offsets). Overlapping marks: the earlier, then longer, wins. */
export function segmentText(text: string, offset: number, marks: readonly Mark[]): Segment[] {
  const end = offset + text.length;
  const sorted = marks
    .filter((m) => m.end > offset && m.start < end && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = offset;
  for (const m of sorted) {
    if (m.start < at) continue;
    const stop = Math.min(m.end, end);
    if (m.start > at) out.push({ text: text.slice(at - offset, m.start - offset), mark: null });
    out.push({ text: text.slice(m.start - offset, stop - offset), mark: m });
    at = stop;
  }
  if (at < end) out.push({ text: text.slice(at - offset), mark: null });
  return out;
}
