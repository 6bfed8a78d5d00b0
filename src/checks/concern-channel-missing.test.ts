// concern-channel-missing: a planned channel in either direction passes; received reports without a plan are an observation.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './concern-channel-missing.ts';

const channel = (direction: 'internal' | 'external') =>
  build.communicationPlan({ topic: 'concern-reporting', direction, what: 'How to raise a concern about an AI system', channel: 'Ethics hotline' });

testCheck(check, {
  valid: [
    { name: 'an internal concern-reporting channel is planned', aims: aimsOf({ communicationPlan: [build.communicationPlan(), channel('internal')] }) },
    { name: 'an external concern-reporting channel is planned', aims: aimsOf({ communicationPlan: [channel('external')] }) },
    {
      name: 'a planned channel with reports coming in',
      aims: aimsOf({ communicationPlan: [channel('internal')], concernReports: [build.concernReports()] }),
    },
    {
      name: 'A.3.3 excluded in the SoA with a reason',
      aims: aimsOf({ soaEntries: [build.soaEntries({ controlId: 'A.3.3', applicable: false, justification: 'No AI systems affect people outside a research lab of three.' })] }),
      outcome: 'not-applicable',
    },
  ],
  invalid: [
    {
      name: 'no plan entry and no reports: the concern process is absent, major',
      now: '2026-11-01',
      aims: aimsOf({ communicationPlan: [build.communicationPlan({ topic: 'ai-policy' }), build.communicationPlan({ topic: 'incidents' })] }),
      reports: [{ message: 'There is no channel for reporting concerns about AI systems', severity: 'major', basis: 'absent', subjects: [{ register: 'organisation', id: 'org-test' }] }],
    },
    {
      name: 'an empty communication plan',
      aims: aimsOf(),
      reports: [{ message: 'the communication plan has no entry on concern reporting' }],
    },
    {
      name: 'reports received through a channel nobody planned',
      aims: aimsOf({ concernReports: [build.concernReports({ channel: 'Email' }), build.concernReports({ channel: 'Email' }), build.concernReports({ channel: 'Web form' })] }),
      reports: [{ message: 'Concerns are being received (3 reports, through "Email" and "Web form")', severity: 'observation' }],
    },
    {
      name: 'A.3.3 excluded without a reason still applies',
      aims: aimsOf({ soaEntries: [build.soaEntries({ controlId: 'A.3.3', applicable: false })] }),
      reports: [{ severity: 'major' }],
    },
    {
      name: 'A.3.3 excluded with a placeholder ("n/a") for a reason still applies',
      aims: aimsOf({ soaEntries: [build.soaEntries({ controlId: 'A.3.3', applicable: false, justification: 'n/a' })] }),
      reports: [{ message: 'There is no channel' }],
    },
    {
      name: 'A.3.3 included in the SoA but no channel',
      aims: aimsOf({ soaEntries: [build.soaEntries({ controlId: 'A.3.3', applicable: true })] }),
      reports: [{ message: 'There is no channel' }],
    },
  ],
});
