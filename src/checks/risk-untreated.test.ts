// Tests of risk-untreated: risks above the threshold need a full treatment; treatments need controls the SoA applies.
import { build, aimsOf } from '../../test/factories.ts';
import type { Risk } from '../domain/index.ts';
import { testCheck } from './check-tester.ts';
import check from './risk-untreated.ts';

// Threshold 6 on 5 × 5 scales: a level of 6 is acceptable, 8 is not.
const methodology = build.riskMethodologies({ id: 'rm-1', acceptanceThreshold: 6, approvedOn: '2026-01-10' });
const owner = build.persons({ id: 'p-owner', name: 'Dana Owner' });
const other = build.persons({ id: 'p-other', name: 'Ola Other' });
const soa = (controlId: string, applicable = true, id?: string) => build.soaEntries({ controlId, applicable, ...(id ? { id } : {}) });

type Treatment = NonNullable<Risk['treatment']>;
const fullTreatment = (over: Partial<Treatment> = {}): Treatment => ({
  option: 'modify', controlIds: ['A.6.2.4'], actions: [], residualLikelihood: 1, residualConsequence: 4,
  residualAcceptedById: 'p-owner', residualAcceptedOn: '2026-02-01', ...over,
});
const risk = (over: Partial<Risk> = {}) =>
  build.risks({ title: 'Biased scoring', ownerId: 'p-owner', likelihood: 4, consequence: 4, status: 'treated', treatment: fullTreatment(), ...over });

// A look-up matrix instead of a threshold: consequence 4 is "High" whatever the likelihood, except at likelihood 1.
const cells = [2, 4].flatMap((likelihood) => [2, 4].map((consequence) => ({ likelihood, consequence, rating: consequence === 4 ? 'High' : 'Low', needsTreatment: consequence === 4 })));
const matrixMethodology = (() => {
  const m = build.riskMethodologies({ id: 'rm-m', approvedOn: '2026-01-10', matrix: [...cells, { likelihood: 1, consequence: 4, rating: 'Medium', needsTreatment: false }] });
  delete m.acceptanceThreshold;
  return m;
})();
const qualitative = (() => {
  const m = build.riskMethodologies({ id: 'rm-q', approvedOn: '2026-01-10', criteria: 'A risk is unacceptable where it could deny a person a service they are entitled to.' });
  delete m.acceptanceThreshold;
  return m;
})();

const base = { riskMethodologies: [methodology], persons: [owner, other], soaEntries: [soa('A.6.2.4'), soa('A.7.4')] };

