// corrective-action-overdue (10.2): corrective actions open past their due date, and open nonconformities left
// without any corrective action a month after they were raised.
import { daysBetween, isBefore, type CorrectiveAction } from '../domain/index.ts';
import { defineCheck } from './define-check.ts';
import { reportLapses, type Lapse } from './shared/nonconformity.ts';
import { subjectOf } from './shared/finding-subjects.ts';
import { listForMessage, plural } from '../domain/wording.ts';
import { isNoActionReasoned } from '../domain/predicates/nonconformity-handling.ts';

/** How long an open nonconformity may wait for its corrective action to be planned. */
const PLAN_WITHIN_DAYS = 30;

export default defineCheck({
  id: 'corrective-action-overdue',
  meta: {
    title: 'Corrective actions are planned promptly and completed by their due dates',
    severity: 'minor',
    surfaces: ['stage-2', 'surveillance'],
    refs: ['10.2'],
    description:
      'Auditors sample the nonconformity register for a system that responds: each nonconformity gets corrective ' +
      'actions with owners and due dates soon after it is raised, and the actions are done on time or re-planned ' +
      'for a recorded reason. Actions long past due, or nonconformities sitting with no action, show a register ' +
      'that is kept but not worked.',
    messages: {
      overdueAll: '{{count}} of the {{examined}} nonconformities have corrective actions open past their due dates: {{ncs}}.',
      noActionAll: '{{count}} of the {{examined}} nonconformities have been open more than {{limit}} days with no corrective action planned: {{ncs}}.',
      overdueOne:
        'Nonconformity "{{nc}}" ({{id}}) has corrective action "{{action}}" open past its due date of {{dueDate}} ({{overdue}} overdue).',
      overdueMany:
        'Nonconformity "{{nc}}" ({{id}}) has {{count}} corrective actions open past their due dates, the oldest due on {{dueDate}} ({{overdue}} overdue): {{actions}}.',
      noAction:
        'Nonconformity "{{nc}}" ({{id}}) was raised on {{raisedOn}}, {{days}} days ago, and still has no corrective action planned and no reasoned decision that none is needed.',
    },
    fix:
      'For "{{nc}}": {{step}}. Give every corrective action an owner and a realistic due date, and review open actions ' +
      'at each management review so that slippage is escalated.',
  },
  run({ aims, now, report, pass, notApplicable }) {
    if (aims.nonconformities.length === 0) {
      notApplicable('No nonconformity is recorded.');
      return;
    }
    type M = 'overdueAll' | 'noActionAll' | 'overdueOne' | 'overdueMany' | 'noAction';
    const late: Lapse<M>[] = [];
    const unplanned: Lapse<M>[] = [];
    for (const nc of aims.nonconformities) {
      const subjects = [subjectOf('nonconformities', nc)];
      const base = { nc: nc.title, id: nc.id };
      const overdue = nc.correctiveActions.filter((a) => isOverdue(a, now));
      if (overdue.length > 0) {
        const oldest = overdue.reduce((a, b) => (isBefore(b.dueDate, a.dueDate) ? b : a));
        const dueDate = oldest.dueDate;
        const step = 'complete the overdue corrective actions, or re-plan them with a new due date and the reason for the delay';
        const data = { ...base, dueDate, overdue: plural(daysBetween(dueDate, now), 'day'), step };
        if (overdue.length === 1) {
          late.push({ messageId: 'overdueOne', data: { ...data, action: shorten(oldest.description) }, subjects });
        } else {
          late.push({
            messageId: 'overdueMany',
            data: { ...data, count: overdue.length, actions: listForMessage(overdue.map((a) => shorten(a.description)), 3, { quoted: true }) },
            subjects,
          });
        }
        continue;
      }
      const age = daysBetween(nc.raisedOn, now);
      // A reasoned decision that no action is needed is the evaluation 10.2 b) asks for, not a missing plan.
      if (nc.status === 'open' && nc.correctiveActions.length === 0 && !isNoActionReasoned(nc) && age > PLAN_WITHIN_DAYS) {
        unplanned.push({
          messageId: 'noAction',
          data: { ...base, raisedOn: nc.raisedOn, days: age, step: 'analyse the root cause and plan corrective actions that remove it, each with an owner and a due date, or record the evaluation that no action is needed and why' },
          subjects,
        });
        continue;
      }
      pass(subjects);
    }
    // One nonconformity of 10.2 per kind, each listed; the share of nonconformities affected grades it.
    const examined = aims.nonconformities.length;
    const ncs = (list: Lapse<M>[]) => listForMessage(list.map((l) => `"${String(l.data['nc'])}" (${String(l.data['id'])})`), 6);
    const fix = { nc: 'each nonconformity listed', step: 'complete or re-plan its overdue corrective actions, or plan corrective actions that remove its root cause' };
    reportLapses(report, late, { summary: 'overdueAll', data: () => ({ examined, ncs: ncs(late), ...fix }), grade: { examined } });
    reportLapses(report, unplanned, { summary: 'noActionAll', data: () => ({ examined, limit: PLAN_WITHIN_DAYS, ncs: ncs(unplanned), ...fix }), grade: { examined } });
  },
});

/** Open, not completed, and due before today; an action due today is not yet late. */
function isOverdue(action: CorrectiveAction, now: string): action is CorrectiveAction & { dueDate: string } {
  // A completion date means the work was done even if the status was not updated.
  return action.status === 'open' && action.completedOn === undefined && action.dueDate !== undefined && isBefore(action.dueDate, now);
}

/** Action descriptions can be paragraphs; a message needs enough to recognise the action. */
function shorten(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
