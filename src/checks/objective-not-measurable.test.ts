// Table tests for objective-not-measurable: objectives with measure, target, due date and owner, evaluated when due.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './objective-not-measurable.ts';

const complete = { measure: 'Share of credit decisions explained within 24 hours', target: 'at least 95%', dueDate: '2026-12-31', ownerId: 'person-1' };
const objective = (over: Parameters<typeof build.aiObjectives>[0] = {}) => build.aiObjectives({ id: 'obj-explain', title: 'Explain decisions', ...complete, ...over });
const m = (date: string, value: number) => ({ date, value });

testCheck(check, {
  valid: [
    { name: 'measurable, time-bound and owned, not yet due', aims: aimsOf({ aiObjectives: [objective()] }) },
    { name: 'a role may own an objective', aims: aimsOf({ aiObjectives: [objective({ ownerId: undefined, ownerRoleId: 'role-aims' })] }) },
    { name: 'due today is not overdue, even without measurements', aims: aimsOf({ aiObjectives: [objective({ dueDate: '2026-11-01' })] }) },
    {
      name: 'overdue with a latest measurement that meets the target',
      aims: aimsOf({ aiObjectives: [objective({ dueDate: '2026-09-30', measurements: [m('2026-06-30', 91), m('2026-09-30', 96.5)] })] }),
    },
    {
      name: 'a high floor in percent measured as fractions, and a target with other numbers in it',
      aims: aimsOf({ aiObjectives: [
        objective({ target: 'At least 98% each month', dueDate: '2026-09-30', measurements: [m('2026-08-31', 0.975), m('2026-09-30', 0.986)] }),
        objective({ id: 'obj-stage', target: '100% before Stage 1', dueDate: '2026-10-01', measurements: [m('2026-09-30', 1)] }),
      ] }),
    },
    {
      name: 'a ceiling target met, written in words',
      aims: aimsOf({ aiObjectives: [objective({ target: 'no more than 2 complaints a month', dueDate: '2026-09-30', measurements: [m('2026-10-01', 2)] })] }),
    },
  ],
  invalid: [
    {
      name: 'no AI objectives at all: major',
      aims: aimsOf(),
      reports: [{ severity: 'major', message: 'No AI objectives are recorded', subjects: [{ register: 'organisation', id: 'org-test' }] }],
    },
    {
      name: 'an objective that is a title only',
      aims: aimsOf({ aiObjectives: [build.aiObjectives({ id: 'obj-bare', title: 'Responsible AI' })] }),
      reports: [{
        severity: 'minor',
        message: 'AI objective "Responsible AI" (obj-bare) has no measure, target, due date or owner, so its achievement cannot be measured',
        subjects: [{ register: 'aiObjectives', id: 'obj-bare' }],
      }],
    },
    {
      name: 'a placeholder target counts as none',
      aims: aimsOf({ aiObjectives: [objective({ target: 'TBD' })] }),
      reports: [{ message: 'has no target, so' }],
    },
    {
      name: 'overdue by a day without any measurement',
      aims: aimsOf({ aiObjectives: [objective({ dueDate: '2026-10-31' })] }),
      reports: [{ severity: 'minor', message: 'was due on 2026-10-31 and has no measurement showing whether its target "at least 95%" was met.' }],
    },
    {
      name: 'measurements after today do not count',
      aims: aimsOf({ aiObjectives: [objective({ dueDate: '2026-10-31', measurements: [m('2026-11-02', 99)] })] }),
      reports: [{ message: 'has no measurement' }],
    },
    {
      name: 'overdue and the latest measurement misses the target: an observation',
      aims: aimsOf({ aiObjectives: [objective({ dueDate: '2026-09-30', measurements: [m('2026-09-30', 97), m('2026-10-15', 88)] })] }),
      reports: [{ severity: 'observation', message: 'its latest measurement (88 on 2026-10-15) does not meet the target "at least 95%"' }],
    },
    {
      name: 'a target that does not read as a number with a direction needs a reader',
      aims: aimsOf({ aiObjectives: [objective({ id: 'obj-a', target: '95%', dueDate: '2026-09-30', measurements: [m('2026-09-30', 96)] })] }),
      reports: [
        { outcome: 'needs-review', subjects: [{ register: 'aiObjectives', id: 'obj-a' }], message: 'compare its latest measurement (96 on 2026-09-30) with its target "95%"' },
      ],
    },
    {
      name: '2026-12-02: two such targets are one question listing both objectives',
      aims: aimsOf({ aiObjectives: [
        objective({ id: 'obj-a', target: '95%', dueDate: '2026-09-30', measurements: [m('2026-09-30', 96)] }),
        objective({ id: 'obj-b', target: 'at most 5% errors', dueDate: '2026-09-30', measurements: [m('2026-09-30', 0.9)] }),
      ] }),
      reports: [{ outcome: 'needs-review', instances: 2, message: '2 AI objectives are past their due date with targets that do not read as a number with a direction', subjects: [{ register: 'aiObjectives', id: 'obj-a' }, { register: 'aiObjectives', id: 'obj-b' }] }],
    },
  ],
});
