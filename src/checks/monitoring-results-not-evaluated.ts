// monitoring-results-not-evaluated (9.1): measurements that cannot be evaluated because their metric has no target or
// threshold, and measurements that breach their target without any record that the breach was evaluated or acted on.
import { addDays, addMonths, isBefore, isOnOrBefore, type AimsSnapshot, type AiSystem, type MonitoringMetric } from '../domain/index.ts';
import { targetJudge, parseTarget } from '../domain/predicates/objective-targets.ts';
import { isBlank } from '../domain/predicates/free-text.ts';
import { listForMessage } from '../domain/wording.ts';
import { defineCheck } from './define-check.ts';
import { activeInScope } from '../domain/predicates/aims-scope.ts';
import { subjectOf } from './shared/finding-subjects.ts';
import { highRiskReasonOfAny } from './shared/risk-class.ts';

/** Breaches older than this are history an auditor no longer samples. */
const LOOK_BACK_MONTHS = 12;

export default defineCheck({
  id: 'monitoring-results-not-evaluated',
  meta: {
    title: 'Monitoring results are compared with targets, and breaches are taken to action',
    severity: 'minor',
    surfaces: ['stage-2', 'surveillance'],
    refs: ['9.1'],
    euAiAct: ['Art 72'],
    description:
      '9.1 asks not only for measurements but for their analysis and evaluation. The auditor picks a metric and asks ' +
      'what value counts as acceptable and what happened the last time it was not reached. A metric with no target or ' +
      'threshold produces numbers nobody can judge; a breach with neither a note nor a nonconformity shows results ' +
      'that are collected but not evaluated.',
    messages: {
      noTarget:
        '{{count}} of the {{examined}} monitoring metrics in use {{have}} no target or threshold, so {{their}} results cannot be evaluated: {{metrics}}.',
      targetUnreadable:
        'The targets of {{count}} monitoring {{metricWord}} do not read as a number with a direction ({{metrics}}); confirm how each result is judged against them.',
      breachNotActioned:
        '{{count}} of the {{examined}} monitoring metrics whose results breached their target in the last {{months}} months show no evaluation or action on the breach: {{breaches}}.',
    },
    fix:
      'For {{todo}}: state the target or threshold each result is judged against (e.g. "at least 95%", "below 0.10; ' +
      'above 0.25 escalates"); when a result breaches it, record the evaluation on the measurement (a note) and, where ' +
      'action is needed, raise a nonconformity whose source record is the metric.',
  },
  run({ aims, index, now, report, pass, notApplicable }) {
    const live = activeInScope(aims);
    const inUse = aims.monitoringMetrics.filter((m) => isInUse(m, index.aiSystems, live));
    if (inUse.length === 0) {
      notApplicable('No monitoring metric is in use; monitoring-undefined reports that.');
      return;
    }
    const noTarget = inUse.filter((m) => isBlank(m.target));
    if (noTarget.length > 0) {
      report({
        messageId: 'noTarget',
        grade: { examined: inUse.length },
        instances: noTarget.map((m) => ({ subjects: [subjectOf('monitoringMetrics', m)], text: `Monitoring metric ${quote(m)} measures ${m.what.replace(/\.$/, '')} with no target or threshold.` })),
        data: {
          count: noTarget.length, examined: inUse.length, have: noTarget.length === 1 ? 'has' : 'have', their: noTarget.length === 1 ? 'its' : 'their',
          metrics: listForMessage(noTarget.map(quote), 5), todo: listForMessage(noTarget.map(quote), 3),
        },
        subjects: [],
      });
    }
    const targeted = inUse.filter((m) => !isBlank(m.target));
    const judgedBy = new Map(targeted.map((m) => [m.id, targetToJudge(m.target!)]));
    const unreadable = targeted.filter((m) => judgedBy.get(m.id) === undefined);
    const unreadableIds = new Set(unreadable.map((m) => m.id));
    if (unreadable.length > 0) {
      report({
        messageId: 'targetUnreadable',
        outcome: 'needs-review',
        data: { count: unreadable.length, metricWord: unreadable.length === 1 ? 'metric' : 'metrics', metrics: listForMessage(unreadable.map((m) => `${quote(m)}: "${m.target}"`), 5), todo: listForMessage(unreadable.map(quote), 3) },
        subjects: unreadable.map((m) => subjectOf('monitoringMetrics', m)),
      });
    }

    const since = addMonths(now, -LOOK_BACK_MONTHS);
    const handledBy = handlingByMetric(aims, targeted);
    const breached: { metric: MonitoringMetric; date: string; value: number }[] = [];
    const unactioned: typeof breached = [];
    for (const m of targeted) {
      if (unreadableIds.has(m.id)) continue;
      const judge = targetJudge(judgedBy.get(m.id)!, m.measurements.map((x) => x.value));
      const breaches = m.measurements.filter((x) => x.date >= since && isOnOrBefore(x.date, now) && judge(x.value) === 'not-met');
      if (breaches.length === 0) continue;
      const latest = breaches.reduce((a, b) => (b.date > a.date ? b : a));
      breached.push({ metric: m, date: latest.date, value: latest.value });
      // A breach is evaluated when a note is recorded on it, or a nonconformity from the metric handles it: raised within
      // 30 days after it, or open when it happened.
      const evaluated = breaches.every((b) => !isBlank(b.note) || (handledBy.get(m.id) ?? []).some((h) => handles(h, b.date)));
      if (!evaluated) unactioned.push({ metric: m, date: latest.date, value: latest.value });
    }
    if (unactioned.length > 0) {
      const highRisk = highRiskReasonOfAny(aims, index, unactioned.flatMap((u) => (u.metric.aiSystemId ? [u.metric.aiSystemId] : [])));
      report({
        messageId: 'breachNotActioned',
        // An unevaluated breach on a system whose risk class is high is graded up (grading.ts).
        grade: { examined: breached.length, ...(highRisk ? { highRisk } : {}) },
        instances: unactioned.map((u) => ({
          subjects: [subjectOf('monitoringMetrics', u.metric)],
          text: `Monitoring metric ${quote(u.metric)} measured ${u.value} on ${u.date} against its target "${u.metric.target}", with no note and no nonconformity raised from it.`,
        })),
        data: {
          count: unactioned.length, examined: breached.length, months: LOOK_BACK_MONTHS,
          breaches: listForMessage(unactioned.map((u) => `${quote(u.metric)} at ${u.value} on ${u.date} against "${u.metric.target}"`), 5),
          todo: listForMessage(unactioned.map((u) => quote(u.metric)), 3),
        },
        subjects: [],
      });
    }
    pass(inUse.map((m) => subjectOf('monitoringMetrics', m)));
  },
});

