// Scaled organisations for benchmarks: the promised sizes, valid, deterministic.
import { describe, expect, it } from 'vitest';
import { recordCount } from '../../domain/index.ts';
import { formatIssue, validateSnapshot } from '../../domain/validation.ts';
import { buildDemoOrganisation, buildScaledOrganisation } from './index.ts';

const asOf = '2026-11-01';

describe('buildScaledOrganisation', () => {
  it('adds 6 AI systems, 100 risks and 500 evidence items per unit of scale to the demo', () => {
    const demo = buildDemoOrganisation({ asOf });
    for (const scale of [1, 4]) {
      const s = buildScaledOrganisation(scale, { asOf });
      expect(s.aiSystems.length - demo.aiSystems.length).toBe(6 * scale);
      expect(s.risks.length - demo.risks.length).toBe(100 * scale);
      expect(s.evidenceItems.length - demo.evidenceItems.length).toBe(500 * scale);
    }
  });

  // How fast it is built is measured in bench/checks.bench.ts, not asserted here.
  it('is valid at scale 10', () => {
    const s = buildScaledOrganisation(10, { asOf });
    expect(recordCount(s)).toBeGreaterThan(7000);
    expect(validateSnapshot(s).map(formatIssue)).toEqual([]);
    expect(s.scopeStatements[0]!.includedAiSystemIds).toHaveLength(s.aiSystems.filter((a) => a.inScope).length);
  });

  it('is the same for the same scale and day', () => {
    expect(buildScaledOrganisation(2, { asOf })).toEqual(buildScaledOrganisation(2, { asOf }));
    expect(buildScaledOrganisation(2, { asOf })).not.toEqual(buildScaledOrganisation(2, { asOf: '2026-11-02' }));
  });

  it('refuses a scale that is not a whole number of 1 or more', () => {
    expect(() => buildScaledOrganisation(0, { asOf })).toThrow(/--scale/);
    expect(() => buildScaledOrganisation(1.5, { asOf })).toThrow(/--scale/);
  });
});
