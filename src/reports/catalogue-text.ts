// `aims catalogue` as text: clauses 4–10 indented by depth, then the Annex A controls, each with the documented
// information the requirements model says it asks for.
import { clauses, controls, documentedInformationOf, type DocumentedInformation } from '../domain/index.ts';

const words: Record<DocumentedInformation, string> = {
  'maintain': 'maintain',
  'retain': 'retain',
  'maintain-and-retain': 'maintain+retain',
  'none': 'none: interview/observation',
};

export function writeCatalogueText(out: (text: string) => void): void {
  const di = (id: string) => `  [${words[documentedInformationOf(id)!]}]`;
  out('Clauses (documented information in brackets)\n');
  for (const c of clauses) out(`  ${c.id.padEnd(7)} ${'  '.repeat(c.id.split('.').length - 1)}${c.title}${di(c.id)}\n`);
  out('\nAnnex A controls\n');
  for (const c of controls) out(`  ${c.id.padEnd(8)} ${c.title}${di(c.id)}\n`);
}
