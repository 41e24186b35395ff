// The viewer: loads the graph, then keeps one view state (filters + selection) in the URL hash
// and derives everything on screen from it.
import './style.css';
import { buildSearchIndex } from '../../src/graph/search.js';
import type { LetterGraph, NodeType } from '../../src/graph/types.js';
import { edgeLetters, letterPasses, visibleElements, type Visible } from '../../src/graph/view.js';
import { filterInputs, renderLegend, showFilter, wireSearch } from './controls.js';
import { byId } from './dom.js';
import { exportGexf, exportPng } from './exporting.js';
import { loadGraph } from './loadGraph.js';
import { renderPanel } from './panel.js';
import { createGraphView } from './renderer.js';
import { readHash, writeHash, type ViewState } from './urlState.js';

function showMessage(text: string): void {
  const box = byId('message');
  box.textContent = text;
  box.hidden = false;
  document.body.dataset.status = 'error';
}

function start(graph: LetterGraph): void {
  const types = Object.keys(graph.getAttribute('typeColors'));
  let state: ViewState = readHash(location.hash, types);
  // Only needed once a date or kind filter hides letters; costly on large graphs.
  let lettersMemo: Map<string, string[]> | null = null;
  const lettersOf = () => (lettersMemo ??= edgeLetters(graph));
  let visible: Visible = visibleElements(graph, lettersOf, state.filter);

  const view = createGraphView(byId('graph'), graph, visible, state.filter.policyView);
  const panel = byId('panel');
  const legend = byId('legend');
  const inputs = filterInputs();
  const range = graph.getAttribute('dateRange');

  const largeNote = view.focusEdgesOnly ? `${graph.size.toLocaleString('en')} edges: drawn for the hovered or selected node only.` : null;
  const policyNote = 'Links: arrow = ISSUED; orange = named in one sentence, thicker = more sentences. Click a link for its sentences.';
  const legendNote = () => [largeNote, state.filter.policyView ? policyNote : null].filter(Boolean).join(' ') || null;
  const panelInset = () => (panel.hidden ? 0 : panel.getBoundingClientRect().width);

  const panelContext = {
    graph,
    letterShown: (node: string) => letterPasses(graph, node, state.filter),
    selectNode: (node: string) => update({ node, edge: null }, true),
    selectEdge: (edge: string) => update({ edge, node: null }),
  };

  function apply(filterChanged: boolean): void {
    if (filterChanged) {
      visible = visibleElements(graph, lettersOf, state.filter);
      view.setVisible(visible, state.filter.policyView);
    }
    const node = state.node && graph.hasNode(state.node) ? state.node : null;
    const edge = state.edge && graph.hasEdge(state.edge) ? state.edge : null;
    view.select(node, edge);
    renderPanel(panel, panelContext, node, edge);
    renderLegend(legend, graph, state.filter, legendNote(), toggleType);
    showFilter(inputs, state.filter, range);
    const hash = writeHash(state);
    if (hash !== location.hash) history.replaceState(null, '', hash || location.pathname);
  }

  function update(patch: Partial<ViewState>, centre = false): void {
    const filterChanged = patch.filter !== undefined;
    state = { ...state, ...patch };
    apply(filterChanged);
    if (centre && state.node && visible.nodes.has(state.node)) view.centreOn(state.node, panelInset());
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

  view.sigma.on('clickNode', ({ node }) => update({ node, edge: null }));
  view.sigma.on('clickEdge', ({ edge }) => update({ edge, node: null }));
  view.sigma.on('clickStage', () => update({ node: null, edge: null }));
  panel.addEventListener('panel-close', () => update({ node: null, edge: null }));

  wireSearch(buildSearchIndex(graph), graph, (node) => visible.nodes.has(node), (node) => update({ node, edge: null }, true));
  inputs.policy.addEventListener('change', () => setFilter({ policyView: inputs.policy.checked }));
  inputs.from.addEventListener('change', () => setFilter({ from: inputs.from.value || null }));
  inputs.to.addEventListener('change', () => setFilter({ to: inputs.to.value || null }));
  inputs.kind.addEventListener('change', () => setFilter({ kind: inputs.kind.value === '提案' || inputs.kind.value === '建议' ? inputs.kind.value : null }));
  const relax = byId<HTMLButtonElement>('relax');
  relax.addEventListener('click', () => {
    const running = view.toggleRelax();
    relax.textContent = running ? 'Stop layout' : 'Relax layout';
    relax.setAttribute('aria-pressed', String(running));
  });
  byId('export-png').addEventListener('click', () => void exportPng(view.sigma));
  byId('export-gexf').addEventListener('click', () => exportGexf(graph, visible));
  window.addEventListener('hashchange', () => {
    state = readHash(location.hash, types);
    apply(true);
    if (state.node) view.centreOn(state.node, panelInset());
  });

  apply(false);
  if (state.node) view.centreOn(state.node, panelInset());
  // Sigma drew synchronously above; the next frame is when it is on screen.
  requestAnimationFrame(() => {
    performance.mark('lettergraph:first-render');
    document.body.dataset.status = 'ready';
  });
  // A handle for tests and the benchmark to read the renderer; nothing in the page depends on it.
  Object.assign(window, { lettergraph: { graph, sigma: view.sigma } });
}

async function main(): Promise<void> {
  performance.mark('lettergraph:start');
  const result = await loadGraph('./graph.json');
  if (!result.ok) return showMessage(result.message);
  performance.mark('lettergraph:graph-loaded');
  try {
    start(result.graph);
  } catch (err) {
    showMessage(`The graph could not be drawn: ${err instanceof Error ? err.message : String(err)}`);
  }
}

void main();
