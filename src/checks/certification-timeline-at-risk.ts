// certification-timeline-at-risk: surveillance overdue, recertification unscheduled or too late, a major's 6-month limit near.
import { cycleDueDates, recertificationWindow, restorationDeadline, timelineRisks, type TimelineRisk } from '../domain/certification/index.ts';
import { daysBetween, type AimsSnapshot } from '../domain/index.ts';
import { defineCheck } from './define-check.ts';
import type { Subject } from './types.ts';

const surveillanceRule: Record<string, string> = {
  'the first surveillance audit': 'within 12 months of the certification decision',
  'the second surveillance audit': 'surveillance at least once per calendar year',
};

function dataOf(risk: TimelineRisk, aims: AimsSnapshot, now: string) {
  const finding = aims.externalFindings.find((f) => f.id === risk.subject.id);
  const due = cycleDueDates(aims, now);
  // After a recertification the first surveillance keeps to the calendar-year rule, not the 12-month one.
  const rule = due && due.cycle > 1 && risk.milestone === 'surveillance-1'
    ? `surveillance at least once per calendar year after the recertification year (cycle ${due.cycle})`
    : surveillanceRule[risk.what] ?? '';
  const expiry = due?.certificate.expiresOn ?? risk.limit;
  const window = due ? recertificationWindow(expiry) : undefined;
  const actions: Record<TimelineRisk['kind'], string> = {
    'surveillance-overdue': `hold ${risk.what} now; an overdue surveillance can lead the body to suspend the certificate.`,
    'surveillance-planned-late': `move ${risk.what} to a date on or before ${risk.limit}.`,
    'surveillance-unscheduled': `book ${risk.what} with the body now, for a date on or before ${risk.limit}.`,
    'recertification-decision-after-expiry': `move the recertification audit earlier, to between ${window?.from} and ${window?.to}, or agree in writing a decision date before ${risk.limit}.`,
    'recertification-unscheduled': `book the recertification audit between ${window?.from} and ${window?.to}.`,
    'recertification-after-expiry': `move the recertification audit to between ${window?.from} and ${window?.to}.`,
    'recertification-too-close-to-expiry': `move the recertification audit to between ${window?.from} and ${window?.to}.`,
    'certificate-lapsed': `complete the outstanding recertification activities with the body by ${restorationDeadline(expiry)} (ISO/IEC 17021-1 allows restoring an expired certificate within 6 months of expiry; after that at least a Stage 2 is needed), and record the certificate’s real status.`,
    'major-limit-near': `close ${finding?.id ?? risk.subject.id} and send the body the evidence of correction and corrective action before ${risk.limit}.`,
    'audit-too-short': `book ${risk.what} on at least ${risk.booking?.needed} working days, or ask the body for a larger audit team${risk.booking?.teamRecorded ? '' : ' and record the team it names'}.`,
    'audit-on-holiday': `move ${risk.what} off the public holidays, or confirm with the body and the sites that they work on those days.`,
  };
  const b = risk.booking;
  return {
    what: risk.what.charAt(0).toUpperCase() + risk.what.slice(1),
    due: risk.limit,
    date: risk.date ?? '',
    rule,
    expiry,
    from: window?.from ?? '',
    to: window?.to ?? '',
    finding: finding ? `"${finding.description}" (${finding.id})` : risk.subject.id,
    daysLeft: daysBetween(now, risk.limit),
    action: actions[risk.kind],
    needed: b?.needed ?? '',
    booked: b?.booked ?? '',
    auditorDays: b?.auditorDays ?? '',
    team: b ? (b.teamRecorded ? `${b.auditors} auditor(s) counted in its team` : 'one auditor assumed, as no team is recorded') : '',
    holidays: b?.holidays.join('; ') ?? '',
  };
}

const messageOf = {
  'surveillance-overdue': 'surveillanceOverdue',
  'surveillance-planned-late': 'surveillancePlannedLate',
  'surveillance-unscheduled': 'surveillanceUnscheduled',
  'recertification-decision-after-expiry': 'recertificationDecisionAfterExpiry',
  'recertification-unscheduled': 'recertificationUnscheduled',
  'recertification-after-expiry': 'recertificationAfterExpiry',
  'recertification-too-close-to-expiry': 'recertificationTooClose',
  'certificate-lapsed': 'certificateLapsed',
  'major-limit-near': 'majorLimitNear',
  'audit-too-short': 'auditTooShort',
  'audit-on-holiday': 'auditOnHoliday',
} as const;

