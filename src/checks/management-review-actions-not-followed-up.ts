// management-review-actions-not-followed-up (9.3.3, 10.1): actions decided at management reviews left open past their
// due date, or decided without an owner or a due date, so nobody follows them up.
import { isBefore, isOnOrBefore } from '../domain/index.ts';
import { defineCheck } from './define-check.ts';
import { personName, subjectOf } from './shared/finding-subjects.ts';
import { isBlank } from '../domain/predicates/free-text.ts';
import { listForMessage } from '../domain/wording.ts';
import type { Instance } from './types.ts';

export default defineCheck({
  id: 'management-review-actions-not-followed-up',
  meta: {
    title: 'Actions decided at management reviews are owned, dated and followed up',
    severity: 'minor',
    surfaces: ['stage-2', 'surveillance', 'recertification'],
    refs: ['9.3.3', '10.1'],
    description:
      'The auditor takes the actions from the last management review minutes and asks what became of them. Actions ' +
      'past their due date and still open, or actions decided with no owner and no date, show decisions that were ' +
      'taken and then left: the review does not drive improvement.',
    messages: {
      overdue:
        '{{count}} of the {{examined}} actions decided at management reviews {{are}} open past {{their}} due date: {{actions}}.',
      untracked:
        '{{count}} of the {{examined}} actions decided at management reviews {{have}} no {{what}}, so nobody can follow {{them}} up: {{actions}}.',
    },
    fix:
      'For {{todo}}: name an owner and a due date, record progress, close what is done, and take any action that slipped ' +
      'to the next management review (status of previous actions) with a new date and the reason.',
  },
  run({ aims, index, now, report, pass, notApplicable }) {
    const held = aims.managementReviews.filter((r) => r.status === 'held' && isOnOrBefore(r.heldOn, now));
    const actions = held.flatMap((review) => (review.actions ?? []).filter((a) => !isBlank(a.description)).map((action) => ({ review, action })));
    if (actions.length === 0) {
      notApplicable(held.length === 0 ? 'No management review has been held yet.' : 'No management review held so far decided any action.');
      return;
    }
    const examined = actions.length;
    const label = (e: (typeof actions)[number]) => `"${e.action.description}" (${e.review.id}${e.action.dueDate ? `, due ${e.action.dueDate}` : ''}${e.action.ownerId ? `, ${personName(index, e.action.ownerId)}` : ''})`;
    const instancesOf = (list: typeof actions): Instance[] => list.map((e) => ({ subjects: [subjectOf('managementReviews', e.review)], text: `Action ${label(e)}.` }));

    const overdue = actions.filter((e) => e.action.status === 'open' && e.action.dueDate !== undefined && isBefore(e.action.dueDate, now));
    if (overdue.length > 0) {
      report({
        messageId: 'overdue',
        grade: { examined, requirement: '9.3' },
        instances: instancesOf(overdue),
        data: {
          count: overdue.length, examined, are: overdue.length === 1 ? 'is' : 'are', their: overdue.length === 1 ? 'its' : 'their',
          actions: listForMessage(overdue.map(label), 5), todo: listForMessage(overdue.map((e) => `"${e.action.description}"`), 3),
        },
        subjects: [],
      });
    }
    const untracked = actions.filter((e) => e.action.status === 'open' && (e.action.ownerId === undefined || e.action.dueDate === undefined));
    if (untracked.length > 0) {
      const noOwner = untracked.some((e) => e.action.ownerId === undefined);
      const noDate = untracked.some((e) => e.action.dueDate === undefined);
      report({
        messageId: 'untracked',
        grade: { examined, requirement: '9.3' },
        instances: instancesOf(untracked),
        data: {
          count: untracked.length, examined, have: untracked.length === 1 ? 'has' : 'have', them: untracked.length === 1 ? 'it' : 'them',
          what: noOwner && noDate ? 'owner or due date' : noOwner ? 'owner' : 'due date',
          actions: listForMessage(untracked.map(label), 5), todo: listForMessage(untracked.map((e) => `"${e.action.description}"`), 3),
        },
        subjects: [],
      });
    }
    pass([...new Map(actions.map((e) => [e.review.id, subjectOf('managementReviews', e.review)])).values()]);
  },
});
