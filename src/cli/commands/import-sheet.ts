// `aims import-sheet <file> --register <name>`: risks, AI systems, people, training records or suppliers from a CSV or
// XLSX file through a column mapping, all or nothing, with every problem given by row and column; --dry-run writes nothing.
import { userInfo } from 'node:os';
import { AppError, type RegisterName } from '../../domain/index.ts';
import { defaultMapping, type SheetMapping } from '../../domain/sheets/sheet-mapping.ts';
import { importSheet } from '../../services/import-sheet.ts';
import { readMappingFile, writeMappingFile } from '../../store/sheet/mapping-file.ts';
import { readSheet } from '../../store/sheet/read-sheet.ts';
import { dbOption, orgOption } from '../options.ts';
import { action, DEFAULT_DB, defineCommand } from '../command.ts';
import { progressBar } from '../progress.ts';
import { chooseOrganisation, openExistingDatabase } from '../sources.ts';

/** The registers a sheet can fill, by the names a user may type. */
const importableRegisters: Readonly<Record<string, RegisterName>> = {
  risks: 'risks',
  'ai-systems': 'aiSystems', aiSystems: 'aiSystems',
  people: 'persons', persons: 'persons',
  training: 'competenceEvidence', 'competence-evidence': 'competenceEvidence', competenceEvidence: 'competenceEvidence',
  suppliers: 'suppliers',
};

function parseRegister(value: string | undefined): RegisterName {
  const register = value === undefined ? undefined : importableRegisters[value];
  if (!register) {
    throw new AppError('invalid_input', `--register must be one of risks, ai-systems, people, training (competence evidence) or suppliers; got "${value ?? ''}".`,
      [{ field: '--register', message: 'not an importable register' }]);
  }
  return register;
}

function actor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

interface ImportSheetOptions {
  register?: string;
  db?: string;
  org?: string;
  mapping?: string;
  saveMapping?: string;
  sheet?: string;
  dryRun?: boolean;
}

export default defineCommand({
  register(program, io) {
    program
      .command('import-sheet')
      .description('Import risks, AI systems, people, training records or suppliers from a CSV or XLSX file. Nothing is written if any row is wrong.')
      .argument('<file>', 'a .csv or .xlsx file, one record per row under a header row')
      .requiredOption('--register <name>', 'risks, ai-systems, people, training or suppliers')
      .addOption(dbOption())
      .addOption(orgOption('the organisation, where the database holds several'))
      .option('--mapping <file>', 'a YAML column mapping (sheet column → record field, with value maps); headers matching field names by default')
      .option('--save-mapping <file>', 'write the mapping used to this file, to edit and reuse next time')
      .option('--sheet <name>', 'the worksheet of an XLSX file (the first by default, or the mapping’s)')
      .option('--dry-run', 'show what would be created, updated or left unchanged, and write nothing')
      .addHelpText('after', '\nProblems are printed as file:row:column: "Header" (field): message; exit 2 when the sheet is refused. See docs/reports.md.')
      .action(action(io, async (file: string, opts: ImportSheetOptions) => {
        const register = parseRegister(opts.register);
        const given = opts.mapping !== undefined ? await readMappingFile(opts.mapping) : undefined;
        if (given && parseRegister(given.register) !== register) {
          throw new AppError('invalid_input', `The mapping ${opts.mapping} is for register "${given.register}", not "${opts.register}".`, [{ file: opts.mapping!, field: 'register', message: 'another register' }]);
        }
        const sheet = opts.sheet ?? given?.sheet;
        const grid = await readSheet(file, { ...(sheet !== undefined ? { sheet } : {}), ...(given?.headerRow !== undefined ? { headerRow: given.headerRow } : {}) });
        const mapping: SheetMapping = given ?? { ...defaultMapping(register, grid.headers), register: opts.register! };
        if (opts.saveMapping !== undefined) await writeMappingFile(opts.saveMapping, { ...mapping, ...(grid.sheet ? { sheet: grid.sheet } : {}) });
        const db = await openExistingDatabase(opts.db ?? DEFAULT_DB);
        const bar = progressBar('import-sheet');
        try {
          const organisationId = await chooseOrganisation(db, opts.org);
          const result = await importSheet(db, organisationId, register, grid, mapping,
            { actor: actor(), file, ...(opts.dryRun ? { dryRun: true } : {}), onProgress: bar.update });
          bar.stop();
          const { create, update, unchanged } = result.counts;
          const summary = `${create} created, ${update} updated, ${unchanged} unchanged`;
          if (result.plan.unmapped.length > 0) io.err(`note: columns not imported (no field of the register takes them): ${result.plan.unmapped.join(', ')}\n`);
          if (!result.written) {
            io.out(`Dry run of ${file} into organisation "${organisationId}": ${summary}. Nothing was written.\n`);
            for (const c of result.plan.changes) io.out(`  row ${c.row}: ${c.action === 'create' ? 'would create' : c.action === 'update' ? 'would update' : 'unchanged'} ${c.id}\n`);
            return;
          }
          io.out(`Imported ${file} into organisation "${organisationId}" in ${db.location}: ${summary}.\n`);
        } finally {
          bar.stop();
          await db.close();
        }
      }));
  },
});
