// corrective-action-effectiveness-unverified: a nonconformity closed without verifying that its corrective action worked.
import { isBefore, latest } from '../domain/index.ts';
import { defineCheck } from './define-check.ts';
import { named, subjectOf } from './shared/finding-subjects.ts';
import { isNoActionReasoned } from '../domain/predicates/nonconformity-handling.ts';

export default defineCheck({
  id: 'corrective-action-effectiveness-unverified',
  meta: {
    title: 'Nonconformities are closed only after their corrective actions are shown to be effective',
    severity: 'minor',
    surfaces: ['surveillance', 'stage-2'],
    refs: ['10.2'],
    description:
      'Surveillance auditors follow closed nonconformities to the review that showed the corrective action worked. '
      + 'Closing on the action being done, or despite a review that found it did not work, leaves the cause in place.',
    messages: {
      noReview: 'Nonconformity {{nc}} was closed{{closedOn}} without a review of whether its corrective actions were effective.',
      closedIneffective: 'Nonconformity {{nc}} was closed although its effectiveness review on {{reviewedOn}} found the corrective actions not effective.',
      reviewBeforeActions: 'Nonconformity {{nc}} was closed on an effectiveness review of {{reviewedOn}}, before its last corrective action was completed on {{completedOn}}; the review could not verify that action.',
    },
    fix:
      'For {{nc}}: review whether the corrective actions stopped the nonconformity recurring (e.g. re-sample the records '
      + 'or re-run the test some weeks after the action), record the review with its date, reviewer and result, and '
      + 'keep the nonconformity open with a further action if the review finds the action not effective.',
  },
  run({ aims, report, pass, notApplicable }) {
    const closed = aims.nonconformities.filter((nc) => nc.status === 'closed');
    if (closed.length === 0) {
      notApplicable('No nonconformity is closed, so there is no closure to verify.');
      return;
    }
    for (const nc of closed) {
      const subject = subjectOf('nonconformities', nc);
      // A major nonconformity closed unverified leaves a material failure possibly still in place.
      const severity = nc.classification === 'major' ? { severity: 'major' as const } : {};
      const review = nc.effectivenessReview;
      // Closed on a reasoned decision that no action was needed: there is no corrective action whose effect to verify.
      if (!review && nc.correctiveActions.length === 0 && isNoActionReasoned(nc)) {
        pass([subject]);
        continue;
      }
      const data = { nc: named(nc), closedOn: nc.closedOn ? ` on ${nc.closedOn}` : '' };
      if (!review) {
        report({ messageId: 'noReview', subjects: [subject], data, ...severity });
        continue;
      }
      if (!review.effective) {
        report({ messageId: 'closedIneffective', subjects: [subject], data: { ...data, reviewedOn: review.reviewedOn }, ...severity });
        continue;
      }
      const lastCompleted = latest(...nc.correctiveActions.map((a) => a.completedOn));
      if (lastCompleted !== undefined && isBefore(review.reviewedOn, lastCompleted)) {
        report({
          messageId: 'reviewBeforeActions', subjects: [subject], ...severity,
          data: { ...data, reviewedOn: review.reviewedOn, completedOn: lastCompleted },
        });
        continue;
      }
      pass([subject]);
    }
  },
});
