// monitoring-undefined: no metrics, none measured, one never measured, and the 2× interval boundary.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './monitoring-undefined.ts';

const m = (date: string, value = 0.9) => ({ date, value });
// Measured every 30 days; stale after 60 days without a measurement (now = 2026-11-01).
const accuracy = (measurements: { date: string; value: number }[], overrides: Parameters<typeof build.monitoringMetrics>[0] = {}) =>
  build.monitoringMetrics({ name: 'Approval accuracy', intervalDays: 30, measurements, ...overrides });

testCheck(check, {
  valid: [
    { name: 'a metric measured within its interval', aims: aimsOf({ monitoringMetrics: [accuracy([m('2026-10-15')])] }) },
    { name: 'last measurement exactly twice the interval ago', aims: aimsOf({ monitoringMetrics: [accuracy([m('2026-09-02')])] }) },
    { name: 'measurements out of date order: the latest counts', aims: aimsOf({ monitoringMetrics: [accuracy([m('2026-10-20'), m('2025-01-01')])] }) },
    {
      name: 'a retired system’s metric that stopped is not held against the AIMS',
      aims: aimsOf({
        aiSystems: [build.aiSystems({ id: 'ais-old', status: 'retired' })],
        monitoringMetrics: [accuracy([m('2026-10-15')]), accuracy([m('2024-01-01')], { aiSystemId: 'ais-old' })],
      }),
    },
  ],
  invalid: [
    {
      name: 'no metrics at all',
      aims: aimsOf(),
      reports: [{ message: 'No monitoring metrics are defined', severity: 'major', subjects: [{ register: 'organisation', id: 'org-test' }] }],
    },
    {
      name: 'metrics defined but none ever measured: one major report',
      aims: aimsOf({ monitoringMetrics: [accuracy([], { id: 'metric-a' }), build.monitoringMetrics({ id: 'metric-b', name: 'Drift' })] }),
      reports: [{
        message: 'None of the 2 monitoring metrics in use has a measurement recorded ("Approval accuracy" and "Drift")',
        severity: 'major',
        subjects: [{ register: 'monitoringMetrics', id: 'metric-a' }, { register: 'monitoringMetrics', id: 'metric-b' }],
      }],
    },
    {
      name: 'one metric never measured among measured ones',
      aims: aimsOf({ monitoringMetrics: [accuracy([m('2026-10-15')]), build.monitoringMetrics({ id: 'metric-d', name: 'Drift', intervalDays: 7 })] }),
      reports: [{ message: 'Monitoring metric "Drift" (metric-d) is measured every 7 days but has no measurement recorded', severity: 'minor', subjects: [{ register: 'monitoringMetrics', id: 'metric-d' }] }],
    },
    {
      name: 'issue 9 (2026-12-02): two of five metrics never measured are one finding listing both, an isolated minor',
      now: '2026-12-02',
      aims: aimsOf({
        monitoringMetrics: [
          accuracy([m('2026-11-15')], { id: 'metric-1' }), accuracy([m('2026-11-15')], { id: 'metric-2' }), accuracy([m('2026-11-15')], { id: 'metric-3' }),
          build.monitoringMetrics({ id: 'metric-d', name: 'Drift', intervalDays: 7 }), build.monitoringMetrics({ id: 'metric-f', name: 'Fairness gap', intervalDays: 30 }),
        ],
      }),
      reports: [{
        message: '2 of the 5 monitoring metrics in use have no measurement recorded: "Drift" and "Fairness gap".', severity: 'minor', instances: 2,
        subjects: [{ register: 'monitoringMetrics', id: 'metric-d' }, { register: 'monitoringMetrics', id: 'metric-f' }],
      }],
    },
    {
      name: 'issue 9 (2026-12-02): the same lapse on the monitoring of an EU AI Act high-risk system is major',
      now: '2026-12-02',
      aims: aimsOf({
        aiSystems: [build.aiSystems({ id: 'ais-credit', name: 'Credit scoring', euAiActRiskClass: 'high-risk' })],
        monitoringMetrics: [accuracy([m('2026-11-15')], { id: 'metric-1' }), accuracy([m('2026-11-15')], { id: 'metric-2' }), build.monitoringMetrics({ id: 'metric-d', name: 'Drift', intervalDays: 7, aiSystemId: 'ais-credit' })],
      }),
      reports: [{ message: 'Monitoring metric "Drift" (metric-d) is measured every 7 days but has no measurement recorded', severity: 'major' }],
    },
    {
      name: 'last measurement one day past twice the interval',
      aims: aimsOf({ monitoringMetrics: [accuracy([m('2026-09-01')], { id: 'metric-s' })] }),
      reports: [{ message: 'Monitoring metric "Approval accuracy" (metric-s) was last measured on 2026-09-01, 61 days before 2026-11-01, more than 2 times its 30-day interval', subjects: [{ register: 'monitoringMetrics', id: 'metric-s' }] }],
    },
    {
      name: 'a measurement dated in the future does not count',
      aims: aimsOf({ monitoringMetrics: [accuracy([m('2026-10-30')]), accuracy([m('2026-12-01')], { id: 'metric-f' })] }),
      reports: [{ message: 'has no measurement recorded', subjects: [{ register: 'monitoringMetrics', id: 'metric-f' }] }],
    },
    {
      name: 'only metrics of retired or out-of-scope systems',
      aims: aimsOf({
        aiSystems: [build.aiSystems({ id: 'ais-old', status: 'retired' }), build.aiSystems({ id: 'ais-out', inScope: false })],
        monitoringMetrics: [accuracy([m('2026-10-15')], { aiSystemId: 'ais-old' }), accuracy([m('2026-10-15')], { aiSystemId: 'ais-out' })],
      }),
      reports: [{ message: 'The only monitoring metrics (2) belong to AI systems that are retired or outside the AIMS scope', severity: 'major' }],
    },
  ],
});
