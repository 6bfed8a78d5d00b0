// internal-audit-cycle-incomplete (9.2, 9.2.2): no programme, no completed internal audit, or a programme period
// that leaves planned clauses and controls unaudited.
import {
  addMonths, isAfter, isBefore, isOnOrBefore, type InternalAudit, type InternalAuditProgramme,
} from '../domain/index.ts';
import { unauditedRefs, type AuditedRefs } from '../domain/predicates/audit-coverage.ts';
import { defineCheck } from './define-check.ts';
import { organisationSubject, subjectOf } from './shared/finding-subjects.ts';
import { plannedStage2 } from './shared/planned-audits.ts';
import { listForMessage, plural } from '../domain/wording.ts';

export default defineCheck({
  id: 'internal-audit-cycle-incomplete',
  meta: {
    title: 'An internal audit programme is in place and its cycle covers what it planned',
    severity: 'major',
    surfaces: ['stage-1', 'stage-2', 'surveillance'],
    refs: ['9.2', '9.2.2'],
    description:
      'At Stage 1 auditors expect an internal audit programme and at least one full cycle of internal audits done or ' +
      'about to finish before Stage 2; at surveillance they expect the programme to be running. They compare what ' +
      'the programme planned to audit in its period with the scopes of the audits actually completed.',
    messages: {
      notEstablished: 'There is no internal audit programme and no internal audit has been completed or planned: the AIMS has not yet audited itself, and nothing says which clauses and controls will be audited, when, by whom and against which criteria.',
      noProgramme: 'There is no internal audit programme: nothing says which clauses and controls will be audited, when, by whom and against which criteria{{auditNote}}.',
      noCompletedAudit: 'No internal audit has been completed{{plannedNote}}: the AIMS has not yet audited itself.',
      noCurrentProgramme: 'No internal audit programme covers {{now}}: the latest, "{{programme}}" ({{id}}), ended on {{periodEnd}}.',
      auditingStopped: 'Internal audit has stopped: the latest programme, "{{programme}}" ({{id}}), ended on {{periodEnd}}, no internal audit has been completed since {{lastDone}} (more than 12 months before {{now}}) and none is scheduled.',
      noCoverage: 'Internal audit programme "{{programme}}" ({{id}}) does not say which clauses and controls it will audit in its period.',
      ended:
        'Internal audit programme "{{programme}}" ({{id}}) ended on {{periodEnd}} with {{count}} of {{planned}} planned clauses and controls unaudited: {{refs}}.',
      beforeStage2:
        'Stage 2 is planned for {{stage2}}, but internal audit programme "{{programme}}" ({{id}}) has {{count}} of its {{planned}} planned clauses and controls neither audited yet nor scheduled before it: {{refs}}.',
    },
    fix:
      'Plan and complete internal audits {{action}}, with auditors independent of the areas audited; record each ' +
      'audit’s scope (clauses, controls, AI systems), findings and report, and link it to the programme.',
  },
  run({ aims, now, report, pass }) {
    const programmes = aims.internalAuditProgrammes;
    // A completion dated after `now` has not happened yet.
    const completed = aims.internalAudits.filter(
      (a) => a.status === 'completed' && (a.completedOn === undefined || isOnOrBefore(a.completedOn, now)),
    );
    const scheduled = aims.internalAudits.filter((a) => a.status === 'planned' || a.status === 'in-progress');
    const org = [organisationSubject(aims)];

    // Neither a programme nor any audit: one nonconformity of 9.2, internal audit not established, not two findings.
    if (programmes.length === 0 && aims.internalAudits.length === 0) {
      report({
        messageId: 'notEstablished',
        grade: { extent: 'absent', requirement: '9.2' },
        data: { action: 'under a programme that sets, for a period, the clauses and controls to audit, the frequency, the criteria and who audits, covering every clause 4–10 and every applicable Annex A control at least once before Stage 2' },
        subjects: org,
      });
      return;
    }
    if (programmes.length === 0) {
      report({
        messageId: 'noProgramme',
        grade: { extent: 'absent', requirement: '9.2' },
        data: {
          auditNote: aims.internalAudits.length > 0
            ? ` (${plural(aims.internalAudits.length, 'internal audit is', 'internal audits are')} recorded, but not as part of a programme)`
            : '',
          action: 'under a programme that sets, for a period, the clauses and controls to audit, the frequency, the criteria and who audits',
        },
        subjects: org,
      });
    }
    if (completed.length === 0) {
      const next = earliestPlanned(scheduled);
      report({
        messageId: 'noCompletedAudit',
        // An audit under way or scheduled is a cycle about to complete, which Stage 1 accepts as imminent.
        grade: { extent: scheduled.length > 0 ? 'isolated' : 'absent', requirement: '9.2' },
        data: {
          plannedNote: next
            ? ` (the next, "${next.title}", is planned for ${next.plannedOn})`
            : scheduled.length > 0 ? ` (${plural(scheduled.length, 'audit is', 'audits are')} planned without a date)` : ' and none is planned',
          action: 'covering every clause 4–10 and every applicable Annex A control at least once before Stage 2',
        },
        subjects: org,
      });
    }
    if (programmes.length === 0) return;

    const ended = programmes.filter((p) => isBefore(p.periodEnd, now));
    // Earlier programmes are history: the latest one to end is the cycle an auditor asks about.
    const lastEnded = ended.reduce<InternalAuditProgramme | undefined>(
      (best, p) => (best === undefined || isBefore(best.periodEnd, p.periodEnd) ? p : best),
      undefined,
    );
    if (lastEnded !== undefined && ended.length === programmes.length) {
      // A programme that ended with nothing audited for a year and nothing scheduled is internal audit stopped, not a
      // late renewal: 9.2 asks for audits at planned intervals.
      const lastDone = completed.map((a) => a.completedOn ?? a.reportIssuedOn ?? a.plannedOn).filter((d): d is string => d !== undefined).sort().at(-1);
      const stopped = scheduled.length === 0 && (lastDone === undefined || isBefore(lastDone, addMonths(now, -12)));
      report({
        messageId: stopped ? 'auditingStopped' : 'noCurrentProgramme',
        grade: { extent: stopped ? 'broken-down' : 'isolated', requirement: '9.2' },
        data: {
          now, programme: lastEnded.title, id: lastEnded.id, periodEnd: lastEnded.periodEnd, lastDone: lastDone ?? 'never',
          action: `in a new programme for the period after ${lastEnded.periodEnd}`,
        },
        subjects: [subjectOf('internalAuditProgrammes', lastEnded)],
      });
    }

    const stage2 = plannedStage2(aims.externalAudits);
    // A completed audit without a completion date is dated by its report, else by when it was planned.
    const doneFor = coverageIndex(completed, (a) => a.completedOn ?? a.reportIssuedOn ?? a.plannedOn);
    // Only audits dated before Stage 2 can complete the cycle in time for it.
    const scheduledFor = stage2 === undefined
      ? undefined
      : coverageIndex(scheduled.filter((a) => a.plannedOn !== undefined && isBefore(a.plannedOn, stage2.date)), (a) => a.plannedOn);
    for (const p of programmes) {
      const subjects = [subjectOf('internalAuditProgrammes', p)];
      const data = { programme: p.title, id: p.id, periodEnd: p.periodEnd, planned: p.plannedCoverage.length };
      if (p.plannedCoverage.length === 0) {
        report({ messageId: 'noCoverage', grade: { extent: 'isolated', requirement: '9.2' }, data: { ...data, action: `for "${p.title}" and list the clauses and controls it commits to audit` }, subjects });
        continue;
      }
      if (isAfter(p.periodStart, now)) continue; // not started: nothing to judge yet
      const unaudited = unauditedRefs(p.plannedCoverage, doneFor(p));
      if (unaudited.length === 0) {
        pass(subjects);
        continue;
      }
      const refs = listForMessage(unaudited, 10);
      if (isBefore(p.periodEnd, now)) {
        if (p !== lastEnded) continue;
        report({
          messageId: 'ended',
          // Nothing of the plan audited is a programme that did not run; gaps in a programme that ran are partial.
          grade: unaudited.length === p.plannedCoverage.length
            ? { extent: 'broken-down', requirement: '9.2' }
            : { examined: p.plannedCoverage.length, affected: unaudited.length, requirement: '9.2' },
          data: { ...data, count: unaudited.length, refs, action: `for ${refs}` },
          subjects,
        });
        continue;
      }
      // A running programme still has time, unless Stage 2 comes first: a full cycle is expected before it.
      if (stage2 === undefined || scheduledFor === undefined) continue;
      const unscheduled = unauditedRefs(unaudited, scheduledFor(p));
      if (unscheduled.length === 0) {
        pass(subjects);
        continue;
      }
      const list = listForMessage(unscheduled, 10);
      report({
        messageId: 'beforeStage2',
        grade: { examined: p.plannedCoverage.length, affected: unscheduled.length, requirement: '9.2' },
        data: { ...data, count: unscheduled.length, refs: list, stage2: stage2.date, action: `for ${list} before Stage 2 on ${stage2.date}` },
        subjects: [...subjects, subjectOf('externalAudits', stage2.audit)],
      });
    }
  },
});

