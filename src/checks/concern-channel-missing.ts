// concern-channel-missing (A.3.3): no planned, communicated channel through which people can report concerns about AI.
import { defineCheck } from './define-check.ts';
import { organisationSubject, subjectOf } from './shared/finding-subjects.ts';
import { justifiedExclusion } from './shared/soa-exclusions.ts';
import { listForMessage, plural } from '../domain/wording.ts';

export default defineCheck({
  id: 'concern-channel-missing',
  meta: {
    title: 'A channel for reporting concerns about AI systems is defined and made known',
    severity: 'minor',
    surfaces: ['stage-1', 'stage-2'],
    refs: ['A.3.3', '7.4'],
    description:
      'Auditors ask how someone inside or outside the organisation can raise a concern about an AI system: which ' +
      'channel, who is told about it, who handles what comes in. They expect it in the communication plan, not ' +
      'only as an inbox someone happens to know about.',
    messages: {
      noChannel:
        'There is no channel for reporting concerns about AI systems: the communication plan has no entry on concern reporting and no concern report has been received.',
      unplannedChannel:
        'Concerns are being received ({{received}}, through {{channels}}), but no communication plan entry makes this channel known to the people who might use it.',
    },
    fix:
      'Add a communication plan entry with topic "concern-reporting" that names the channel (for example {{channel}}), ' +
      'who it is for (staff, users, affected persons), when and how it is announced, and who handles reports; then ' +
      'announce it and keep the record in the communication log.',
  },
  run({ aims, report, pass, notApplicable }) {
    const excluded = justifiedExclusion(aims, 'A.3.3');
    if (excluded) {
      notApplicable(`The Statement of Applicability excludes A.3.3: ${excluded.justification ?? ''}`);
      return;
    }
    const planned = aims.communicationPlan.filter((e) => e.topic === 'concern-reporting');
    if (planned.length > 0) {
      pass(planned.map((e) => subjectOf('communicationPlan', e)));
      return;
    }
    const channels = [...new Set(aims.concernReports.map((c) => c.channel.trim()).filter((c) => c !== ''))];
    if (aims.concernReports.length > 0) {
      report({
        messageId: 'unplannedChannel',
        // Reports do arrive, so a channel works in practice; what is missing is planning and telling people of it.
        grade: { extent: 'potential' },
        data: {
          received: plural(aims.concernReports.length, 'report'),
          channels: listForMessage(channels, 3, { quoted: true }),
          channel: channels[0] === undefined ? 'an ethics hotline or a web form' : `"${channels[0]}"`,
        },
        subjects: [organisationSubject(aims)],
      });
      return;
    }
    report({
      messageId: 'noChannel',
      grade: { extent: 'absent' },
      data: { channel: 'an ethics hotline or a web form' },
      subjects: [organisationSubject(aims)],
    });
  },
});
