// Multi-site audits (IAF MD 1): sampling only among sites that run the same processes, every site with processes of
// its own visited, and time for each site visited, never less than the single-site figure.
import { initialAuditDays, RECERTIFICATION_SHARE, roundToHalfDay, SURVEILLANCE_SHARE, type AuditTimeTable } from './audit-time.ts';

export interface SiteInput {
  readonly id: string;
  readonly central: boolean;
  readonly personnel?: number;
  readonly processes?: readonly string[];
}

export interface SiteGroup {
  /** The processes the group's sites share; null for sites that record none (assumed to run the same ones). */
  readonly processes: readonly string[] | null;
  readonly siteIds: readonly string[];
  /** Sampled when two or more sites run the same processes; a site alone in its group is visited every time. */
  readonly sampled: boolean;
  readonly initial: number;
  readonly surveillance: number;
  readonly recertification: number;
}

export interface AuditCounts { readonly initial: number; readonly surveillance: number; readonly recertification: number }

export interface MultiSitePlan {
  readonly groups: readonly SiteGroup[];
  /** Sites other than the central function visited at each audit. */
  readonly visited: AuditCounts;
  /**
   * The least audit time the sites visited and the central function add up to, each at the largest reduction IAF MD 1
   * allows per site (50% of the table's days for its personnel); absent when a site's personnel is not recorded.
   */
  readonly minimumDays?: AuditCounts;
  readonly rules: readonly string[];
}

/** The most IAF MD 1 lets a sampled site's own time be reduced (all reasons together). */
export const MAX_SITE_REDUCTION = 0.5;

const ceil = (x: number): number => Math.max(0, Math.ceil(x - 1e-9));
const keyOf = (processes: readonly string[] | undefined): string | null =>
  processes && processes.length > 0 ? [...new Set(processes.map((p) => p.trim().toLowerCase()))].sort().join(' | ') : null;

function siteDays(personnel: number, table: AuditTimeTable): number | undefined {
  return initialAuditDays(Math.max(1, Math.round(personnel)), table)?.days;
}

/** Groups the sites by the processes they run and counts the visits and the time each audit needs for them. */
export function multiSitePlan(sites: readonly SiteInput[], table: AuditTimeTable): MultiSitePlan {
  const others = sites.filter((s) => !s.central);
  const central = sites.filter((s) => s.central);
  const byKey = new Map<string | null, SiteInput[]>();
  for (const s of others) {
    const k = keyOf(s.processes);
    byKey.set(k, [...(byKey.get(k) ?? []), s]);
  }
  const groups: SiteGroup[] = [...byKey.entries()].map(([k, members]) => {
    const n = members.length;
    const sampled = n >= 2;
    const root = Math.sqrt(n);
    return {
      processes: k === null ? null : k.split(' | '),
      siteIds: members.map((m) => m.id),
      sampled,
      initial: sampled ? ceil(root) : n,
      surveillance: sampled ? ceil(0.6 * root) : n,
      recertification: sampled ? ceil(0.8 * root) : n,
    };
  });
  const visited = {
    initial: groups.reduce((s, g) => s + g.initial, 0),
    surveillance: groups.reduce((s, g) => s + g.surveillance, 0),
    recertification: groups.reduce((s, g) => s + g.recertification, 0),
  };
  const rules: string[] = [
    'IAF MD 1: sites are sampled only among sites that run the same processes (√n at the initial audit, 0.6·√n at '
      + 'surveillance, 0.8·√n at recertification, rounded up, at least a quarter at random); a site whose processes no '
      + 'other site runs is visited at every audit, and so is the central function. A likely reading of IAF MD 1 from '
      + 'secondary sources: the body sets the final sample.',
  ];
  if (byKey.has(null) && others.length > 0) {
    rules.push(`${byKey.get(null)!.length} site(s) record no processes: they are taken to run the same ones and sampled together; record each site’s processes if they differ.`);
  }
  // Time for each site visited: the table's days for its personnel, less at most 50%. A sampled group's visits are
  // counted at the group's average personnel, as the sample is not drawn yet.
  let minimumDays: AuditCounts | undefined;
  const knownPersonnel = [...others, ...central].every((s) => s.personnel !== undefined);
  if (others.length > 0 && knownPersonnel) {
    const perVisit = (members: readonly SiteInput[]): number | undefined => {
      const avg = members.reduce((s, m) => s + m.personnel!, 0) / members.length;
      const d = siteDays(avg, table);
      return d === undefined ? undefined : d * (1 - MAX_SITE_REDUCTION);
    };
    let initial = 0;
    let ok = true;
    for (const g of groups) {
      const members = others.filter((s) => g.siteIds.includes(s.id));
      const d = perVisit(members);
      if (d === undefined) { ok = false; break; }
      initial += d * g.initial;
    }
    const centralInitial = central.map((c) => perVisit([c])).reduce<number | undefined>((s, d) => (s === undefined || d === undefined ? undefined : s + d), 0);
    if (ok && centralInitial !== undefined) {
      // Surveillance and recertification visit fewer sites: scale each visit's time by their share of the initial.
      const withCounts = (share: number, count: (g: SiteGroup) => number): number => roundToHalfDay(share * (centralInitial + groups.reduce((s, g) => {
        const members = others.filter((x) => g.siteIds.includes(x.id));
        return s + perVisit(members)! * count(g);
      }, 0)));
      minimumDays = {
        initial: roundToHalfDay(centralInitial + initial),
        surveillance: withCounts(SURVEILLANCE_SHARE, (g) => g.surveillance),
        recertification: withCounts(RECERTIFICATION_SHARE, (g) => g.recertification),
      };
      rules.push(
        `Time for the sites visited (IAF MD 1, likely): each visit takes the table’s days for the site’s personnel less at most ${Math.round(MAX_SITE_REDUCTION * 100)}%, `
          + `a sampled group’s at its average personnel, the central function included: at least ${minimumDays.initial} initial, `
          + `${minimumDays.surveillance} surveillance and ${minimumDays.recertification} recertification days; the estimate is never below this, nor below the single-site figure.`,
      );
    }
  } else if (others.length > 0) {
    rules.push('Time for the sites visited is not counted: it needs every site’s personnel (sites.yaml) to be checked against the estimate.');
  }
  return { groups, visited, ...(minimumDays ? { minimumDays } : {}), rules };
}
