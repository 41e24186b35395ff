// A huge graph's nodes as one still picture: each node a dot of its colour at its position, the
// positions fitted to the picture as sigma fits them (same scale on both axes, y upwards). Drawn in
// the data worker, so a graph of a million nodes never reaches the page's graph and renderer.
import type { NodeColumns } from '../../src/export/readViewerFiles.js';

/** RGBA pixels, row by row, `width` × `height`. */
export type Picture = { width: number; height: number; pixels: Uint8ClampedArray<ArrayBuffer> };

/** Dots this many pixels wide. */
const DOT = 2;

function rgb(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1] ?? '999999';
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

export function nodePicture({ x, y, color, colorNames }: NodeColumns, width: number, height: number): Picture {
  const pixels = new Uint8ClampedArray(width * height * 4).fill(255);
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (let i = 0; i < x.length; i++) {
    x0 = Math.min(x0, x[i]!);
    x1 = Math.max(x1, x[i]!);
    y0 = Math.min(y0, y[i]!);
    y1 = Math.max(y1, y[i]!);
  }
  const margin = 10;
  const scale = Math.min((width - 2 * margin - DOT) / (x1 - x0 || 1), (height - 2 * margin - DOT) / (y1 - y0 || 1));
  const left = (width - DOT - (x1 - x0) * scale) / 2;
  const top = (height - DOT - (y1 - y0) * scale) / 2;
  const colors = colorNames.map(rgb);
  for (let n = 0; n < x.length; n++) {
    const c = colors[color[n]!]!;
    const px = Math.round(left + (x[n]! - x0) * scale);
    const py = Math.round(top + (y1 - y[n]!) * scale);
    for (let dy = 0; dy < DOT; dy++) {
      for (let dx = 0; dx < DOT; dx++) {
        const i = ((py + dy) * width + px + dx) * 4;
        pixels[i] = c[0];
        pixels[i + 1] = c[1];
        pixels[i + 2] = c[2];
      }
    }
  }
  return { width, height, pixels };
}
