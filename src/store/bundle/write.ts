// Writes an organisation's snapshot as a YAML bundle: deterministic, so write → read → write is byte-identical.
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, isSeq, type ToStringOptions } from 'yaml';
import { AppError, Organisation, registerNames, registers, type AimsSnapshot, type RegisterName } from '../../domain/index.ts';
import { canonical, sortById } from './canonical.ts';
import { headerComment, ORGANISATION_FILE, registerFile, registerOfFile } from './layout.ts';

/** Fixed YAML output options: no line folding, two-space indents, no anchors even when objects repeat. */
const toStringOptions: ToStringOptions = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  minContentWidth: 0,
};

function renderYaml(value: unknown, comment: string): string {
  const doc = new Document(value, { aliasDuplicateObjects: false, version: '1.2' });
  doc.commentBefore = comment;
  // A blank line between records keeps long register files readable and diffs local.
  if (isSeq(doc.contents)) doc.contents.items.forEach((item, i) => { if (i > 0) (item as { spaceBefore?: boolean }).spaceBefore = true; });
  return doc.toString(toStringOptions);
}

export interface BundleFile {
  readonly file: string;
  readonly text: string;
}

/** The files of a bundle, as text: organisation.yaml, then one file per non-empty register. */
export function renderBundle(snapshot: AimsSnapshot): BundleFile[] {
  const files: BundleFile[] = [
    { file: ORGANISATION_FILE, text: renderYaml(canonical(snapshot.organisation, Organisation), headerComment('organisation')) },
  ];
  for (const register of registerNames) {
    const records = snapshot[register] as readonly { id: string }[];
    if (records.length === 0) continue;
    const schema = registers[register].schema;
    const ordered = sortById(records).map((record) => canonical(record, schema));
    files.push({ file: registerFile(register), text: renderYaml(ordered, headerComment(register)) });
  }
  return files;
}

/**
 * Writes the bundle into `dir` (created if needed). Each file is written beside itself and renamed into place, so
 * a reader never sees half a file; register files of registers that are now empty are removed. Files that are
 * not bundle files are left alone.
 */
export async function writeBundle(dir: string, snapshot: AimsSnapshot): Promise<BundleFile[]> {
  const files = renderBundle(snapshot);
  try {
    await mkdir(dir, { recursive: true });
    const written = new Set(files.map((f) => f.file));
    for (const { file, text } of files) {
      const target = join(dir, file);
      await writeFile(`${target}.tmp`, text, 'utf8');
      await rename(`${target}.tmp`, target);
    }
    for (const entry of await readdir(dir)) {
      const register: RegisterName | undefined = registerOfFile(entry);
      if (register && !written.has(entry)) await rm(join(dir, entry));
    }
  } catch (error) {
    throw new AppError('storage_failure', `Could not write the bundle to ${dir}: ${(error as Error).message}`);
  }
  return files;
}
