// management-review-not-held (9.3, 9.3.1): no management review held in the last 12 months, or the first one
// planned only after Stage 2.
import { addMonths, isBefore, isOnOrBefore, type ManagementReview } from '../domain/index.ts';
import { defineCheck } from './define-check.ts';
import { organisationSubject, subjectOf } from './shared/finding-subjects.ts';
import { plannedStage2 } from './shared/planned-audits.ts';

/** The Standard says "planned intervals"; certification bodies expect at least one review a year. */
const INTERVAL_MONTHS = 12;

export default defineCheck({
  id: 'management-review-not-held',
  meta: {
    title: 'Top management has reviewed the AIMS within the last 12 months, and before Stage 2',
    severity: 'major',
    surfaces: ['stage-1', 'stage-2', 'surveillance'],
    refs: ['9.3', '9.3.1'],
    description:
      'Management review minutes are among the documents auditors scrutinise most: the most concrete evidence that ' +
      'top management runs the AIMS. At Stage 1 they expect at least one review held or scheduled before Stage 2; ' +
      'at Stage 2, surveillance and recertification they expect a review within the last year.',
    messages: {
      neverHeld: 'No management review of the AIMS has been held{{overdueNote}}{{nextNote}}.',
      afterStage2: 'No management review has been held, and the first, "{{review}}" ({{id}}), is planned for {{plannedOn}}, not before Stage 2 on {{stage2}}.',
      stage2Undated:
        'No management review has been held yet; the first, "{{review}}" ({{id}}), is planned for {{plannedOn}}, but Stage 2 has no planned date to confirm it comes first.',
      lapsed:
        'The last management review, "{{review}}" ({{id}}), was held on {{heldOn}}, more than {{months}} months before {{now}}{{nextNote}}.',
    },
    fix:
      'Hold a management review with top management {{when}}: cover every required input (status of previous actions, ' +
      'changes in issues and in interested parties’ needs, performance including nonconformities and corrective ' +
      'actions, monitoring and audit results, opportunities for improvement), record the decisions on improvement and ' +
      'on changes to the AIMS, keep the minutes, and plan the next review within {{months}} months.',
  },
  run({ aims, now, report, pass }) {
    const held: ManagementReview[] = [];
    const planned: ManagementReview[] = []; // dated today or later
    const missed: ManagementReview[] = []; // still "planned" although their date has passed
    for (const r of aims.managementReviews) {
      const past = isOnOrBefore(r.heldOn, now);
      // A review marked held with a future date has not happened yet: treat it as planned.
      if (r.status === 'held' && past) held.push(r);
      else if (r.status === 'planned' && isBefore(r.heldOn, now)) missed.push(r);
      else planned.push(r);
    }
    const lastHeld = earliestOrLatest(held, 'latest');
    const next = earliestOrLatest(planned, 'earliest');
    const stage2 = plannedStage2(aims.externalAudits);
    const months = INTERVAL_MONTHS;
    const org = organisationSubject(aims);
    const subjectsWith = (...reviews: (ManagementReview | undefined)[]) => [
      org, ...reviews.filter((r): r is ManagementReview => r !== undefined).map((r) => subjectOf('managementReviews', r)),
    ];
    const nextNote = next === undefined
      ? '; none is planned'
      : stage2 && !isBefore(next.heldOn, stage2.date)
        ? `; the next, "${next.title}", is planned for ${next.heldOn}, not before Stage 2 on ${stage2.date}`
        : `; the next, "${next.title}", is planned for ${next.heldOn}`;
    const when = stage2 ? `before Stage 2 on ${stage2.date}` : 'now';
    const nextInTime = next !== undefined && (stage2 === undefined || isBefore(next.heldOn, stage2.date));

    if (lastHeld !== undefined) {
      if (!isBefore(lastHeld.heldOn, addMonths(now, -months))) {
        pass([subjectOf('managementReviews', lastHeld)]);
        return;
      }
      report({
        messageId: 'lapsed',
        // A slipped interval with the next review booked (in time for Stage 2) is partly met; otherwise it is not met.
        grade: { extent: nextInTime ? 'isolated' : 'broken-down', requirement: '9.3' },
        data: { review: lastHeld.title, id: lastHeld.id, heldOn: lastHeld.heldOn, months, now, nextNote, when },
        subjects: subjectsWith(lastHeld, next),
      });
      return;
    }

    if (next !== undefined) {
      const certified = aims.certificates.length > 0 || aims.externalAudits.some((a) => a.kind === 'stage-2' && a.status === 'done');
      const base = { review: next.title, id: next.id, plannedOn: next.heldOn, months };
      if (stage2 !== undefined) {
        if (isBefore(next.heldOn, stage2.date)) {
          pass([subjectOf('managementReviews', next)]);
          return;
        }
        report({
          messageId: 'afterStage2',
          grade: { extent: 'absent', requirement: '9.3' },
          data: { ...base, stage2: stage2.date, when },
          subjects: [...subjectsWith(next), subjectOf('externalAudits', stage2.audit)],
        });
        return;
      }
      if (!certified) {
        // Before certification a scheduled first review is what Stage 1 accepts, unless Stage 2's date is unknown.
        if (aims.externalAudits.some((a) => a.kind === 'stage-2' && a.status === 'planned')) {
          report({
            messageId: 'stage2Undated',
            outcome: 'needs-review',
            data: { ...base, when: `before Stage 2, by ${next.heldOn}` },
            subjects: subjectsWith(next),
          });
          return;
        }
        pass([subjectOf('managementReviews', next)]);
        return;
      }
    }
    const overdue = earliestOrLatest(missed, 'latest');
    report({
      messageId: 'neverHeld',
      grade: { extent: 'absent', requirement: '9.3' },
      data: {
        overdueNote: overdue ? ` (the one planned for ${overdue.heldOn}, "${overdue.title}", is not recorded as held)` : '',
        nextNote, months, when,
      },
      subjects: subjectsWith(overdue, next),
    });
  },
});

function earliestOrLatest(reviews: readonly ManagementReview[], which: 'earliest' | 'latest'): ManagementReview | undefined {
  let best: ManagementReview | undefined;
  for (const r of reviews) {
    if (best === undefined) best = r;
    else if (which === 'latest' ? isBefore(best.heldOn, r.heldOn) : isBefore(r.heldOn, best.heldOn)) best = r;
  }
  return best;
}
