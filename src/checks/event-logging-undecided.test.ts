// Tests of event-logging-undecided: a recorded, justified decision per system; logging in operation for high-risk systems.
import { build, aimsOf } from '../../test/factories.ts';
import type { AiSystem } from '../domain/index.ts';
import { testCheck } from './check-tester.ts';
import check from './event-logging-undecided.ts';

type Logging = NonNullable<AiSystem['eventLogging']>;
const enabled = (over: Partial<Logging> = {}): Logging => ({ decision: 'enabled', stages: ['verification-and-validation', 'operation-and-monitoring'], retentionDays: 365, ...over });
const ais = (over: Partial<AiSystem> = {}) => build.aiSystems({ eventLogging: enabled(), ...over });
const highRisk = { euAiActRiskClass: 'high-risk', euAiActRole: 'provider' } as const;

testCheck(check, {
  valid: [
    { name: 'no AI systems', aims: aimsOf(), outcome: 'not-applicable' },
    {
      name: 'undecided systems that are out of scope, retired or only proposed',
      aims: aimsOf({ aiSystems: [ais({ inScope: false, eventLogging: undefined }), ais({ status: 'retired', eventLogging: undefined }), ais({ status: 'proposed', eventLogging: undefined })] }),
      outcome: 'not-applicable',
    },
    {
      name: 'the SoA excludes A.6.2.8 and no system is high-risk',
      aims: aimsOf({ aiSystems: [ais({ eventLogging: undefined })], soaEntries: [build.soaEntries({ controlId: 'A.6.2.8', applicable: false, justification: 'No AI system produces decisions worth tracing.' })] }),
      outcome: 'not-applicable',
    },
    { name: 'logging enabled in operation', aims: aimsOf({ aiSystems: [ais(), ais({ status: 'in-development' })] }) },
    { name: 'a high-risk system logging in operation for exactly 181 days', aims: aimsOf({ aiSystems: [ais({ ...highRisk, eventLogging: enabled({ retentionDays: 181 }) })] }) },
    {
      name: 'a high-risk system where the organisation is only the distributor',
      aims: aimsOf({ aiSystems: [ais({ euAiActRiskClass: 'high-risk', euAiActRole: 'distributor', eventLogging: enabled({ retentionDays: 30 }) })] }),
    },
    {
      name: 'the SoA both excludes and includes A.6.2.8: it applies, and the decision is there',
      aims: aimsOf({ aiSystems: [ais()], soaEntries: [build.soaEntries({ controlId: 'A.6.2.8', applicable: false }), build.soaEntries({ controlId: 'A.6.2.8', applicable: true })] }),
    },
  ],
  invalid: [
    {
      name: 'no decision recorded',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-chat', name: 'Support chatbot', eventLogging: undefined })] }),
      reports: [{ message: 'AI system "Support chatbot" (ais-chat) is in the AIMS scope and in operation, but no event-logging decision is recorded.', severity: 'minor', subjects: [{ register: 'aiSystems', id: 'ais-chat' }] }],
    },
    {
      name: 'no decision for a high-risk system: major, saying why',
      aims: aimsOf({ aiSystems: [ais({ ...highRisk, euAiActRole: undefined, status: 'in-development', eventLogging: undefined })] }),
      reports: [{ message: 'in development, but no event-logging decision is recorded, although it is high-risk under the EU AI Act', severity: 'major' }],
    },
    {
      name: '"not required" without justification, or with a placeholder',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-a', eventLogging: { decision: 'not-required', stages: [] } }), ais({ id: 'ais-b', eventLogging: { decision: 'not-required', stages: [], justification: 'n/a' } })] }),
      reports: [{
        message: '2 of the 2 AI systems have an event-logging decision with a gap', severity: 'minor', instances: 2,
        instanceMessages: ['(ais-a) has an event-logging decision of "not required" without a justification'],
        subjects: [{ register: 'aiSystems', id: 'ais-a' }, { register: 'aiSystems', id: 'ais-b' }],
      }],
    },
    {
      name: '"not required" with a justification: needs review',
      aims: aimsOf({ aiSystems: [ais({ eventLogging: { decision: 'not-required', stages: [], justification: 'Batch tool, outputs reviewed by hand' } })] }),
      reports: [{ outcome: 'needs-review', severity: 'observation', message: '"not required" ("Batch tool, outputs reviewed by hand")' }],
    },
    {
      name: '2026-12-02: two systems with justified "not required": one question listing both',
      aims: aimsOf({ aiSystems: ['ais-x', 'ais-y'].map((id) => ais({ id, eventLogging: { decision: 'not-required', stages: [], justification: 'Batch tool, outputs reviewed by hand' } })) }),
      reports: [{ outcome: 'needs-review', severity: 'observation', instances: 2, message: '2 AI systems in use have their event logs decided "not required"' }],
    },
    {
      name: 'logging enabled but not in operation',
      aims: aimsOf({ aiSystems: [ais({ eventLogging: enabled({ stages: ['verification-and-validation'] }) })] }),
      reports: [{ message: 'has event logging enabled, but not for the operation-and-monitoring stage', severity: 'minor' }],
    },
    {
      name: 'a high-risk system decided "not required", even with a justification',
      aims: aimsOf({ aiSystems: [ais({ ...highRisk, eventLogging: { decision: 'not-required', stages: [], justification: 'Too costly' } })] }),
      reports: [{ message: 'is high-risk under the EU AI Act, but its event logs were decided "not required"', severity: 'major' }],
    },
    {
      name: 'a high-risk system (deployer) logging only during validation',
      aims: aimsOf({ aiSystems: [ais({ euAiActRiskClass: 'high-risk', euAiActRole: 'deployer', eventLogging: enabled({ stages: ['verification-and-validation'] }) })] }),
      reports: [{ message: 'does not cover the operation-and-monitoring stage', severity: 'major' }],
    },
    {
      name: 'a high-risk system keeping logs 180 days: the risk class raises the lapse to major',
      now: '2026-11-01',
      aims: aimsOf({ aiSystems: [ais({ ...highRisk, eventLogging: enabled({ retentionDays: 180 }) })] }),
      reports: [{ message: 'keeps its event logs for 180 days, less than the six months', severity: 'major', basis: 'raised from minor because' }],
    },
    {
      name: 'A.6.2.8 excluded in the SoA does not excuse a high-risk system',
      aims: aimsOf({
        aiSystems: [ais({ eventLogging: undefined }), ais({ id: 'ais-hr', ...highRisk, eventLogging: undefined })],
        soaEntries: [build.soaEntries({ controlId: 'A.6.2.8', applicable: false, justification: 'No AI system produces decisions worth tracing.' })],
      }),
      reports: [{ severity: 'major', subjects: [{ register: 'aiSystems', id: 'ais-hr' }] }],
    },
    {
      name: 'A.6.2.8 excluded without a reason (or with "n/a") still applies',
      aims: aimsOf({
        aiSystems: [ais({ eventLogging: undefined })],
        soaEntries: [build.soaEntries({ controlId: 'A.6.2.8', applicable: false, justification: 'n/a' })],
      }),
      reports: [{ message: 'no event-logging decision is recorded', severity: 'minor' }],
    },
  ],
});
