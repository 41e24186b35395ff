// Sigma on the letter graph: reducers decide, from the current view, what is hidden, faded or
// highlighted; the graph's own attributes are never changed except by the layout.
//
// Large graphs (over EDGE_BUDGET edges) are drawn differently, because every element in sigma's
// buffers costs GPU time on every frame, hidden or not, and a software renderer takes most of a
// second to draw 20,000 nodes: sigma draws the nodes only, and focus never makes sigma render
// them again. It is drawn on a 2D layer above them: a translucent wash, the focused node's edges,
// its neighbours and their labels. The hovered node itself is sigma's own hover layer.
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { drawDiscNodeHover, drawDiscNodeLabel, NodePointProgram, type EdgeProgramType } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { EdgeAttributes, GraphAttributes, LetterGraph, NodeAttributes } from '../../src/graph/types.js';
import type { Visible } from '../../src/graph/view.js';
import { nextTask } from './dom.js';

export const LABEL_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
const FADED_NODE = '#e4e7ec';
const FOCUS_EDGE = '#5b6577';
const FADE_LAYER = 'rgba(255, 255, 255, 0.82)';
/** How far policy-view links bow (a share of their length). */
const POLICY_CURVATURE = 0.3;
const POLICY_MIN_EDGE_SIZE = 2.5;
/** Above this many edges, the large-graph drawing applies. */
export const EDGE_BUDGET = 20_000;
/** Above this many neighbours, focusing does not label (or, on large graphs, draw above the wash) every neighbour. */
const MAX_FORCED_LABELS = 40;
const MAX_RAISED_NEIGHBOURS = 300;
/** Framing a lone node (or close neighbours) zooms in no further than this. */
const FRAME_MIN_RATIO = 0.08;
/** The shown nodes' discs, summed, cover at most this share of the canvas when the whole graph is in
 * view: a dense graph draws every node smaller by one factor. Twenty thousand nodes at their own sizes
 * would cover it five times over, a blot rather than a picture, and a software renderer takes a fifth of a
 * second to fill it. Zooming in enlarges them again. */
const MAX_NODE_COVER = 1;

/** The factor that brings the nodes' summed areas (as drawn: squares of side twice the size) within
 * MAX_NODE_COVER of a canvas of `area` pixels; 1 when they are within it already. */
function nodeSizeScale(sizes: Iterable<number>, area: number): number {
  let covered = 0;
  for (const size of sizes) covered += 4 * size * size;
  return covered > MAX_NODE_COVER * area ? Math.sqrt((MAX_NODE_COVER * area) / covered) : 1;
}

export type NodeStyle = { size: ((node: string) => number) | null; color: ((node: string) => string) | null };
type Focus = { hovered: string | null; selectedNode: string | null; selectedEdge: string | null };
export type LetterSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

export type GraphView = {
  sigma: LetterSigma;
  /** `policyView`: the sparse agency–policy view, with clickable links and every label. */
  setVisible(v: Visible, policyView: boolean): void;
  select(node: string | null, edge: string | null): void;
  /** Size and colour by attribute (null: the graph's own). */
  setStyle(s: NodeStyle | null): void;
  /** Frames the node with its shown neighbours in the canvas left of `rightInset` (pixels the side panel hides). */
  frame(node: string, rightInset?: number): void;
  toggleRelax(): boolean;
  /** True when only the focused node's edges are drawn. */
  focusEdgesOnly: boolean;
};

/** The policy–agency view as its own graph: the nodes it can show at their positions in its own
 * layout (px, py), and (unless `withEdges` is false, on large graphs) its ISSUED and co-mention links,
 * sharing their attribute objects with the letter graph. */
function policyGraph(graph: LetterGraph, withEdges: boolean): LetterGraph {
  const out = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.forEachNode((node, a) => {
    if (a.px !== undefined && a.py !== undefined) out.addNode(node, { ...a, x: a.px, y: a.py });
  });
  if (withEdges) {
    graph.forEachEdge((edge, a, source, target) => {
      if ((a.type === 'ISSUED' || a.type === 'CO_MENTIONED') && out.hasNode(source) && out.hasNode(target)) out.addDirectedEdgeWithKey(edge, source, target, a);
    });
  }
  out.replaceAttributes(graph.getAttributes());
  return out as unknown as LetterGraph;
}

/** The nodes of the graph sharing their attribute objects (so layout moves show), without edges. */
function nodesOnly(graph: LetterGraph): LetterGraph {
  const out = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.forEachNode((node, attrs) => out.addNode(node, attrs));
  out.replaceAttributes(graph.getAttributes());
  return out as unknown as LetterGraph;
}

/** Sigma on an empty graph with the settings every graph shares, made while the data worker parses
 * the graph: its WebGL contexts and programs take a good part of a second on a software renderer.
 * createGraphView then gives it the graph. */
