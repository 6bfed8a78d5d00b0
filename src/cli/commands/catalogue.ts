// `aims catalogue`: prints the ISO/IEC 42001 clauses and Annex A controls the product knows.
import { clauses, controls } from '../../domain/index.ts';
import { action, defineCommand, parseFormat } from '../command.ts';

export default defineCommand({
  register(program, io) {
    program
      .command('catalogue')
      .description('List ISO/IEC 42001 clauses 4–10 and the Annex A controls (ids, short titles, our summaries).')
      .option('--format <format>', 'text or json', 'text')
      .action(action(io, (opts: { format?: string }) => {
        const format = parseFormat(opts.format, ['text', 'json'] as const, 'text');
        if (format === 'json') {
          io.out(`${JSON.stringify({
            clauses: clauses.map(({ id, title, parent, summary }) => ({ id, title, parent: parent ?? null, summary })),
            controls: controls.map(({ id, title, group, summary }) => ({ id, title, group, summary })),
          }, null, 2)}\n`);
          return;
        }
        io.out('Clauses\n');
        for (const c of clauses) io.out(`  ${c.id.padEnd(7)} ${'  '.repeat(c.id.split('.').length - 1)}${c.title}\n`);
        io.out('\nAnnex A controls\n');
        for (const c of controls) io.out(`  ${c.id.padEnd(8)} ${c.title}\n`);
      }));
  },
});
