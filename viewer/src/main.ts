// The viewer: takes the graph from the data worker (which fetches and parses it), paints its nodes,
// then adds its edges and the panel's details piece by piece, so that no task holds the page for
// long; keeps one view state (filters + selection) in the URL hash and derives everything on screen from it.
import './style.css';
import type { LetterGraph, NodeType } from '../../src/graph/types.js';
import { addEdgeArrays, addNodeColumns, arrayEdges, emptyLetterGraph, evidenceLists, mergeEvidence, mergeNodeDetails } from '../../src/export/readViewerFiles.js';
import { edgeLetters, filtersLetters, graphEdges, letterPasses, NO_FILTER, visibleElements, type EdgeWalk, type Visible } from '../../src/graph/view.js';
import { fillLetterChoices, filterInputs, renderLegend, showFilter } from './controls.js';
import { byId, el, nextTask } from './dom.js';
import { exportGexf, exportPng } from './exporting.js';
import { startDataWorker, type DataClient, type GraphArrival } from './data.js';
import { REBUILD } from './loadGraph.js';
import { renderPanel, renderPending } from './panel.js';
import { createGraphView, createSigma, EDGE_BUDGET, type LetterSigma } from './renderer.js';
import { wireAppearance } from './appearance.js';
import { wireNavigation } from './navigation.js';
import { renderNodeTable } from './nodeTable.js';
import { renderPolicyTable } from './policyTable.js';
import { wireSearch, type SearchIndexClient } from './search.js';
import { readHash, sameSelection, writeHash, type ViewState } from './urlState.js';

/** The first failure is the one to read: later ones follow from it. */
function showMessage(text: string): void {
  if (document.body.dataset.status === 'error') return;
  const box = byId('message');
  box.textContent = text;
  box.hidden = false;
  document.body.dataset.status = 'error';
}

/** Letter filters read letters and evidence, which come with the details. */
const needsDetails = (state: ViewState) => filtersLetters(state.filter);

type Arrivals = { edgesIn(): void; detailsIn(): Promise<void>; computeMetrics(): void };

/** Above this many nodes the graph is shown as a still picture of its nodes (see showHuge). */
const HUGE_GRAPH_NODES = 200_000;

/** Draws the graph. `pendingEdges`: graph.json's edges when they are not in the graph yet (call edgesIn
 * once they are); `hasDetails` false until details.json is merged (then call detailsIn). */
