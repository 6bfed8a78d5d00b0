// Tests of placing an AI system in its life cycle and reading the gates it has passed.
import { describe, expect, it } from 'vitest';
import type { AiSystem, GateRecord } from '../model/index.ts';
import { baselineGaps, coveredByBaseline, currentStageOf, gateFor, gateGaps, passedStages } from './lifecycle-stages.ts';

const system = (over: Partial<AiSystem> = {}, lifecycle: Partial<AiSystem['lifecycle']> = {}): AiSystem => ({
  id: 'ais-1', name: 'S', purpose: 'p', intendedUse: 'u', complexity: 'low', inScope: true, status: 'in-operation', knownLimitations: [],
  supplierIds: [], technicalDocumentationIds: [], ...over,
  lifecycle: { stages: ['deployment', 'inception', 'operation-and-monitoring', 'retirement'], gates: [], ...lifecycle },
});
const gate = (over: Partial<GateRecord>): GateRecord => ({ stage: 'inception', decision: 'approved', approverId: 'p', decidedOn: '2026-01-01', evidenceIds: ['ev'], ...over });

describe('currentStageOf and passedStages', () => {
  it('uses the recorded stage, else the status', () => {
    expect(currentStageOf(system({}, { currentStage: 'deployment' }))).toBe('deployment');
    expect(currentStageOf(system())).toBe('operation-and-monitoring');
    expect(currentStageOf(system({ status: 'retired' }))).toBe('retirement');
    expect(currentStageOf(system({ status: 'in-development' }))).toBeUndefined();
  });
  it('lists the defined stages before the current one, in life-cycle order', () => {
    expect(passedStages(system())).toEqual(['inception', 'deployment']);
    expect(passedStages(system({ status: 'proposed' }))).toEqual([]);
    expect(passedStages(system({ status: 'in-development' }))).toEqual([]);
  });
});

describe('gateFor and gateGaps', () => {
  it('prefers the latest approved gate over a rejection', () => {
    const gates = [gate({ decision: 'rejected', decidedOn: '2026-03-01' }), gate({ decidedOn: '2026-02-01' }), gate({ decidedOn: '2026-01-01', approverId: 'old' })];
    expect(gateFor('inception', gates)?.decidedOn).toBe('2026-02-01');
    expect(gateFor('deployment', gates)).toBeUndefined();
  });
  it('names every gap of a gate', () => {
    const exists = (id: string) => id === 'ev';
    expect(gateGaps(undefined, exists)).toEqual(['no gate record']);
    expect(gateGaps(gate({}), exists)).toEqual([]);
    expect(gateGaps(gate({ decision: 'pending', approverId: undefined, decidedOn: undefined, evidenceIds: ['gone'] }), exists))
      .toEqual(['gate not approved', 'no approver', 'no decision date', 'no evidence']);
  });
});

describe('retrospective baselines, issue 9 (2026-12-02)', () => {
  const baseline = { documentedOn: '2025-03-01', atStage: 'operation-and-monitoring' as const, approverId: 'p', evidenceIds: ['ev'] };
  const legacy = system({}, { retrospectiveBaseline: baseline });
  const exists = { evidence: (id: string) => id === 'ev', document: (id: string) => id === 'doc' };
  it('covers the stages before the one the system had reached, not that stage or later ones', () => {
    expect(coveredByBaseline(legacy, 'inception')).toBe(true);
    expect(coveredByBaseline(legacy, 'deployment')).toBe(true);
    expect(coveredByBaseline(legacy, 'operation-and-monitoring')).toBe(false);
    expect(coveredByBaseline(system(), 'inception')).toBe(false);
  });
  it('needs an approver and evidence or a document', () => {
    expect(baselineGaps(legacy, exists)).toEqual([]);
    expect(baselineGaps(system({}, { retrospectiveBaseline: { ...baseline, evidenceIds: [], documentId: 'doc' } }), exists)).toEqual([]);
    expect(baselineGaps(system({}, { retrospectiveBaseline: { documentedOn: '2025-03-01', atStage: 'deployment', evidenceIds: ['gone'] } }), exists)).toEqual(['no approver', 'no evidence']);
    expect(baselineGaps(system(), exists)).toEqual([]);
  });
});
