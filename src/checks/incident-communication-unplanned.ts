// incident-communication-unplanned (A.8.4): no plan for communicating AI incidents, or a serious incident not
// reported to the authority within its EU AI Act Art 73 deadline.
import { awareOn, seriousIncidentStatus } from '../domain/predicates/serious-incident.ts';
import { defineCheck } from './define-check.ts';
import { activeAiSystemsInScope } from '../domain/predicates/aims-scope.ts';
import { organisationSubject, subjectOf } from './shared/finding-subjects.ts';
import { justifiedExclusion } from './shared/soa-exclusions.ts';
import { plural } from '../domain/wording.ts';

export default defineCheck({
  id: 'incident-communication-unplanned',
  meta: {
    title: 'Communicating AI incidents is planned, and serious incidents are reported in time',
    severity: 'minor',
    surfaces: ['stage-1', 'stage-2'],
    refs: ['A.8.4', '7.4'],
    euAiAct: ['Art 73'],
    description:
      'Auditors look for a plan saying who is told about an AI incident (users, customers, authorities), by whom, ' +
      'how and how fast, and they sample incident records to see it followed. Where an incident is serious under ' +
      'the EU AI Act, the report to the market surveillance authority has a legal deadline: 15 days from becoming ' +
      'aware, 10 days on a death, 2 days for a widespread or critical-infrastructure incident.',
    messages: {
      noPlan: 'The communication plan has no entry on incidents: nobody has decided who is told about an AI incident, by whom and how fast{{incidentNote}}.',
      overdue:
        'Serious incident "{{incident}}" ({{id}}) has not been reported to the authority; the EU AI Act Art 73 deadline was {{deadline}}, {{days}} days after the organisation became aware of it on {{awareOn}}.',
      late:
        'Serious incident "{{incident}}" ({{id}}) was reported to the authority on {{reportedOn}}, after its EU AI Act Art 73 deadline of {{deadline}} ({{days}} days from {{awareOn}}).',
      kindUnknown:
        'Serious incident "{{incident}}" ({{id}}) does not say which kind of serious incident it is, so its Art 73 deadline is somewhere between {{earliest}} and {{latest}}; it was {{reportState}}. Record the kind to decide whether it was reported in time.',
    },
    fix:
      'Keep a communication plan entry with topic "incidents" that says, for each audience (users, customers, the ' +
      'market surveillance authority), what is told, by whom, through which channel and within how long, and track ' +
      'the Art 73 deadline of each serious incident from the day the organisation became aware of it. {{action}}',
  },
  run({ aims, now, report, pass, notApplicable }) {
    const inScopeSystems = activeAiSystemsInScope(aims);
    const planned = aims.communicationPlan.filter((e) => e.topic === 'incidents');
    if (inScopeSystems.length === 0 && aims.incidents.length === 0 && planned.length === 0) {
      notApplicable('There is no AI system in the AIMS scope and no incident to communicate.');
      return;
    }
    if (planned.length === 0 && !justifiedExclusion(aims, 'A.8.4')) {
      report({
        messageId: 'noPlan',
        data: {
          incidentNote: aims.incidents.length > 0 ? `, although ${plural(aims.incidents.length, 'incident has', 'incidents have')} been recorded` : '',
          action: 'Then record each incident’s communications against that entry.',
        },
        subjects: [organisationSubject(aims)],
      });
    } else {
      pass(planned.map((e) => subjectOf('communicationPlan', e)));
    }

    for (const incident of aims.incidents) {
      const status = seriousIncidentStatus(incident, now);
      const base = { incident: incident.title, id: incident.id, awareOn: awareOn(incident) };
      const subjects = [subjectOf('incidents', incident)];
      switch (status.kind) {
        case 'not-serious':
        case 'due':
        case 'reported-in-time':
          continue;
        case 'overdue':
          report({
            messageId: 'overdue',
            // An unmade legal report of a serious incident (EU AI Act Art 73, high-risk systems): the risk class raises it.
            grade: { extent: 'isolated', highRisk: `"${incident.title}" is a serious incident under the EU AI Act whose legal report is overdue` },
            data: { ...base, deadline: status.deadline, days: status.days, action: `Now: report "${incident.title}" to the market surveillance authority (an initial, incomplete report is allowed), record the date in reportedToAuthorityOn, and raise a nonconformity on why the deadline was missed.` },
            subjects,
          });
          break;
        case 'reported-late':
          report({
            messageId: 'late',
            grade: { extent: 'isolated' },
            data: { ...base, reportedOn: incident.reportedToAuthorityOn ?? '', deadline: status.deadline, days: status.days, action: `Raise a nonconformity on the late report of "${incident.title}", find why the deadline was missed (late detection, unclear ownership, no deadline tracking) and change the incident procedure so the next report is in time.` },
            subjects,
          });
          break;
        case 'undecided':
          report({
            messageId: 'kindUnknown',
            outcome: 'needs-review',
            data: {
              ...base, earliest: status.earliestDeadline, latest: status.latestDeadline,
              reportState: incident.reportedToAuthorityOn ? `reported on ${incident.reportedToAuthorityOn}` : `not reported as of ${now}`,
              action: `Set seriousKind of "${incident.title}" to death, widespread-or-critical-infrastructure or other, and report it to the authority at once if it is not reported yet.`,
            },
            subjects,
          });
          break;
      }
    }
  },
});
