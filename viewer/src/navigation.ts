// Moving around: zoom in, zoom out and fit (the selection with its neighbours, else the whole view),
// and Escape to close the panel. Back and Forward are the browser's: every selection is a history entry.
import type { GraphView } from './renderer.js';
import { byId } from './dom.js';

const ZOOM = { duration: 250 };

export function wireNavigation(view: GraphView, deselect: () => void, selected: () => string | null, panelInset: () => number): void {
  const camera = view.sigma.getCamera();
  byId('zoom-in').addEventListener('click', () => void camera.animatedZoom(ZOOM));
  byId('zoom-out').addEventListener('click', () => void camera.animatedUnzoom(ZOOM));
  byId('zoom-fit').addEventListener('click', () => {
    const node = selected();
    if (node) view.frame(node, panelInset());
    else void camera.animatedReset(ZOOM);
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape') return;
    // In a field, Escape belongs to the field (the search box closes its list).
    const t = ev.target as HTMLElement | null;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) return;
    deselect();
  });
}
