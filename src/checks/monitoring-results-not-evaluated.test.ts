// Tests of monitoring-results-not-evaluated: results judged against a target, and breaches taken to action.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './monitoring-results-not-evaluated.ts';

const credit = build.aiSystems({ id: 'ais-credit', name: 'Credit scoring', euAiActRiskClass: 'high-risk' });
const chat = build.aiSystems({ id: 'ais-chat', name: 'Chat', euAiActRiskClass: 'limited-risk' });
const metric = (id: string, target: string | undefined, values: [string, number, string?][], aiSystemId?: string) =>
  build.monitoringMetrics({
    id, name: `Metric ${id}`, target, ...(aiSystemId ? { aiSystemId } : {}),
    measurements: values.map(([date, value, note]) => ({ date, value, ...(note ? { note } : {}) })),
  });
const ok = (id: string) => metric(id, 'At least 95%', [['2026-10-01', 0.97]]);

testCheck(check, {
  valid: [
    { name: 'every metric has a target its results meet', aims: aimsOf({ monitoringMetrics: [ok('m1'), metric('m2', 'Below 0.10; above 0.25 escalates', [['2026-10-01', 0.06]])] }) },
    {
      name: 'a breach with a note on the measurement is evaluated',
      aims: aimsOf({ monitoringMetrics: [metric('m1', 'At least 95%', [['2026-09-01', 0.93, 'Seasonal dip reviewed by the owner; no action needed.'], ['2026-10-01', 0.96]])] }),
    },
    {
      name: 'a breach taken to a nonconformity raised from the metric',
      aims: aimsOf({
        monitoringMetrics: [metric('m1', 'At least 95%', [['2026-09-01', 0.93]])],
        nonconformities: [build.nonconformities({ source: 'monitoring', sourceRecord: { register: 'monitoringMetrics', id: 'm1' }, raisedOn: '2026-09-03' })],
      }),
    },
    {
      name: 'repeated breaches while a nonconformity from monitoring that names the metric is open',
      aims: aimsOf({
        monitoringMetrics: [metric('m1', 'At least 95%', [['2026-08-01', 0.93], ['2026-09-01', 0.92], ['2026-10-01', 0.94]])],
        nonconformities: [build.nonconformities({ source: 'monitoring', title: 'Metric m1 below target since August', raisedOn: '2026-08-10' })],
      }),
    },
    { name: 'a breach more than a year ago is history', aims: aimsOf({ monitoringMetrics: [metric('m1', 'At least 95%', [['2025-09-01', 0.9], ['2026-10-01', 0.97]])] }) },
    { name: 'a metric without target of a retired system is not in use', aims: aimsOf({ aiSystems: [build.aiSystems({ id: 'ais-old', status: 'retired' })], monitoringMetrics: [ok('m1'), metric('m2', undefined, [], 'ais-old')] }) },
    { name: 'no metrics', aims: aimsOf(), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'one metric of four without a target: isolated, minor',
      aims: aimsOf({ monitoringMetrics: [ok('m1'), ok('m2'), ok('m3'), metric('m4', undefined, [['2026-10-01', 210]])] }),
      reports: [{
        message: '1 of the 4 monitoring metrics in use has no target or threshold, so its results cannot be evaluated: "Metric m4" (m4).',
        severity: 'minor', instances: 1, subjects: [{ register: 'monitoringMetrics', id: 'm4' }],
      }],
    },
    {
      name: 'no metric has a target: systemic, major',
      aims: aimsOf({ monitoringMetrics: [metric('m1', undefined, []), metric('m2', ' ', []), metric('m3', undefined, [])] }),
      reports: [{ message: '3 of the 3 monitoring metrics in use have no target or threshold', severity: 'major', instances: 3 }],
    },
    {
      name: 'one of two breached metrics not acted on: minor',
      aims: aimsOf({
        aiSystems: [chat],
        monitoringMetrics: [
          metric('m1', 'At least 98%', [['2026-10-20', 0.977]], 'ais-chat'),
          metric('m2', 'Below 4%', [['2026-10-01', 5, 'Fraud wave; rules tightened, see NC.']]),
          metric('m3', 'Below 4%', [['2026-10-01', 3]]),
        ],
      }),
      reports: [{
        message: '1 of the 2 monitoring metrics whose results breached their target in the last 12 months show no evaluation or action on the breach: "Metric m1" (m1) at 0.977 on 2026-10-20 against "At least 98%".',
        severity: 'minor', instances: 1, subjects: [{ register: 'monitoringMetrics', id: 'm1' }],
      }],
    },
    {
      name: 'a nonconformity closed before the breach does not act on it; a high-risk system raises the grade',
      aims: aimsOf({
        aiSystems: [credit],
        monitoringMetrics: [
          metric('m1', 'At least 0.55', [['2026-10-01', 0.5]], 'ais-credit'),
          metric('m2', 'Below 4%', [['2026-10-01', 5, 'Reviewed.']]),
          metric('m3', 'Below 4%', [['2026-10-01', 5, 'Reviewed.']]),
        ],
        nonconformities: [build.nonconformities({ sourceRecord: { register: 'monitoringMetrics', id: 'm1' }, raisedOn: '2026-08-01', status: 'closed', closedOn: '2026-08-20' })],
      }),
      reports: [{ message: '"Metric m1" (m1) at 0.5 on 2026-10-01 against "At least 0.55"', severity: 'major' }],
    },
    {
      name: 'a target that does not read as a number with a direction needs review',
      aims: aimsOf({ monitoringMetrics: [ok('m1'), metric('m2', 'Stable', [['2026-10-01', 3]])] }),
      reports: [{ outcome: 'needs-review', message: '"Metric m2" (m2): "Stable"' }],
    },
  ],
});