export default defineCheck({
  id: 'certification-timeline-at-risk',
  meta: {
    title: 'The certification cycle keeps to its dates',
    severity: 'major',
    surfaces: ['surveillance', 'recertification'],
    refs: ['17021-1'],
    description:
      'The certification body must hold the first surveillance audit within 12 months of the initial certification decision and '
      + 'surveil at least once per calendar year (after a recertification, the calendar-year rule alone sets the dates); a '
      + 'surveillance still unbooked 90 days before its deadline is at risk; the recertification decision must come before the certificate expires, so '
      + 'bodies usually hold the recertification audit 2–4 months before expiry (typical practice, not a rule). A Stage 2 major must be verified closed within 6 '
      + 'months of the last day of Stage 2 (ISO/IEC 17021-1). Missing these dates means suspension, a lapsed certificate or a repeated Stage 2. '
      + 'A booked audit must fit its auditor-days: with the lead auditor and auditors named (technical experts and observers do not count), '
      + 'on enough working days, not over the public holidays of the sites’ countries.',
    messages: {
      surveillanceOverdue: '{{what}} was due by {{due}} ({{rule}}) and has not been held.',
      surveillanceUnscheduled: '{{what}} is due by {{due}} ({{rule}}), {{daysLeft}} days from now, and is not booked.',
      recertificationDecisionAfterExpiry:
        'The recertification audit ends in time, but with the body\'s usual decision time after it the decision would come after the certificate expires on {{expiry}}: certification lapses on {{date}}.',
      surveillancePlannedLate: '{{what}} is planned for {{date}}, after its due date {{due}} ({{rule}}).',
      recertificationUnscheduled:
        'The certificate expires on {{expiry}} and no recertification audit is scheduled; bodies usually hold it between {{from}} and {{to}} (typical practice).',
      recertificationAfterExpiry:
        'The recertification audit is scheduled for {{date}}, after the certificate expires on {{expiry}}: the recertification decision must come before expiry, or certification lapses.',
      recertificationTooClose:
        'The recertification audit on {{date}} is less than 2 months before the certificate expires on {{expiry}}, leaving little time to close findings and decide (bodies usually hold it 2–4 months before: typical practice).',
      certificateLapsed: 'The certificate expired on {{expiry}} with no recertification decision recorded, yet it is still marked valid.',
      majorLimitNear:
        'Major nonconformity {{finding}} must be verified closed by {{due}}, {{daysLeft}} days from now (ISO/IEC 17021-1: within 6 months of the last day of Stage 2); otherwise Stage 2 is repeated.',
      auditTooShort:
        '{{what}} from {{date}} is booked on {{booked}} working day(s), but its {{auditorDays}} auditor-days need {{needed}} with {{team}} (weekends and the sites’ public holidays left out).',
      auditOnHoliday: '{{what}} from {{date}} is booked over public holidays of the sites’ countries: {{holidays}}.',
    },
    fix: 'Agree dates with the certification body that keep to the rules: {{action}}',
  },
  run({ aims, now, report, pass, notApplicable }) {
    const due = cycleDueDates(aims, now);
    const hasOpenMajor = aims.externalFindings.some((f) => f.classification === 'major' && f.status === 'open');
    const booked = aims.externalAudits.filter((a) => a.status === 'planned' && a.plannedStart !== undefined);
    if (!due && !hasOpenMajor && booked.length === 0) {
      notApplicable('No certificate yet, no audit booked and no open major nonconformity from the certification body: there is no cycle to keep to.');
      return;
    }
    for (const risk of timelineRisks(aims, now)) {
      const subjects: Subject[] = [{ register: risk.subject.register, id: risk.subject.id }];
      report({ messageId: messageOf[risk.kind], data: dataOf(risk, aims, now), subjects, severity: risk.severity });
    }
    if (due) pass([{ register: 'certificates', id: due.certificate.id, label: due.certificate.number }]);
    else if (booked.length > 0) pass(booked.map((a) => ({ register: 'externalAudits', id: a.id })));
  },
});
