// `aims import-catalog <file.json>`: brings in control wording from an OSCAL catalog of ISO/IEC 42001 the organisation
// holds a licence for; later OSCAL exports carry it as each control's statement.
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { AppError } from '../../domain/index.ts';
import { parseLicensedCatalog } from '../../reports/oscal/import-catalog.ts';
import { importControlStatements } from '../../services/import-control-statements.ts';
import { action, DEFAULT_DB, defineCommand } from '../command.ts';
import { dbOption, orgOption } from '../options.ts';
import { chooseOrganisation, openExistingDatabase } from '../sources.ts';

function actor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

export default defineCommand({
  register(program, io) {
    program
      .command('import-catalog')
      .description('Import the wording of ISO/IEC 42001 clauses and Annex A controls from an OSCAL catalog you hold a licence for; '
        + 'OSCAL exports then include it as each control\'s statement. Nothing is written if anything is wrong.')
      .argument('<file>', 'an OSCAL v1.2.1 catalog as JSON')
      .addOption(dbOption())
      .addOption(orgOption('the organisation the wording is for, where the database holds several'))
      .action(action(io, async (file: string, opts: { db?: string; org?: string }) => {
        let text: string;
        try {
          text = await readFile(file, 'utf8');
        } catch (error) {
          throw new AppError('not_found', `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`, [{ file, message: 'cannot be read' }]);
        }
        const parsed = parseLicensedCatalog(text, file);
        const db = await openExistingDatabase(opts.db ?? DEFAULT_DB);
        try {
          const org = await chooseOrganisation(db, opts.org);
          const c = await importControlStatements(db, org, parsed.statements, { actor: actor() });
          io.out(`Imported ${parsed.statements.length} statements from "${parsed.source}" for organisation "${org}": `
            + `${c.created} new, ${c.updated} changed, ${c.unchanged} unchanged.\n`);
          if (parsed.skipped.length > 0) {
            io.out(`Skipped ${parsed.skipped.length} controls that name no ISO/IEC 42001 clause or Annex A control: ${parsed.skipped.slice(0, 20).join(', ')}`
              + `${parsed.skipped.length > 20 ? ', …' : ''}.\n`);
          }
        } finally {
          await db.close();
        }
      }));
  },
});