async function start(sigma: LetterSigma, graph: LetterGraph, types: string[], search: SearchIndexClient, edgeCount: number, pendingEdges: EdgeWalk | null, detailsReady: boolean): Promise<Arrivals> {
  let state: ViewState = readHash(location.hash, types);
  let hasDetails = detailsReady;
  let walkEdges = pendingEdges ?? graphEdges(graph);
  // Only needed once a date or kind filter hides letters; costly on large graphs.
  let lettersMemo: Map<string, string[]> | null = null;
  const lettersOf = () => (lettersMemo ??= edgeLetters(graph));
  let visible: Visible = visibleElements(graph, lettersOf, state.filter, walkEdges);

  await nextTask();
  const view = await createGraphView(sigma, graph, visible, state.filter.policyView, edgeCount);
  const panel = byId('panel');
  const legend = byId('legend');
  const inputs = filterInputs();
  const range = graph.getAttribute('dateRange');

  const largeNote = view.focusEdgesOnly ? `${edgeCount.toLocaleString('en')} edges: drawn for the hovered or selected node only.` : null;
  // Large graphs draw links on the focus layer, which takes no clicks: there a node's panel opens them.
  const policyNote = `Links: arrow = ISSUED; orange = named in one sentence, thicker = more sentences; the two bow to opposite sides. ${view.focusEdgesOnly ? 'Click a node, then a link in its panel, for its sentences.' : 'Click a link for its sentences.'}`;
  const legendNote = () => [largeNote, state.filter.policyView ? policyNote : null].filter(Boolean).join(' ') || null;
  const panelInset = () => (panel.hidden ? 0 : panel.getBoundingClientRect().width);

  const panelContext = {
    graph,
    letterShown: (node: string) => letterPasses(graph, node, state.filter),
    selectNode: (node: string) => update({ node, edge: null, at: null }, true),
    selectEdge: (edge: string) => update({ edge, node: null, at: null }),
    around: () => state.filter.around,
    showAround: (node: string, hops: 1 | 2 | null) => setFilter({ around: hops ? { node, hops } : null }),
  };
  const empty = byId('empty');
  const tableView = byId('table-view');
  const renderTable = () => {
    if (tableView.hidden) return;
    if (state.filter.policyView) renderPolicyTable(tableView, graph, visible, panelContext.selectNode);
    else renderNodeTable(tableView, graph, visible.nodes, appearance.metrics(), panelContext.selectNode);
  };
  const showTable = (shown: boolean) => {
    tableView.hidden = !shown;
    tableToggle.setAttribute('aria-pressed', String(shown));
    renderTable();
  };
  const renderLegendNow = () => renderLegend(legend, graph, state.filter, visible.nodes, legendNote(), toggleType, appearance.colorTitle(), appearance.style().categories);
  const appearance = wireAppearance(graph, (s) => view.setStyle(s.size || s.color ? s : null), () => {
    renderLegendNow();
    renderTable();
  });
  const tableToggle = byId<HTMLButtonElement>('table-toggle');
  tableToggle.addEventListener('click', () => showTable(tableView.hidden));

  /** `push`: the selection changed, so it gets its own history entry (Back returns to the previous one). */
  function apply(filterChanged: boolean, push = false): void {
    if (filterChanged) {
      visible = visibleElements(graph, lettersOf, state.filter, walkEdges);
      view.setVisible(visible, state.filter.policyView);
      renderTable();
    }
    // A filter that matches nothing says so rather than leaving a blank canvas.
    empty.hidden = visible.nodes.size > 0;
    const node = state.node && graph.hasNode(state.node) ? state.node : null;
    const edge = state.edge && graph.hasEdge(state.edge) ? state.edge : null;
    view.select(node, edge);
    if (hasDetails) renderPanel(panel, panelContext, node, edge, state.at);
    else renderPending(panel, node !== null || edge !== null);
    renderLegendNow();
    showFilter(inputs, state.filter, range);
    const hash = writeHash(state);
    if (hash !== location.hash) history[push ? 'pushState' : 'replaceState'](null, '', hash || location.pathname);
  }

  function update(patch: Partial<ViewState>, centre = false): void {
    const filterChanged = patch.filter !== undefined;
    const before = state;
    state = { ...state, ...patch };
    apply(filterChanged, !sameSelection(before, state));
    if (centre && state.node && visible.nodes.has(state.node)) view.frame(state.node, panelInset());
  }

  function setFilter(patch: Partial<ViewState['filter']>): void {
    update({ filter: { ...state.filter, ...patch } });
  }

  function toggleType(type: NodeType, shown: boolean): void {
    const hidden = new Set(state.filter.hiddenTypes);
    if (shown) hidden.delete(type);
    else hidden.add(type);
    setFilter({ hiddenTypes: hidden });
  }

  const deselect = () => update({ node: null, edge: null, at: null });
  view.sigma.on('clickNode', ({ node }) => update({ node, edge: null, at: null }));
  view.sigma.on('clickEdge', ({ edge }) => update({ edge, node: null, at: null }));
  view.sigma.on('clickStage', deselect);
  panel.addEventListener('panel-close', deselect);
  wireNavigation(view, deselect, () => (state.node && visible.nodes.has(state.node) ? state.node : null), panelInset);

  wireSearch(search, graph, (node) => visible.nodes.has(node), ({ node, at }) => update({ node, edge: null, at }, true));
  inputs.policy.addEventListener('change', () => {
    setFilter({ policyView: inputs.policy.checked });
    // The agency × policy table sits beside the policy view.
    if (inputs.policy.checked && hasDetails) showTable(true);
  });
  inputs.from.addEventListener('change', () => setFilter({ from: inputs.from.value || null }));
  inputs.to.addEventListener('change', () => setFilter({ to: inputs.to.value || null }));
  inputs.kind.addEventListener('change', () => setFilter({ kind: inputs.kind.value === '提案' || inputs.kind.value === '建议' ? inputs.kind.value : null }));
  inputs.undated.addEventListener('change', () => setFilter({ undated: inputs.undated.checked }));
  for (const key of ['body', 'province', 'session'] as const) inputs[key].addEventListener('change', () => setFilter({ [key]: inputs[key].value || null }));
  byId('clear-filters').addEventListener('click', () => setFilter({ ...NO_FILTER, policyView: state.filter.policyView }));
  const relax = byId<HTMLButtonElement>('relax');
  relax.addEventListener('click', () => {
    const running = view.toggleRelax();
    relax.textContent = running ? 'Stop layout' : 'Relax layout';
    relax.setAttribute('aria-pressed', String(running));
  });
  byId('export-png').addEventListener('click', () => exportPng(view.sigma, legend));
  const gexfButton = byId<HTMLButtonElement>('export-gexf');
  gexfButton.disabled = !hasDetails;
  gexfButton.addEventListener('click', () => exportGexf(graph, visible, lettersOf()));
  window.addEventListener('hashchange', () => {
    state = readHash(location.hash, types);
    apply(true);
    if (state.node) view.frame(state.node, panelInset());
  });

  apply(false);
  if (state.node) view.frame(state.node, panelInset());
  // Sigma drew synchronously above; the next frame is when it is on screen.
  requestAnimationFrame(() => {
    performance.mark('lettergraph:first-render');
    document.body.dataset.status = 'ready';
  });
  // A handle for tests and the benchmark to read the renderer; nothing in the page depends on it.
  Object.assign(window, { lettergraph: { graph, sigma: view.sigma } });

  return {
    edgesIn() {
      walkEdges = graphEdges(graph);
      // The shown edges (see visibleElements) in this task of their own rather than on the first hover.
      void visible.edges.size;
    },
    computeMetrics: () => appearance.computeMetrics(),
    // In steps, each its own task, so typing and painting are not held up: the panel first.
    async detailsIn() {
      hasDetails = true;
      gexfButton.disabled = false;
      lettersMemo = null;
      apply(needsDetails(state));
      await nextTask();
      fillLetterChoices(inputs, graph);
      showFilter(inputs, state.filter, range);
    },
  };
}

