// ai-policy-borrowed: the AI policy must exist, be written for AI, frame objectives, be approved by top management
// and be communicated; wording borrowed from an information security policy is for a person to review.
import { aimsOf, build } from '../../test/factories.ts';
import type { AiPolicy, Document } from '../domain/index.ts';
import { testCheck } from './check-tester.ts';
import check from './ai-policy-borrowed.ts';

const ceo = build.persons({ id: 'p-ceo', name: 'Chief Executive', topManagement: true });
const cio = build.persons({ id: 'p-cio', name: 'Head of IT' });
const objective = build.aiObjectives({ id: 'obj-fair' });
const aiText =
  'This AI policy sets how we develop and use AI systems responsibly. It frames our AI objectives for fairness, ' +
  'transparency and human oversight of machine learning models.';
const isText =
  'This policy protects the confidentiality, integrity and availability of information. Information security is ' +
  'managed by our ISMS, certified to ISO/IEC 27001.';

const policyDoc = (content?: string, extra: Partial<Document> = {}) =>
  build.documents({
    id: 'doc-policy', title: 'AI policy', kind: 'policy',
    versions: [{ version: '1.0', status: 'approved', approvedOn: '2026-01-10', effectiveOn: '2026-01-15', ...(content ? { content } : {}) }],
    ...extra,
  });

const sound = (over: Partial<AiPolicy> = {}) =>
  build.aiPolicies({
    id: 'pol-ai', title: 'AI policy', documentId: 'doc-policy', aiSpecific: true, derivedFrom: 'original', objectiveIds: [objective.id],
    approvedById: ceo.id, approvedOn: '2026-01-10', communications: [{ date: '2026-01-20', audience: 'All staff', channel: 'Intranet' }],
    ...over,
  });

const org = (policy: AiPolicy | undefined, doc: Document = policyDoc(aiText), more: Parameters<typeof aimsOf>[0] = {}) =>
  aimsOf({ persons: [ceo, cio], aiObjectives: [objective], documents: [doc], aiPolicies: policy ? [policy] : [], ...more });

testCheck(check, {
  valid: [
    { name: 'an AI-specific policy framing objectives, approved by the CEO and communicated', aims: org(sound()) },
    {
      name: 'no inline text to read, and the communication recorded in the communication log instead',
      aims: org(sound({ communications: [] }), policyDoc(), { communicationLog: [build.communicationLog({ topic: 'ai-policy', date: '2026-02-01' })] }),
    },
    { name: 'a policy that mentions information security once but speaks mainly of AI', aims: org(sound(), policyDoc(`${aiText} It is aligned with our information security policy.`)) },
    { name: 'communicated exactly on the day of the check', aims: org(sound({ communications: [{ date: '2026-11-01', audience: 'All staff', channel: 'Town hall' }] })) },
  ],
  invalid: [
    {
      name: 'no AI policy at all',
      aims: org(undefined),
      reports: [{ message: 'There is no AI policy', severity: 'major', subjects: [{ register: 'organisation', id: 'org-test' }] }],
    },
    {
      name: 'the information security policy relabelled: not AI-specific (broken down), and three minors that add up to a major',
      now: '2026-11-01',
      aims: org(sound({ aiSpecific: false, derivedFrom: 'information-security-policy', objectiveIds: [], approvedById: undefined, communications: [] }), policyDoc(isText)),
      reports: [
        { message: 'AI policy "AI policy" (pol-ai) is not specific to AI: it was adapted from the information security policy.', severity: 'major' },
        // Three minors against 5.2 add up to a major.
        { message: 'frames no AI objectives', severity: 'major', basis: '3 minor findings against 5.2 (ai-policy-borrowed) add up to a major' },
        { message: 'has no recorded approval by top management', severity: 'major', basis: 'add up to a major' },
        { message: 'has no record of being communicated', severity: 'major', basis: 'add up to a major', subjects: [{ register: 'aiPolicies', id: 'pol-ai' }] },
      ],
    },
    {
      name: 'approved by someone outside top management, framing an objective that does not exist: two minors stay minor',
      now: '2026-11-01',
      aims: org(sound({ approvedById: cio.id, objectiveIds: ['obj-gone'] })),
      reports: [
        { message: 'frames no AI objectives', severity: 'minor', basis: 'isolated' },
        { message: 'was approved by "Head of IT" (p-cio), who is not recorded as top management', subjects: [{ register: 'persons', id: 'p-cio' }] },
      ],
    },
    {
      name: 'marked AI-specific but its text is an information security policy',
      aims: org(sound(), policyDoc(isText)),
      reports: [{ outcome: 'needs-review', message: 'its current text never mentions AI', subjects: [{ register: 'documents', id: 'doc-policy' }] }],
    },
    {
      name: 'marked AI-specific but recorded as adapted from an ethics statement',
      aims: org(sound({ derivedFrom: 'ethics-statement' })),
      reports: [{ outcome: 'needs-review', message: 'it is recorded as adapted from an ethics statement' }],
    },
    {
      name: 'the approved version in force speaks of information security, an older draft spoke of AI',
      aims: org(sound(), policyDoc(undefined, {
        versions: [
          { version: '0.9', status: 'draft', createdOn: '2025-11-01', content: aiText },
          { version: '1.0', status: 'approved', approvedOn: '2026-01-10', effectiveOn: '2026-01-15', content: `${isText} It also covers AI.` },
        ],
      })),
      reports: [{ outcome: 'needs-review', message: 'speaks more of information security, confidentiality, integrity and availability, ISMS and ISO/IEC 27001 than of AI' }],
    },
    {
      name: 'communications only planned after the day of the check do not count',
      aims: org(sound({ communications: [{ date: '2026-11-02', audience: 'All staff', channel: 'Intranet' }] }), policyDoc(aiText), {
        communicationLog: [build.communicationLog({ topic: 'ai-policy', date: '2026-12-01' }), build.communicationLog({ topic: 'incidents', date: '2026-03-01' })],
      }),
      reports: [{ message: 'has no record of being communicated' }],
    },
    {
      name: 'a policy only published externally is not communicated within the organisation',
      aims: org(sound({ communications: [] }), policyDoc(aiText), {
        communicationLog: [build.communicationLog({ topic: 'ai-policy', direction: 'external', audience: 'Customers', date: '2026-02-01' })],
      }),
      reports: [{ message: 'has no record of being communicated within the organisation' }],
    },
  ],
});
