// monitoring-undefined (9.1): no monitoring metrics, metrics never measured, or measurements that stopped.
import { daysBetween, isBefore, isOnOrBefore, type AiSystem, type MonitoringMetric } from '../domain/index.ts';
import { defineCheck } from './define-check.ts';
import { activeInScope } from '../domain/predicates/aims-scope.ts';
import { organisationSubject, subjectOf } from './shared/finding-subjects.ts';
import { listForMessage } from '../domain/wording.ts';
import { reportLapses, type Lapse } from './shared/nonconformity.ts';
import { highRiskReasonOfAny } from './shared/risk-class.ts';

/** A metric counts as stopped when its last measurement is older than this many of its intervals. */
const STALE_INTERVALS = 2;

export default defineCheck({
  id: 'monitoring-undefined',
  meta: {
    title: 'Monitoring and measurement is defined and carried out at its intervals',
    severity: 'minor',
    surfaces: ['stage-1', 'stage-2', 'surveillance'],
    refs: ['9.1'],
    euAiAct: ['Art 72'],
    description:
      'Auditors ask what the organisation monitors about its AIMS and AI systems, how and how often, and then ask ' +
      'for the results. They expect defined metrics with recent measurements at the stated interval; a metric that ' +
      'was defined and never measured, or stopped being measured, shows monitoring on paper only.',
    messages: {
      noMetrics: 'No monitoring metrics are defined: the AIMS does not say what it monitors and measures, how or how often.',
      onlyInactive:
        'The only monitoring metrics ({{count}}) belong to AI systems that are retired or outside the AIMS scope; nothing monitors the AIMS as it runs now.',
      noneMeasured: 'None of the {{count}} monitoring metrics in use has a measurement recorded ({{names}}): monitoring is defined but not carried out.',
      neverMeasured: 'Monitoring metric "{{metric}}" ({{id}}) is measured every {{interval}} days but has no measurement recorded.',
      neverMeasuredAll: '{{count}} of the {{examined}} monitoring metrics in use have no measurement recorded: {{names}}.',
      staleAll: '{{count}} of the {{examined}} monitoring metrics in use stopped being measured (last measured more than {{intervals}} intervals ago): {{names}}.',
      stale:
        'Monitoring metric "{{metric}}" ({{id}}) was last measured on {{last}}, {{age}} days before {{now}}, more than {{intervals}} times its {{interval}}-day interval.',
    },
    fix:
      'Record the measurements of {{what}} at its interval (date and value, with a note on anything unusual) and ' +
      'review the results; if it is no longer measured, retire it and say what replaced it. Monitoring should cover ' +
      'the AIMS (objectives, audits, nonconformities) and each AI system in operation.',
  },
  run({ aims, index, now, report, pass }) {
    if (aims.monitoringMetrics.length === 0) {
      report({ messageId: 'noMetrics', grade: { extent: 'absent' }, data: { what: 'each metric you define' }, subjects: [organisationSubject(aims)] });
      return;
    }
    // Metrics of retired or out-of-scope systems are history, not the monitoring an auditor will sample today.
    const live = activeInScope(aims);
    const inUse = aims.monitoringMetrics.filter((m) => isInUse(m, index.aiSystems, live));
    if (inUse.length === 0) {
      report({
        messageId: 'onlyInactive',
        grade: { extent: 'absent' },
        data: { count: aims.monitoringMetrics.length, what: 'metrics for the AIMS and its AI systems in operation' },
        subjects: [organisationSubject(aims)],
      });
      return;
    }
    // Latest measurement up to `now` per metric; a measurement dated later is not a result yet.
    const lastOf = new Map(inUse.map((m) => [m.id, lastMeasuredOn(m, now)]));
    if (inUse.every((m) => lastOf.get(m.id) === undefined)) {
      report({
        messageId: 'noneMeasured',
        // Defined and never carried out anywhere: there are no results to analyse and evaluate.
        grade: { extent: 'broken-down' },
        data: { count: inUse.length, names: listForMessage(inUse.map((m) => m.name), 5, { quoted: true }), what: 'each metric' },
        subjects: inUse.map((m) => subjectOf('monitoringMetrics', m)),
      });
      return;
    }
    type M = 'neverMeasured' | 'stale' | 'neverMeasuredAll' | 'staleAll';
    const never: Lapse<M>[] = [];
    const stopped: Lapse<M>[] = [];
    for (const metric of inUse) {
      const last = lastOf.get(metric.id);
      const data = { metric: metric.name, id: metric.id, interval: metric.intervalDays, what: `"${metric.name}"` };
      const subjects = [subjectOf('monitoringMetrics', metric)];
      if (last === undefined) {
        never.push({ messageId: 'neverMeasured', data, subjects });
        continue;
      }
      const age = daysBetween(last, now);
      if (age > STALE_INTERVALS * metric.intervalDays) {
        stopped.push({ messageId: 'stale', data: { ...data, last, age, now, intervals: STALE_INTERVALS }, subjects });
      } else {
        pass(subjects);
      }
    }
    // One nonconformity of 9.1 per kind, each metric listed; the share of metrics affected grades it, and the
    // monitoring of a high-risk AI system left undone raises it.
    const examined = inUse.length;
    const metricOf = new Map(inUse.map((m) => [m.id, m]));
    const gradeOf = (list: Lapse<M>[]) => {
      const systems = list.map((l) => metricOf.get(l.subjects[0]!.id)?.aiSystemId).filter((id): id is string => id !== undefined);
      const highRisk = highRiskReasonOfAny(aims, index, systems);
      return { examined, ...(highRisk ? { highRisk } : {}) };
    };
    const names = (list: Lapse<M>[]) => listForMessage(list.map((l) => String(l.data['metric'])), 6, { quoted: true });
    reportLapses(report, never, { summary: 'neverMeasuredAll', data: () => ({ examined, names: names(never), what: 'each metric listed' }), grade: gradeOf(never) });
    reportLapses(report, stopped, { summary: 'staleAll', data: () => ({ examined, intervals: STALE_INTERVALS, names: names(stopped), what: 'each metric listed' }), grade: gradeOf(stopped) });
  },
});

function isInUse(metric: MonitoringMetric, systems: ReadonlyMap<string, AiSystem>, live: (s: AiSystem) => boolean): boolean {
  if (metric.aiSystemId === undefined) return true;
  const system = systems.get(metric.aiSystemId);
  // A reference to an unknown system is a broken reference for the bundle to report; keep judging the metric.
  if (system === undefined) return true;
  return live(system);
}

/** The latest measurement date up to `now`, in one pass (a metric may hold years of daily measurements). */
function lastMeasuredOn(metric: MonitoringMetric, now: string): string | undefined {
  let last: string | undefined;
  for (const { date } of metric.measurements) {
    if (isOnOrBefore(date, now) && (last === undefined || isBefore(last, date))) last = date;
  }
  return last;
}
