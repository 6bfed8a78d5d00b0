// What the records show for the readiness steps whose outcome the data can tell: SoA reconciliation, internal audit
// cycle, management review, mock interviews and the version freeze. One pass over each register involved.
import {
  addMonths,
  clauses,
  controls,
  findControl,
  isBefore,
  isOnOrBefore,
  managementReviewInputs,
  type AimsSnapshot,
  type MockInterview,
} from '../../domain/index.ts';
import { activeFreeze, CERTIFICATE_VALIDITY_YEARS, currentCertificate, documentsChangedSince } from '../../domain/certification/index.ts';
import { isAudited } from '../../domain/predicates/audit-coverage.ts';
import { isBlank } from '../../domain/predicates/free-text.ts';
import { isNoActionReasoned } from '../../domain/predicates/nonconformity-handling.ts';
import { listForMessage, plural } from '../../domain/wording.ts';
import { controlsSelectedByRisks, isExclusionJustified, isTracedToRiskOrObligation } from '../../domain/predicates/soa-trace.ts';
import type { Subject } from '../types.ts';

export interface StepEvidence {
  /** The records show the step done. */
  readonly evidenced: boolean;
  /** Some of the work is visible in the records. */
  readonly started: boolean;
  readonly evidence: string;
  readonly outstanding: readonly string[];
  readonly subjects: readonly Subject[];
}

const brief = (items: readonly string[]) => listForMessage(items, 8);

/** The audit the steps prepare for, in words: Stage 1 before certification, the cycle's next audit after it. */
export function preparedFor(aims: AimsSnapshot, now: string): string {
  return currentCertificate(aims, now) === undefined ? 'Stage 1' : 'the next audit of the certification cycle';
}
/** Dated within the 12 months up to `now`: the yearly span Stage 1 reads audits and reviews over. */
export const within12Months = (date: string | undefined, now: string): date is string =>
  date !== undefined && isOnOrBefore(date, now) && !isBefore(date, addMonths(now, -12));

/** Step 2: each applied control traces to a risk or obligation, each exclusion is justified, nothing is left out. */
export function soaReconciliationStep(aims: AimsSnapshot, now: string): StepEvidence {
  const entries = aims.soaEntries;
  if (entries.length === 0) {
    return { evidenced: false, started: false, evidence: 'There is no Statement of Applicability yet.', outstanding: ['Decide on every Annex A control in the SoA.'], subjects: [] };
  }
  const decided = new Set(entries.map((e) => e.controlId));
  const included = new Set(entries.filter((e) => e.applicable).map((e) => e.controlId));
  const undecided = controls.filter((c) => !decided.has(c.id)).map((c) => c.id);
  const distinct = (ids: string[]) => [...new Set(ids)];
  // The same reading as soa-not-risk-driven: a control a risk treatment selects is traced, a dangling risk id is not.
  const selectedBy = controlsSelectedByRisks(aims.risks);
  const riskIds = new Set(aims.risks.map((r) => r.id));
  const traces = (e: (typeof entries)[number]) => isTracedToRiskOrObligation(e, selectedBy, (id) => riskIds.has(id));
  const untraced = distinct(entries.filter((e) => e.applicable && !traces(e)).map((e) => e.controlId));
  const unjustified = distinct(entries.filter((e) => !e.applicable && !isExclusionJustified(e)).map((e) => e.controlId));
  // The treatment plan and the SoA must agree: a control a risk treatment selects cannot be left out of the SoA.
  const treated = selectedBy.keys();
  const own = new Set(aims.customControls.map((c) => c.id));
  const selectedNotIncluded = [...treated].filter((id) => !included.has(id) && (findControl(id) !== undefined || own.has(id)));
  const approved = aims.soaVersions.filter((v) => v.approvedOn !== undefined && isOnOrBefore(v.approvedOn, now));
  const outstanding = [
    ...(undecided.length > 0 ? [`Decide on ${plural(undecided.length, 'Annex A control')} the SoA does not mention: ${brief(undecided)}.`] : []),
    ...(untraced.length > 0 ? [`Trace ${plural(untraced.length, 'included control')} to the risks or obligations that need them: ${brief(untraced)}.`] : []),
    ...(unjustified.length > 0 ? [`Justify ${plural(unjustified.length, 'exclusion')}: ${brief(unjustified)}.`] : []),
    ...(selectedNotIncluded.length > 0 ? [`Include the controls risk treatment selects: ${brief(selectedNotIncluded)}.`] : []),
    ...(approved.length === 0 ? ['Issue and approve a version of the SoA.'] : []),
  ];
  const untracedSet = new Set(untraced);
  const traced = [...included].filter((id) => !untracedSet.has(id)).length;
  const excluded = distinct(entries.filter((e) => !e.applicable).map((e) => e.controlId)).length;
  return {
    evidenced: outstanding.length === 0,
    started: true,
    evidence: `${plural(entries.length, 'SoA entry', 'SoA entries')}: ${plural(included.size, 'control')} included (${traced} traced to risks or obligations), ${excluded} excluded.`,
    outstanding,
    subjects: approved.slice(-1).map((v) => ({ register: 'soaVersions', id: v.id, label: v.version })),
  };
}