function earliestPlanned(audits: readonly InternalAudit[]): (InternalAudit & { plannedOn: string }) | undefined {
  let best: (InternalAudit & { plannedOn: string }) | undefined;
  for (const a of audits) {
    if (a.plannedOn !== undefined && (best === undefined || isBefore(a.plannedOn, best.plannedOn))) best = { ...a, plannedOn: a.plannedOn };
  }
  return best;
}

type CoverageOf = (programme: InternalAuditProgramme) => AuditedRefs;

/**
 * What audits covered for each programme: refs of audits linked to it, and refs of unlinked audits dated inside its
 * period. Unlinked audits are kept as sorted dates per ref, so a programme asks "was ref X audited between these
 * dates" by binary search: linear in audits plus programmes, even when many programmes share a period.
 */
function coverageIndex(audits: readonly InternalAudit[], dateOf: (a: InternalAudit) => string | undefined): CoverageOf {
  const linked = new Map<string, Set<string>>();
  const unlinkedDates = new Map<string, string[]>();
  for (const a of audits) {
    if (a.programmeId !== undefined) {
      let set = linked.get(a.programmeId);
      if (!set) linked.set(a.programmeId, (set = new Set()));
      for (const ref of a.scopeRefs) set.add(ref);
      continue;
    }
    const date = dateOf(a);
    if (date === undefined) continue;
    for (const ref of a.scopeRefs) {
      const dates = unlinkedDates.get(ref);
      if (dates) dates.push(date);
      else unlinkedDates.set(ref, [date]);
    }
  }
  for (const dates of unlinkedDates.values()) dates.sort();
  return (p) => {
    const own = linked.get(p.id);
    return (ref) => own?.has(ref) === true || anyWithin(unlinkedDates.get(ref), p.periodStart, p.periodEnd);
  };
}

/** Whether a sorted list holds a date in [from, to]. */
function anyWithin(sorted: readonly string[] | undefined, from: string, to: string): boolean {
  if (sorted === undefined) return false;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && isOnOrBefore(sorted[lo]!, to);
}
