// ai-policy-borrowed (5.2, A.2.2): no AI policy, or one borrowed from an information security policy or ethics
// statement: not AI-specific, framing no objectives, not approved by top management, or never communicated.
import type { AiPolicy, DocumentVersion, SnapshotIndex } from '../domain/index.ts';
import { aiMentions, informationSecurityMentions, informationSecuritySignals } from '../domain/predicates/text-signals.ts';
import { defineCheck } from './define-check.ts';
import { named, organisationSubject, subjectOf } from './shared/finding-subjects.ts';
import { listForMessage } from '../domain/wording.ts';
import type { Subject } from './types.ts';

const borrowedFrom = { 'information-security-policy': 'the information security policy', 'ethics-statement': 'an ethics statement' } as const;

export default defineCheck({
  id: 'ai-policy-borrowed',
  meta: {
    title: 'The AI policy is written for AI, frames the objectives, is approved by top management and communicated',
    severity: 'major',
    surfaces: ['stage-1'],
    refs: ['5.2', 'A.2.2'],
    description:
      'At Stage 1 the auditor reads the AI policy first. It must be specific to AI, not an ISO/IEC 27001 information ' +
      'security policy or an ethics statement with "AI" added; it must give the framework for the AI objectives; top ' +
      'management must have approved it; and it must have been communicated within the organisation. A borrowed policy ' +
      'usually fails the framework-for-objectives requirement first.',
    messages: {
      noPolicy: 'There is no AI policy: nothing records the policy top management sets for AI (5.2).',
      notAiSpecific: 'AI policy {{policy}} is not specific to AI{{origin}}.',
      framesNoObjectives: 'AI policy {{policy}} frames no AI objectives: it links none.',
      notApproved: 'AI policy {{policy}} has no recorded approval by top management.',
      approverNotTopManagement: 'AI policy {{policy}} was approved by {{approver}}, who is not recorded as top management.',
      notCommunicated: 'AI policy {{policy}} has no record of being communicated within the organisation.',
      readsBorrowed:
        'AI policy {{policy}} is marked AI-specific, but {{reason}}: read it and confirm it addresses the organisation’s AI systems.',
    },
    fix:
      'Have {{which}} written for the organisation’s AI systems (not an information security policy or ethics statement ' +
      'relabelled), framing the AI objectives it links, approved by a member of top management (approvedById, a person ' +
      'with topManagement), and communicated to staff with a dated record.',
  },
  run({ aims, index, now, report }) {
    if (aims.aiPolicies.length === 0) {
      report({ messageId: 'noPolicy', data: { which: 'an AI policy' }, subjects: [organisationSubject(aims)], grade: { extent: 'absent' } });
      return;
    }
    // 5.2 asks for communication within the organisation: publishing the policy to outsiders is not that.
    const loggedPolicyCommunication = aims.communicationLog.some((c) => c.topic === 'ai-policy' && c.direction === 'internal' && c.date <= now);

    for (const p of aims.aiPolicies) {
      const policy = named({ label: p.title, id: p.id });
      const subjects: Subject[] = [subjectOf('aiPolicies', p)];
      const data = { policy, which: `AI policy ${policy}` };
      const origin = p.derivedFrom === 'information-security-policy' || p.derivedFrom === 'ethics-statement' ? p.derivedFrom : undefined;

      if (!p.aiSpecific) {
        // A policy that is not about AI leaves the AIMS without an AI policy in substance.
        report({ messageId: 'notAiSpecific', data: { ...data, origin: origin ? `: it was adapted from ${borrowedFrom[origin]}` : '' }, subjects, grade: { extent: 'broken-down' } });
      } else {
        const reason = borrowedReason(p, origin, index);
        if (reason) {
          const doc = index.documents.get(p.documentId);
          report({
            messageId: 'readsBorrowed',
            data: { ...data, reason },
            subjects: [...subjects, ...(doc ? [subjectOf('documents', doc)] : [])],
            outcome: 'needs-review',
          });
        }
      }

      if (!(p.objectiveIds ?? []).some((id) => index.aiObjectives.has(id))) {
        report({ messageId: 'framesNoObjectives', data, subjects, grade: { extent: 'isolated' } });
      }

      if (p.approvedById === undefined) {
        report({ messageId: 'notApproved', data, subjects, grade: { extent: 'isolated' } });
      } else {
        const approver = index.persons.get(p.approvedById);
        if (approver?.topManagement !== true) {
          report({
            messageId: 'approverNotTopManagement',
            data: { ...data, approver: approver ? named({ label: approver.name, id: approver.id }) : `"${p.approvedById}"` },
            subjects: [...subjects, ...(approver ? [subjectOf('persons', approver)] : [])],
            grade: { extent: 'isolated' },
          });
        }
      }

      const communicated = (p.communications ?? []).some((c) => c.date <= now) || loggedPolicyCommunication;
      if (!communicated) report({ messageId: 'notCommunicated', data, subjects, grade: { extent: 'isolated' } });
    }
  },
});

/** The version in force: the latest approved one, or failing that the latest written. */
function currentVersion(versions: readonly DocumentVersion[]): DocumentVersion | undefined {
  const approved = versions.filter((v) => v.status === 'approved');
  const pool = approved.length > 0 ? approved : versions;
  let best: DocumentVersion | undefined;
  let bestDate = '';
  for (const v of pool) {
    const date = v.effectiveOn ?? v.approvedOn ?? v.createdOn ?? '';
    if (best === undefined || date >= bestDate) [best, bestDate] = [v, date];
  }
  return best;
}

/** Why a policy marked AI-specific still looks borrowed: its recorded origin, or its text. */
function borrowedReason(p: AiPolicy, origin: keyof typeof borrowedFrom | undefined, index: SnapshotIndex): string | undefined {
  const reasons: string[] = [];
  if (origin) reasons.push(`it is recorded as adapted from ${borrowedFrom[origin]}`);
  const text = currentVersion(index.documents.get(p.documentId)?.versions ?? [])?.content;
  if (text !== undefined) {
    const ai = aiMentions(text);
    const infosec = informationSecurityMentions(text);
    if (ai === 0) reasons.push('its current text never mentions AI');
    // More information security wording than AI wording: an ISO/IEC 27001 policy with AI added.
    else if (infosec > ai) reasons.push(`its current text speaks more of ${listForMessage(informationSecuritySignals(text))} than of AI`);
  }
  return reasons.length > 0 ? listForMessage(reasons) : undefined;
}
