// limitations-not-communicated: an in-scope AI system with known limitations that are communicated to no one outside.
import type { CommunicationPlanEntry } from '../domain/index.ts';
import { activeAiSystemsInScope } from './shared/aims-scope.ts';
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

export default defineCheck({
  id: 'limitations-not-communicated',
  meta: {
    title: 'Known limitations of AI systems are communicated externally',
    severity: 'minor',
    surfaces: ['stage-2'],
    refs: ['7.4', 'A.8.2'],
    euAiAct: ['Art 13'],
    description:
      'Reading the communication procedures and logs, the auditor looks for the external limb of 7.4: that the people who '
      + 'use or are affected by an AI system are told what it cannot do well. A system with recorded limitations that '
      + 'appear in no external communication plan and no external communication is the typical gap.',
    messages: {
      notCommunicatedAll: '{{count}} of the {{examined}} AI systems with known limitations have no external communication of them: {{systems}}.',
      notPlannedAll: '{{count}} AI systems in development with known limitations have no communication of them planned before deployment: {{systems}}.',
      notCommunicated: 'AI system {{system}} has {{limitations}} but no external communication of them: no external plan entry on known limitations covers it and none was logged.',
      notPlannedInDevelopment: 'AI system {{system}} is in development with {{limitations}}, and no external communication of them is planned before it is deployed.',
    },
    fix:
      'Add an external communication plan entry with topic known-limitations for {{systemId}} (what: its limitations, '
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
    // The users of a general-purpose tool staff use are staff: for it, communication inside the organisation reaches them.
    const coverage = (direction: 'internal' | 'external') => {
      const planned = { all: false, ids: new Set<string>() };
      const planById = new Map<string, CommunicationPlanEntry>();
      for (const entry of aims.communicationPlan) {
        planById.set(entry.id, entry);
        if (entry.direction === direction && entry.topic === TOPIC) addCoverage(planned, entry.aiSystemIds);
      }
      const logged = { all: false, ids: new Set<string>() };
      for (const entry of aims.communicationLog) {
        if (entry.direction !== direction || entry.topic !== TOPIC) continue;
        // A log entry that names no system carries out its plan entry, and so covers what that entry covers.
        addCoverage(logged, entry.aiSystemIds?.length ? entry.aiSystemIds : planById.get(entry.planEntryId ?? '')?.aiSystemIds);
      }
      return (id: string) => covers(planned, id) || covers(logged, id);
    };
    const external = coverage('external');
    const internal = coverage('internal');
    type M = 'notCommunicated' | 'notPlannedInDevelopment' | 'notCommunicatedAll' | 'notPlannedAll';
    const operating: Lapse<M>[] = [];
    const developing: Lapse<M>[] = [];
    for (const { system, limitations } of examined) {
      const subject = subjectOf('aiSystems', system);
      if (external(system.id) || (system.generalPurposeTool === true && internal(system.id))) {
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
          audience: 'customers and people affected by its decisions',
        },
      });
    }
    const summary = (list: Lapse<M>[]) => () => ({
      examined: examined.length, systems: listForMessage(list.map((l) => String(l.data['system'])), 6),
      systemId: 'each system listed', audience: 'customers and people affected by its decisions',
    });
    const highRisk = highRiskReasonOfAny(aims, index, operating.map((l) => l.subjects[0]!.id));
    reportLapses(report, operating, { summary: 'notCommunicatedAll', data: summary(operating), grade: { examined: examined.length, ...(highRisk ? { highRisk } : {}) } });
    // Before deployment nobody outside relies on the system yet: the missing plan is a potential issue.
    reportLapses(report, developing, { summary: 'notPlannedAll', data: summary(developing), grade: { extent: 'potential' } });
  },
});
