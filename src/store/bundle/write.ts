// Writes an organisation's snapshot as a YAML bundle: deterministic, so write → read → write is byte-identical.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError, Organisation, registerNames, registers, type AimsSnapshot, type RegisterName } from '../../domain/index.ts';
import { canonical, sortById } from './canonical.ts';
import { writeYaml } from './fast-yaml.ts';
import { headerComment, ORGANISATION_FILE, registerFile, registerOfFile } from './layout.ts';

export interface BundleFile {
  readonly file: string;
  readonly text: string;
}

/** The files of a bundle, as text: organisation.yaml, then one file per non-empty register. */
export function renderBundle(snapshot: AimsSnapshot): BundleFile[] {
  const files: BundleFile[] = [
    { file: ORGANISATION_FILE, text: writeYaml(canonical(snapshot.organisation, Organisation), headerComment('organisation')) },
  ];
  for (const register of registerNames) {
    const records = snapshot[register] as readonly { id: string }[];
    if (records.length === 0) continue;
    const schema = registers[register].schema;
    const ordered = sortById(records).map((record) => canonical(record, schema));
    files.push({ file: registerFile(register), text: writeYaml(ordered, headerComment(register)) });
  }
  return files;
}

/** What writing a bundle did to the folder, file by file. */
export interface BundleWriteSummary {
  readonly files: readonly BundleFile[];
  readonly created: readonly string[];
  readonly updated: readonly string[];
  readonly unchanged: readonly string[];
  /** Register files removed because their register is now empty. */
  readonly deleted: readonly string[];
}

async function currentText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Writes the bundle into `dir` (created if needed). A file whose text changed is written beside itself and renamed
 * into place, so a reader never sees half a file; an unchanged file is not touched; register files of registers
 * that are now empty are removed. Files that are not bundle files are left alone.
 */
export async function writeBundle(dir: string, snapshot: AimsSnapshot): Promise<BundleWriteSummary> {
  const files = renderBundle(snapshot);
  const created: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  const deleted: string[] = [];
  try {
    await mkdir(dir, { recursive: true });
    const written = new Set(files.map((f) => f.file));
    for (const { file, text } of files) {
      const target = join(dir, file);
      const before = await currentText(target);
      if (before === text) {
        unchanged.push(file);
        continue;
      }
      await writeFile(`${target}.tmp`, text, 'utf8');
      await rename(`${target}.tmp`, target);
      (before === undefined ? created : updated).push(file);
    }
    for (const entry of (await readdir(dir)).sort()) {
      const register: RegisterName | undefined = registerOfFile(entry);
      if (register && !written.has(entry)) {
        await rm(join(dir, entry));
        deleted.push(entry);
      }
    }
  } catch (error) {
    throw new AppError('storage_failure', `Could not write the bundle to ${dir}: ${(error as Error).message}`);
  }
  return { files, created, updated, unchanged, deleted };
}
