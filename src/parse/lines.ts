// Line access with offsets, so every parsed field can point back into the text.
export type Line = { text: string; start: number; end: number };

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ text: text.slice(start, end), start, end });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

/** Removes all white space: titles and names are compared and reported without it. */
export const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** A name as pages write it, padded with spaces between its characters ("王 颖" for 王颖). */
export const paddedName = (name: string, flags = 'u'): RegExp => new RegExp([...name].join('[ \\u3000]{0,3}'), flags);

/** Are `short`'s characters all in `full`, in order (城管局 in 城市管理和综合执法局)? */
export function inOrder(short: string, full: string): boolean {
  let k = 0;
  for (const c of full) if (c === short[k]) k++;
  return k === short.length;
}