testCheck(check, {
  valid: [
    { name: 'no risks at all', aims: aimsOf({ riskMethodologies: [methodology] }), outcome: 'not-applicable' },
    { name: 'only closed risks', aims: aimsOf({ ...base, risks: [risk({ status: 'closed', treatment: undefined })] }), outcome: 'not-applicable' },
    { name: 'a risk above the threshold fully treated, residual accepted by its owner', aims: aimsOf({ ...base, risks: [risk()] }) },
    {
      name: '2026-12-02: residual above the criteria accepted by designated management with the rationale recorded',
      aims: aimsOf({ ...base, risks: [risk({ treatment: fullTreatment({ residualLikelihood: 3, residualConsequence: 3, residualAcceptanceRationale: 'No further control until the vendor ships v5; every decline reviewed by a person meanwhile.' }) })] }),
    },
    {
      name: 'a risk exactly on the threshold needs no treatment',
      aims: aimsOf({ ...base, risks: [risk({ likelihood: 2, consequence: 3, treatment: undefined, status: 'accepted' })] }),
    },
    {
      name: 'avoid and retain need no controls',
      aims: aimsOf({
        ...base,
        risks: [risk({ treatment: fullTreatment({ option: 'avoid', controlIds: [] }) }), risk({ treatment: fullTreatment({ option: 'retain', controlIds: [], residualLikelihood: 2, residualConsequence: 3 }) })],
      }),
    },
    {
      name: 'issue 9 (2026-12-02): a member of top management accepts for a risk owned by someone else (ISO/IEC 42001 6.1.3 asks designated management, not the owner)',
      now: '2026-12-02',
      aims: aimsOf({ ...base, persons: [owner, build.persons({ id: 'p-ceo', name: 'Chief Executive', topManagement: true })], risks: [risk({ treatment: fullTreatment({ residualAcceptedById: 'p-ceo' }) })] }),
    },
    {
      name: 'issue 9 (2026-12-02): a holder of a role the methodology designates accepts for a risk owned by someone else',
      now: '2026-12-02',
      aims: aimsOf({
        ...base,
        roles: [build.roles({ id: 'role-rb', name: 'Risk board', kind: 'committee', holderIds: ['p-other'] })],
        riskMethodologies: [{ ...methodology, residualAcceptance: { roleIds: ['role-rb'] } }],
        risks: [risk({ treatment: fullTreatment({ residualAcceptedById: 'p-other' }) })],
      }),
    },
    {
      name: 'issue 9 (2026-12-02): under a look-up matrix, a pair rated acceptable needs no treatment',
      now: '2026-12-02',
      aims: aimsOf({ ...base, riskMethodologies: [matrixMethodology], risks: [risk({ likelihood: 4, consequence: 2, treatment: undefined, status: 'accepted' })] }),
    },
    {
      name: 'issue 9 (2026-12-02): a fully treated risk rated high in the matrix, residual rated acceptable',
      now: '2026-12-02',
      aims: aimsOf({ ...base, riskMethodologies: [matrixMethodology], risks: [risk({ likelihood: 2, consequence: 4, treatment: fullTreatment({ residualLikelihood: 1, residualConsequence: 4 }) })] }),
    },
    {
      name: 'residual accepted by the chair of the owning committee',
      aims: aimsOf({
        ...base,
        roles: [build.roles({ id: 'role-rc', kind: 'committee', holderIds: ['p-other'], accountableChairId: 'p-owner' })],
        risks: [risk({ ownerId: undefined, ownerRoleId: 'role-rc' })],
      }),
    },
    {
      name: 'the threshold of the latest approved methodology applies, not that of the draft',
      aims: aimsOf({ ...base, riskMethodologies: [methodology, build.riskMethodologies({ acceptanceThreshold: 2 })], risks: [risk({ likelihood: 2, consequence: 3, treatment: undefined })] }),
    },
    {
      name: 'an excluded control is fine when another SoA entry applies it',
      aims: aimsOf({ ...base, soaEntries: [soa('A.6.2.4', false), soa('A.6.2.4', true)], risks: [risk()] }),
    },
    { name: 'without any SoA entry the SoA comparison is left to soa-incomplete', aims: aimsOf({ ...base, soaEntries: [], risks: [risk()] }) },
    {
      name: 'an organisation control applied in the SoA',
      aims: aimsOf({ ...base, customControls: [build.customControls({ id: 'ORG-7' })], soaEntries: [soa('ORG-7')], risks: [risk({ treatment: fullTreatment({ controlIds: ['ORG-7'] }) })] }),
    },
  ],
  invalid: [
    {
      name: 'the only risk above the threshold has no treatment: the process is not operating (major)',
      aims: aimsOf({ ...base, risks: [risk({ id: 'risk-bias', treatment: undefined, status: 'identified' })] }),
      reports: [{ message: 'Risk "Biased scoring" (risk-bias) has level 16, above the acceptance threshold of 6, but no treatment is recorded.', severity: 'major', subjects: [{ register: 'risks', id: 'risk-bias' }] }],
    },
    {
      name: 'one untreated risk among treated ones is an isolated lapse (minor); level 7 is just above',
      aims: aimsOf({ ...base, risks: [risk(), risk({ id: 'risk-7', likelihood: 7, consequence: 1, treatment: undefined })] }),
      reports: [{ message: 'level 7, above the acceptance threshold of 6', severity: 'minor', subjects: [{ register: 'risks', id: 'risk-7' }] }],
    },
    {
      name: 'a treatment without controls, residual level or acceptance',
      aims: aimsOf({ ...base, risks: [risk({ id: 'risk-x', treatment: { option: 'modify', controlIds: [], actions: [] } })] }),
      reports: [{ message: '(modify) has no selected controls, no residual level and no approval of the plan and acceptance of the residual risk by designated management', severity: 'minor' }],
    },
    {
      name: 'only one residual factor recorded counts as no residual level',
      aims: aimsOf({ ...base, risks: [risk({ treatment: fullTreatment({ residualConsequence: undefined }) })] }),
      reports: [{ message: 'has no residual level.' }],
    },
    {
      name: 'issue 9 (2026-12-02): accepted outside the roles the methodology designates is a finding',
      now: '2026-12-02',
      aims: aimsOf({
        ...base,
        roles: [build.roles({ id: 'role-rb', name: 'Risk board', kind: 'committee', holderIds: ['p-owner'] })],
        riskMethodologies: [{ ...methodology, residualAcceptance: { roleIds: ['role-rb'] } }],
        risks: [risk({ treatment: fullTreatment({ residualAcceptedById: 'p-other' }) })],
      }),
      reports: [{ message: 'accepted by "Ola Other" (p-other), who is not among the management the methodology designates to accept it, nor top management', severity: 'minor' }],
    },
    {
      name: 'issue 9 (2026-12-02): no designation recorded and accepted by someone neither owner nor top management: needs review, not a finding',
      now: '2026-12-02',
      aims: aimsOf({ ...base, risks: [risk({ treatment: fullTreatment({ residualAcceptedById: 'p-other' }) })] }),
      reports: [{ outcome: 'needs-review', message: 'accepted by "Ola Other" (p-other), who is neither its owner nor top management', severity: 'observation' }],
    },
    {
      name: '2026-12-02: three risks accepted by people not shown to be designated: one question listing the three, not three',
      now: '2026-12-02',
      aims: aimsOf({ ...base, risks: ['risk-a', 'risk-b', 'risk-c'].map((id) => risk({ id, title: id, treatment: fullTreatment({ residualAcceptedById: 'p-other' }) })) }),
      reports: [{ outcome: 'needs-review', message: 'For 3 risks the residual risk was accepted by someone who is neither the risk’s owner nor top management, and neither the risk nor the methodology designates who accepts ("Ola Other" (p-other))', severity: 'observation', instances: 3 }],
    },
    {
      name: '2026-12-02: residual above the criteria accepted by its owner: needs review; with the rationale recorded, nothing to confirm',
      now: '2026-12-02',
      aims: aimsOf({ ...base, risks: [risk({ id: 'risk-a', title: 'Above', treatment: fullTreatment({ residualLikelihood: 3, residualConsequence: 3 }) })] }),
      reports: [{ outcome: 'needs-review', message: 'keeps a residual risk that still needs treatment under the criteria', severity: 'observation' }],
    },
    {
      name: 'issue 9 (2026-12-02): a risk with no owner accepted by someone not shown to be designated: needs review',
      now: '2026-12-02',
      aims: aimsOf({ ...base, risks: [risk({ ownerId: undefined })] }),
      reports: [{ outcome: 'needs-review', message: 'neither the risk nor the methodology designates who accepts' }],
    },
    {
      name: 'treated with a control the SoA excludes and one it does not list, even below the threshold',
      aims: aimsOf({
        ...base, soaEntries: [soa('A.6.2.4', false, 'soa-excl'), soa('A.7.4')],
        risks: [risk({ id: 'risk-s', likelihood: 1, consequence: 1, treatment: fullTreatment({ controlIds: ['A.6.2.4', 'A.7.4', 'A.9.2'] }) })],
      }),
      reports: [{
        message: 'treated with A.6.2.4 (excluded by SoA entry soa-excl) and A.9.2 (not in the SoA), which the Statement of Applicability does not apply',
        severity: 'minor', subjects: [{ register: 'risks', id: 'risk-s' }, { register: 'soaEntries', id: 'soa-excl' }],
      }],
    },
    {
      name: 'a risk can have a treatment gap and a SoA gap: two reports',
      aims: aimsOf({ ...base, risks: [risk({ treatment: fullTreatment({ residualAcceptedById: undefined, controlIds: ['A.9.3'] }) })] }),
      reports: [{ message: 'no approval of the plan and acceptance of the residual risk' }, { message: 'A.9.3 (not in the SoA)' }],
    },
    {
      name: 'residual still above the threshold but accepted: needs review',
      aims: aimsOf({ ...base, risks: [risk({ treatment: fullTreatment({ residualLikelihood: 3, residualConsequence: 3 }) })] }),
      reports: [{ outcome: 'needs-review', message: 'still needs treatment under the criteria (level 9, above the acceptance threshold of 6)', severity: 'observation' }],
    },
    {
      name: 'issue 9 (2026-12-02): under a look-up matrix, a pair rated as needing treatment needs a treatment',
      now: '2026-12-02',
      aims: aimsOf({ ...base, riskMethodologies: [matrixMethodology], risks: [risk({ id: 'risk-m', likelihood: 2, consequence: 4, treatment: undefined })] }),
      reports: [{ message: 'Risk "Biased scoring" (risk-m) is rated "High" (likelihood 2, consequence 4) in the risk matrix, a rating that needs treatment, but no treatment is recorded.', severity: 'major' }],
    },
    {
      name: 'issue 9 (2026-12-02): a pair the matrix does not rate is undecided',
      now: '2026-12-02',
      aims: aimsOf({ ...base, riskMethodologies: [matrixMethodology], risks: [risk({ likelihood: 5, consequence: 5, treatment: undefined })] }),
      reports: [{ outcome: 'needs-review', message: 'is rated unrated (likelihood 5, consequence 5)' }],
    },
    {
      name: 'issue 9 (2026-12-02): qualitative criteria only: one review for a reader, no finding on any risk',
      now: '2026-12-02',
      aims: aimsOf({ ...base, riskMethodologies: [qualitative], risks: [risk({ treatment: undefined }), risk()] }),
      reports: [{ outcome: 'needs-review', message: 'The risk methodology in force (rm-q) states qualitative criteria without a threshold or matrix', subjects: [{ register: 'organisation', id: 'org-test' }] }],
    },
    {
      name: 'issue 9 (2026-12-02): under qualitative criteria, a treatment the organisation chose must still be complete',
      now: '2026-12-02',
      aims: aimsOf({ ...base, riskMethodologies: [qualitative], risks: [risk({ id: 'risk-q', treatment: fullTreatment({ residualAcceptedById: undefined }) })] }),
      reports: [
        { outcome: 'needs-review', message: 'qualitative criteria' },
        { message: 'Risk "Biased scoring" (risk-q) has likelihood 4 and consequence 4; its treatment (modify) has no approval of the plan', severity: 'minor' },
      ],
    },
    {
      name: 'two unapproved methodologies with different thresholds leave a level between them undecided',
      aims: aimsOf({
        ...base,
        riskMethodologies: [build.riskMethodologies({ id: 'rm-a', acceptanceThreshold: 4 }), build.riskMethodologies({ id: 'rm-b', acceptanceThreshold: 9 })],
        risks: [risk({ likelihood: 2, consequence: 3, treatment: undefined }), risk({ likelihood: 5, consequence: 2, treatment: undefined })],
      }),
      reports: [
        { outcome: 'needs-review', message: 'level 6, between the acceptance thresholds (4 to 9) of methodologies rm-a and rm-b' },
        { outcome: 'finding', message: 'level 10, above the acceptance threshold of 9', severity: 'major' },
      ],
    },
    {
      name: 'odd data: a risk without a likelihood cannot be judged',
      aims: aimsOf({ ...base, risks: [(() => { const r = risk({ id: 'risk-odd' }); delete (r as Partial<Risk>).likelihood; return r; })()] }),
      reports: [{ outcome: 'needs-review', message: 'Risk "Biased scoring" (risk-odd) has no likelihood or consequence recorded' }],
    },
    {
      name: 'no methodology: which risks need treatment cannot be decided',
      aims: aimsOf({ risks: [risk({ treatment: undefined }), risk()] }),
      reports: [{ outcome: 'needs-review', message: 'which of the 2 open risks need treatment', subjects: [{ register: 'organisation', id: 'org-test' }] }],
    },
  ],
});
