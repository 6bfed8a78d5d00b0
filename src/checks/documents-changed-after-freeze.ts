// documents-changed-after-freeze: documents approved or changed after the pre-audit version freeze. The freeze is
// audit preparation, not a requirement of the Standard, so a change is a readiness hint for a person, never a finding.
import { activeFreeze, documentsChangedSince } from '../domain/certification/index.ts';
import { defineCheck } from './define-check.ts';

export default defineCheck({
  id: 'documents-changed-after-freeze',
  meta: {
    title: 'Documents stay at their frozen versions until the audit (a readiness hint)',
    severity: 'observation',
    surfaces: ['stage-1', 'stage-2'],
    refs: ['7.5'],
    description:
      'Before an audit the organisation fixes the versions of its documents so the audit team does not chase a moving target. '
      + 'The freeze is preparation, not a requirement of ISO/IEC 42001: changing a document after it breaks no clause, and '
      + 'an auditor raises nothing for it. What the auditor will do is read the version in force rather than the one sent, '
      + 'and ask of a policy approved days before the audit whether it is operating yet and whether people know it. '
      + 'So a change after the freeze is a hint to send the current version or take a new freeze, never a finding.',
    messages: {
      changed: 'Document {{document}} changed after the freeze of {{frozenOn}}{{forAudit}}: {{reasons}}. Readiness hint: the audit team will read the version in force, not the one frozen.',
    },
    fix:
      'Either bring {{documentId}} back to its frozen version until the audit, or take a new freeze baseline that includes '
      + 'the change and send the audit team the new version with its change summary.',
  },
  run({ aims, index, now, report, pass, notApplicable }) {
    const freeze = activeFreeze(aims, now);
    if (!freeze) {
      notApplicable('No document freeze baseline is recorded.');
      return;
    }
    const { baseline, audit } = freeze;
    if (freeze.ended) {
      notApplicable(`The latest freeze (${baseline.frozenOn}) was for ${audit ? `${audit.kind} ${audit.id}` : 'an audit'}, which is over.`);
      return;
    }
    const forAudit = audit ? ` for ${audit.kind} ${audit.id}` : '';
    for (const change of documentsChangedSince(aims, baseline)) {
      report({
        messageId: 'changed',
        outcome: 'needs-review',
        data: {
          document: `"${change.title}" (${change.documentId})`,
          documentId: change.documentId,
          frozenOn: baseline.frozenOn,
          forAudit,
          reasons: change.reasons.join('; '),
        },
        subjects: [
          { register: 'documents', id: change.documentId, label: index.documents.get(change.documentId)?.title ?? change.documentId },
          { register: 'freezeBaselines', id: baseline.id },
        ],
      });
    }
    pass([{ register: 'freezeBaselines', id: baseline.id, label: baseline.frozenOn }]);
  },
});
