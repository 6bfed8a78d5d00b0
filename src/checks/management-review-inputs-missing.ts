// management-review-inputs-missing (9.3.2, 9.3.3): a management review held without the inputs the Standard requires
// or without outputs, i.e. a standing leadership meeting minuted as a management review.
import { addMonths, managementReviewInputs, type ManagementReview } from '../domain/index.ts';
import { defineCheck } from './define-check.ts';
import { named, subjectOf } from './shared/finding-subjects.ts';
import { isBlank } from '../domain/predicates/free-text.ts';
import { listForMessage } from '../domain/wording.ts';

type InputName = (typeof managementReviewInputs)[number];

const inputWords: Record<InputName, string> = {
  previousActionsStatus: 'the status of actions from previous reviews',
  contextChanges: 'changes in external and internal issues',
  interestedPartyChanges: 'changes in the needs and expectations of interested parties',
  nonconformityTrends: 'trends in nonconformities and corrective actions',
  monitoringResults: 'monitoring and measurement results',
  auditResults: 'audit results',
  improvementOpportunities: 'opportunities for continual improvement',
};

export default defineCheck({
  id: 'management-review-inputs-missing',
  meta: {
    title: 'Management reviews cover the required inputs and record their outputs',
    severity: 'minor',
    surfaces: ['stage-1', 'stage-2', 'surveillance'],
    refs: ['9.3.2', '9.3.3'],
    description:
      'Management review minutes are the most concrete evidence of leadership engagement. The auditor reads them ' +
      'against 9.3: were the status of previous actions, changes in issues and in interested parties’ needs, trends in ' +
      'nonconformities, monitoring and audit results, and improvement opportunities each considered, and did the ' +
      'review decide on improvements and on changes to the AIMS? Generic leadership-meeting minutes that address none ' +
      'of this are not a management review.',
    messages: {
      notAReview:
        'Management review {{review}} held on {{date}} records none of the required inputs and no outputs: it reads as a ' +
        'standing meeting, not a review of the AIMS.',
      inputsMissing: 'Management review {{review}} held on {{date}} does not record {{count}} of the required inputs: {{inputs}}.',
      outputsMissing:
        'Management review {{review}} held on {{date}} records no outputs: no decision on continual improvement and none on changes needed to the AIMS.',
    },
    fix:
      'Minute {{review}} against 9.3: what was presented on each required input, and the decisions on continual ' +
      'improvement and on changes needed to the AIMS; build the next review’s agenda on the same list so none is left out.',
  },
  run({ aims, now, report, notApplicable }) {
    const held = aims.managementReviews.filter((r) => r.status === 'held' && r.heldOn <= now);
    if (held.length === 0) {
      notApplicable('No management review has been held yet; management-review-not-held reports that.');
      return;
    }
    // The current cycle is what an auditor samples: the latest review and any other held in the past twelve months.
    // Older minutes are history that cannot be corrected, only improved on.
    const latest = held.reduce((a, b) => (b.heldOn > a.heldOn ? b : a));
    const since = addMonths(now, -12);
    for (const r of held) {
      if (r !== latest && r.heldOn < since) continue;
      judge(r);
    }

    function judge(r: ManagementReview): void {
      const base = { review: named({ label: r.title, id: r.id }), date: r.heldOn };
      const subjects = [subjectOf('managementReviews', r)];
      const inputs = (r.inputs ?? {}) as Partial<Record<InputName, string>>;
      const missing = managementReviewInputs.filter((name) => isBlank(inputs[name]));
      const decisions = [...(r.outputs?.improvementDecisions ?? []), ...(r.outputs?.aimsChanges ?? [])];
      const noOutputs = decisions.every((d) => isBlank(d));
      if (missing.length === managementReviewInputs.length && noOutputs) {
        report({ messageId: 'notAReview', data: base, subjects, grade: { extent: 'broken-down', requirement: '9.3' } });
        return;
      }
      if (missing.length > 0) {
        report({ messageId: 'inputsMissing', data: { ...base, count: missing.length, inputs: listForMessage(missing.map((m) => inputWords[m])) }, subjects, grade: { extent: 'isolated', requirement: '9.3' } });
      }
      if (noOutputs) report({ messageId: 'outputsMissing', data: base, subjects, grade: { extent: 'isolated', requirement: '9.3' } });
    }
  },
});
