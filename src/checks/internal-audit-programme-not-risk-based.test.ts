// Tests of internal-audit-programme-not-risk-based: over the cycle the audits reach the whole AIMS, the high-risk
// systems, and the areas of earlier findings.
import { aimsOf, build } from '../../test/factories.ts';
import { leafClauses } from '../domain/index.ts';
import { testCheck } from './check-tester.ts';
import check from './internal-audit-programme-not-risk-based.ts';

const clauses = ['4', '5', '6', '7', '8', '9', '10'];
const applied = [build.soaEntries({ controlId: 'A.6.2.4' }), build.soaEntries({ controlId: 'A.7.4' })];
const programme = (over: Parameters<typeof build.internalAuditProgrammes>[0] = {}) =>
  build.internalAuditProgrammes({ id: 'iap-1', periodStart: '2026-01-01', periodEnd: '2026-12-31', plannedCoverage: [...clauses, 'A.6', 'A.7'], ...over });
const audit = (over: Parameters<typeof build.internalAudits>[0] = {}) =>
  build.internalAudits({ programmeId: 'iap-1', completedOn: '2026-05-01', scopeRefs: clauses, scopeAiSystemIds: ['ais-credit'], ...over });
const credit = build.aiSystems({ id: 'ais-credit', name: 'Credit scoring', euAiActRiskClass: 'high-risk' });
const afford = build.aiSystems({ id: 'ais-afford', name: 'Affordability', euAiActRiskClass: 'high-risk' });
const base = { soaEntries: applied, aiSystems: [credit] };

