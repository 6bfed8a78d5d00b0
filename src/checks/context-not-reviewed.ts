// context-not-reviewed (4.1): the issues of the organisation's context not determined, not looked at again for over a
// year, or with no determination of whether climate change is a relevant issue. 4.1 asks for no documented
// information, so missing records only ever need review: the auditor will ask, and interviews can show it.
import { addMonths, isBefore, isOnOrBefore } from '../domain/index.ts';
import { defineCheck } from './define-check.ts';
import { organisationSubject, subjectOf } from './shared/finding-subjects.ts';

/** Certification bodies expect the context to be looked at again at least once a year (and at each management review). */
const REVIEW_MONTHS = 12;
const climateWords = /\bclimate\b/i;

export default defineCheck({
  id: 'context-not-reviewed',
  meta: {
    title: 'The context of the organisation is determined, kept under review, and says whether climate change is relevant',
    severity: 'observation',
    surfaces: ['stage-1', 'surveillance'],
    refs: ['4.1'],
    description:
      'The auditor asks which internal and external issues bear on the AIMS, including the organisation’s roles ' +
      'with respect to AI and — since the 2024 amendment — whether climate change is a relevant issue, and when they ' +
      'were last looked at. 4.1 requires no documented information, so the answer may come in interview; records ' +
      'that stop a year ago, or say nothing of climate change, are what the auditor will ask about.',
    messages: {
      noIssues: 'No internal or external issues are recorded; be ready to show in interview how the issues that bear on the AIMS were determined.',
      climateNotDetermined:
        'None of the {{count}} recorded context issues says whether climate change is a relevant issue; be ready to show that determination.',
      notReviewed: 'None of the {{count}} recorded context issues has a review date; be ready to show when the context was last reviewed.',
      reviewLapsed:
        'The context issues were last reviewed on {{last}}, more than {{months}} months before {{now}}{{since}}.',
    },
    fix:
      'Determine {{todo}}, review the context at least every {{months}} months and at each management review, and ' +
      'record the review date on the issues (reviewedOn).',
  },
  run({ aims, now, report, pass }) {
    const org = organisationSubject(aims);
    const months = REVIEW_MONTHS;
    const issues = aims.contextIssues;
    if (issues.length === 0) {
      report({ messageId: 'noIssues', outcome: 'needs-review', severity: 'minor', data: { months, todo: 'the internal and external issues, including whether climate change is relevant' }, subjects: [org] });
      return;
    }
    const count = issues.length;
    const climate = issues.some((i) => i.climateChange === true || climateWords.test(`${i.title} ${i.description ?? ''}`));
    if (!climate) {
      report({
        messageId: 'climateNotDetermined', outcome: 'needs-review', severity: 'minor',
        data: { count, months, todo: 'whether climate change is a relevant issue, and record it as a context issue (climateChange)' },
        subjects: [org],
      });
    }
    const reviewed = issues.map((i) => i.reviewedOn).filter((d): d is string => d !== undefined && isOnOrBefore(d, now));
    if (reviewed.length === 0) {
      report({ messageId: 'notReviewed', outcome: 'needs-review', severity: 'observation', data: { count, months, todo: 'when the context was last reviewed' }, subjects: [org] });
    } else {
      const last = reviewed.reduce((a, b) => (b > a ? b : a));
      if (isBefore(last, addMonths(now, -months))) {
        // Something changed since, which the review would have had to weigh: the records the auditor will set beside it.
        const changes = aims.plannedChanges.filter((c) => c.status === 'done' && c.completedOn !== undefined && c.completedOn > last && isOnOrBefore(c.completedOn, now));
        report({
          messageId: 'reviewLapsed',
          // Nothing shows 4.1 unmet (it asks for no record): a potential issue the auditor will ask about.
          grade: { extent: 'potential' },
          data: {
            last, months, now,
            since: changes.length > 0 ? `, although ${changes.length === 1 ? 'a change was' : `${changes.length} changes were`} completed since (${changes.slice(0, 3).map((c) => `"${c.title}"`).join(', ')})` : '',
            todo: 'whether the issues still hold',
          },
          subjects: [org, ...changes.slice(0, 3).map((c) => subjectOf('plannedChanges', c))],
        });
        return;
      }
    }
    pass(issues.map((i) => subjectOf('contextIssues', i)));
  },
});
