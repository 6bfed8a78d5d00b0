// `aims checks` as text: each check's id, severity, references, where it surfaces, what it looks for and the fix.

export interface CheckListing {
  readonly id: string;
  readonly title: string;
  readonly severity: string;
  readonly surfaces: readonly string[];
  readonly refs: readonly string[];
  readonly description: string;
  readonly fix: string;
}

export function writeCheckListText(out: (text: string) => void, list: readonly CheckListing[]): void {
  for (const c of list) {
    out(`${c.id}  ${c.severity}  [${c.refs.join(', ')}]  surfaces: ${c.surfaces.join(', ')}\n`);
    out(`  ${c.title}\n`);
    out(`  ${c.description}\n`);
    // Placeholders are filled per finding; in a listing they read better as <what>.
    out(`  fix: ${c.fix.replace(/\{\{\s*(\w+)\s*\}\}/g, '<$1>')}\n\n`);
  }
  out(`${list.length} checks; each is documented in docs/checks/<id>.md.\n`);
}
