import { describe, expect, it } from 'vitest';
import { build } from '../../../../test/factories.ts';
import type { LifecycleStageName } from '../../../domain/model/index.ts';
import { walkthrough } from './walkthrough.ts';

const stages: LifecycleStageName[] = ['inception', 'impact-assessment', 'requirements-and-design', 'verification-and-validation', 'deployment', 'operation-and-monitoring'];
const gate = (stage: LifecycleStageName, evidenceIds = [`ev-${stage}`]) => ({ stage, decision: 'approved' as const, approverId: 'p-1', decidedOn: '2026-01-10', evidenceIds });

describe('walkthrough trace', () => {
  const system = build.aiSystems({
    id: 'ais-1', technicalDocumentationIds: ['doc-td'],
    eventLogging: { decision: 'enabled', stages: ['operation-and-monitoring'] },
    lifecycle: { stages, currentStage: 'operation-and-monitoring', gates: stages.slice(0, 5).map((s) => gate(s)) },
  });
  const ia = [{ id: 'ia-1', assessedOn: '2026-01-05', approvedOn: '2026-01-08' }];
  const measured = [{ id: 'm-1', name: 'Accuracy', measurements: [{}] }];
  const data = [{ id: 'data-1', name: 'Loans 2025', uses: ['training'], provenance: 'Core banking extract' }, { id: 'data-2', name: 'Hold-out', uses: ['test'], provenance: 'Sampled' }];

  it('walks inception to monitoring with no missing link when every record is there', () => {
    const trace = walkthrough({ system, impactAssessments: ia, metrics: measured, datasets: data, evidence: () => 'valid' });
    expect(trace.map((l) => l.key)).toEqual([...stages.slice(0, 5), 'operation', 'monitoring']);
    expect(trace.filter((l) => l.state !== 'ok')).toEqual([]);
    expect(trace.find((l) => l.key === 'verification-and-validation')?.shows).toContain('validated on Hold-out');
  });

  it('shows each missing link: an unapproved assessment, expired gate evidence, undocumented provenance, no measurement', () => {
    const trace = walkthrough({
      system, impactAssessments: [{ id: 'ia-1', assessedOn: '2026-01-05' }], metrics: [{ id: 'm-1', name: 'Accuracy', measurements: [] }],
      datasets: [{ id: 'data-1', name: 'Loans 2025', uses: ['training'] }],
      evidence: (id) => (id === 'ev-deployment' ? 'expired' : 'valid'),
    });
    const lacks = Object.fromEntries(trace.filter((l) => l.state === 'missing').map((l) => [l.key, l.lacks]));
    expect(lacks).toEqual({
      'impact-assessment': ['impact assessment not approved'],
      'requirements-and-design': ['no provenance for dataset Loans 2025 (A.7.5)'],
      deployment: ['gate evidence expired (ev-deployment)', 'no evidence'],
      monitoring: ['metrics never measured'],
    });
  });

  it('marks the links a system in development has not reached yet', () => {
    const early = build.aiSystems({ status: 'in-development', lifecycle: { stages, currentStage: 'requirements-and-design', gates: [gate('inception'), gate('impact-assessment')] } });
    const trace = walkthrough({ system: early, impactAssessments: ia, metrics: [], evidence: () => 'valid' });
    expect(trace.map((l) => l.state)).toEqual(['ok', 'ok', 'missing', 'not-yet', 'not-yet', 'not-yet', 'not-yet']);
    expect(trace[2]?.lacks).toEqual(['no technical documentation (A.6.2.7)']);
  });
});
