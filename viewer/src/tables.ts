// Sortable HTML tables with a CSV button. Cells are text (or a button that selects a node); a click
// on a column heading sorts by it, a second click reverses. Long tables render their first rows and
// say so; the CSV always has every row.
import { toCsv, type Cell } from '../../src/export/csv.js';
import { download, el } from './dom.js';

export type Column<R> = {
  title: string;
  value: (row: R) => Cell;
  /** Makes the cell a button that selects this node. */
  node?: (row: R) => string | null;
};

export type TableSpec<R> = {
  /** File name of the CSV (without .csv) and the table's data-table attribute. */
  name: string;
  caption: string;
  columns: Column<R>[];
  rows: R[];
  select?: (node: string) => void;
  maxRows?: number;
};

const compare = (a: Cell, b: Cell): number => {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'zh');
};

export function dataTable<R>({ name, caption, columns, rows, select, maxRows = 300 }: TableSpec<R>): HTMLElement {
  const table = el('table', { class: 'data', attrs: { 'data-table': name } });
  const body = el('tbody');
  const values = rows.map((r) => ({ row: r, cells: columns.map((c) => c.value(r)) }));
  const note = el('p', { class: 'muted table-note' });
  let order = values;

  const renderBody = () => {
    body.replaceChildren(
      ...order.slice(0, maxRows).map(({ row, cells }) =>
        el(
          'tr',
          {},
          cells.map((cell, i) => {
            const node = columns[i]!.node?.(row);
            const text = cell === null ? '' : String(cell);
            if (!node || !select) return el('td', { text, attrs: typeof cell === 'number' ? { class: 'num' } : {} });
            const link = el('button', { class: 'node-link', text, attrs: { type: 'button', 'data-node': node } });
            link.addEventListener('click', () => select(node));
            return el('td', {}, [link]);
          }),
        ),
      ),
    );
    note.textContent = order.length > maxRows ? `First ${maxRows} of ${order.length} rows shown; the CSV has all.` : '';
  };

  const heads = columns.map((c, i) => {
    const th = el('th', { attrs: { scope: 'col', 'aria-sort': 'none' } }, [el('button', { class: 'sort', text: c.title, attrs: { type: 'button' } })]);
    th.firstElementChild!.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of heads) other.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      order = [...values].sort((a, b) => (ascending ? 1 : -1) * compare(a.cells[i]!, b.cells[i]!));
      renderBody();
    });
    return th;
  });
  table.append(el('thead', {}, [el('tr', {}, heads)]), body);
  renderBody();

  const csv = el('button', { class: 'csv', text: 'CSV', title: `Download ${caption} as CSV`, attrs: { type: 'button', 'data-csv': name } });
  csv.addEventListener('click', () => {
    const text = toCsv(columns.map((c) => c.title), order.map((v) => v.cells));
    download(`${name}.csv`, new Blob([text], { type: 'text/csv;charset=utf-8' }));
  });
  return el('div', { class: 'table-wrap' }, [el('div', { class: 'table-head' }, [el('span', { class: 'table-caption', text: caption }), csv]), el('div', { class: 'table-scroll' }, [table]), note]);
}
