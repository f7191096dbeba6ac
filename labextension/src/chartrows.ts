/**
 * A Vega chart's rows as the kernel sends them (jupyter_st/render/chart_rows.py): a 4-byte
 * header length, a JSON header {rows, columns: [{name, kind, bytes}]}, then each column:
 * float64 little-endian for "f64" (NaN is a missing value), a JSON list for "json".
 */
const decoder = new TextDecoder();

type Column = { name: string; kind: string; bytes: number };

function columnValues(view: DataView, at: number, column: Column, rows: number): unknown[] {
  if (column.kind === 'f64') {
    const values = new Array(rows);
    for (let i = 0; i < rows; i++) {
      const value = view.getFloat64(at + i * 8, true);
      values[i] = Number.isNaN(value) ? null : value;
    }
    return values;
  }
  const bytes = new Uint8Array(view.buffer, view.byteOffset + at, column.bytes);
  const parsed = JSON.parse(decoder.decode(bytes));
  return Array.isArray(parsed) ? parsed : [];
}

/** The rows of one buffer as objects, as Vega's datasets want them. */
export function parseRows(buffer: DataView | undefined): unknown[] {
  if (!buffer || buffer.byteLength < 4) {
    return [];
  }
  const length = buffer.getUint32(0, true);
  const header = JSON.parse(decoder.decode(
    new Uint8Array(buffer.buffer, buffer.byteOffset + 4, length)));
  const rows: number = header?.rows ?? 0;
  const columns: Column[] = Array.isArray(header?.columns) ? header.columns : [];
  let at = 4 + length;
  const values = columns.map(column => {
    const list = columnValues(buffer, at, column, rows);
    at += column.bytes;
    return list;
  });
  const out = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const row: Record<string, unknown> = {};
    columns.forEach((column, c) => (row[column.name] = values[c][i]));
    out[i] = row;
  }
  return out;
}