/**
 * The part of a target a result is judged against: the whole text, or else its first clause, since a target often
 * adds an escalation level after it ("below 0.10; above 0.25 escalates"). Undefined when neither reads as a number
 * with a direction.
 */
function targetToJudge(target: string): string | undefined {
  if (parseTarget(target) !== undefined) return target;
  const first = target.split(/[;\n]/)[0]?.trim() ?? '';
  return first !== '' && parseTarget(first) !== undefined ? first : undefined;
}

const quote = (m: MonitoringMetric) => `"${m.name}" (${m.id})`;

function isInUse(metric: MonitoringMetric, systems: ReadonlyMap<string, AiSystem>, live: (s: AiSystem) => boolean): boolean {
  if (metric.aiSystemId === undefined) return true;
  const system = systems.get(metric.aiSystemId);
  return system === undefined || live(system);
}

/** A nonconformity raised this many days after a breach is taken to be its handling. */
const RAISED_WITHIN_DAYS = 30;

/** When a nonconformity handled a metric's breaches: from shortly before it was raised until it was closed. */
interface Handling {
  readonly from: string;
  readonly until?: string;
}

/**
 * The nonconformities that take each metric's breaches to action: raised from the metric (its source record), or
 * raised from monitoring naming the metric in their title or description.
 */
function handlingByMetric(aims: Pick<AimsSnapshot, 'nonconformities'>, metrics: readonly MonitoringMetric[]): Map<string, Handling[]> {
  const out = new Map<string, Handling[]>();
  const named = metricNames(metrics);
  const add = (metricId: string, nc: AimsSnapshot['nonconformities'][number]) =>
    out.set(metricId, [...(out.get(metricId) ?? []), { from: addDays(nc.raisedOn, -RAISED_WITHIN_DAYS), ...(nc.closedOn ? { until: nc.closedOn } : {}) }]);
  for (const nc of aims.nonconformities) {
    if (nc.sourceRecord?.register === 'monitoringMetrics') {
      add(nc.sourceRecord.id, nc);
      continue;
    }
    if (nc.source !== 'monitoring') continue;
    const text = `${nc.title} ${nc.description ?? ''}`.toLowerCase();
    for (const metricId of named.occurringIn(text)) add(metricId, nc);
  }
  return out;
}

/**
 * Which metrics a text names, by name or id, as `text.includes(name)` would say, without a pass over every metric
 * per text: the names are grouped by length, and each position of the text is looked up once per length.
 */
function metricNames(metrics: readonly MonitoringMetric[]): { occurringIn: (text: string) => Set<string> } {
  const byLength = new Map<number, Map<string, string[]>>();
  const note = (name: string, id: string) => {
    if (name.length === 0) return;
    const table = byLength.get(name.length) ?? new Map<string, string[]>();
    byLength.set(name.length, table);
    const ids = table.get(name) ?? [];
    if (!ids.includes(id)) ids.push(id);
    table.set(name, ids);
  };
  for (const m of metrics) {
    note(m.name.toLowerCase(), m.id);
    note(m.id.toLowerCase(), m.id);
  }
  return {
    occurringIn(text) {
      const found = new Set<string>();
      for (const [length, table] of byLength) {
        for (let i = 0; i + length <= text.length; i++) {
          const ids = table.get(text.slice(i, i + length));
          if (ids) for (const id of ids) found.add(id);
        }
      }
      return found;
    },
  };
}

const handles = (h: Handling, date: string) => !isBefore(date, h.from) && (h.until === undefined || isOnOrBefore(date, h.until));
