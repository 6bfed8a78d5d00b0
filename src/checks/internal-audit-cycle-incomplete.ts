// internal-audit-cycle-incomplete (9.2, 9.2.2): no programme, no completed internal audit, or a programme period
// that leaves planned clauses and controls unaudited.
import {
  isAfter, isBefore, isOnOrBefore, type InternalAudit, type InternalAuditProgramme,
} from '../domain/index.ts';
import { unauditedRefs } from '../domain/predicates/ops-b-audit-coverage.ts';
import { defineCheck } from './define-check.ts';
import { listBriefly, organisationSubject, plannedStage2, plural, subjectOf } from './ops-b-helpers.ts';

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
      noProgramme: 'There is no internal audit programme: nothing says which clauses and controls will be audited, when, by whom and against which criteria{{auditNote}}.',
      noCompletedAudit: 'No internal audit has been completed{{plannedNote}}: the AIMS has not yet audited itself.',
      noCurrentProgramme: 'No internal audit programme covers {{now}}: the latest, "{{programme}}" ({{id}}), ended on {{periodEnd}}.',
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

    if (programmes.length === 0) {
      report({
        messageId: 'noProgramme',
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
        severity: scheduled.length > 0 ? 'minor' : 'major',
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
      report({
        messageId: 'noCurrentProgramme',
        severity: 'minor',
        data: {
          now, programme: lastEnded.title, id: lastEnded.id, periodEnd: lastEnded.periodEnd,
          action: `in a new programme for the period after ${lastEnded.periodEnd}`,
        },
        subjects: [subjectOf('internalAuditProgrammes', lastEnded)],
      });
    }

    const stage2 = plannedStage2(aims.externalAudits);
    const doneFor = auditsByProgramme(programmes, completed, (a) => a.completedOn);
    const plannedFor = auditsByProgramme(programmes, scheduled, (a) => a.plannedOn);
    for (const p of programmes) {
      const subjects = [subjectOf('internalAuditProgrammes', p)];
      const data = { programme: p.title, id: p.id, periodEnd: p.periodEnd, planned: p.plannedCoverage.length };
      if (p.plannedCoverage.length === 0) {
        report({ messageId: 'noCoverage', severity: 'minor', data: { ...data, action: `for "${p.title}" and list the clauses and controls it commits to audit` }, subjects });
        continue;
      }
      if (isAfter(p.periodStart, now)) continue; // not started: nothing to judge yet
      const unaudited = unauditedRefs(p.plannedCoverage, refsOf(doneFor.get(p.id)));
      if (unaudited.length === 0) {
        pass(subjects);
        continue;
      }
      const refs = listBriefly(unaudited, 10, false);
      if (isBefore(p.periodEnd, now)) {
        if (p !== lastEnded) continue;
        report({
          messageId: 'ended',
          // Nothing of the plan audited is a programme that did not run; gaps in a programme that ran are partial.
          severity: unaudited.length === p.plannedCoverage.length ? 'major' : 'minor',
          data: { ...data, count: unaudited.length, refs, action: `for ${refs}` },
          subjects,
        });
        continue;
      }
      // A running programme still has time, unless Stage 2 comes first: a full cycle is expected before it.
      if (stage2 === undefined) continue;
      const before = (plannedFor.get(p.id) ?? []).filter((a) => a.plannedOn !== undefined && isBefore(a.plannedOn, stage2.date));
      const unscheduled = unauditedRefs(unaudited, refsOf(before));
      if (unscheduled.length === 0) {
        pass(subjects);
        continue;
      }
      const list = listBriefly(unscheduled, 10, false);
      report({
        messageId: 'beforeStage2',
        severity: 'minor',
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

function refsOf(audits: readonly InternalAudit[] | undefined): Set<string> {
  return new Set((audits ?? []).flatMap((a) => a.scopeRefs));
}

/**
 * Audits per programme: those linked by programmeId, and unlinked ones dated inside the programme's period.
 * Unlinked audits are sorted once and each programme takes its date range by binary search, so the cost stays
 * linear in audits plus programmes rather than their product.
 */
function auditsByProgramme(
  programmes: readonly InternalAuditProgramme[],
  audits: readonly InternalAudit[],
  dateOf: (a: InternalAudit) => string | undefined,
): Map<string, InternalAudit[]> {
  const byProgramme = new Map<string, InternalAudit[]>();
  const add = (id: string, a: InternalAudit) => {
    const list = byProgramme.get(id);
    if (list) list.push(a);
    else byProgramme.set(id, [a]);
  };
  const unlinked: { date: string; audit: InternalAudit }[] = [];
  for (const a of audits) {
    if (a.programmeId !== undefined) add(a.programmeId, a);
    else {
      const date = dateOf(a);
      if (date !== undefined) unlinked.push({ date, audit: a });
    }
  }
  unlinked.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  for (const p of programmes) {
    for (let i = lowerBound(unlinked, p.periodStart); i < unlinked.length && isOnOrBefore(unlinked[i]!.date, p.periodEnd); i++) {
      add(p.id, unlinked[i]!.audit);
    }
  }
  return byProgramme;
}

function lowerBound(sorted: readonly { date: string }[], date: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.date < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