testCheck(check, {
  valid: [
    { name: 'the programme plans the whole AIMS and audits the high-risk system', aims: aimsOf({ ...base, internalAuditProgrammes: [programme()], internalAudits: [audit()] }) },
    {
      name: 'a narrow programme, but the audits of the cycle reach everything',
      aims: aimsOf({ ...base, internalAuditProgrammes: [programme({ plannedCoverage: ['9.2'] })], internalAudits: [audit({ scopeRefs: [...clauses, 'A.6.2.4', 'A.7.4'] })] }),
    },
    {
      name: 'a finding re-audited after it was raised',
      aims: aimsOf({
        ...base,
        internalAuditProgrammes: [programme({ periodStart: '2025-01-01', periodEnd: '2025-12-31' }), programme({ id: 'iap-2' })],
        internalAudits: [
          audit({ programmeId: 'iap-1', completedOn: '2025-04-01', findings: [{ id: 'f1', classification: 'minor', description: 'Gap', refs: ['7.2'] }] }),
          audit({ programmeId: 'iap-2', completedOn: '2026-04-01' }),
        ],
      }),
    },
    {
      name: 'a finding of a programme still running is not judged yet',
      aims: aimsOf({ ...base, internalAuditProgrammes: [programme()], internalAudits: [audit({ findings: [{ id: 'f1', classification: 'minor', description: 'Gap', refs: ['A.7.4'] }] })] }),
    },
    { name: 'no programme and no audit', aims: aimsOf(base), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'planned and audited only clauses 4–10: the applied controls are never reached',
      aims: aimsOf({ ...base, internalAuditProgrammes: [programme({ plannedCoverage: clauses })], internalAudits: [audit()] }),
      reports: [{
        message: 'no programme, covers 2 of the ' + String(leafClauses().length + 2) + ' clauses and applied controls of the AIMS: A.6.2.4 and A.7.4.',
        severity: 'minor', instances: 2, subjects: [{ register: 'internalAuditProgrammes', id: 'iap-1' }],
      }],
    },
    {
      name: 'a programme that plans clause 9 only, completed faithfully: major',
      aims: aimsOf({ ...base, internalAuditProgrammes: [programme({ plannedCoverage: ['9'] })], internalAudits: [audit({ scopeRefs: ['9'] })] }),
      reports: [{ message: 'clauses and applied controls of the AIMS: 4.1, 4.2', severity: 'major' }],
    },
    {
      name: 'one of two high-risk systems never in an audit’s scope: minor',
      aims: aimsOf({ ...base, aiSystems: [credit, afford], internalAuditProgrammes: [programme()], internalAudits: [audit()] }),
      reports: [{ message: '1 of the 2 high-risk AI systems in scope is in the scope of no internal audit completed or scheduled in the cycle: "Affordability" (ais-afford).', severity: 'minor', instances: 1, subjects: [{ register: 'aiSystems', id: 'ais-afford' }] }],
    },
    {
      name: 'no high-risk system audited: major',
      aims: aimsOf({
        ...base, aiSystems: [credit, afford, build.aiSystems({ id: 'ais-hire', euAiActRiskClass: 'high-risk' }), build.aiSystems({ id: 'ais-chat' })],
        internalAuditProgrammes: [programme()], internalAudits: [audit({ scopeAiSystemIds: ['ais-chat'] })],
      }),
      reports: [{ message: '3 of the 3 high-risk AI systems', severity: 'major', instances: 3 }],
    },
    {
      name: 'no audit records the AI systems it covered: needs review',
      aims: aimsOf({ ...base, internalAuditProgrammes: [programme()], internalAudits: [audit({ scopeAiSystemIds: [] })] }),
      reports: [{ outcome: 'needs-review', message: 'None of the 1 internal audits of the cycle records the AI systems it covered' }],
    },
    {
      name: 'an earlier minor finding not audited again after its programme ended',
      aims: aimsOf({
        ...base,
        internalAuditProgrammes: [programme({ periodStart: '2025-01-01', periodEnd: '2025-12-31' }), programme({ id: 'iap-2', plannedCoverage: [...clauses.filter((c) => c !== '7'), 'A.6', 'A.7'] })],
        internalAudits: [
          audit({ id: 'audit-old', programmeId: 'iap-1', completedOn: '2025-04-01', scopeRefs: [...clauses, 'A.6', 'A.7'], findings: [{ id: 'f1', classification: 'minor', description: 'Gap', refs: ['7.2'] }] }),
          audit({ programmeId: 'iap-2', completedOn: '2026-04-01', scopeRefs: ['4', '5', '6', '8', '9', '10'] }),
        ],
      }),
      reports: [{ message: '1 of the 1 areas where earlier audits raised major or minor findings was not audited again, and no later programme plans it: 7.2 (internal audit audit-old, 2025-04-01).', severity: 'minor', subjects: [{ register: 'internalAudits', id: 'audit-old' }] }],
    },
    {
      name: 'no area with earlier findings audited again: systemic, major',
      aims: aimsOf({
        ...base,
        internalAuditProgrammes: [programme({ periodStart: '2025-01-01', periodEnd: '2025-12-31' }), programme({ id: 'iap-2', plannedCoverage: ['4', '5', '6', '8', 'A.6', 'A.7'] })],
        internalAudits: [
          audit({
            id: 'audit-old', programmeId: 'iap-1', completedOn: '2025-04-01', scopeRefs: [...clauses, 'A.6', 'A.7'],
            findings: [{ id: 'f1', classification: 'minor', description: 'Gap', refs: ['7.2', '9.1', '10.2'] }],
          }),
          audit({ programmeId: 'iap-2', completedOn: '2026-04-01', scopeRefs: ['4', '5', '6', '8'] }),
        ],
      }),
      reports: [{ message: '3 of the 3 areas where earlier audits raised major or minor findings were not audited again', severity: 'major', instances: 3 }],
    },
    {
      name: 'one of three areas with earlier findings not audited again: minor',
      aims: aimsOf({
        ...base,
        internalAuditProgrammes: [programme({ periodStart: '2025-01-01', periodEnd: '2025-12-31' }), programme({ id: 'iap-2', plannedCoverage: [...clauses.filter((c) => c !== '7'), 'A.6', 'A.7'] })],
        internalAudits: [
          audit({
            id: 'audit-old', programmeId: 'iap-1', completedOn: '2025-04-01', scopeRefs: [...clauses, 'A.6', 'A.7'],
            findings: [
              { id: 'f1', classification: 'minor', description: 'Gap', refs: ['7.2'] },
              { id: 'f2', classification: 'major', description: 'Gap', refs: ['8.4', '9.1'] },
              { id: 'f3', classification: 'observation', description: 'Note', refs: ['7.5.1'] },
            ],
          }),
          audit({ programmeId: 'iap-2', completedOn: '2026-04-01', scopeRefs: ['4', '5', '6', '8', '9', '10'] }),
        ],
      }),
      reports: [{ message: '1 of the 3 areas where earlier audits raised major or minor findings was not audited again, and no later programme plans it: 7.2', severity: 'minor' }],
    },
  ],
});
