// DOM helpers that only ever create text nodes from data: no HTML parsing anywhere.
type Props = { class?: string; text?: string; title?: string; attrs?: Record<string, string> };

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.title) node.title = props.title;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  for (const child of children) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} missing from index.html`);
  return node as T;
}

// A message to itself is a new task at once: chained setTimeout(0)s are held 4 ms each after the
// fifth, which over the hundred-odd steps of a large graph's load was half a second of waiting.
const steps = new MessageChannel();
const waiting: (() => void)[] = [];
steps.port1.onmessage = () => waiting.shift()?.();

/** Lets the page handle input and paint before the next step of a long load. */
export const nextTask = (): Promise<void> =>
  new Promise((done) => {
    waiting.push(done);
    steps.port2.postMessage(null);
  });

export function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = el('a', { attrs: { href: url, download: fileName } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