/** Completed internal audits of the last 12 months: the programme is running. */
function completedAudits(aims: AimsSnapshot, now: string) {
  return aims.internalAudits.filter((a) => a.status === 'completed' && within12Months(a.completedOn ?? a.reportIssuedOn, now));
}

/**
 * The span whose internal audits must together cover clauses 4–10. Before certification, the full cycle Stage 1 expects
 * is the last 12 months. A certified organisation may spread its programme over the three-year certification cycle
 * (9.2.2 asks for a programme, not a yearly full audit): audits of the last 36 months count, and clauses a running
 * programme still plans to audit are not gaps yet.
 */
export interface AuditCoverageWindow {
  readonly from: string;
  readonly certified: boolean;
  /** How the span reads in messages: "the last 12 months" or "the certification cycle". */
  readonly span: string;
}

export function auditCoverageWindow(aims: AimsSnapshot, now: string): AuditCoverageWindow {
  if (currentCertificate(aims, now) === undefined) return { from: addMonths(now, -12), certified: false, span: 'the last 12 months' };
  return { from: addMonths(now, -12 * CERTIFICATE_VALIDITY_YEARS), certified: true, span: 'the certification cycle' };
}

/**
 * What the objective audits of the coverage window leave uncovered: the top-level clauses none covered (nor, for a
 * certified organisation, a running programme plans), and per audit a finding says was not objective, the areas only
 * it covered.
 */
export function auditCoverageGaps(aims: AimsSnapshot, now: string, notObjective: ReadonlySet<string>): { unaudited: string[]; onlyByNonObjective: Map<string, string[]>; window: AuditCoverageWindow } {
  const window = auditCoverageWindow(aims, now);
  const completed = aims.internalAudits.filter((a) => {
    const on = a.completedOn ?? a.reportIssuedOn;
    return a.status === 'completed' && on !== undefined && isOnOrBefore(on, now) && !isBefore(on, window.from);
  });
  const objective = completed.filter((a) => !notObjective.has(a.id));
  const audited = new Set(objective.flatMap((a) => a.scopeRefs));
  const planned = new Set(window.certified
    ? aims.internalAuditProgrammes.filter((p) => !isBefore(p.periodEnd, now)).flatMap((p) => p.plannedCoverage)
    : []);
  const unaudited = clauses.filter((c) => c.parent === undefined && !isAudited(c.id, audited) && !isAudited(c.id, planned)).map((c) => c.id);
  const onlyByNonObjective = new Map<string, string[]>();
  for (const a of completed.filter((x) => notObjective.has(x.id))) {
    const alone = a.scopeRefs.filter((ref) => !isAudited(ref, audited));
    if (alone.length > 0) onlyByNonObjective.set(a.id, alone);
  }
  return { unaudited, onlyByNonObjective, window };
}

/**
 * Step 3: completed audits of the last 12 months cover clauses 4–10, and their nonconformities are closed or closing.
 * An audit a finding says was not objective (`notObjective`) covers nothing on its own: an area only it audited is
 * still to audit, so the step never reads done while a finding says otherwise.
 */
