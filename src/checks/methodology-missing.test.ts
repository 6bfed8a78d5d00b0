// Tests of methodology-missing: both methodologies present and usable, or reported one by one.
import { build, aimsOf } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './methodology-missing.ts';

// ISO/IEC 42001 6.1.2 d): the analysis weighs consequences for the organisation, individuals and societies.
const weighs = ['organisation', 'individuals', 'societies'] as const;
const rm = (over: Parameters<typeof build.riskMethodologies>[0] = {}) => build.riskMethodologies({ consequenceDimensions: [...weighs], ...over });
const im = build.impactMethodologies;

/** A record with a required field taken away, as a hand-edited or legacy bundle may hold. */
function without<T extends object>(record: T, ...fields: (keyof T)[]): T {
  const copy = { ...record };
  for (const f of fields) delete copy[f];
  return copy;
}

/** Every pair of the factory's scales rated; the top row needs treatment. */
const fullMatrix = (() => {
  const values = build.riskMethodologies().likelihoodScale.map((l) => l.value);
  return values.flatMap((likelihood) => values.map((consequence) => ({ likelihood, consequence, rating: likelihood * consequence > 6 ? 'High' : 'Low', needsTreatment: likelihood * consequence > 6 })));
})();

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
    {
      name: 'issue 9 (2026-12-02): qualitative criteria without a numeric threshold are a methodology',
      now: '2026-12-02',
      aims: aimsOf({
        riskMethodologies: [without(rm({ criteria: 'A risk that could deny an applicant credit unfairly, or harm a customer, is unacceptable and needs treatment.' }), 'acceptanceThreshold')],
        impactMethodologies: [im()],
      }),
    },
    {
      name: 'issue 9 (2026-12-02): a look-up matrix rating every pair of the scales is a methodology',
      now: '2026-12-02',
      aims: aimsOf({ riskMethodologies: [without(rm({ matrix: fullMatrix }), 'acceptanceThreshold')], impactMethodologies: [im()] }),
    },
    {
      name: 'issue 9 (2026-12-02): no dimensions recorded, but the consequence scale speaks of people',
      now: '2026-12-02',
      aims: aimsOf({
        riskMethodologies: [build.riskMethodologies({ consequenceScale: [{ value: 1, label: 'Minor', description: 'Little effect on customers' }, { value: 5, label: 'Severe', description: 'Lasting harm to individuals or society' }], acceptanceThreshold: 2 })],
        impactMethodologies: [im()],
      }),
    },
    {
      name: 'issue 9 (2026-12-02): groups of individuals stand for individuals',
      now: '2026-12-02',
      aims: aimsOf({ riskMethodologies: [rm({ consequenceDimensions: ['organisation', 'groups', 'societies'] })], impactMethodologies: [im()] }),
    },
  ],
  invalid: [
    {
      name: 'issue 9 (2026-12-02): a methodology weighing consequences for the organisation only (the ISO/IEC 27001 habit)',
      now: '2026-12-02',
      aims: aimsOf({ riskMethodologies: [rm({ id: 'rm-27k', consequenceDimensions: ['organisation'] })], impactMethodologies: [im()] }),
      reports: [{ message: 'rm-27k lacks consequences for individuals and societies in its analysis (it weighs organisation)', severity: 'minor' }],
    },
    {
      name: 'issue 9 (2026-12-02): no dimensions and no word of people anywhere: needs review, not a finding',
      now: '2026-12-02',
      aims: aimsOf({ riskMethodologies: [build.riskMethodologies({ id: 'rm-silent' })], impactMethodologies: [im()] }),
      reports: [{ outcome: 'needs-review', message: 'rm-silent does not say whose consequences it weighs', subjects: [{ register: 'riskMethodologies', id: 'rm-silent' }] }],
    },
    {
      name: 'issue 9 (2026-12-02): a matrix in which no rating needs treatment accepts every risk',
      now: '2026-12-02',
      aims: aimsOf({ riskMethodologies: [without(rm({ id: 'rm-flat', matrix: fullMatrix.map((c) => ({ ...c, needsTreatment: false })) }), 'acceptanceThreshold')], impactMethodologies: [im()] }),
      reports: [{ message: 'rm-flat lacks a usable risk matrix (no rating in it needs treatment)' }],
    },
    {
      name: 'issue 9 (2026-12-02): a matrix that leaves pairs of the scales unrated',
      now: '2026-12-02',
      aims: aimsOf({ riskMethodologies: [without(rm({ id: 'rm-gap', matrix: fullMatrix.slice(1) }), 'acceptanceThreshold')], impactMethodologies: [im()] }),
      reports: [{ message: 'rm-gap lacks a matrix rating for every likelihood and consequence pair (1 unrated)' }],
    },
    {
      name: 'issue 9 (2026-12-02): no threshold, no matrix and no criteria: nothing says which risks are acceptable',
      now: '2026-12-02',
      aims: aimsOf({ riskMethodologies: [without(rm({ id: 'rm-none', criteria: 'TBD' }), 'acceptanceThreshold')], impactMethodologies: [im()] }),
      reports: [{ message: 'rm-none lacks risk criteria and acceptance criteria (a threshold, a look-up matrix or qualitative criteria)' }],
    },
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
      reports: [{ message: 'rm-odd lacks a re-assessment interval' }],
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
