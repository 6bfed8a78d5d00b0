// Tests of impact-results-not-in-risk-assessment (issue 9, 2026-12-02): significant impact assessment results must
// reach the risk register; a link or a later risk of the system decides, business risk and mild effects do not count.
import { aimsOf, build } from '../../test/factories.ts';
import type { ImpactAssessment } from '../domain/index.ts';
import { testCheck } from './check-tester.ts';
import check from './impact-results-not-in-risk-assessment.ts';

const NOW = '2026-12-02';
type Impact = ImpactAssessment['impacts'][number];
const severe = (over: Partial<Impact> = {}): Impact => ({ description: 'Unfair refusal of thin-file applicants', dimension: 'individual', type: 'fairness', severity: 5, likelihood: 3, ...over });
const mild = (over: Partial<Impact> = {}): Impact => ({ description: 'Slower answers', dimension: 'individual', type: 'access to services', severity: 2, likelihood: 3, ...over });

const credit = build.aiSystems({ id: 'ais-credit', name: 'Credit scoring' });
const chat = build.aiSystems({ id: 'ais-chat', name: 'Support assistant' });
const triage = build.aiSystems({ id: 'ais-triage', name: 'Claims triage' });
const methodology = build.impactMethodologies({ id: 'im-1' });
const ia = (aiSystemId: string, impacts: Impact[], over: Partial<ImpactAssessment> = {}) =>
  build.impactAssessments({ aiSystemId, assessedOn: '2026-05-01', methodologyId: 'im-1', impacts, ...over });
const riskOf = (id: string, aiSystemIds: string[], assessedOn = '2026-04-01') => build.risks({ id, aiSystemIds, assessedOn });

const base = { aiSystems: [credit, chat, triage], impactMethodologies: [methodology] };

