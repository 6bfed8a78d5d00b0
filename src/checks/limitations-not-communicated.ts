// limitations-not-communicated: an in-scope AI system with known limitations that are not communicated to its users:
// outside the organisation for customers and the public, inside it where the users are staff.
import type { AiSystem, CommunicationPlanEntry } from '../domain/index.ts';
import { activeAiSystemsInScope } from '../domain/predicates/aims-scope.ts';
import { named, subjectOf } from './shared/finding-subjects.ts';
import { isBlank } from '../domain/predicates/free-text.ts';
import { plural } from '../domain/wording.ts';
import { defineCheck } from './define-check.ts';
import { listForMessage } from '../domain/wording.ts';
import { reportLapses, type Lapse } from './shared/nonconformity.ts';
import { highRiskReasonOfAny } from './shared/risk-class.ts';

const TOPIC = 'known-limitations';

/** Systems an entry covers; an entry naming no system covers every system. */
type Coverage = { readonly all: boolean; readonly ids: ReadonlySet<string> };

function addCoverage(into: { all: boolean; ids: Set<string> }, aiSystemIds: readonly string[] | undefined): void {
  if (!aiSystemIds || aiSystemIds.length === 0) into.all = true;
  else for (const id of aiSystemIds) into.ids.add(id);
}

const covers = (c: Coverage, id: string) => c.all || c.ids.has(id);

type Direction = 'internal' | 'external';

/**
 * Where the users of a system are reached (A.8.2 is about the system's users): inside the organisation when they are
 * staff, outside when they are customers or the public, both when both use it. A system that does not say who uses
 * it is taken to have users outside, the case 7.4's external limb exists for.
 */
function directionsFor(system: AiSystem): Direction[] {
  // The users of a general-purpose tool staff use are staff, whatever else the record says.
  if (system.generalPurposeTool === true) return ['internal'];
  if (system.users === 'internal') return ['internal'];
  if (system.users === 'internal-and-external') return ['internal', 'external'];
  return ['external'];
}

const usersWords: Record<Direction, string> = { internal: 'the staff who use it', external: 'its users outside the organisation' };

export default defineCheck({
  id: 'limitations-not-communicated',
  meta: {
    title: 'Known limitations of AI systems are communicated to their users',
    severity: 'minor',
    surfaces: ['stage-2'],
    refs: ['7.4', 'A.8.2'],
    euAiAct: ['Art 13'],
    description:
      'Reading the communication procedures and logs, the auditor looks for A.8.2 and 7.4: that the people who use an AI '
      + 'system are told what it cannot do well — customers and the public through external communication, staff '
      + 'through internal communication where the system is an internal tool. A system with recorded limitations that '
      + 'reach none of its users is the typical gap.',
    messages: {
      notCommunicatedAll: '{{count}} of the {{examined}} AI systems with known limitations have not communicated them to their users: {{systems}}.',
      notPlannedAll: '{{count}} AI systems in development with known limitations have no communication of them to their users planned before deployment: {{systems}}.',
      notCommunicated: 'AI system {{system}} has {{limitations}} but no {{direction}} communication of them to {{users}}: no {{direction}} plan entry on known limitations covers it and none was logged.',
      notPlannedInDevelopment: 'AI system {{system}} is in development with {{limitations}}, and no {{direction}} communication of them to {{users}} is planned before it is deployed.',
    },
    fix:
      'Add a communication plan entry ({{direction}}) with topic known-limitations for {{systemId}} (what: its limitations, '
      + 'audience: e.g. "{{audience}}", when: e.g. at onboarding and on each material change, channel: e.g. user documentation), '
      + 'then log each communication with the date, audience and the evidence.',
  },
  run({ aims, index, report, pass, notApplicable }) {
    const examined = activeAiSystemsInScope(aims)
      .filter((s) => s.status === 'in-operation' || s.status === 'in-development')
      .map((system) => ({ system, limitations: system.knownLimitations.filter((l) => !isBlank(l)) }))
      .filter((e) => e.limitations.length > 0);
    if (examined.length === 0) {
      notApplicable('No in-scope AI system in development or in operation records known limitations, so there are none to communicate.');
      return;
    }
    const planned = { internal: { all: false, ids: new Set<string>() }, external: { all: false, ids: new Set<string>() } };
    const logged = { internal: { all: false, ids: new Set<string>() }, external: { all: false, ids: new Set<string>() } };
    const planById = new Map<string, CommunicationPlanEntry>();
    for (const entry of aims.communicationPlan) {
      planById.set(entry.id, entry);
      if (entry.topic === TOPIC && (entry.direction === 'external' || entry.direction === 'internal')) addCoverage(planned[entry.direction], entry.aiSystemIds);
    }
    for (const entry of aims.communicationLog) {
      if (entry.topic !== TOPIC || (entry.direction !== 'external' && entry.direction !== 'internal')) continue;
      // A log entry that names no system carries out its plan entry, and so covers what that entry covers.
      addCoverage(logged[entry.direction], entry.aiSystemIds?.length ? entry.aiSystemIds : planById.get(entry.planEntryId ?? '')?.aiSystemIds);
    }
    type M = 'notCommunicated' | 'notPlannedInDevelopment' | 'notCommunicatedAll' | 'notPlannedAll';
    const operating: Lapse<M>[] = [];
    const developing: Lapse<M>[] = [];
    for (const { system, limitations } of examined) {
      const subject = subjectOf('aiSystems', system);
      const missing = directionsFor(system).filter((d) => !covers(planned[d], system.id) && !covers(logged[d], system.id));
      if (missing.length === 0) {
        pass([subject]);
        continue;
      }
      const inDevelopment = system.status === 'in-development';
      (inDevelopment ? developing : operating).push({
        messageId: inDevelopment ? 'notPlannedInDevelopment' : 'notCommunicated',
        subjects: [subject],
        data: {
          system: named(system),
          systemId: system.id,
          limitations: plural(limitations.length, 'known limitation'),
          direction: missing.join(' and '),
          users: missing.map((d) => usersWords[d]).join(' and '),
          audience: missing.includes('external') ? 'customers and people affected by its decisions' : 'staff who use the system',
        },
      });
    }
    const summary = (list: Lapse<M>[]) => () => ({
      examined: examined.length, systems: listForMessage(list.map((l) => String(l.data['system'])), 6),
      systemId: 'each system listed', direction: 'internal or external, as each system\'s users are', audience: 'the people who use each system',
    });
    const highRisk = highRiskReasonOfAny(aims, index, operating.map((l) => l.subjects[0]!.id));
    reportLapses(report, operating, { summary: 'notCommunicatedAll', data: summary(operating), grade: { examined: examined.length, ...(highRisk ? { highRisk } : {}) } });
    // Before deployment nobody relies on the system yet: the missing plan is a potential issue.
    reportLapses(report, developing, { summary: 'notPlannedAll', data: summary(developing), grade: { extent: 'potential' } });
  },
});