/** A graph too big to explore here (its links, labels, details and indexes would hold the tab for
 * minutes): a still picture of its nodes, which the data worker drew, and a notice saying so. */
function showHuge({ nodes, edges, picture }: Extract<GraphArrival, { kind: 'huge' }>): void {
  const canvas = el('canvas', { attrs: { id: 'huge-picture', width: String(picture.width), height: String(picture.height) } });
  canvas.getContext('2d')!.putImageData(new ImageData(picture.pixels, picture.width, picture.height), 0, 0);
  byId('graph').append(canvas);
  byId('panel').hidden = true;
  byId('legend').hidden = true;
  const notice = byId('notice');
  notice.textContent = `This graph has ${nodes.toLocaleString('en')} nodes and ${edges.toLocaleString('en')} links, too many to explore here: it is shown in a degraded mode, a still picture of the node positions (no labels, links, panel, search, filters or metrics). Filter the letters before building, or open graph.gexf in Gephi.`;
  notice.hidden = false;
  for (const control of document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('#toolbar input, #toolbar select, #toolbar button, #zoom button')) control.disabled = true;
  requestAnimationFrame(() => {
    performance.mark('lettergraph:first-render');
    document.body.dataset.status = 'ready';
    document.body.dataset.details = 'degraded';
  });
}

/** Nodes and edges added to the graph per task while loading. */
const NODE_PIECE = 5_000;
const EDGE_PIECE = 5_000;

