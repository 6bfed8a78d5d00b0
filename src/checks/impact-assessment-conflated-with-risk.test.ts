// impact-assessment-conflated-with-risk: impacts must fall on individuals, groups or societies; business-risk wording
// under those dimensions is for a person to review.
import { aimsOf, build } from '../../test/factories.ts';
import type { ImpactAssessment } from '../domain/index.ts';
import { testCheck } from './check-tester.ts';
import check from './impact-assessment-conflated-with-risk.ts';

const credit = build.aiSystems({ id: 'ais-credit', name: 'Credit scoring' });
type Impact = ImpactAssessment['impacts'][number];
const impact = (over: Partial<Impact>): Impact => ({ description: 'x', dimension: 'individual', type: 'fairness', severity: 3, likelihood: 2, ...over });
const onOrganisation = impact({ dimension: 'organisation', type: 'financial', description: 'Loss of revenue if the model is withdrawn' });
const fairness = impact({ description: 'Applicants from minority groups refused credit more often', dimension: 'group', type: 'fairness' });

testCheck(check, {
  valid: [
    {
      name: 'the assessment of a retired system is history, not a finding',
      aims: aimsOf({
        aiSystems: [build.aiSystems({ id: 'ais-old', status: 'retired' })],
        impactAssessments: [build.impactAssessments({ aiSystemId: 'ais-old', impacts: [onOrganisation] })],
      }),
    },
    {
      name: 'effects on individuals and society, with business risk alongside',
      aims: aimsOf({
        aiSystems: [credit],
        impactAssessments: [build.impactAssessments({
          aiSystemId: credit.id,
          impacts: [fairness, impact({ dimension: 'society', type: 'access to services', description: 'Whole neighbourhoods lose access to credit' }), onOrganisation],
        })],
      }),
    },
    {
      name: 'an earlier business-risk assessment superseded by a sound one',
      aims: aimsOf({
        aiSystems: [credit],
        impactAssessments: [
          build.impactAssessments({ aiSystemId: credit.id, assessedOn: '2025-05-01', impacts: [onOrganisation] }),
          build.impactAssessments({ aiSystemId: credit.id, assessedOn: '2026-05-01', trigger: 'scheduled', impacts: [fairness] }),
        ],
      }),
    },
    {
      name: 'terse impacts are accepted when the affected parties are named',
      aims: aimsOf({
        aiSystems: [credit],
        impactAssessments: [build.impactAssessments({ aiSystemId: credit.id, affectedParties: ['Loan applicants'], impacts: [impact({ type: 'accuracy', description: 'Wrong score' })] })],
      }),
    },
    {
      name: 'an AI system outside the AIMS scope is not judged',
      aims: aimsOf({
        aiSystems: [build.aiSystems({ id: 'ais-lab', inScope: false })],
        impactAssessments: [build.impactAssessments({ aiSystemId: 'ais-lab', impacts: [onOrganisation] })],
      }),
    },
    { name: 'no impact assessments at all', aims: aimsOf({ aiSystems: [credit] }), outcome: 'not-applicable' },
    {
      name: 'issue 9 (2026-12-02): the people of regulated sectors, in any case, name who bears an effect next to a fine',
      now: '2026-12-02',
      aims: aimsOf({
        aiSystems: [credit],
        impactAssessments: [build.impactAssessments({
          aiSystemId: 'ais-credit', affectedParties: ['Bank'],
          impacts: [
            impact({ type: 'access to services', description: 'BORROWERS with thin files refused, with regulatory fines to follow' }),
            impact({ type: 'safety', description: 'Policyholders given the wrong cover; penalties for mis-selling' }),
          ],
        })],
      }),
    },
  ],
  invalid: [
    {
      name: 'only impacts on the organisation',
      aims: aimsOf({
        aiSystems: [credit],
        impactAssessments: [build.impactAssessments({
          id: 'ia-biz', aiSystemId: credit.id,
          impacts: [onOrganisation, impact({ dimension: 'organisation', type: 'reputation', description: 'Press coverage' })],
        })],
      }),
      now: '2026-11-01',
      reports: [{
        message: '1 of the 1 current impact assessments record only impacts on the organisation',
        severity: 'major', instances: 1, basis: 'broken down',
        subjects: [{ register: 'impactAssessments', id: 'ia-biz' }, { register: 'aiSystems', id: 'ais-credit' }],
      }],
    },
    {
      name: 'no impacts recorded at all, for a system the register does not know',
      aims: aimsOf({ impactAssessments: [build.impactAssessments({ id: 'ia-empty', aiSystemId: 'ais-ghost', impacts: [] })] }),
      reports: [{ message: '1 of the 1 current impact assessments record no impact', instances: 1, subjects: [{ register: 'impactAssessments', id: 'ia-empty' }] }],
    },
    {
      name: 'one business-risk assessment among four sound ones is isolated, minor; for a high-risk system it is major',
      now: '2026-12-02',
      aims: aimsOf({
        aiSystems: [credit, ...['b', 'c', 'd'].map((x) => build.aiSystems({ id: `ais-${x}` }))],
        impactAssessments: [
          build.impactAssessments({ id: 'ia-biz', aiSystemId: credit.id, impacts: [onOrganisation] }),
          ...['b', 'c', 'd'].map((x) => build.impactAssessments({ id: `ia-${x}`, aiSystemId: `ais-${x}`, impacts: [impact({})] })),
        ],
      }),
      reports: [{ message: '1 of the 4 current impact assessments', severity: 'minor', basis: 'isolated', instances: 1 }],
    },
    {
      name: 'the same lapse for a system classified high-risk is raised to major',
      now: '2026-12-02',
      aims: aimsOf({
        aiSystems: [{ ...credit, euAiActRiskClass: 'high-risk' }, ...['b', 'c', 'd'].map((x) => build.aiSystems({ id: `ais-${x}` }))],
        impactAssessments: [
          build.impactAssessments({ id: 'ia-biz', aiSystemId: credit.id, impacts: [onOrganisation] }),
          ...['b', 'c', 'd'].map((x) => build.impactAssessments({ id: `ia-${x}`, aiSystemId: `ais-${x}`, impacts: [impact({})] })),
        ],
      }),
      reports: [{ message: '1 of the 4 current impact assessments', severity: 'major', basis: 'raised from minor because AI system "Credit scoring" (ais-credit) is high-risk', instances: 1 }],
    },
    {
      name: 'impacts filed under individuals and society that read as revenue, fines and market share',
      aims: aimsOf({
        aiSystems: [credit],
        impactAssessments: [build.impactAssessments({
          id: 'ia-words', aiSystemId: credit.id, affectedParties: ['Applicants'],
          impacts: [
            impact({ dimension: 'individual', type: 'financial', description: 'Regulatory fines if scores are challenged' }),
            impact({ dimension: 'society', type: 'market', description: 'Lower market share and revenue' }),
          ],
        })],
      }),
      reports: [{ outcome: 'needs-review', message: 'read as business risk (fines, revenue and market share)' }],
    },
    {
      name: 'issue 9 (2026-12-02): "biased decisions could lead to fines" is business risk, though it names a rights word',
      now: '2026-12-02',
      aims: aimsOf({
        aiSystems: [credit],
        impactAssessments: [build.impactAssessments({
          id: 'ia-biz', aiSystemId: 'ais-credit', affectedParties: ['Patients'],
          impacts: [
            impact({ type: 'fairness', description: 'Biased decisions could lead to fines' }),
            impact({ type: 'privacy', dimension: 'society', description: 'A privacy breach would mean lost customers and reputational damage' }),
          ],
        })],
      }),
      reports: [{ outcome: 'needs-review', message: 'they read as business risk (fines, reputation and sales)' }],
    },
    {
      name: 'impacts that do not say who bears them, with no affected parties named',
      aims: aimsOf({
        aiSystems: [credit],
        impactAssessments: [build.impactAssessments({ id: 'ia-vague', aiSystemId: credit.id, affectedParties: [], impacts: [impact({ type: 'accuracy', description: 'Wrong score' })] })],
      }),
      reports: [{ outcome: 'needs-review', message: 'names no affected individuals, groups or societies', subjects: [{ register: 'impactAssessments', id: 'ia-vague' }] }],
    },
    {
      name: '2026-12-02: three assessments that do not say who bears their impacts: one question listing the three',
      aims: aimsOf({
        aiSystems: ['ais-a', 'ais-b', 'ais-c'].map((id) => build.aiSystems({ id, name: id })),
        impactAssessments: ['ais-a', 'ais-b', 'ais-c'].map((id) => build.impactAssessments({ id: `ia-${id}`, aiSystemId: id, affectedParties: [], impacts: [impact({ type: 'accuracy', description: 'Wrong score' })] })),
      }),
      reports: [{ outcome: 'needs-review', instances: 3, message: '3 current impact assessments name no affected individuals, groups or societies' }],
    },
    {
      name: 'two assessments on the same latest date are both judged',
      aims: aimsOf({
        aiSystems: [credit],
        impactAssessments: [
          build.impactAssessments({ id: 'ia-a', aiSystemId: credit.id, assessedOn: '2026-07-01', impacts: [onOrganisation] }),
          build.impactAssessments({ id: 'ia-b', aiSystemId: credit.id, assessedOn: '2026-07-01', impacts: [onOrganisation] }),
        ],
      }),
      reports: [{ instances: 2, subjects: [{ register: 'impactAssessments', id: 'ia-a' }, { register: 'impactAssessments', id: 'ia-b' }] }],
    },
  ],
});
