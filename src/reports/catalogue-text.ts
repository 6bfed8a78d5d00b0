// `aims catalogue` as text: clauses 4–10 indented by depth, then the Annex A controls.
import { clauses, controls } from '../domain/index.ts';

export function writeCatalogueText(out: (text: string) => void): void {
  out('Clauses\n');
  for (const c of clauses) out(`  ${c.id.padEnd(7)} ${'  '.repeat(c.id.split('.').length - 1)}${c.title}\n`);
  out('\nAnnex A controls\n');
  for (const c of controls) out(`  ${c.id.padEnd(8)} ${c.title}\n`);
}
