// `aims catalogue`: prints the ISO/IEC 42001 clauses and Annex A controls the product knows.
import { action, defineCommand } from '../command.ts';
import { formatOption } from '../options.ts';
import { catalogueJson } from '../../reports/catalogue-json.ts';
import { writeCatalogueText } from '../../reports/catalogue-text.ts';

export default defineCommand({
  register(program, io) {
    program
      .command('catalogue')
      .description('List ISO/IEC 42001 clauses 4–10 and the Annex A controls (ids, short titles, our summaries, the documented information each asks for).')
      .addOption(formatOption(['text', 'json']))
      .action(action(io, (opts: { format: 'text' | 'json' }) => {
        const format = opts.format;
        if (format === 'json') {
          io.out(`${JSON.stringify(catalogueJson(), null, 2)}\n`);
          return;
        }
        writeCatalogueText(io.out);
      }));
  },
});
