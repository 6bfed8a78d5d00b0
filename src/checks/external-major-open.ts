// external-major-open: a major nonconformity raised by the certification body is still open, which blocks its decision.
import { assessExternalFinding, majorBlocks } from '../domain/certification/index.ts';
import { daysBetween } from '../domain/index.ts';
import { defineCheck } from './define-check.ts';
import type { Subject } from './types.ts';

const auditWords: Record<string, string> = {
  'stage-1': 'Stage 1', 'stage-2': 'Stage 2', 'surveillance-1': 'the first surveillance audit', 'surveillance-2': 'the second surveillance audit',
  recertification: 'the recertification audit', 'follow-up': 'a follow-up audit', special: 'a special audit',
};

const days = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`;

export default defineCheck({
  id: 'external-major-open',
  meta: {
    title: 'No major nonconformity from the certification body is left open',
    severity: 'major',
    surfaces: ['stage-2', 'surveillance', 'recertification'],
    refs: ['17021-1'],
    description:
      'A major nonconformity raised by the certification body means the management system cannot be shown to achieve its '
      + 'intended results. The body takes no certification (or recertification) decision while one is open; it verifies the '
      + 'correction and corrective action, often at a follow-up audit. A Stage 2 major not verified closed within 6 months of '
      + 'the last day of Stage 2 means Stage 2 is done again (an ISO/IEC 17021-1 rule).',
    messages: {
      open: 'Major nonconformity {{finding}} raised at {{audit}} on {{raisedOn}} is open: it blocks {{blocks}}.{{limit}}{{tracking}}',
      pastStage2Limit:
        'Major nonconformity {{finding}} raised at Stage 2 is still open {{late}} after its limit of {{limitDate}} ({{basis}}): '
        + 'Stage 2 must be repeated before a certification decision.{{tracking}}',
      pastLimit: 'Major nonconformity {{finding}} raised at {{audit}} is still open after its limit of {{limitDate}} ({{basis}}): it blocks {{blocks}}.{{tracking}}',
    },
    fix:
      'Correct {{findingId}}, find and act on its root cause in the 10.2 register, and send the body the evidence so it can '
      + 'verify closure (a follow-up audit if it asks for one); then record the closure and the audit that verified it.',
  },
  run({ aims, index, now, report, pass, notApplicable }) {
    if (aims.externalFindings.length === 0) {
      notApplicable('No finding from a certification body is recorded.');
      return;
    }
    const seen: Subject[] = [];
    for (const finding of aims.externalFindings) {
      const subject: Subject = { register: 'externalFindings', id: finding.id, label: finding.description };
      if (finding.classification !== 'major' || finding.status !== 'open') {
        if (finding.classification === 'major') seen.push(subject);
        continue;
      }
      const a = assessExternalFinding(finding, aims, now);
      const audit = index.externalAudits.get(finding.auditId);
      const subjects: Subject[] = [subject, ...(audit ? [{ register: 'externalAudits' as const, id: audit.id, label: audit.kind }] : [])];
      const tracked = finding.nonconformityId && index.nonconformities.has(finding.nonconformityId);
      const data = {
        finding: `"${finding.description}" (${finding.id})`,
        findingId: finding.id,
        audit: audit ? (auditWords[audit.kind] ?? audit.kind) : `audit ${finding.auditId}`,
        raisedOn: finding.raisedOn,
        blocks: majorBlocks(audit?.kind),
        tracking: tracked ? '' : ' It is not tracked in the 10.2 nonconformity register.',
        limit: a.limit ? ` It must be verified closed by ${a.limit.date} (${a.limit.basis}).` : '',
        limitDate: a.limit?.date ?? '',
        basis: a.limit?.basis ?? '',
        late: a.limit ? days(daysBetween(a.limit.date, now)) : '',
      };
      if (a.pastLimit && a.limit?.rule === 'stage-2-major') report({ messageId: 'pastStage2Limit', data, subjects });
      else if (a.pastLimit) report({ messageId: 'pastLimit', data, subjects });
      else report({ messageId: 'open', data, subjects });
    }
    pass(seen);
  },
});
