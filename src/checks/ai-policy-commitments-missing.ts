// ai-policy-commitments-missing (5.2, A.2.3): an AI policy without the two commitments 5.2 requires (to satisfy
// applicable requirements, to improve the AIMS continually), or with no record of its alignment with other policies.
import type { SnapshotIndex } from '../domain/index.ts';
import { isBlank } from '../domain/predicates/free-text.ts';
import { listForMessage } from '../domain/wording.ts';
import { defineCheck } from './define-check.ts';
import { named, subjectOf } from './shared/finding-subjects.ts';
import { justifiedExclusion } from './shared/soa-exclusions.ts';

const commitmentWords = {
  'applicable-requirements': 'to satisfy applicable requirements (5.2 c)',
  'continual-improvement': 'to continual improvement of the AIMS (5.2 d)',
} as const;

type RequiredCommitment = keyof typeof commitmentWords;
const required = Object.keys(commitmentWords) as RequiredCommitment[];

/** How a policy's text makes each commitment, when its structured record leaves it out. */
const commitmentWording: Record<RequiredCommitment, RegExp> = {
  'applicable-requirements': /\b(applicable|legal|regulatory|statutory|contractual)( and \w+)? (requirements|obligations)\b|\bcomply with (all )?(applicable )?(laws?|legislation|regulations?)\b/i,
  'continual-improvement': /\bcontinu(al|ous)(ly)? improv/i,
};

export default defineCheck({
  id: 'ai-policy-commitments-missing',
  meta: {
    title: 'The AI policy makes the commitments 5.2 requires and is aligned with the other policies',
    severity: 'minor',
    surfaces: ['stage-1'],
    refs: ['5.2', 'A.2.3'],
    description:
      'The auditor reads the AI policy for two commitments 5.2 requires word for word in substance: to satisfy ' +
      'applicable requirements, and to continual improvement of the AIMS. Under A.2.3 they then ask which other ' +
      'policies (information security, data protection, model risk, procurement, HR) touch AI and how the organisation ' +
      'made sure they say the same thing.',
    messages: {
      commitmentsMissing: 'AI policy {{policy}} does not commit {{missing}}.',
      notAligned:
        'AI policy {{policy}} records no other organisational policy it was aligned with{{systems}}, so nothing shows where other policies touch AI and that they agree with it.',
    },
    fix:
      'In AI policy {{policyId}}: {{todo}}.',
  },
  run({ aims, index, report, pass, notApplicable }) {
    if (aims.aiPolicies.length === 0) {
      notApplicable('There is no AI policy; ai-policy-borrowed reports that.');
      return;
    }
    // A justified exclusion of A.2.3 takes the alignment out of the check; the commitments of 5.2 always apply.
    const alignmentApplies = justifiedExclusion(aims, 'A.2.3') === undefined;
    const systems = aims.organisation.certifiedManagementSystems ?? [];
    for (const p of aims.aiPolicies) {
      const subjects = [subjectOf('aiPolicies', p)];
      const base = { policy: named({ label: p.title, id: p.id }), policyId: p.id };
      const text = policyText(index, p.documentId);
      const missing = required.filter((c) => !(p.commitments ?? []).includes(c) && !(text !== undefined && commitmentWording[c].test(text)));
      if (missing.length > 0) {
        report({
          messageId: 'commitmentsMissing',
          // One commitment left out is a gap in a policy that otherwise stands; neither of them is a policy that commits to nothing 5.2 asks.
          grade: { extent: missing.length === required.length ? 'absent' : 'isolated', requirement: '5.2' },
          data: {
            ...base,
            missing: listForMessage(missing.map((c) => commitmentWords[c])),
            todo: `state the commitment ${listForMessage(missing.map((c) => commitmentWords[c]))}, and record it in the policy's commitments`,
          },
          subjects,
        });
      }
      if (alignmentApplies && (p.alignedPolicies ?? []).filter((a) => !isBlank(a)).length === 0) {
        report({
          messageId: 'notAligned',
          // The policy stands and A.2.3's alignment is a step of it left unrecorded.
          grade: { extent: 'isolated', requirement: 'A.2.3' },
          data: {
            ...base,
            systems: systems.length > 0 ? ` although the organisation runs ${listForMessage(systems)}, whose policies touch AI` : '',
            todo: 'list the other policies that touch AI (e.g. information security, data protection, procurement), check each for consistency with the AI policy, and record them as aligned policies',
          },
          subjects,
        });
      }
      pass(subjects);
    }
  },
});

/** The text of the policy's version in force: the latest approved version with content, else the latest with content. */
function policyText(index: SnapshotIndex, documentId: string): string | undefined {
  const versions = (index.documents.get(documentId)?.versions ?? []).filter((v) => !isBlank(v.content));
  const approved = versions.filter((v) => v.status === 'approved');
  const pool = approved.length > 0 ? approved : versions;
  const dateOf = (v: (typeof pool)[number]) => v.effectiveOn ?? v.approvedOn ?? v.createdOn ?? '';
  return pool.reduce<(typeof pool)[number] | undefined>((a, v) => (a === undefined || dateOf(v) >= dateOf(a) ? v : a), undefined)?.content;
}
