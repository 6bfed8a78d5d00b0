// internal-audit-programme-not-risk-based (9.2.2): whatever the organisation planned, the internal audits of the
// certification cycle must reach the whole AIMS, give the most important processes (high-risk AI systems) their turn,
// and go back to where earlier audits found nonconformities.
import { addMonths, findClause, findControl, isAfter, isBefore, isOnOrBefore, leafClauses, type AimsSnapshot, type InternalAudit } from '../domain/index.ts';
import { isAudited } from '../domain/predicates/audit-coverage.ts';
import { CERTIFICATE_VALIDITY_YEARS } from '../domain/certification/index.ts';
import { listForMessage } from '../domain/wording.ts';
import { defineCheck } from './define-check.ts';
import { activeAiSystemsInScope } from '../domain/predicates/aims-scope.ts';
import { named, organisationSubject, subjectOf } from './shared/finding-subjects.ts';
import type { Instance, Subject } from './types.ts';

/** A certification cycle is three years: the internal audits of that span together must reach the whole AIMS. */
const CYCLE_MONTHS = 12 * CERTIFICATE_VALIDITY_YEARS;

export default defineCheck({
  id: 'internal-audit-programme-not-risk-based',
  meta: {
    title: 'Over the cycle, internal audits reach the whole AIMS, weigh importance and follow up earlier results',
    severity: 'minor',
    surfaces: ['stage-1', 'surveillance', 'recertification'],
    refs: ['9.2.2'],
    description:
      'The auditor reads the internal audit programme as a plan for the whole certification cycle: every clause 4–10 ' +
      'and every applied control audited at least once, the most important processes (the high-risk AI systems) ' +
      'audited, not only the easy ones, and areas where earlier audits raised nonconformities audited again. A ' +
      'programme that faithfully completes a narrow plan still fails 9.2.2.',
    messages: {
      notWholeAims:
        'Over the {{months}}-month cycle, no internal audit completed or scheduled, and no programme, covers {{count}} of the {{examined}} clauses and applied controls of the AIMS: {{refs}}.',
      importantNotAudited:
        '{{count}} of the {{examined}} high-risk AI systems in scope {{are}} in the scope of no internal audit completed or scheduled in the cycle: {{systems}}.',
      systemsNotRecorded:
        'None of the {{count}} internal audits of the cycle records the AI systems it covered, so nothing shows that the high-risk AI systems ({{systems}}) were audited; confirm it.',
      previousNotFollowed:
        '{{count}} of the {{examined}} areas where earlier audits raised major or minor findings {{were}} not audited again, and no later programme plans {{them}}: {{areas}}.',
    },
    fix:
      'Extend the internal audit programme so that over the cycle it covers {{todo}}; weigh each area by its importance ' +
      '(high-risk AI systems, high impacts) and by earlier audit results, and record that reasoning in the programme.',
  },
  run({ aims, now, report, pass, notApplicable }) {
    if (aims.internalAuditProgrammes.length === 0 && aims.internalAudits.length === 0) {
      notApplicable('There is no internal audit programme and no internal audit; internal-audit-cycle-incomplete reports that.');
      return;
    }
    const from = addMonths(now, -CYCLE_MONTHS);
    const inCycle = aims.internalAudits.filter((a) => isInCycle(a, from, now));
    const programmes = aims.internalAuditProgrammes.filter((p) => !isBefore(p.periodEnd, from));
    const reached = new Set<string>([...inCycle.flatMap((a) => a.scopeRefs), ...programmes.flatMap((p) => p.plannedCoverage)]);
    const org = organisationSubject(aims);
    const programmeSubjects: Subject[] = programmes.map((p) => subjectOf('internalAuditProgrammes', p));

    const required = [
      ...leafClauses().map((c) => c.id),
      ...[...new Set(aims.soaEntries.filter((e) => e.applicable).map((e) => e.controlId))],
    ];
    const missing = required.filter((ref) => !isAudited(ref, reached));
    if (missing.length > 0) {
      report({
        messageId: 'notWholeAims',
        grade: { examined: required.length, requirement: '9.2' },
        instances: missing.map((ref): Instance => ({ subjects: programmeSubjects.length > 0 ? programmeSubjects : [org], text: `${titled(ref)}: in no audit scope and no programme of the cycle.` })),
        data: { months: CYCLE_MONTHS, count: missing.length, examined: required.length, refs: listForMessage(missing, 12), todo: listForMessage(missing, 8) },
        subjects: [org],
      });
    }

    const audited = new Set(inCycle.flatMap((a) => a.scopeAiSystemIds));
    const highRisk = activeAiSystemsInScope(aims).filter((s) => s.euAiActRiskClass === 'high-risk' && s.status !== 'proposed');
    const unaudited = highRisk.filter((s) => !audited.has(s.id));
    if (unaudited.length > 0 && audited.size === 0) {
      // No audit of the cycle records the AI systems it covered: the records cannot say, the auditor will ask.
      report({
        messageId: 'systemsNotRecorded',
        outcome: 'needs-review',
        severity: 'minor',
        data: { count: inCycle.length, systems: listForMessage(unaudited.map(named), 5), todo: `the AI systems each audit covers, and audit ${listForMessage(unaudited.map((s) => s.id), 5)}` },
        subjects: [...unaudited.map((s) => subjectOf('aiSystems', s)), ...programmeSubjects],
      });
    } else if (unaudited.length > 0) {
      report({
        messageId: 'importantNotAudited',
        grade: { examined: highRisk.length, requirement: '9.2' },
        instances: unaudited.map((s): Instance => ({ subjects: [subjectOf('aiSystems', s)], text: `AI system ${named(s)} (EU AI Act high-risk) is in the scope of no internal audit of the cycle.` })),
        data: {
          count: unaudited.length, examined: highRisk.length, are: unaudited.length === 1 ? 'is' : 'are',
          systems: listForMessage(unaudited.map(named), 5), todo: `the high-risk AI systems ${listForMessage(unaudited.map((s) => s.id), 5)}`,
        },
        subjects: programmeSubjects,
      });
    }

    const earlier = earlierResults(aims, inCycle, now);
    const notFollowed = earlier.filter((r) => !followedUp(r, inCycle, aims, now));
    if (notFollowed.length > 0) {
      const areas = notFollowed.map((r) => `${r.ref} (${r.source}, ${r.raisedOn})`);
      report({
        messageId: 'previousNotFollowed',
        grade: { examined: earlier.length, requirement: '9.2' },
        instances: notFollowed.map((r): Instance => ({ subjects: [r.subject], text: `${titled(r.ref)}: a finding of ${r.source} on ${r.raisedOn}, not audited again since.` })),
        data: {
          count: notFollowed.length, examined: earlier.length, were: notFollowed.length === 1 ? 'was' : 'were', them: notFollowed.length === 1 ? 'it' : 'them',
          areas: listForMessage(areas, 8), todo: listForMessage([...new Set(notFollowed.map((r) => r.ref))], 8),
        },
        subjects: programmeSubjects,
      });
    }
    pass([org, ...programmeSubjects]);
  },
});

