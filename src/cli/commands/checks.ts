// `aims checks`: lists every check the engine runs with its metadata (severity, where it surfaces, clauses, fix).
import { checks } from '../../checks/index.ts';
import { action, defineCommand, parseFormat } from '../command.ts';

export default defineCommand({
  register(program, io) {
    program
      .command('checks')
      .description('List every check: id, title, default severity, the audits where it surfaces, clause references, what it looks for and how to fix it.')
      .option('--format <format>', 'text or json', 'text')
      .action(action(io, (opts: { format?: string }) => {
        const format = parseFormat(opts.format, ['text', 'json'] as const, 'text');
        const list = checks.map(({ id, meta }) => ({
          id,
          title: meta.title,
          severity: meta.severity,
          surfaces: meta.surfaces,
          refs: meta.refs,
          ...(meta.euAiAct ? { euAiAct: meta.euAiAct } : {}),
          description: meta.description,
          fix: meta.fix,
        }));
        if (format === 'json') {
          io.out(`${JSON.stringify(list, null, 2)}\n`);
          return;
        }
        for (const c of list) {
          io.out(`${c.id}  ${c.severity}  [${c.refs.join(', ')}]  surfaces: ${c.surfaces.join(', ')}\n`);
          io.out(`  ${c.title}\n`);
          io.out(`  ${c.description}\n`);
          // Placeholders are filled per finding; in a listing they read better as <what>.
          io.out(`  fix: ${c.fix.replace(/\{\{\s*(\w+)\s*\}\}/g, '<$1>')}\n\n`);
        }
        io.out(`${list.length} checks; each is documented in docs/checks/<id>.md.\n`);
      }));
  },
});