testCheck(check, {
  valid: [
    {
      name: 'a significant result linked to a risk of the register',
      now: NOW,
      aims: aimsOf({ ...base, risks: [riskOf('risk-fair', ['ais-credit'])], impactAssessments: [ia('ais-credit', [severe({ riskIds: ['risk-fair'] })])] }),
    },
    {
      name: 'mild effects, business risk and beneficial effects are not results the risk assessment must carry',
      now: NOW,
      aims: aimsOf({
        ...base,
        impactAssessments: [ia('ais-credit', [mild(), severe({ dimension: 'organisation', description: 'Regulatory fines' }), severe({ beneficial: true, description: 'Faster decisions' })])],
      }),
      outcome: 'not-applicable',
    },
    {
      name: 'the assessor judged a severe-looking effect not significant',
      now: NOW,
      aims: aimsOf({ ...base, impactAssessments: [ia('ais-credit', [severe({ significant: false })])] }),
      outcome: 'not-applicable',
    },
    {
      name: 'an older assessment superseded by one whose results are carried is history',
      now: NOW,
      aims: aimsOf({
        ...base,
        risks: [riskOf('risk-fair', ['ais-credit'])],
        impactAssessments: [ia('ais-credit', [severe()], { assessedOn: '2025-05-01' }), ia('ais-credit', [severe({ riskIds: ['risk-fair'] })])],
      }),
    },
    {
      name: 'out-of-scope and retired systems are not examined',
      now: NOW,
      aims: aimsOf({
        aiSystems: [build.aiSystems({ id: 'ais-out', inScope: false }), build.aiSystems({ id: 'ais-old', status: 'retired' })],
        impactAssessments: [ia('ais-out', [severe()]), ia('ais-old', [severe()])],
      }),
      outcome: 'not-applicable',
    },
    { name: 'no impact assessment at all: not applicable (ai-system-without-impact-assessment reports it)', now: NOW, aims: aimsOf({ ...base }), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'one assessment of three leaves its significant result out: an isolated lapse (minor), one finding',
      now: NOW,
      aims: aimsOf({
        ...base,
        risks: [riskOf('risk-fair', ['ais-credit']), riskOf('risk-chat', ['ais-chat'])],
        impactAssessments: [
          ia('ais-credit', [severe({ riskIds: ['risk-fair'] })]),
          ia('ais-chat', [severe({ description: 'Wrong advice to vulnerable customers', riskIds: ['risk-chat'] })]),
          ia('ais-triage', [severe({ description: 'Claims of disabled claimants delayed', severity: 4 })], { id: 'ia-triage' }),
        ],
      }),
      reports: [{
        message: 'Significant results of 1 impact assessment are carried into no risk of the risk register: ia-triage (2026-05-01) of "Claims triage" (ais-triage): "Claims of disabled claimants delayed" (severity 4).',
        severity: 'minor',
        subjects: [{ register: 'impactAssessments', id: 'ia-triage' }, { register: 'aiSystems', id: 'ais-triage' }],
      }],
    },
    {
      name: 'issue 9 (2026-12-02): the same lapse with an effect at the top of the severity scale is raised to major',
      now: NOW,
      aims: aimsOf({
        ...base,
        risks: [riskOf('risk-fair', ['ais-credit']), riskOf('risk-chat', ['ais-chat'])],
        impactAssessments: [
          ia('ais-credit', [severe({ riskIds: ['risk-fair'] })]),
          ia('ais-chat', [severe({ description: 'Wrong advice to vulnerable customers', riskIds: ['risk-chat'] })]),
          ia('ais-triage', [severe({ description: 'Claims of disabled claimants delayed' })], { id: 'ia-triage' }),
        ],
      }),
      reports: [{ message: '"Claims of disabled claimants delayed" (severity 5)', severity: 'major' }],
    },
    {
      name: 'no assessment carried into the risk register: the link is not working (major), still one finding listing each',
      now: NOW,
      aims: aimsOf({ ...base, impactAssessments: [ia('ais-credit', [severe()], { id: 'ia-c' }), ia('ais-chat', [severe()], { id: 'ia-h' })] }),
      reports: [{ message: 'Significant results of 2 impact assessments', severity: 'major', subjects: [{ register: 'impactAssessments', id: 'ia-c' }, { register: 'impactAssessments', id: 'ia-h' }] }],
    },
    {
      name: 'a high-risk system raises the lapse to major',
      now: NOW,
      aims: aimsOf({
        ...base,
        aiSystems: [{ ...credit, euAiActRiskClass: 'high-risk' }, chat, triage],
        risks: [riskOf('risk-chat', ['ais-chat']), riskOf('risk-t', ['ais-triage'])],
        impactAssessments: [ia('ais-credit', [severe()]), ia('ais-chat', [severe({ riskIds: ['risk-chat'] })]), ia('ais-triage', [severe({ riskIds: ['risk-t'] })])],
      }),
      reports: [{ message: 'of "Credit scoring" (ais-credit)', severity: 'major' }],
    },
    {
      name: 'a link to a risk that is not in the register does not carry it',
      now: NOW,
      aims: aimsOf({ ...base, impactAssessments: [ia('ais-credit', [severe({ riskIds: ['risk-gone'] })])] }),
      reports: [{ outcome: 'finding', message: 'carried into no risk' }],
    },
    {
      name: 'without a link, a risk of the same system assessed since may carry it: needs review, never a finding',
      now: NOW,
      aims: aimsOf({ ...base, risks: [riskOf('risk-later', ['ais-credit'], '2026-06-01')], impactAssessments: [ia('ais-credit', [severe()])] }),
      reports: [{ outcome: 'needs-review', message: 'though the risk register holds risks of the same AI systems assessed since or worded alike' }],
    },
    {
      name: 'without a link, an older risk of the same system worded like the result: needs review',
      now: NOW,
      aims: aimsOf({
        ...base,
        risks: [build.risks({ id: 'risk-words', aiSystemIds: ['ais-credit'], assessedOn: '2026-01-10', title: 'Thin-file applicants refused unfairly' })],
        impactAssessments: [ia('ais-credit', [severe()])],
      }),
      reports: [{ outcome: 'needs-review', message: 'assessed since or worded alike' }],
    },
    {
      name: 'an older risk of the same system about something else does not carry it: a finding',
      now: NOW,
      aims: aimsOf({
        ...base,
        risks: [build.risks({ id: 'risk-other', aiSystemIds: ['ais-credit'], assessedOn: '2026-01-10', title: 'Model drift after rate changes' })],
        impactAssessments: [ia('ais-credit', [severe()])],
      }),
      reports: [{ outcome: 'finding', message: 'carried into no risk' }],
    },
    {
      name: 'without a methodology scale, severity 4 of 5 is significant',
      now: NOW,
      aims: aimsOf({ aiSystems: [credit], impactAssessments: [ia('ais-credit', [severe({ severity: 4 })], { methodologyId: undefined })] }),
      reports: [{ message: '(severity 4)' }],
    },
  ],
});
