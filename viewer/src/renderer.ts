// Sigma on the letter graph: the reducers decide, from the current view, what is hidden,
// faded or highlighted; the graph's own attributes are never changed except by the layout.
// A large graph is drawn with its nodes only, and the focused node's edges as lines on a 2D
// layer: every edge in sigma's buffers costs GPU time on every frame, hidden or not, and
// software renderers cannot afford 100,000 of them.
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { EdgeAttributes, GraphAttributes, LetterGraph, NodeAttributes } from '../../src/graph/types.js';
import type { Visible } from '../../src/graph/view.js';

export const LABEL_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
const FADED_NODE = '#e4e7ec';
const FOCUS_EDGE = '#5b6577';
/** Above this many edges, only the focused node's edges are drawn. */
export const EDGE_BUDGET = 20_000;
/** Above this many neighbours, hovering does not force every neighbour's label (they would pile up). */
const MAX_FORCED_LABELS = 40;

export type Focus = { hovered: string | null; selectedNode: string | null; selectedEdge: string | null };

export type GraphView = {
  sigma: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;
  setVisible(v: Visible, edgeClicks: boolean): void;
  select(node: string | null, edge: string | null): void;
  /** `rightInset`: pixels on the right hidden by the side panel. */
  centreOn(node: string, rightInset?: number): void;
  toggleRelax(): boolean;
  onHover(cb: (node: string | null) => void): void;
  /** True when only the focused node's edges are drawn. */
  focusEdgesOnly: boolean;
};

/** The nodes of the graph sharing their attribute objects (so layout moves show), without edges. */
function nodesOnly(graph: LetterGraph): LetterGraph {
  const out = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.forEachNode((node, attrs) => out.addNode(node, attrs));
  out.replaceAttributes(graph.getAttributes());
  return out as unknown as LetterGraph;
}

