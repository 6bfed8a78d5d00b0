// `aims crosswalk`: the coverage of an EU AI Act or NIST AI RMF crosswalk by the organisation's AIMS, as JSON (ids
// as `"article": "9"` or `"category": "GOVERN 1"`) and as text for a person, with the gaps and, for the EU AI Act,
// the articles that bind each AI system.
import type { CrosswalkCoverage, ItemCoverage, SystemObligations } from '../domain/crosswalks/index.ts';

export interface CrosswalkReport {
  readonly asOf: string;
  readonly organisation: { readonly id: string; readonly name: string };
  readonly coverage: CrosswalkCoverage;
  /** For the EU AI Act only. */
  readonly aiSystems?: readonly SystemObligations[];
}

function itemJson(framework: string, c: ItemCoverage) {
  const { item } = c;
  const id = framework === 'eu-ai-act' ? { article: item.id } : { category: item.id, function: item.function };
  return {
    ...id,
    title: item.title,
    ...(item.binds ? { binds: item.binds } : {}),
    ...(item.appliesFrom ? { appliesFrom: item.appliesFrom } : {}),
    ...(item.appliesFromNote ? { appliesFromNote: item.appliesFromNote } : {}),
    ...(item.subcategories ? { subcategories: item.subcategories } : {}),
    ...(item.summary ? { summary: item.summary } : {}),
    ...(item.fit ? { fit: item.fit } : {}),
    ...(item.fitNote ? { fitNote: item.fitNote } : {}),
    clauses: item.clauses,
    controls: item.controls,
    coverage: c.coverage,
    percent: c.percent,
    refs: c.refs,
    gaps: c.gaps.map((g) => g.gap!),
  };
}

export function toCrosswalkJson(report: CrosswalkReport) {
  const { coverage } = report;
  const items = coverage.items.map((i) => itemJson(coverage.framework, i));
  return {
    framework: coverage.framework,
    title: coverage.title,
    asOf: report.asOf,
    organisation: report.organisation,
    percent: coverage.percent,
    ...(coverage.framework === 'eu-ai-act' ? { articles: items } : { categories: items }),
    ...(report.aiSystems ? { aiSystems: report.aiSystems } : {}),
  };
}

const label = (framework: string, id: string): string => (framework === 'eu-ai-act' ? `Art ${id}` : id);

function bindsText(c: ItemCoverage): string {
  const binds = (c.item.binds ?? []).map((b) => `${b.role} (${b.riskClasses.join(', ')})${b.condition ? '*' : ''}`);
  return [binds.length > 0 ? `binds ${binds.join(', ')}` : undefined, c.item.appliesFrom ? `from ${c.item.appliesFrom}` : undefined]
    .filter(Boolean).join(' · ');
}

function systemLines(s: SystemObligations): string[] {
  const head = `  ${s.aiSystemId}  "${s.name}"  ${s.role ?? 'role not recorded'} · ${s.riskClass ?? 'risk class not recorded'}`
    + `${s.inScope ? ' · in AIMS scope' : ' · outside the AIMS scope'}`;
  const binds = s.obligations.filter((o) => o.applies === 'binds');
  const may = s.obligations.filter((o) => o.applies === 'may-bind');
  const lines = [head];
  if (binds.length > 0) lines.push(`      binds:    ${binds.map((o) => `Art ${o.article}${o.inForce === false ? ` (from ${o.appliesFrom})` : ''}`).join(', ')}`);
  for (const o of may) lines.push(`      may bind: Art ${o.article}, if ${o.condition}`);
  if (s.obligations.length === 0 && s.role !== undefined && s.riskClass !== undefined) lines.push('      no article of this crosswalk binds it');
  for (const note of s.notes) lines.push(`      note:     ${note}`);
  return lines;
}

export function renderCrosswalkText(report: CrosswalkReport): string {
  const { coverage } = report;
  const fw = coverage.framework;
  const titleWidth = Math.min(60, Math.max(...coverage.items.map((i) => i.item.title.length)));
  const lines = [
    `${coverage.title} → ISO/IEC 42001: coverage by the AIMS of ${report.organisation.name} (${report.organisation.id}) as of ${report.asOf}`,
    'Coverage counts each clause and control an item maps to: covered (included, implemented, current evidence) 1, partial ½, gap 0;',
    'fit says how fully ISO/IEC 42001 evidence can answer the item at all.',
    '',
  ];
  for (const c of coverage.items) {
    const id = label(fw, c.item.id).padEnd(fw === 'eu-ai-act' ? 7 : 10);
    const title = c.item.title.length > titleWidth ? `${c.item.title.slice(0, titleWidth - 1)}…` : c.item.title.padEnd(titleWidth);
    const extra = fw === 'eu-ai-act' ? `  ${bindsText(c)}` : '';
    const fit = c.item.fit ? `  fit ${c.item.fit.padEnd(7)}` : '';
    lines.push(`${id} ${title}  ${c.coverage.padEnd(7)} ${String(c.percent).padStart(3)}%${fit}${extra}`);
    const short = (gap: string) => (gap.length > 110 ? `${gap.slice(0, 109)}…` : gap);
    if (c.gaps.length > 0) lines.push(`${' '.repeat(fw === 'eu-ai-act' ? 8 : 11)}gaps: ${c.gaps.map((g) => short(g.gap!)).join('; ')}`);
  }
  lines.push('', `Overall: ${coverage.percent}% across ${coverage.items.length} ${fw === 'eu-ai-act' ? 'articles' : 'categories'}.`);
  if (fw === 'eu-ai-act') lines.push('* only where its condition holds (see --format json).');
  if (report.aiSystems) {
    lines.push('', 'AI systems and the articles that bind them (role and risk class as the inventory records them)');
    for (const s of report.aiSystems) lines.push(...systemLines(s));
  }
  return `${lines.join('\n')}\n`;
}