async function main(): Promise<void> {
  performance.mark('lettergraph:start');
  const box = byId('graph').getBoundingClientRect();
  const data: DataClient = startDataWorker('./paint.json', './graph.json', './details.json', HUGE_GRAPH_NODES, { width: Math.max(1, Math.round(box.width)), height: Math.max(1, Math.round(box.height)) });
  await data.loading;
  const sigma = createSigma(byId('graph'));
  const loaded = await data.graph;
  if (loaded.kind !== 'graph') sigma.kill();
  if (loaded.kind === 'failed') return showMessage(loaded.message);
  if (loaded.kind === 'huge') return showHuge(loaded);
  performance.mark('lettergraph:graph-loaded');
  await nextTask();
  const nodes = loaded.nodes.keys;
  const { edges } = loaded;
  // In pieces, each its own task (the worker checked the keys are distinct).
  const graph = emptyLetterGraph(loaded.attributes);
  for (let from = 0; from < nodes.length; from += NODE_PIECE) {
    addNodeColumns(graph, loaded.nodes, from, Math.min(nodes.length, from + NODE_PIECE));
    await nextTask();
  }
  const types = Object.keys(graph.getAttribute('typeColors'));
  void data.searchReady.then(() => {
    performance.mark('lettergraph:search-ready');
    document.body.dataset.search = 'ready';
  });
  const keys = await data.edgeKeys;
  /** In pieces, each its own task, so typing and painting go on meanwhile. */
  const addEdges = async (): Promise<boolean> => {
    try {
      for (let from = 0; from < keys.length; from += EDGE_PIECE) {
        addEdgeArrays(graph, nodes, edges, keys, from, Math.min(keys.length, from + EDGE_PIECE));
        await nextTask();
      }
      return true;
    } catch (err) {
      showMessage(`The graph file is inconsistent (${err instanceof Error ? err.message : String(err)}). ${REBUILD}`);
      return false;
    }
  };
  /** The details' pieces as the worker sends them, each merged in its own task; once the edges are in. */
  const mergeDetails = async (): Promise<boolean> => {
    for (;;) {
      const piece = await data.nextDetails();
      if (piece.kind === 'failed') {
        showMessage(piece.message);
        return false;
      }
      if (piece.kind === 'detailsDone') return true;
      if (piece.kind === 'nodeDetails') mergeNodeDetails(graph, piece.nodes);
      else mergeEvidence(graph, keys, piece.from, evidenceLists(piece.evidence));
      await nextTask();
    }
  };
  // A deep link with a date or kind filter cannot be drawn right without the details. Large graphs
  // paint their nodes before their edges are in the graph (sigma draws no edges for them anyway).
  const detailsFirst = needsDetails(readHash(location.hash, types));
  const edgesFirst = detailsFirst || keys.length <= EDGE_BUDGET;
  if (detailsFirst) data.sendDetails();
  if (edgesFirst && !(await addEdges())) return;
  if (detailsFirst && !(await mergeDetails())) return;
  let arrivals: Arrivals;
  try {
    arrivals = await start(sigma, graph, types, data.search, keys.length, edgesFirst ? null : arrayEdges(nodes, edges, keys), detailsFirst);
  } catch (err) {
    return showMessage(`The graph could not be drawn: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!detailsFirst) {
    // After the first paint is on screen.
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    data.sendDetails();
    if (!edgesFirst) {
      if (!(await addEdges())) return;
      arrivals.edgesIn();
      await nextTask();
    }
    const merged = await mergeDetails();
    // The metrics worker would compete for the processor with the details and the search index: it starts after them.
    if (!merged) return arrivals.computeMetrics();
  }
  // Drawn with its details already in or not: the panel, the letter choices and the GEXF export follow them.
  await arrivals.detailsIn();
  performance.mark('lettergraph:details-loaded');
  document.body.dataset.details = 'ready';
  arrivals.computeMetrics();
}

void main();
