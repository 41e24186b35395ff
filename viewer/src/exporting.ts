// Exports of what is on screen: the picture as PNG (every layer, selection and focus included, with the
// legend), the filtered graph as GEXF.
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf/browser';
import type Sigma from 'sigma';
import { letterGexf } from '../../src/export/gexfFormat.js';
import type { EdgeAttributes, GraphAttributes, LetterGraph, NodeAttributes } from '../../src/graph/types.js';
import type { Visible } from '../../src/graph/view.js';
import { download } from './dom.js';

const LEGEND_FONT = '12px "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** The canvas as it is on screen: sigma's layers in their stacking order, then the legend's lines. */
export function screenPicture(sigma: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>, legend: HTMLElement): HTMLCanvasElement {
  // A synchronous render: the WebGL layers keep this frame until the task ends, so they can be copied.
  sigma.refresh();
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  for (const layer of sigma.getContainer().querySelectorAll('canvas')) ctx.drawImage(layer, 0, 0, out.width, out.height);
  drawLegend(ctx, legend, ratio, out.height);
  return out;
}

/** The legend's headings and entries (swatch and text) in a box at the bottom left. */
function drawLegend(ctx: CanvasRenderingContext2D, legend: HTMLElement, ratio: number, height: number): void {
  const lines = [...legend.querySelectorAll<HTMLElement>('h3, .legend-item')].map((item) => ({
    heading: item.tagName === 'H3',
    color: item.querySelector<HTMLElement>('.swatch')?.style.background ?? null,
    text: [...item.childNodes].map((n) => (n.textContent ?? '').trim()).filter(Boolean).join(' '),
  }));
  if (!lines.length) return;
  ctx.save();
  ctx.scale(ratio, ratio);
  ctx.font = LEGEND_FONT;
  const lineHeight = 17;
  const boxWidth = 24 + Math.max(...lines.map((l) => ctx.measureText(l.text).width));
  const boxHeight = 8 + lines.length * lineHeight;
  const top = height / ratio - 10 - boxHeight;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.94)';
  ctx.strokeStyle = '#d9dde5';
  ctx.fillRect(10, top, boxWidth, boxHeight);
  ctx.strokeRect(10, top, boxWidth, boxHeight);
  lines.forEach((line, i) => {
    const y = top + 4 + (i + 0.75) * lineHeight;
    if (line.color) {
      ctx.fillStyle = line.color;
      ctx.beginPath();
      ctx.arc(22, y - 4, 5, 0, 2 * Math.PI);
      ctx.fill();
    }
    ctx.fillStyle = line.heading ? '#667085' : '#1d2433';
    ctx.fillText(line.text, line.color ? 32 : 16, y);
  });
  ctx.restore();
}

export function exportPng(sigma: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>, legend: HTMLElement): void {
  screenPicture(sigma, legend).toBlob((blob) => {
    if (blob) download('lettergraph.png', blob);
  }, 'image/png');
}

/** `letters`: edge → the letters it rests on, from the whole graph (a filtered one may lack the letters of a PROPOSED link). */
export function filteredGexf(graph: LetterGraph, visible: Visible, letters: ReadonlyMap<string, readonly string[]>): string {
  const sub = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const node of visible.nodes) sub.addNode(node, graph.getNodeAttributes(node));
  for (const edge of visible.edges) sub.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
  return letterGexf(write, sub as unknown as LetterGraph, letters);
}

export function exportGexf(graph: LetterGraph, visible: Visible, letters: ReadonlyMap<string, readonly string[]>): void {
  download('lettergraph.gexf', new Blob([filteredGexf(graph, visible, letters)], { type: 'application/xml' }));
}
