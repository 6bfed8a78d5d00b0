// Tests of methodology-missing: both methodologies present and usable, or reported one by one.
import { build, aimsOf } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './methodology-missing.ts';

const rm = build.riskMethodologies;
const im = build.impactMethodologies;

/** A record with a required field taken away, as a hand-edited or legacy bundle may hold. */
function without<T extends object>(record: T, ...fields: (keyof T)[]): T {
  const copy = { ...record };
  for (const f of fields) delete copy[f];
  return copy;
}

testCheck(check, {
  valid: [
    { name: 'one usable methodology of each kind', aims: aimsOf({ riskMethodologies: [rm()], impactMethodologies: [im()] }) },
    {
      name: 'a threshold one below the top of the scales still lets risks exceed it',
      aims: aimsOf({ riskMethodologies: [rm({ acceptanceThreshold: 24 })], impactMethodologies: [im()] }),
    },
    {
      name: 'several methodologies (a superseded and a current one), both usable',
      aims: aimsOf({
        riskMethodologies: [rm({ approvedOn: '2024-01-01' }), rm({ approvedOn: '2026-01-01' })],
        impactMethodologies: [im(), im({ dimensions: ['society', 'group', 'individual'] })],
      }),
    },
    {
      name: 'a two-level scale is enough',
      aims: aimsOf({
        riskMethodologies: [rm({ likelihoodScale: [{ value: 1, label: 'Low' }, { value: 2, label: 'High' }], acceptanceThreshold: 2 })],
        impactMethodologies: [im()],
      }),
    },
  ],
  invalid: [
    {
      name: 'no methodology at all: one report for each kind',
      aims: aimsOf(),
      reports: [
        { message: 'No AI risk assessment methodology', severity: 'major', subjects: [{ register: 'organisation', id: 'org-test' }] },
        { message: 'No AI system impact assessment methodology', severity: 'major', subjects: [{ register: 'organisation', id: 'org-test' }] },
      ],
    },
    {
      name: 'only the impact methodology is missing',
      aims: aimsOf({ riskMethodologies: [rm()] }),
      reports: [{ message: 'No AI system impact assessment methodology' }],
    },
    {
      name: 'a risk methodology whose threshold accepts every level its scales allow',
      aims: aimsOf({ riskMethodologies: [rm({ id: 'rm-lax', acceptanceThreshold: 25 })], impactMethodologies: [im()] }),
      reports: [{ message: 'rm-lax lacks a usable acceptance threshold (25 accepts every level', severity: 'minor', subjects: [{ register: 'riskMethodologies', id: 'rm-lax' }] }],
    },
    {
      name: 'a risk methodology with placeholder criteria and no triggers, named by its document',
      aims: aimsOf({
        documents: [build.documents({ id: 'doc-rm', title: 'AI risk methodology' })],
        riskMethodologies: [rm({ id: 'rm-1', documentId: 'doc-rm', criteria: 'TBD', triggers: [] })],
        impactMethodologies: [im()],
      }),
      reports: [{ message: '"AI risk methodology" (rm-1) lacks risk criteria and triggers for re-assessment after significant changes' }],
    },
    {
      name: 'odd data: a risk methodology without threshold and cadence fields',
      aims: aimsOf({ riskMethodologies: [without(rm({ id: 'rm-odd' }), 'acceptanceThreshold', 'reassessmentIntervalMonths')], impactMethodologies: [im()] }),
      reports: [{ message: 'rm-odd lacks an acceptance threshold and a re-assessment interval' }],
    },
    {
      name: 'an impact methodology that leaves out societies and has a one-level severity scale',
      aims: aimsOf({
        riskMethodologies: [rm()],
        impactMethodologies: [im({ id: 'im-narrow', dimensions: ['individual', 'group'], severityScale: [{ value: 1, label: 'Any' }] })],
      }),
      reports: [{ message: 'im-narrow lacks coverage of societies and a severity scale', subjects: [{ register: 'impactMethodologies', id: 'im-narrow' }] }],
    },
    {
      name: 'each incomplete methodology is reported on its own',
      aims: aimsOf({
        riskMethodologies: [rm({ id: 'rm-a', triggers: [' '] }), rm({ id: 'rm-b' })],
        impactMethodologies: [without(im({ id: 'im-a' }), 'criteria', 'dimensions')],
      }),
      reports: [
        { message: 'rm-a lacks triggers for re-assessment' },
        { message: 'im-a lacks coverage of individuals, groups of individuals and societies and criteria for judging impacts' },
      ],
    },
  ],
});
