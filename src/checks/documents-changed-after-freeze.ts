// documents-changed-after-freeze: documents approved or changed after the pre-audit version freeze (7.5.3).
import { activeFreeze, documentsChangedSince } from '../domain/certification/index.ts';
import { defineCheck } from './define-check.ts';

export default defineCheck({
  id: 'documents-changed-after-freeze',
  meta: {
    title: 'Documents stay at their frozen versions until the audit',
    severity: 'observation',
    surfaces: ['stage-1', 'stage-2'],
    refs: ['7.5', '7.5.3'],
    description:
      'Before an audit the organisation fixes the versions of its documents so the audit team does not chase a moving target. '
      + 'An auditor who finds a policy or procedure approved days before the audit asks whether it is operating yet, whether '
      + 'people know it, and why version control let it through; a version in force that is not the one sent for review '
      + 'undermines the document control of 7.5.3.',
    messages: {
      changed: 'Document {{document}} changed after the freeze of {{frozenOn}}{{forAudit}}: {{reasons}}.',
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
