// Table tests for lifecycle-without-stages: in-scope AI systems need defined stages and a recorded, evidenced gate per passed stage.
import type { GateRecord, LifecycleStageName } from '../domain/index.ts';
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './lifecycle-without-stages.ts';

const all: LifecycleStageName[] = [
  'inception', 'impact-assessment', 'requirements-and-design', 'verification-and-validation', 'deployment', 'operation-and-monitoring', 'retirement',
];
const gate = (stage: LifecycleStageName, over: Partial<GateRecord> = {}): GateRecord => ({
  stage, decision: 'approved', approverId: 'person-1', decidedOn: '2026-01-10', evidenceIds: ['ev-gate'], ...over,
});
const evidence = build.evidenceItems({ id: 'ev-gate' });
const throughDeployment = all.slice(0, 5).map((s) => gate(s));
const operating = build.aiSystems({
  id: 'ais-credit', name: 'Credit scoring', lifecycle: { stages: all, currentStage: 'operation-and-monitoring', gates: throughDeployment },
});

// A system in operation since 2021, adopted into the AIMS in 2025 at operation-and-monitoring: nothing before is gated.
const legacy = (over: Partial<NonNullable<typeof operating.lifecycle.retrospectiveBaseline>> = {}, gates: GateRecord[] = []) => build.aiSystems({
  id: 'ais-legacy', name: 'Fraud rules engine', status: 'in-operation',
  lifecycle: {
    stages: all, currentStage: 'operation-and-monitoring', gates,
    retrospectiveBaseline: { documentedOn: '2025-03-01', atStage: 'operation-and-monitoring', approverId: 'person-1', evidenceIds: ['ev-gate'], ...over },
  },
});

