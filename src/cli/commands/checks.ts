// `aims checks`: lists every check the engine runs with its metadata (severity, where it surfaces, clauses, fix).
import { checks } from '../../checks/index.ts';
import { action, defineCommand } from '../command.ts';
import { formatOption } from '../options.ts';
import { writeCheckListText } from '../../reports/check-list-text.ts';

export default defineCommand({
  register(program, io) {
    program
      .command('checks')
      .description('List every check: id, title, default severity, the audits where it surfaces, clause references, what it looks for and how to fix it.')
      .addOption(formatOption(['text', 'json']))
      .action(action(io, (opts: { format: 'text' | 'json' }) => {
        const format = opts.format;
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
        writeCheckListText(io.out, list);
      }));
  },
});