export function createSigma(container: HTMLElement): LetterSigma {
  return new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(new MultiDirectedGraph(), container, {
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#1d2433' },
    nodeProgramClasses: { circle: NodeDiscProgram },
    edgeProgramClasses: { curved: forLetterGraph(EdgeCurveProgram), curvedArrow: forLetterGraph(EdgeCurvedArrowProgram) },
    zIndex: true,
    // Sigma makes the edge picking layer only when edge events are on at its start: on, then set by
    // createGraphView (the policy view turns them on again, and its links could not be clicked otherwise).
    enableEdgeEvents: true,
    minCameraRatio: 0.01,
    maxCameraRatio: 20,
  });
}

/** `sigma`: see createSigma. `edgeCount`: the graph's edges, which on large graphs may not all be in `graph` yet. */
export async function createGraphView(sigma: LetterSigma, graph: LetterGraph, initial: Visible, policyView: boolean, edgeCount: number): Promise<GraphView> {
  let visible = initial;
  let policy = policyView;
  const large = edgeCount > EDGE_BUDGET;
  const mainDrawn = large ? nodesOnly(graph) : graph;
  // Sigma takes positions from the graph it draws, not from reducers: the policy view draws its own graph.
  const drawnFor = (policyOn: boolean) => (policyOn ? policyGraph(graph, !large) : mainDrawn);
  let drawn = drawnFor(policyView);
  const focus: Focus = { hovered: null, selectedNode: null, selectedEdge: null };
  let style: NodeStyle | null = null;
  const baseSize = (node: string, a = graph.getNodeAttributes(node)) => style?.size?.(node) ?? a.size;
  let sizeScale = 1;
  const rescale = () => {
    const { width, height } = sigma.getDimensions();
    sizeScale = nodeSizeScale(Array.from(visible.nodes, (node) => baseSize(node)), width * height);
  };
  rescale();
  /** The focused node and its neighbours (plus a selected edge's ends). */
  let focusSet = new Set<string>();

  const focusNode = () => focus.hovered ?? focus.selectedNode;
  const computeFocusSet = (): Set<string> => {
    const out = new Set<string>();
    const f = focusNode();
    if (f) {
      out.add(f);
      for (const n of graph.neighbors(f)) if (visible.nodes.has(n)) out.add(n);
    }
    if (focus.selectedEdge) out.add(graph.source(focus.selectedEdge)).add(graph.target(focus.selectedEdge));
    return out;
  };

  const nodeReducer = (node: string, a: NodeAttributes): Partial<NodeDisplayData> => {
    const out: Partial<NodeDisplayData> = { x: a.x, y: a.y, size: baseSize(node, a) * sizeScale, color: style?.color?.(node) ?? a.color, label: a.label, type: 'circle' };
    if (!visible.nodes.has(node)) {
      out.hidden = true;
      return out;
    }
    // Large graphs show focus on the focus layer only.
    if (large || focusSet.size === 0) return out;
    if (node === focusNode()) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 2;
    } else if (focusSet.has(node)) {
      out.forceLabel = focusSet.size <= MAX_FORCED_LABELS;
      out.zIndex = 1;
    } else {
      out.color = FADED_NODE;
      out.label = '';
      out.zIndex = 0;
    }
    return out;
  };

  const edgeReducer = (edge: string, a: EdgeAttributes): Partial<EdgeDisplayData> => {
    const out: Partial<EdgeDisplayData> & { curvature?: number } = { color: a.color, size: a.size, type: a.type === 'ISSUED' || a.type === 'MANAGES' ? 'arrow' : 'line' };
    // In the policy view an ISSUED link and the co-mention link between the same two nodes bow to
    // opposite sides, so both can be seen and clicked.
    if (policy && (a.type === 'ISSUED' || a.type === 'CO_MENTIONED')) {
      out.type = a.type === 'ISSUED' ? 'curvedArrow' : 'curved';
      out.curvature = a.type === 'ISSUED' ? POLICY_CURVATURE : -POLICY_CURVATURE;
      // Thick enough to hit with a click.
      out.size = Math.max(POLICY_MIN_EDGE_SIZE, a.size);
    }
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

  // The first pass over the nodes in a task of its own. (A framed deep link is processed once, not twice.)
  await nextTask();
  // In the task that sets the graph: a render these schedule is then drawn by setGraph, not in a frame of its own.
  sigma.setSettings({ ...labelSettings(policyView), nodeReducer, edgeReducer, enableEdgeEvents: policyView && !large });
  // A deep link can open on a filtered view: frame what it shows.
  if (initial.nodes.size < graph.order) sigma.setCustomBBox(extent(graph, initial.nodes, policy));
  sigma.setGraph(drawn);
  let allNodes = drawn.nodes();
  let allEdges = drawn.edges();
  const focusLayer = large
    ? createFocusLayer(sigma, graph, () => ({
        nodes: focusSet,
        focus: focusNode(),
        hovered: focus.hovered,
        edges: [...(focusNode() ? graph.edges(focusNode()!) : []), ...(focus.selectedEdge ? [focus.selectedEdge] : [])].filter((e) => visible.edges.has(e)),
        selectedEdge: focus.selectedEdge,
      }))
    : null;
  const refocus = () => {
    focusSet = computeFocusSet();
    // Large graphs: only the focus layer changes. Otherwise colours, labels and z-order do: re-run the reducers and re-sort.
    if (focusLayer) focusLayer.draw();
    else sigma.refresh({ partialGraph: { nodes: allNodes, edges: allEdges } });
  };
  // The layout worker moves the full graph's nodes; their attribute objects are shared with `drawn`.
  if (large) graph.on('eachNodeAttributesUpdated', () => sigma.scheduleRefresh());

  sigma.on('enterNode', ({ node }) => {
    focus.hovered = node;
    refocus();
  });
  sigma.on('leaveNode', () => {
    focus.hovered = null;
    refocus();
  });

  let layout: FA2Layout | null = null;

  return {
    sigma,
    focusEdgesOnly: large,
    setVisible(v, policyOn) {
      visible = v;
      rescale();
      if (policy !== policyOn) {
        drawn = drawnFor(policyOn);
        sigma.setGraph(drawn);
        allNodes = drawn.nodes();
        allEdges = drawn.edges();
      }
      policy = policyOn;
      focusSet = computeFocusSet();
      // Edge picking costs time on every frame; only the policy view has links to click.
      sigma.setSetting('enableEdgeEvents', policy && !large);
      for (const [k, value] of Object.entries(labelSettings(policy))) sigma.setSetting(k as keyof ReturnType<typeof labelSettings>, value);
      // Frame what is shown, so a filtered view fills the canvas.
      sigma.setCustomBBox(extent(graph, v.nodes, policy));
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      sigma.refresh();
    },
    setStyle(s) {
      style = s;
      rescale();
      sigma.refresh();
    },
    select(node, edge) {
      if (focus.selectedNode === node && focus.selectedEdge === edge) return;
      focus.selectedNode = node;
      focus.selectedEdge = edge;
      refocus();
    },
    frame(node, rightInset = 0) {
      const d = sigma.getNodeDisplayData(node);
      if (!d) return;
      const around = [d, ...graph.neighbors(node).filter((n) => visible.nodes.has(n)).map((n) => sigma.getNodeDisplayData(n)).filter((n): n is NodeDisplayData => !!n)];
      const xs = around.map((p) => p.x);
      const ys = around.map((p) => p.y);
      const centre = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
      // The box's size on screen at ratio 1 tells the ratio that fits it in the part the panel leaves free.
      const { width, height } = sigma.getDimensions();
      const free = { width: Math.max(100, width - rightInset), height };
      const at1 = { cameraState: { ...centre, ratio: 1, angle: 0 } };
      const a = sigma.framedGraphToViewport({ x: Math.min(...xs), y: Math.min(...ys) }, at1);
      const b = sigma.framedGraphToViewport({ x: Math.max(...xs), y: Math.max(...ys) }, at1);
      const fill = 0.75;
      const fitted = Math.max(Math.abs(b.x - a.x) / (free.width * fill), Math.abs(b.y - a.y) / (free.height * fill));
      const ratio = Math.min(1, Math.max(FRAME_MIN_RATIO, fitted));
      // Put the box's centre in the middle of the free part.
      const p = sigma.viewportToFramedGraph({ x: free.width / 2, y: height / 2 }, { cameraState: { ...centre, ratio, angle: 0 } });
      const target = { x: 2 * centre.x - p.x, y: 2 * centre.y - p.y, ratio };
      // Each step of an animation redraws every node: on a large graph drawn in software that is half a
      // second a step, holding the page (and the next search) for seconds. There the camera jumps.
      if (large) sigma.getCamera().setState(target);
      else sigma.getCamera().animate(target, { duration: 350 });
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
  };
}

// The disc shader of sigma's point program, except that picking takes the whole disc: sigma's own picks
// a disc one picking pixel smaller than the one drawn, and at sigma's half-resolution picking small
// nodes could not be hovered at all.
const DISC_FRAGMENT_SHADER = `
precision mediump float;
varying vec4 v_color;
varying float v_border;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
void main(void) {
  float dist = 0.5 - length(gl_PointCoord - vec2(0.5, 0.5));
  #ifdef PICKING_MODE
  gl_FragColor = dist > 0.0 ? v_color : transparent;
  #else
  gl_FragColor = mix(transparent, v_color, clamp(dist / v_border, 0.0, 1.0));
  #endif
}
`;

/** Nodes as discs drawn as points, all in one draw call: sigma's default circle program draws one
 * instance per node, and a software renderer (SwiftShader) sets each instance up as a draw of its
 * own, which made a 20,000-node frame 2-3 times slower. */
class NodeDiscProgram extends NodePointProgram<NodeAttributes, EdgeAttributes, GraphAttributes> {
  override getDefinition() {
    return { ...super.getDefinition(), FRAGMENT_SHADER_SOURCE: DISC_FRAGMENT_SHADER };
  }
}

/** @sigma/edge-curve's programs are typed for any attributes; ours draw the letter graph. */
const forLetterGraph = (p: EdgeProgramType) => p as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Labels: the main view names the bigger nodes; the policy view may name any node, but sigma's label
 * grid keeps one label to a cell there, so labels do not run into each other. */
function labelSettings(policyView: boolean) {
  return policyView ? { labelDensity: 0.6, labelGridCellSize: 110, labelRenderedSizeThreshold: 0 } : { labelDensity: 1, labelGridCellSize: 150, labelRenderedSizeThreshold: 7 };
}

/** The extent of the given nodes' positions (in the policy view, their own layout), or null (sigma's own) when there are none. */
function extent(graph: LetterGraph, nodes: ReadonlySet<string>, policyView: boolean): { x: [number, number]; y: [number, number] } | null {
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const node of nodes) {
    const a = graph.getNodeAttributes(node);
    const [x, y] = policyView && a.px !== undefined ? [a.px, a.py!] : [a.x, a.y];
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  return x0 <= x1 ? { x: [x0, x1], y: [y0, y1] } : null;
}

type FocusPicture = { nodes: ReadonlySet<string>; focus: string | null; hovered: string | null; edges: string[]; selectedEdge: string | null };

/** A 2D layer above the nodes and their labels, below sigma's hover layer: a translucent wash, the focus
 * edges, the neighbours (unless a hub has too many) and the focused node. Redrawn after each sigma render
 * and, on its own, when the focus changes. */
function createFocusLayer(sigma: LetterSigma, graph: LetterGraph, picture: () => FocusPicture): { draw(): void } {
  const canvas = sigma.createCanvas('focusLayer', { afterLayer: 'labels' });
  const ctx = canvas.getContext('2d');
  const settings = sigma.getSettings() as unknown as Settings;
  const draw = () => {
    if (!ctx) return;
    const { width, height } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== width * ratio || canvas.height !== height * ratio) {
      canvas.width = width * ratio;
      canvas.height = height * ratio;
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const { nodes, focus, hovered, edges, selectedEdge } = picture();
    if (nodes.size === 0) return;
    ctx.fillStyle = FADE_LAYER;
    ctx.fillRect(0, 0, width, height);
    const onScreen = (node: string) => {
      const d = sigma.getNodeDisplayData(node);
      if (!d || d.hidden) return null;
      return { ...d, key: node, ...sigma.framedGraphToViewport(d), size: sigma.scaleSize(d.size) };
    };
    for (const edge of edges) {
      const a = onScreen(graph.source(edge));
      const b = onScreen(graph.target(edge));
      if (!a || !b) continue;
      const selected = edge === selectedEdge;
      ctx.strokeStyle = selected ? '#222' : FOCUS_EDGE;
      ctx.lineWidth = selected ? Math.max(3, 2 * graph.getEdgeAttribute(edge, 'size')) : Math.max(1, graph.getEdgeAttribute(edge, 'size'));
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
      ctx.stroke();
    }
    // A hub's neighbours would bury the picture: then only the hub (and a selected edge's ends).
    const shown = [...nodes].filter((n) => n === focus || nodes.size <= MAX_RAISED_NEIGHBOURS || (selectedEdge !== null && graph.extremities(selectedEdge).includes(n)));
    const discs = shown.map(onScreen).filter((d): d is NonNullable<typeof d> => d !== null);
    for (const d of discs) {
      ctx.fillStyle = d.color;
      ctx.beginPath();
      ctx.arc(d.x, d.y, d.size, 0, 2 * Math.PI);
      ctx.fill();
    }
    for (const d of discs) {
      // The hovered node's box and disc are sigma's hover layer, above this one.
      if (d.key === hovered) continue;
      if (d.key === focus) {
        drawDiscNodeHover(ctx, d, settings);
        ctx.fillStyle = d.color;
        ctx.beginPath();
        ctx.arc(d.x, d.y, d.size, 0, 2 * Math.PI);
        ctx.fill();
      } else if (nodes.size <= MAX_FORCED_LABELS) drawDiscNodeLabel(ctx, d, settings);
    }
  };
  sigma.on('afterRender', draw);
  return { draw };
}