testCheck(check, {
  valid: [
    {
      name: 'issue 9 (2026-12-02): a system that predates the AIMS with a documented retrospective baseline needs no invented historical gates',
      now: '2026-12-02',
      aims: aimsOf({ aiSystems: [legacy()], evidenceItems: [evidence] }),
    },
    {
      name: 'issue 9 (2026-12-02): a baseline documented in a controlled document instead of evidence items',
      now: '2026-12-02',
      aims: aimsOf({ aiSystems: [legacy({ evidenceIds: [], documentId: 'doc-base' })], documents: [build.documents({ id: 'doc-base' })] }),
    },
    {
      name: 'issue 9 (2026-12-02): adopted at design, the gates since the baseline are recorded',
      now: '2026-12-02',
      aims: aimsOf({ aiSystems: [legacy({ atStage: 'verification-and-validation' }, [gate('verification-and-validation'), gate('deployment')])], evidenceItems: [evidence] }),
    },
    { name: 'an operating system with every passed gate approved, dated and evidenced', aims: aimsOf({ aiSystems: [operating], evidenceItems: [evidence] }) },
    {
      name: 'the current stage inferred from the status, and the current stage\'s own gate not yet due',
      aims: aimsOf({
        aiSystems: [build.aiSystems({ status: 'in-operation', lifecycle: { stages: all, gates: throughDeployment } })],
        evidenceItems: [evidence],
      }),
    },
    {
      name: 'a rejected gate later approved counts as approved',
      aims: aimsOf({
        aiSystems: [build.aiSystems({
          status: 'in-development',
          lifecycle: { stages: all, currentStage: 'impact-assessment', gates: [gate('inception', { decision: 'rejected', decidedOn: '2026-01-01' }), gate('inception', { decidedOn: '2026-02-01' })] },
        })],
        evidenceItems: [evidence],
      }),
    },
    {
      name: 'an organisation that defines fewer stages is judged on those it defines',
      aims: aimsOf({
        aiSystems: [build.aiSystems({ lifecycle: { stages: ['inception', 'deployment', 'operation-and-monitoring'], currentStage: 'operation-and-monitoring', gates: [gate('inception'), gate('deployment')] } })],
        evidenceItems: [evidence],
      }),
    },
    {
      name: 'a proposed system at inception has passed no gate; out-of-scope systems are not examined',
      aims: aimsOf({
        aiSystems: [build.aiSystems({ status: 'proposed', lifecycle: { stages: all, gates: [] } }), build.aiSystems({ inScope: false })],
      }),
    },
    { name: 'no in-scope AI system: not applicable', aims: aimsOf({ aiSystems: [build.aiSystems({ inScope: false })] }), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'issue 9 (2026-12-02): gates after the baseline are still due',
      now: '2026-12-02',
      aims: aimsOf({ aiSystems: [legacy({ atStage: 'verification-and-validation' }, [gate('verification-and-validation')])], evidenceItems: [evidence] }),
      reports: [{ message: 'gaps at the gates: deployment (no gate record)', subjects: [{ register: 'aiSystems', id: 'ais-legacy' }] }],
    },
    {
      name: 'issue 9 (2026-12-02): a baseline nobody approved and without evidence does not stand in for the gates',
      now: '2026-12-02',
      aims: aimsOf({ aiSystems: [legacy({ approverId: undefined, evidenceIds: ['ev-gone'] })] }),
      reports: [{ message: '"Fraud rules engine" (ais-legacy) predates the AIMS, but its retrospective baseline of 2025-03-01, which stands in for the gates before operation-and-monitoring, has no approver and no evidence.', severity: 'minor' }],
    },
    {
      name: 'a system the scope statement includes is examined even when its inventory flag says out of scope',
      aims: aimsOf({
        aiSystems: [build.aiSystems({ id: 'ais-listed', inScope: false, lifecycle: { stages: [], gates: [] } })],
        scopeStatements: [build.scopeStatements({ includedAiSystemIds: ['ais-listed'] })],
      }),
      reports: [{ subjects: [{ register: 'aiSystems', id: 'ais-listed' }] }],
    },
    {
      name: 'no stages while another system has them: minor',
      aims: aimsOf({ aiSystems: [operating, build.aiSystems({ id: 'ais-chat', name: 'Support assistant' })], evidenceItems: [evidence] }),
      reports: [{
        severity: 'minor',
        message: 'AI system "Support assistant" (ais-chat) (in-operation) has no defined life-cycle stages',
        subjects: [{ register: 'aiSystems', id: 'ais-chat' }],
      }],
    },
    {
      name: 'no in-scope system defines stages: the life cycle is missing altogether (major); a proposed one is an observation',
      aims: aimsOf({ aiSystems: [build.aiSystems({ id: 'ais-a' }), build.aiSystems({ id: 'ais-b', status: 'proposed' })] }),
      reports: [
        { severity: 'major', subjects: [{ register: 'aiSystems', id: 'ais-a' }] },
        { severity: 'observation', subjects: [{ register: 'aiSystems', id: 'ais-b' }] },
      ],
    },
    {
      name: 'passed stages with missing, unapproved, undated and unevidenced gates',
      aims: aimsOf({
        aiSystems: [build.aiSystems({
          id: 'ais-gaps', name: 'Fraud', lifecycle: {
            stages: all, currentStage: 'operation-and-monitoring',
            gates: [
              gate('inception'),
              gate('impact-assessment', { decision: 'pending' }),
              gate('requirements-and-design', { approverId: undefined, decidedOn: undefined }),
              gate('verification-and-validation', { evidenceIds: ['ev-missing'] }),
            ],
          },
        })],
        evidenceItems: [evidence],
      }),
      reports: [{
        message: 'AI system "Fraud" (ais-gaps) has passed 5 stages with gaps at the gates: impact-assessment (gate not approved); requirements-and-design (no approver, no decision date); verification-and-validation (no evidence) and deployment (no gate record).',
        subjects: [{ register: 'aiSystems', id: 'ais-gaps' }],
      }],
    },
    {
      name: 'a retired system is judged up to retirement, the deployment gate included',
      aims: aimsOf({
        aiSystems: [build.aiSystems({ id: 'ais-old', status: 'retired', lifecycle: { stages: all, gates: all.slice(0, 4).map((s) => gate(s)) } })],
        evidenceItems: [evidence],
      }),
      reports: [{ message: 'has passed 6 stages with gaps at the gates: deployment (no gate record) and operation-and-monitoring (no gate record).' }],
    },
    {
      name: 'the current stage is not among the defined stages',
      aims: aimsOf({ aiSystems: [build.aiSystems({ id: 'ais-odd', lifecycle: { stages: ['inception', 'deployment'], currentStage: 'operation-and-monitoring', gates: [] } })] }),
      reports: [{ message: 'is at stage "operation-and-monitoring", which is not one of the stages defined for it (inception, deployment)' }],
    },
    {
      name: 'in development without a current stage needs a reader',
      aims: aimsOf({ aiSystems: [build.aiSystems({ id: 'ais-dev', status: 'in-development', lifecycle: { stages: all, gates: [] } })] }),
      reports: [{ outcome: 'needs-review', subjects: [{ register: 'aiSystems', id: 'ais-dev' }] }],
    },
    {
      name: '2026-12-02: two in development without a current stage: one question listing both',
      aims: aimsOf({ aiSystems: ['ais-dev-1', 'ais-dev-2'].map((id) => build.aiSystems({ id, status: 'in-development', lifecycle: { stages: all, gates: [] } })) }),
      reports: [{ outcome: 'needs-review', instances: 2, message: '2 AI systems in development have defined stages but no current stage', subjects: [{ register: 'aiSystems', id: 'ais-dev-1' }, { register: 'aiSystems', id: 'ais-dev-2' }] }],
    },
  ],
});
