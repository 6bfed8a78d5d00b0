// corrective-action-effectiveness-unverified: a nonconformity closed without verifying that its corrective action worked.
import { isBefore, latest } from '../domain/index.ts';
import { defineCheck } from './define-check.ts';
import { reportLapses, type Lapse } from './shared/nonconformity.ts';
import { listForMessage } from '../domain/wording.ts';
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
      unverifiedAll: '{{count}} of the {{examined}} closed nonconformities were closed without verifying that their corrective actions were effective: {{ncs}}.',
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
    type M = 'unverifiedAll' | 'noReview' | 'closedIneffective' | 'reviewBeforeActions';
    // One nonconformity of 10.2: closures not verified, each listed; the share of closures affected grades it.
    const lapses: Lapse<M>[] = [];
    for (const nc of closed) {
      const subject = subjectOf('nonconformities', nc);
      const review = nc.effectivenessReview;
      // Closed on a reasoned decision that no action was needed: there is no corrective action whose effect to verify.
      if (!review && nc.correctiveActions.length === 0 && isNoActionReasoned(nc)) {
        pass([subject]);
        continue;
      }
      const data = { nc: named(nc), closedOn: nc.closedOn ? ` on ${nc.closedOn}` : '' };
      if (!review) {
        lapses.push({ messageId: 'noReview', subjects: [subject], data });
        continue;
      }
      if (!review.effective) {
        lapses.push({ messageId: 'closedIneffective', subjects: [subject], data: { ...data, reviewedOn: review.reviewedOn } });
        continue;
      }
      const lastCompleted = latest(...nc.correctiveActions.map((a) => a.completedOn));
      if (lastCompleted !== undefined && isBefore(review.reviewedOn, lastCompleted)) {
        lapses.push({ messageId: 'reviewBeforeActions', subjects: [subject], data: { ...data, reviewedOn: review.reviewedOn, completedOn: lastCompleted } });
        continue;
      }
      pass([subject]);
    }
    reportLapses(report, lapses, {
      summary: 'unverifiedAll',
      data: () => ({ examined: closed.length, ncs: listForMessage(lapses.map((l) => String(l.data['nc'])), 6), nc: 'each nonconformity listed' }),
      grade: { examined: closed.length },
    });
  },
});