/** `9.2.2 Internal audit programme`: a clause or control with its title, an organisation control by its id. */
function titled(ref: string): string {
  const title = findClause(ref)?.title ?? findControl(ref)?.title;
  return title ? `${ref} ${title}` : ref;
}

function isInCycle(a: InternalAudit, from: string, now: string): boolean {
  if (a.status === 'planned' || a.status === 'in-progress') return true;
  if (a.status !== 'completed') return false;
  const on = a.completedOn ?? a.reportIssuedOn ?? a.plannedOn;
  return on === undefined || (!isBefore(on, from) && isOnOrBefore(on, now));
}

interface EarlierResult {
  readonly ref: string;
  readonly raisedOn: string;
  readonly source: string;
  readonly subject: Subject;
  /** The end of the programme the result was raised under: the follow-up is judged once it has ended. */
  readonly judgedAfter: string;
}

/** Each clause or control where an audit (internal or external) raised a major or minor finding, latest first. */
function earlierResults(aims: AimsSnapshot, inCycle: readonly InternalAudit[], now: string): EarlierResult[] {
  const programmeEnd = new Map(aims.internalAuditProgrammes.map((p) => [p.id, p.periodEnd]));
  const byRef = new Map<string, EarlierResult>();
  const offer = (r: EarlierResult) => {
    const held = byRef.get(r.ref);
    if (!held || isAfter(r.raisedOn, held.raisedOn)) byRef.set(r.ref, r);
  };
  for (const a of inCycle) {
    if (a.status !== 'completed') continue;
    const raisedOn = a.completedOn ?? a.reportIssuedOn ?? a.plannedOn;
    if (raisedOn === undefined) continue;
    // Unlinked audits are judged a year on, the longest interval between audits of one area a yearly programme allows.
    const judgedAfter = (a.programmeId && programmeEnd.get(a.programmeId)) || addMonths(raisedOn, 12);
    for (const f of a.findings) {
      if (f.classification !== 'major' && f.classification !== 'minor') continue;
      for (const ref of f.refs) offer({ ref, raisedOn, source: `internal audit ${a.id}`, subject: subjectOf('internalAudits', a), judgedAfter });
    }
  }
  for (const f of aims.externalFindings) {
    if (f.classification !== 'major' && f.classification !== 'minor') continue;
    if (isAfter(f.raisedOn, now)) continue;
    for (const ref of f.refs) offer({ ref, raisedOn: f.raisedOn, source: `external audit ${f.auditId}`, subject: subjectOf('externalFindings', f), judgedAfter: addMonths(f.raisedOn, 12) });
  }
  return [...byRef.values()].filter((r) => isBefore(r.judgedAfter, now));
}

/** Audited again after the finding, scheduled to be, or planned by a programme set up after it. */
function followedUp(r: EarlierResult, inCycle: readonly InternalAudit[], aims: AimsSnapshot, now: string): boolean {
  const covers = (refs: readonly string[]) => isAudited(r.ref, new Set(refs));
  for (const a of inCycle) {
    if (!covers(a.scopeRefs)) continue;
    if (a.status === 'planned' || a.status === 'in-progress') return true;
    const on = a.completedOn ?? a.reportIssuedOn ?? a.plannedOn;
    if (on !== undefined && isAfter(on, r.raisedOn) && isOnOrBefore(on, now)) return true;
  }
  return aims.internalAuditProgrammes.some((p) => isAfter(p.approvedOn ?? p.periodStart, r.raisedOn) && !isBefore(p.periodEnd, now) && covers(p.plannedCoverage));
}
