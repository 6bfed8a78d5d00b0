// How a record field is written into a sheet cell, the inverse of what an import reads back from it.
import type { SheetField } from './sheet-fields.ts';

/** A cell as a spreadsheet holds it: dates stay ISO text here and become date cells where the format has them. */
export type SheetCell = string | number | boolean | undefined;

/** Items of a list of ids, values or dates are separated by this; an import also splits on new lines. */
export const LIST_SEPARATOR = '; ';

/** Free text may hold `;` itself, so a list of texts (contract clauses, limitations) has one item per line. */
export const isTextList = (field: SheetField): boolean => field.kind === 'list' && field.itemKind === 'text' && field.ref === undefined;

function describeItem(item: unknown): string {
  if (item === null || typeof item !== 'object') return String(item);
  return Object.entries(item as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.map(describeItem).join(', ') : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
    .join('; ');
}

/** The cell for a field's value (undefined for an absent value). */
export function cellOf(field: SheetField, value: unknown): SheetCell {
  if (value === undefined || value === null) return undefined;
  switch (field.kind) {
    case 'list':
      return Array.isArray(value) ? value.map(String).join(isTextList(field) ? '\n' : LIST_SEPARATOR) : String(value);
    case 'records':
      // One line per item, so a reader sees each gate or action on its own line of the cell.
      return Array.isArray(value) ? value.map(describeItem).join('\n') : describeItem(value);
    case 'integer':
    case 'number':
      return typeof value === 'number' ? value : String(value);
    case 'boolean':
      return typeof value === 'boolean' ? value : String(value);
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}