export function createGraphView(container: HTMLElement, graph: LetterGraph, initial: Visible, edgeClicks: boolean): GraphView {
  let visible = initial;
  const focusEdgesOnly = graph.size > EDGE_BUDGET;
  const drawn = focusEdgesOnly ? nodesOnly(graph) : graph;
  // Nodes are never added or removed from what sigma draws; edges only in focus-edges mode.
  const allNodes = drawn.nodes();
  const allEdges = drawn.edges();
  const focus: Focus = { hovered: null, selectedNode: null, selectedEdge: null };
  let neighbours = new Set<string>();

  const focusNode = () => focus.hovered ?? focus.selectedNode;
  const updateNeighbours = () => {
    const f = focusNode();
    neighbours = f ? new Set(graph.neighbors(f)) : new Set();
  };

  const nodeReducer = (node: string, a: NodeAttributes): Partial<NodeDisplayData> => {
    const out: Partial<NodeDisplayData> = { x: a.x, y: a.y, size: a.size, color: a.color, label: a.label, type: 'circle' };
    if (!visible.nodes.has(node)) {
      out.hidden = true;
      return out;
    }
    const f = focusNode();
    if (!f) return out;
    if (node === f) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 2;
    } else if (neighbours.has(node)) {
      out.forceLabel = neighbours.size <= MAX_FORCED_LABELS;
      out.zIndex = 1;
    } else {
      out.color = FADED_NODE;
      out.label = '';
      out.zIndex = 0;
    }
    return out;
  };

  const edgeReducer = (edge: string, a: EdgeAttributes): Partial<EdgeDisplayData> => {
    const out: Partial<EdgeDisplayData> = { color: a.color, size: a.size, type: a.type === 'ISSUED' || a.type === 'MANAGES' ? 'arrow' : 'line' };
    if (!visible.edges.has(edge)) {
      out.hidden = true;
      return out;
    }
    if (edge === focus.selectedEdge) {
      out.color = '#222';
      out.size = Math.max(3, a.size * 2);
      out.zIndex = 2;
      return out;
    }
    const f = focusNode();
    if (!f) return out;
    if (graph.source(edge) === f || graph.target(edge) === f) {
      out.color = FOCUS_EDGE;
      out.zIndex = 1;
    } else {
      out.hidden = true;
    }
    return out;
  };

  const sigma = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(drawn, container, {
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#1d2433' },
    labelDensity: 1,
    labelGridCellSize: 150,
    labelRenderedSizeThreshold: 7,
    zIndex: true,
    enableEdgeEvents: edgeClicks,
    hideEdgesOnMove: graph.size > 20000,
    minCameraRatio: 0.01,
    maxCameraRatio: 20,
    nodeReducer,
    edgeReducer,
  });

  // Focus changes colours, labels and z-order: re-run the reducers, then re-sort (no skipIndexation,
  // or faded nodes could cover the highlighted ones).
  const redraw = () => sigma.refresh({ partialGraph: { nodes: allNodes, edges: allEdges } });
  if (focusEdgesOnly) {
    drawFocusEdgesOnLayer(sigma, graph, () => {
      const f = focusNode();
      const edges = f ? graph.edges(f) : [];
      if (focus.selectedEdge) edges.push(focus.selectedEdge);
      return edges.filter((e) => visible.edges.has(e));
    });
    // The layout worker moves the full graph's nodes; their attribute objects are shared with `drawn`.
    graph.on('eachNodeAttributesUpdated', () => sigma.scheduleRefresh());
  }
  const hoverListeners: ((node: string | null) => void)[] = [];

  sigma.on('enterNode', ({ node }) => {
    focus.hovered = node;
    updateNeighbours();
    redraw();
    for (const cb of hoverListeners) cb(node);
  });
  sigma.on('leaveNode', () => {
    focus.hovered = null;
    updateNeighbours();
    redraw();
    for (const cb of hoverListeners) cb(null);
  });

  let layout: FA2Layout | null = null;

  return {
    sigma,
    focusEdgesOnly,
    setVisible(v, edgeClicks) {
      visible = v;
      // Edge picking costs time on every frame; only the policy view has links to click.
      sigma.setSetting('enableEdgeEvents', edgeClicks);
      sigma.refresh();
    },
    select(node, edge) {
      if (focus.selectedNode === node && focus.selectedEdge === edge) return;
      focus.selectedNode = node;
      focus.selectedEdge = edge;
      updateNeighbours();
      redraw();
    },
    centreOn(node, rightInset = 0) {
      const d = sigma.getNodeDisplayData(node);
      if (!d) return;
      const camera = sigma.getCamera();
      const ratio = Math.min(camera.ratio, 0.35);
      // Put the node in the middle of the part of the canvas the side panel leaves visible.
      const { width, height } = sigma.getDimensions();
      const p = sigma.viewportToFramedGraph({ x: (width - rightInset) / 2, y: height / 2 }, { cameraState: { x: d.x, y: d.y, ratio, angle: 0 } });
      camera.animate({ x: 2 * d.x - p.x, y: 2 * d.y - p.y, ratio }, { duration: 350 });
    },
    toggleRelax() {
      if (layout?.isRunning()) {
        layout.stop();
        return false;
      }
      layout ??= new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), slowDown: 5 }, getEdgeWeight: 'weight' });
      layout.start();
      return true;
    },
    onHover(cb) {
      hoverListeners.push(cb);
    },
  };
}

/** Draws the given edges as straight lines on a 2D canvas under the nodes, after every sigma render. */
function drawFocusEdgesOnLayer(sigma: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>, graph: LetterGraph, edges: () => string[]): void {
  const canvas = sigma.createCanvas('focusEdges', { afterLayer: 'edges' });
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  sigma.on('afterRender', () => {
    const { width, height } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== width * ratio || canvas.height !== height * ratio) {
      canvas.width = width * ratio;
      canvas.height = height * ratio;
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.strokeStyle = FOCUS_EDGE;
    for (const edge of edges()) {
      const s = sigma.getNodeDisplayData(graph.source(edge));
      const t = sigma.getNodeDisplayData(graph.target(edge));
      if (!s || !t) continue;
      const a = sigma.framedGraphToViewport(s);
      const b = sigma.framedGraphToViewport(t);
      ctx.lineWidth = Math.max(1, graph.getEdgeAttribute(edge, 'size'));
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
      ctx.stroke();
    }
  });
}
