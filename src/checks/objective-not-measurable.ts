// objective-not-measurable: an AI objective without measure, target, due date or owner, or overdue without evidence it was met.
import { isAfter } from '../domain/index.ts';
import { meetsTarget } from '../domain/predicates/objective-targets.ts';
import { named, organisationSubject, subjectOf } from './shared/finding-subjects.ts';
import { isBlank } from '../domain/predicates/free-text.ts';
import { defineCheck } from './define-check.ts';
import { listForMessage } from '../domain/wording.ts';
import { collectLapses, reportForReview, type Lapse } from './shared/nonconformity.ts';

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

export default defineCheck({
  id: 'objective-not-measurable',
  meta: {
    title: 'AI objectives are measurable, time-bound, owned and evaluated',
    severity: 'minor',
    surfaces: ['stage-1', 'stage-2'],
    refs: ['6.2'],
    description:
      'Auditors expect AI objectives that are measurable, time-bound and owned: what is measured, the value that counts '
      + 'as achieved, by when, and who is responsible. Past the due date they ask for the measurement that shows the '
      + 'target was met, or the decision taken when it was not.',
    messages: {
      incompleteAll: '{{count}} of the {{examined}} AI objectives cannot be measured as recorded: {{objectives}}.',
      overdueAll: '{{count}} of the {{examined}} AI objectives are past their due date with no measurement of their target: {{objectives}}.',
      noObjectives: 'No AI objectives are recorded, so the AI policy frames nothing measurable and progress cannot be shown.',
      incomplete: 'AI objective {{objective}} has no {{missing}}, so its achievement cannot be measured and evaluated.',
      overdueNoMeasurement: 'AI objective {{objective}} was due on {{due}} and has no measurement showing whether its target "{{target}}" was met.',
      overdueNotMet: 'AI objective {{objective}} was due on {{due}}; its latest measurement ({{value}} on {{date}}) does not meet the target "{{target}}"; record the decision on the missed target and a new plan.',
      overdueUndecidable: 'AI objective {{objective}} was due on {{due}}; compare its latest measurement ({{value}} on {{date}}) with its target "{{target}}", which does not read as a number with a direction.',
      overdueUndecidableAll: '{{count}} AI objectives are past their due date with targets that do not read as a number with a direction ({{objectives}}); compare each latest measurement with its target.',
    },
    fix:
      'For {{what}}: state what is measured, a target value with a direction (e.g. "{{example}}"), a due date and a '
      + 'named owner; record measurements; and when the due date passes, record whether the target was met and, if not, '
      + 'a new plan and date.',
  },
  run({ aims, now, report: emit, pass }) {
    type M = 'incompleteAll' | 'overdueAll' | 'noObjectives' | 'incomplete' | 'overdueNoMeasurement' | 'overdueNotMet' | 'overdueUndecidable' | 'overdueUndecidableAll';
    // One nonconformity of 6.2 per kind, each objective listed; the share of objectives affected grades it.
    const examined = aims.aiObjectives.length;
    const fixData = { what: 'each objective listed', example: 'at least 95% of credit decisions explained within 24 hours' };
    const listed = (lapses: readonly { data: Record<string, unknown> }[]) => ({ examined, objectives: listForMessage(lapses.map((l) => String(l.data['objective'])), 6) });
    const collected = collectLapses<M>(emit, {
      incomplete: { summary: 'incompleteAll', data: (l) => ({ ...listed(l), ...fixData }), grade: () => ({ examined }) },
      overdueNoMeasurement: { summary: 'overdueAll', data: (l) => ({ ...listed(l), ...fixData }), grade: () => ({ examined }) },
    });
    const report = collected.report;
    const example = 'at least 95% of credit decisions explained within 24 hours';
    if (aims.aiObjectives.length === 0) {
      report({ messageId: 'noObjectives', grade: { extent: 'absent' }, subjects: [organisationSubject(aims)], data: { what: 'each area the AI policy commits to', example } });
      return;
    }
    // For a reader to settle: one question listing the objectives whose targets only a person can compare.
    const undecidable: Lapse<M>[] = [];
    for (const objective of aims.aiObjectives) {
      const subject = subjectOf('aiObjectives', objective);
      const data = { objective: named(objective), what: `objective ${objective.id}`, example };
      const missing = [
        isBlank(objective.measure) && 'measure',
        isBlank(objective.target) && 'target',
        !objective.dueDate && 'due date',
        !objective.ownerId && !objective.ownerRoleId && 'owner',
      ].filter((m): m is string => typeof m === 'string');
      if (missing.length > 0) {
        report({ messageId: 'incomplete', subjects: [subject], data: { ...data, missing: joinAnd(missing) } });
        continue;
      }
      const due = objective.dueDate!;
      const target = objective.target!.trim();
      if (!isAfter(now, due)) {
        pass([subject]);
        continue;
      }
      const latest = objective.measurements
        .filter((m) => !isAfter(m.date, now))
        .reduce<(typeof objective.measurements)[number] | undefined>((a, m) => (a === undefined || m.date >= a.date ? m : a), undefined);
      const overdue = { ...data, due, target };
      if (!latest) {
        report({ messageId: 'overdueNoMeasurement', subjects: [subject], data: overdue });
        continue;
      }
      const measured = { ...overdue, value: latest.value, date: latest.date };
      const verdict = meetsTarget(target, latest.value, objective.measurements.map((x) => x.value));
      if (verdict === 'met') pass([subject]);
      // Measured but missed: the measuring works and what is missing is the decision on the miss, a potential issue.
      else if (verdict === 'not-met') report({ messageId: 'overdueNotMet', subjects: [subject], grade: { extent: 'potential' }, data: measured });
      else undecidable.push({ messageId: 'overdueUndecidable', subjects: [subject], data: measured });
    }
    reportForReview(report, undecidable, { summary: 'overdueUndecidableAll', data: () => ({ objectives: listForMessage(undecidable.map((l) => String(l.data['objective'])), 6), what: 'each objective listed', example }) });
    collected.flush();
  },
});