export function auditCycleStep(aims: AimsSnapshot, now: string, notObjective: ReadonlySet<string> = new Set()): StepEvidence {
  const completed = completedAudits(aims, now);
  const started = aims.internalAudits.length > 0 || aims.internalAuditProgrammes.length > 0;
  if (completed.length === 0) {
    return { evidenced: false, started, evidence: 'No internal audit was completed in the last 12 months.', outstanding: [`Complete at least one full internal audit before ${preparedFor(aims, now)}.`], subjects: [] };
  }
  const { unaudited, onlyByNonObjective, window } = auditCoverageGaps(aims, now, notObjective);
  const nonconformities = new Map(aims.nonconformities.map((n) => [n.id, n]));
  // Closed, or in active closure: the nonconformity is raised and has corrective actions under way.
  const open: string[] = [];
  for (const audit of completed) {
    for (const f of audit.findings) {
      if (f.classification !== 'major' && f.classification !== 'minor') continue;
      const nc = f.nonconformityId === undefined ? undefined : nonconformities.get(f.nonconformityId);
      if (!nc || (nc.status !== 'closed' && nc.correctiveActions.length === 0 && !isNoActionReasoned(nc))) open.push(`${audit.id}/${f.id}`);
    }
  }
  const outstanding = [
    ...(unaudited.length > 0 ? [`Audit ${unaudited.length === 1 ? 'clause' : 'clauses'} ${unaudited.join(', ')}: the audits of ${window.span} did not cover ${unaudited.length === 1 ? 'it' : 'them'}${window.certified ? ' and no running programme plans to' : ''}.`] : []),
    ...(open.length > 0 ? [`Raise nonconformities with corrective actions for ${plural(open.length, 'audit finding')}: ${brief(open)}.`] : []),
    ...[...onlyByNonObjective].map(([id, refs]) => `Re-audit ${brief(refs)} with an objective auditor: the only audit of ${refs.length === 1 ? 'it' : 'them'} (${id}) was not objective (internal-audit-not-independent).`),
  ];
  const last = completed.reduce((a, b) => ((a.completedOn ?? '') >= (b.completedOn ?? '') ? a : b));
  return {
    evidenced: outstanding.length === 0,
    started: true,
    evidence: `${completed.length} internal ${completed.length === 1 ? 'audit' : 'audits'} completed in the last 12 months, the latest "${last.title}" on ${last.completedOn ?? last.reportIssuedOn ?? 'an unrecorded date'}.`,
    outstanding,
    subjects: completed.map((a) => ({ register: 'internalAudits', id: a.id, label: a.title })),
  };
}

/** Step 4: a review held in the last 12 months with every 9.3.2 input and both kinds of 9.3.3 output recorded. */
export function managementReviewStep(aims: AimsSnapshot, now: string): StepEvidence {
  const held = aims.managementReviews.filter((m) => m.status === 'held' && within12Months(m.heldOn, now));
  const started = aims.managementReviews.length > 0;
  if (held.length === 0) {
    return { evidenced: false, started, evidence: 'No management review was held in the last 12 months.', outstanding: [`Hold a management review covering every required input and output before ${preparedFor(aims, now)}.`], subjects: [] };
  }
  const gapsOf = (m: (typeof held)[number]) => [
    ...managementReviewInputs.filter((k) => isBlank(m.inputs[k])),
    ...(m.outputs.improvementDecisions.every(isBlank) ? ['improvementDecisions'] : []),
    ...(m.outputs.aimsChanges.every(isBlank) ? ['aimsChanges'] : []),
  ];
  // The most complete recent review decides; ties go to the latest.
  const best = held.reduce((a, b) => (gapsOf(b).length < gapsOf(a).length || (gapsOf(b).length === gapsOf(a).length && b.heldOn > a.heldOn) ? b : a));
  const gaps = gapsOf(best);
  return {
    evidenced: gaps.length === 0,
    started: true,
    evidence: `Management review "${best.title}" held on ${best.heldOn}.`,
    outstanding: gaps.length === 0 ? [] : [`Record the missing inputs and outputs of "${best.title}": ${gaps.join(', ')}.`],
    subjects: [{ register: 'managementReviews', id: best.id, label: best.title }],
  };
}

