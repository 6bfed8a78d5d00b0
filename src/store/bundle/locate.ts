// Finds where in a parsed YAML file a validation issue points: the line and column of the field, or of its record.
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** `treatment.actions[0].dueDate` → `['treatment', 'actions', 0, 'dueDate']`. */
export function fieldPath(field: string): (string | number)[] {
  return (field.match(/\[\d+\]|[^.[\]]+/g) ?? []).map((part) => (part.startsWith('[') ? Number(part.slice(1, -1)) : part));
}

function positionOf(node: Node | null | undefined, lines: LineCounter): Position | undefined {
  const offset = node?.range?.[0];
  if (offset === undefined) return undefined;
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

/**
 * The position of `field` inside the record at `index` of a register file (or inside the document's root mapping
 * when `index` is undefined). A field points at its key (the line where it is written), a list item at the item,
 * and a field that is missing at the closest enclosing mapping, which is where it has to be added.
 */
export function locate(doc: Document.Parsed, lines: LineCounter, index: number | undefined, field: string | undefined): Position | undefined {
  let node: unknown = doc.contents;
  if (index !== undefined) node = isSeq(node) ? node.items[index] : undefined;
  let at = node as Node | undefined;
  for (const part of field ? fieldPath(field) : []) {
    if (isMap(node) && typeof part === 'string') {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === part);
      if (!pair) break;
      at = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as Node | undefined;
      if (!item) break;
      at = item;
      node = item;
    } else {
      break;
    }
  }
  return positionOf(at, lines) ?? positionOf(doc.contents as Node | null, lines);
}
