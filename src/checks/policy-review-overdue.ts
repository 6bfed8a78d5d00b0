// policy-review-overdue (A.2.4): the AI policy past its next review date, or past its last review plus its interval.
import { isBefore, latest } from '../domain/index.ts';
import { policyReviewDue } from '../domain/predicates/review-due.ts';
import { defineCheck } from './define-check.ts';
import { named, subjectOf } from './shared/finding-subjects.ts';

export default defineCheck({
  id: 'policy-review-overdue',
  meta: {
    title: 'The AI policy is reviewed at its planned intervals',
    severity: 'minor',
    surfaces: ['stage-1', 'surveillance'],
    refs: ['A.2.4', '5.2'],
    description:
      'The auditor checks when the AI policy was last reviewed and when its next review is due, against the interval ' +
      'the organisation set itself. A policy past its review has not been confirmed as still suitable while the AI ' +
      'systems, the context and the law around it change; at surveillance this is a common sign of an AIMS maintained ' +
      'below the level it was certified at.',
    messages: {
      overdue: 'AI policy {{policy}} was due for review on {{due}} ({{basis}}); no later review is recorded.',
      undated: 'AI policy {{policy}} has no next review date and no date of approval or last review, so when its review falls due cannot be told.',
    },
    fix:
      'Review AI policy {{policy}} with top management (is it still suitable for the organisation’s AI systems, context ' +
      'and obligations?), record the review date and outcome, and set the next review date within {{months}} months.',
  },
  run({ aims, now, report, pass, notApplicable }) {
    if (aims.aiPolicies.length === 0) {
      notApplicable('No AI policy is recorded.');
      return;
    }
    for (const policy of aims.aiPolicies) {
      const subject = subjectOf('aiPolicies', policy);
      const months = typeof policy.reviewIntervalMonths === 'number' ? policy.reviewIntervalMonths : 12;
      const data = { policy: named(subject), months };
      const due = policyReviewDue(policy);
      if (due === undefined) {
        report({ messageId: 'undated', outcome: 'needs-review', data, subjects: [subject] });
        continue;
      }
      if (!isBefore(due.due, now)) continue;
      const lastReview = latest(policy.lastReviewedOn, policy.approvedOn);
      const basis = due.source === 'stated'
        ? 'its recorded next review date'
        : `${lastReview === policy.lastReviewedOn ? 'last reviewed' : 'approved'} on ${lastReview}, to be reviewed every ${months} months`;
      report({ messageId: 'overdue', data: { ...data, due: due.due, basis }, subjects: [subject], grade: { examined: aims.aiPolicies.length } });
    }
    pass(aims.aiPolicies.map((p) => subjectOf('aiPolicies', p)));
  },
});