/** Step 6: the owner of every applied control rehearsed within the last 12 months, and was judged ready. */
export function mockInterviewStep(aims: AimsSnapshot, now: string): StepEvidence {
  const latest = new Map<string, MockInterview>();
  for (const m of aims.mockInterviews) {
    if (!within12Months(m.heldOn, now)) continue;
    const seen = latest.get(m.intervieweeId);
    if (!seen || seen.heldOn <= m.heldOn) latest.set(m.intervieweeId, m);
  }
  const roles = new Map(aims.roles.map((r) => [r.id, r]));
  const persons = new Map(aims.persons.map((p) => [p.id, p]));
  const applied = aims.soaEntries.filter((e) => e.applicable);
  const unowned: string[] = [];
  const notReady = new Map<string, string>(); // person id → why
  for (const entry of applied) {
    const role = entry.ownerRoleId === undefined ? undefined : roles.get(entry.ownerRoleId);
    const candidates = entry.ownerId !== undefined ? [entry.ownerId] : role ? [...role.holderIds, ...(role.accountableChairId ? [role.accountableChairId] : [])] : [];
    if (candidates.length === 0) {
      unowned.push(entry.controlId);
      continue;
    }
    if (candidates.some((id) => latest.get(id)?.outcome === 'ready')) continue;
    const who = candidates[0]!;
    notReady.set(who, latest.has(who) ? `last judged ${latest.get(who)!.outcome}` : 'not interviewed');
  }
  const names = [...notReady].map(([id, why]) => `${persons.get(id)?.name ?? id} (${why})`);
  const outstanding = [
    ...(applied.length === 0 ? ['Include controls in the SoA and name their owners.'] : []),
    ...(unowned.length > 0 ? [`Name an owner to rehearse for ${plural(unowned.length, 'applied control')}: ${brief(unowned)}.`] : []),
    ...(names.length > 0 ? [`Rehearse ${plural(names.length, 'control owner')}: ${brief(names)}.`] : []),
  ];
  const ready = [...latest.values()].filter((m) => m.outcome === 'ready').length;
  return {
    evidenced: outstanding.length === 0,
    started: latest.size > 0,
    evidence: `${plural(latest.size, 'person', 'people')} had a mock interview in the last 12 months, ${ready} judged ready.`,
    outstanding,
    subjects: [...notReady.keys()].map((id) => ({ register: 'persons', id, label: persons.get(id)?.name ?? id })),
  };
}

/** Step 7: a version freeze taken, and no document changed since it. */
export function freezeStep(aims: AimsSnapshot, now: string): StepEvidence {
  const freeze = activeFreeze(aims, now);
  if (!freeze || isBefore(now, freeze.baseline.frozenOn)) {
    return { evidenced: false, started: false, evidence: 'No document version freeze has been taken.', outstanding: [`Freeze the document versions shortly before ${preparedFor(aims, now)}.`], subjects: [] };
  }
  const { baseline } = freeze;
  const changed = documentsChangedSince(aims, baseline);
  const frozen = new Set(baseline.documents.map((d) => d.documentId));
  const required = aims.documents.filter((d) => (d.requiredBy ?? []).length > 0 && !frozen.has(d.id)).map((d) => d.id);
  const outstanding = [
    ...(changed.length > 0 ? [`Re-freeze or revert ${plural(changed.length, 'document')} changed since ${baseline.frozenOn}: ${brief(changed.map((c) => c.documentId))}.`] : []),
    ...(required.length > 0 ? [`Add ${plural(required.length, 'required document')} to the freeze: ${brief(required)}.`] : []),
  ];
  return {
    evidenced: outstanding.length === 0,
    started: true,
    evidence: `Versions of ${baseline.documents.length} documents frozen on ${baseline.frozenOn}${freeze.ended ? ' (the audit it was for is over)' : ''}.`,
    outstanding,
    subjects: [{ register: 'freezeBaselines', id: baseline.id, label: baseline.frozenOn }],
  };
}
