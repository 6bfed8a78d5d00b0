// Surveillance coverage: which leaf clauses (4–10) and applicable controls each external audit of the cycle sampled,
// and what the cycle has not yet covered — across the cycle the whole AIMS must be audited at least once.
import { auditStart } from './findings.ts';
import { currentCertificate } from './timeline.ts';
import {
  controls as annexA, findClause, isAfter, isOnOrBefore, leafClauses, type AimsSnapshot, type ExternalAudit, type IsoDateString,
} from '../index.ts';

export interface RefSet {
  readonly clauses: readonly string[];
  readonly controls: readonly string[];
}

export interface AuditCoverage {
  readonly auditId: string;
  readonly kind: ExternalAudit['kind'];
  readonly status: ExternalAudit['status'];
  readonly date?: IsoDateString;
  readonly sampledRefs: readonly string[];
  /** Leaf clauses and applicable controls the sample covers (a parent clause covers its leaves). */
  readonly covers: RefSet;
  /** Sampled refs outside the AIMS: controls not applicable, or ids the catalogue does not know. */
  readonly outside: readonly string[];
  readonly aiSystemIds: readonly string[];
}

export interface CycleCoverage {
  readonly cycle: { readonly certificateId?: string; readonly from?: IsoDateString; readonly to?: IsoDateString; readonly kind: 'certification' | 'initial' };
  /** What must be covered: every leaf clause of 4–10 and every applicable control of the SoA. */
  readonly universe: RefSet;
  /** Where the controls come from: the SoA, or all Annex A controls while there is no SoA. */
  readonly controlsFrom: 'soa' | 'annex-a';
  readonly audits: readonly AuditCoverage[];
  /** Covered by audits held. */
  readonly covered: RefSet;
  /** Not covered by audits held but in the sample of an audit planned. */
  readonly plannedOnly: RefSet;
  readonly uncovered: RefSet;
  readonly complete: boolean;
  /** Share of the universe covered by audits held, 0–100, rounded down (100 only when complete). */
  readonly percent: number;
  readonly aiSystemsSampled: readonly string[];
}

const leaves = leafClauses().map((c) => c.id);
/** Annex A order first, then the organisation's own controls by id. */
const annexOrder = new Map(annexA.map((c, i) => [c.id, i]));

/** The leaf clauses a clause id stands for: itself when a leaf, else every leaf below it. */
export function leafClausesOf(ref: string): string[] {
  if (!findClause(ref)) return [];
  return leaves.filter((id) => id === ref || id.startsWith(`${ref}.`));
}

/** Every control the AIMS applies: applicable SoA entries, or all Annex A controls when there is no SoA yet. */
export function applicableControls(aims: AimsSnapshot): { controls: string[]; from: 'soa' | 'annex-a' } {
  if (aims.soaEntries.length === 0) return { controls: annexA.map((c) => c.id), from: 'annex-a' };
  const ids = [...new Set(aims.soaEntries.filter((e) => e.applicable).map((e) => e.controlId))];
  return { controls: ids.sort((a, b) => (annexOrder.get(a) ?? Infinity) - (annexOrder.get(b) ?? Infinity) || a.localeCompare(b, 'en', { numeric: true })), from: 'soa' };
}

/** The audits of the current cycle: the one that led to the certificate and those after it; before it, the initial audits. */
export function cycleAudits(aims: AimsSnapshot, now: IsoDateString): { audits: ExternalAudit[]; cycle: CycleCoverage['cycle'] } {
  const live = aims.externalAudits.filter((a) => a.status !== 'cancelled' && auditStart(a) !== undefined);
  const byDate = (a: ExternalAudit, b: ExternalAudit) => auditStart(a)!.localeCompare(auditStart(b)!);
  const cert = currentCertificate(aims, now);
  if (!cert) {
    return { audits: live.filter((a) => a.kind === 'stage-1' || a.kind === 'stage-2' || a.kind === 'follow-up').sort(byDate), cycle: { kind: 'initial' } };
  }
  const opening = live
    .filter((a) => (a.kind === 'stage-2' || a.kind === 'recertification') && isOnOrBefore(auditStart(a)!, cert.decisionOn))
    .sort(byDate).at(-1);
  const after = live.filter((a) => isAfter(auditStart(a)!, cert.decisionOn) && isOnOrBefore(auditStart(a)!, cert.expiresOn)
    && ['surveillance-1', 'surveillance-2', 'special', 'follow-up', 'recertification'].includes(a.kind));
  return {
    audits: [...(opening ? [opening] : []), ...after].sort(byDate),
    cycle: { certificateId: cert.id, from: opening ? auditStart(opening)! : cert.decisionOn, to: cert.expiresOn, kind: 'certification' },
  };
}

/** Coverage of the AIMS by the current cycle's external audits as of `now`. */
export function cycleCoverage(aims: AimsSnapshot, now: IsoDateString): CycleCoverage {
  const { controls, from } = applicableControls(aims);
  const applicable = new Set(controls);
  const { audits, cycle } = cycleAudits(aims, now);
  const rows: AuditCoverage[] = audits.map((a) => {
    const clauses = new Set<string>();
    const covered = new Set<string>();
    const outside: string[] = [];
    for (const ref of a.sampledRefs) {
      const leafs = leafClausesOf(ref);
      if (leafs.length > 0) leafs.forEach((l) => clauses.add(l));
      else if (applicable.has(ref)) covered.add(ref);
      else outside.push(ref);
    }
    const date = auditStart(a);
    return {
      auditId: a.id, kind: a.kind, status: a.status, ...(date ? { date } : {}), sampledRefs: a.sampledRefs,
      covers: { clauses: leaves.filter((l) => clauses.has(l)), controls: controls.filter((c) => covered.has(c)) },
      outside, aiSystemIds: a.sampledAiSystemIds,
    };
  });
  const union = (list: AuditCoverage[]) => ({
    clauses: new Set(list.flatMap((r) => r.covers.clauses)),
    controls: new Set(list.flatMap((r) => r.covers.controls)),
  });
  const held = union(rows.filter((r) => r.status === 'done'));
  const planned = union(rows.filter((r) => r.status === 'planned'));
  const pick = (all: readonly string[], inSet: Set<string>, notIn?: Set<string>) => all.filter((x) => inSet.has(x) && !(notIn?.has(x)));
  const covered = { clauses: pick(leaves, held.clauses), controls: pick(controls, held.controls) };
  const uncovered = { clauses: leaves.filter((l) => !held.clauses.has(l)), controls: controls.filter((c) => !held.controls.has(c)) };
  const total = leaves.length + controls.length;
  return {
    cycle,
    universe: { clauses: leaves, controls },
    controlsFrom: from,
    audits: rows,
    covered,
    plannedOnly: { clauses: pick(leaves, planned.clauses, held.clauses), controls: pick(controls, planned.controls, held.controls) },
    uncovered,
    complete: uncovered.clauses.length === 0 && uncovered.controls.length === 0,
    // Rounded down, so 100% is shown only when nothing is left uncovered (199 of 200 is 99%, not 100%).
    percent: total === 0 ? 100 : Math.floor(((covered.clauses.length + covered.controls.length) / total) * 100),
    aiSystemsSampled: [...new Set(rows.filter((r) => r.status === 'done').flatMap((r) => r.aiSystemIds))],
  };
}
