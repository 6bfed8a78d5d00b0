// Where each record of a bundle is written: its file and the line of its `id`, so that CI findings (SARIF) point
// at the line a reviewer would change. Read from the files themselves, or from the bundle `aims export` would write.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { ORGANISATION_FILE, registerOfFile } from './layout.ts';
import { renderBundle } from './write.ts';
import type { AimsSnapshot } from '../../domain/index.ts';

export interface RecordLocation {
  /** The file name inside the bundle folder, e.g. `risks.yaml`. */
  readonly file: string;
  /** 1-based line of the record's `id` key. */
  readonly line: number;
}

/** `risks/risk-007`, or `organisation/<id>` for the organisation record. */
export const recordKey = (register: string, id: string): string => `${register}/${id}`;

function idLine(node: unknown, lines: LineCounter): { id: string; line: number } | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => isScalar(p.key) && p.key.value === 'id');
  if (!pair || !isScalar(pair.value) || pair.value.value === null || pair.value.value === undefined) return undefined;
  const offset = (pair.key as Node).range?.[0];
  return offset === undefined ? undefined : { id: String(pair.value.value), line: lines.linePos(offset).line };
}

/** The location of every record in the given bundle files (name and text); files that are no bundle file are ignored. */
export function locateRecordsInFiles(files: readonly { readonly file: string; readonly text: string }[]): Map<string, RecordLocation> {
  const out = new Map<string, RecordLocation>();
  for (const { file, text } of files) {
    const register = file === ORGANISATION_FILE ? 'organisation' : registerOfFile(file);
    if (register === undefined) continue;
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, version: '1.2' });
    const items = register === 'organisation' ? [doc.contents] : isSeq(doc.contents) ? doc.contents.items : [];
    for (const item of items) {
      const found = idLine(item, lines);
      if (found && !out.has(recordKey(register, found.id))) out.set(recordKey(register, found.id), { file, line: found.line });
    }
  }
  return out;
}

/** The records of the bundle folder `dir`, where they are written. */
export async function locateRecords(dir: string): Promise<Map<string, RecordLocation>> {
  const names = (await readdir(dir)).filter((n) => n === ORGANISATION_FILE || registerOfFile(n) !== undefined).sort();
  const files = await Promise.all(names.map(async (file) => ({ file, text: await readFile(join(dir, file), 'utf8') })));
  return locateRecordsInFiles(files);
}

/** For an organisation read from a database: where its records would be in the bundle `aims export` writes. */
export const locateRecordsOfExport = (snapshot: AimsSnapshot): Map<string, RecordLocation> => locateRecordsInFiles(renderBundle(snapshot));
