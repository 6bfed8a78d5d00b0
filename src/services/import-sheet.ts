// Imports the rows of a spreadsheet into one register of an organisation: every row validated first, then all of
// them written in one transaction with their audit entries, or none; a dry run reports what would change.
import { AppError, registers, type ErrorDetail, type RegisterName } from '../domain/index.ts';
import { planSheetImport, type SheetGrid, type SheetImportPlan, type SheetProblem } from '../domain/sheets/sheet-import-plan.ts';
import type { SheetMapping } from '../domain/sheets/sheet-mapping.ts';
import { sameValue } from '../domain/sheets/sheet-records.ts';
import { loadSnapshot, type AimsDatabase } from '../store/index.ts';
import { writeOrganisation, type WriteOptions } from '../store/writes.ts';
import { checkReferences } from './create-record.ts';

export interface ImportSheetOptions extends WriteOptions {
  /** Plan and report only; nothing is written. */
  readonly dryRun?: boolean;
  /** The file name errors are reported against. */
  readonly file?: string;
  readonly onProgress?: (done: number, total: number, what: string) => void;
}

export interface ImportSheetResult {
  readonly plan: SheetImportPlan;
  readonly written: boolean;
  readonly counts: { readonly create: number; readonly update: number; readonly unchanged: number };
}

const allowedText = (p: SheetProblem) => (p.allowed ? `; allowed: ${p.allowed.join(', ')}` : '');

/** A problem as an error detail: `file:row:column: "Header" (field): message; allowed: …`. */
export function problemDetail(p: SheetProblem, file?: string): ErrorDetail {
  const field = [p.column !== undefined ? `"${p.column}"` : undefined, p.field !== undefined ? `(${p.field})` : undefined].filter(Boolean).join(' ');
  return {
    ...(file !== undefined ? { file } : {}),
    ...(p.row !== undefined ? { line: p.row } : {}),
    ...(p.columnNumber !== undefined ? { column: p.columnNumber } : {}),
    ...(field ? { field } : {}),
    message: `${p.message}${allowedText(p)}`,
  };
}

export async function importSheet(
  db: AimsDatabase, organisationId: string, register: RegisterName, grid: SheetGrid, mapping: SheetMapping, options: ImportSheetOptions,
): Promise<ImportSheetResult> {
  const aims = await loadSnapshot(db, organisationId);
  const plan = planSheetImport(aims, register, grid, mapping);
  const counts = {
    create: plan.changes.filter((c) => c.action === 'create').length,
    update: plan.changes.filter((c) => c.action === 'update').length,
    unchanged: plan.changes.filter((c) => c.action === 'unchanged').length,
  };
  if (plan.problems.length > 0) {
    throw new AppError('invalid_input',
      `Cannot import ${options.file ?? 'the sheet'} into ${registers[register].title.toLowerCase()} records: ${plan.problems.length} problem${plan.problems.length === 1 ? '' : 's'} found; nothing was written.`,
      plan.problems.map((p) => problemDetail(p, options.file)));
  }
  if (options.dryRun) return { plan, written: false, counts };
  const writes = plan.changes.filter((c) => c.action !== 'unchanged');
  await writeOrganisation(db, organisationId, options, async (writer) => {
    let done = 0;
    for (const change of writes) {
      if (change.action === 'create') {
        await writer.insert(register, change.record);
      } else {
        const current = await writer.get(register, change.id);
        // Someone changed the record since the plan was made: the plan is stale, and so would be its update.
        if (!current || !sameValue(current.record, change.before)) {
          throw new AppError('version_conflict', `${registers[register].title} "${change.id}" was changed while the sheet was being imported; nothing was written. Import the sheet again.`,
            [{ register, recordId: change.id, message: 'changed meanwhile' }]);
        }
        await writer.update(register, change.record, current.version);
      }
      await checkReferences(writer, register, change.record);
      options.onProgress?.(++done, writes.length, change.id);
    }
  });
  return { plan, written: true, counts };
}
