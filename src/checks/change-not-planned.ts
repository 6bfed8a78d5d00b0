// change-not-planned (6.3, 8.1): changes to the AIMS carried out without a plan (no one responsible, no planned date,
// a significant change with its consequences unconsidered), and significant changes to AI systems with no planned change.
import { addMonths, daysBetween, isBefore, isOnOrBefore, type AiSystem, type PlannedChange } from '../domain/index.ts';
import { isBlank } from '../domain/predicates/free-text.ts';
import { listForMessage } from '../domain/wording.ts';
import { defineCheck } from './define-check.ts';
import { activeInScope } from '../domain/predicates/aims-scope.ts';
import { named, subjectOf } from './shared/finding-subjects.ts';
import { highRiskReasonOfAny } from './shared/risk-class.ts';

/** A planned change done or planned this close to an AI system's significant change is taken to be its plan. */
const MATCH_DAYS = 30;
/** System changes older than this are history an auditor no longer samples. */
const LOOK_BACK_MONTHS = 12;

export default defineCheck({
  id: 'change-not-planned',
  meta: {
    title: 'Changes to the AIMS and significant changes to AI systems are carried out as planned changes',
    severity: 'minor',
    surfaces: ['stage-2', 'surveillance'],
    refs: ['6.3', '8.1'],
    description:
      'The auditor takes recent changes (a new process, a re-organised team, a new model version) and asks for the ' +
      'plan: who was responsible, when it was to happen, and, for a significant change, what consequences were ' +
      'weighed. A change recorded after the fact with none of this, or a significant change to an AI system that no ' +
      'planned change describes, was made, not planned.',
    messages: {
      unplanned: '{{count}} of the {{examined}} approved or completed changes {{were}} carried out without a plan: {{changes}}.',
      systemChangedUnplanned:
        '{{count}} of the {{examined}} AI systems changed significantly in the last {{months}} months {{have}} no planned change describing it and no gate decision around it: {{systems}}.',
    },
    fix:
      'Record {{todo}} as a planned change with its purpose, the person responsible, the planned date, the resources ' +
      'and, for a significant change, its consequences (risks, impacts, integrity of the AIMS) before it is made.',
  },
  run({ aims, index, now, report, pass, notApplicable }) {
    const carried = aims.plannedChanges.filter((c) => c.status === 'approved' || c.status === 'done');
    const since = addMonths(now, -LOOK_BACK_MONTHS);
    const live = activeInScope(aims);
    const changedSystems = aims.aiSystems.filter(
      (s) => live(s) && s.lastSignificantChangeOn !== undefined && !isBefore(s.lastSignificantChangeOn, since) && isOnOrBefore(s.lastSignificantChangeOn, now),
    );
    if (carried.length === 0 && changedSystems.length === 0) {
      notApplicable('No change is approved or completed, and no AI system in scope changed significantly in the last 12 months.');
      return;
    }
    const gaps = carried.map((c) => ({ change: c, missing: missingPlan(c) })).filter((g) => g.missing.length > 0);
    if (gaps.length > 0) {
      report({
        messageId: 'unplanned',
        grade: { examined: carried.length },
        instances: gaps.map((g) => ({ subjects: [subjectOf('plannedChanges', g.change)], text: `Change ${named(g.change)} (${g.change.status}) records no ${listForMessage(g.missing)}.` })),
        data: {
          count: gaps.length, examined: carried.length, were: gaps.length === 1 ? 'was' : 'were',
          changes: listForMessage(gaps.map((g) => `${named(g.change)} (no ${listForMessage(g.missing)})`), 5),
          todo: listForMessage(gaps.map((g) => g.change.id), 5),
        },
        subjects: [],
      });
    }
    // Planned changes by the systems they name, so each changed system reads only its own (linear at scale).
    const changesOf = new Map<string, PlannedChange[]>();
    for (const c of aims.plannedChanges) {
      for (const id of new Set(c.aiSystemIds ?? [])) {
        const list = changesOf.get(id);
        if (list) list.push(c);
        else changesOf.set(id, [c]);
      }
    }
    const unplanned = changedSystems.filter(
      (s) => !(changesOf.get(s.id) ?? []).some((c) => describes(c, s.id, s.lastSignificantChangeOn!)) && !passedGatesFor(s, s.lastSignificantChangeOn!),
    );
    if (unplanned.length > 0) {
      const highRisk = highRiskReasonOfAny(aims, index, unplanned.map((s) => s.id));
      report({
        messageId: 'systemChangedUnplanned',
        // A high-risk system changed outside any plan is the change control an EU AI Act provider must show: raised.
        grade: { examined: changedSystems.length, ...(highRisk ? { highRisk } : {}), requirement: '8.1' },
        instances: unplanned.map((s) => ({ subjects: [subjectOf('aiSystems', s)], text: `AI system ${named(s)} changed significantly on ${s.lastSignificantChangeOn} with no planned change naming it and no validation or deployment gate decided within ${MATCH_DAYS} days.` })),
        data: {
          count: unplanned.length, examined: changedSystems.length, months: LOOK_BACK_MONTHS, have: unplanned.length === 1 ? 'has' : 'have',
          systems: listForMessage(unplanned.map((s) => `${named(s)}, changed on ${s.lastSignificantChangeOn}`), 5),
          todo: `the significant changes of ${listForMessage(unplanned.map((s) => s.id), 5)}`,
        },
        subjects: [],
      });
    }
    pass([...carried.map((c) => subjectOf('plannedChanges', c)), ...changedSystems.map((s) => subjectOf('aiSystems', s))]);
  },
});

/** What a change lacks to count as planned: someone responsible, a planned date, and for a significant change its consequences. */
function missingPlan(c: PlannedChange): string[] {
  return [
    c.responsibleId === undefined && 'person responsible',
    c.plannedFor === undefined && 'planned date',
    c.significant && isBlank(c.consequences) && 'consequences considered',
  ].filter((m): m is string => typeof m === 'string');
}

/** A change taken through the life cycle's gates (validated or released, approved, around its date) was controlled there. */
function passedGatesFor(system: AiSystem, changedOn: string): boolean {
  return system.lifecycle.gates.some(
    (g) => (g.stage === 'verification-and-validation' || g.stage === 'deployment') && (g.decision === 'approved' || g.decision === 'approved-with-conditions')
      && g.decidedOn !== undefined && Math.abs(daysBetween(g.decidedOn, changedOn)) <= MATCH_DAYS,
  );
}

function describes(c: PlannedChange, systemId: string, changedOn: string): boolean {
  if (c.status === 'withdrawn' || !(c.aiSystemIds ?? []).includes(systemId)) return false;
  const on = c.completedOn ?? c.plannedFor;
  return on !== undefined && Math.abs(daysBetween(on, changedOn)) <= MATCH_DAYS;
}
