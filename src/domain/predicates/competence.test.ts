// Competence standing as of a date: evidenced, only self-declared, expired, or nothing.
import { describe, expect, it } from 'vitest';
import { build } from '../../../test/factories.ts';
import { competenceStanding, normaliseCompetence } from './competence.ts';

const NOW = '2026-11-01';

describe('competenceStanding', () => {
  it('is evidenced by training, qualification, experience or assessment that has not expired', () => {
    expect(competenceStanding([build.competenceEvidence({ kind: 'qualification' })], NOW)).toEqual({ kind: 'evidenced' });
    expect(competenceStanding([build.competenceEvidence({ kind: 'training', expiresOn: '2026-11-02' })], NOW)).toEqual({ kind: 'evidenced' });
    expect(competenceStanding([build.competenceEvidence({ kind: 'self-declared' }), build.competenceEvidence({ kind: 'experience' })], NOW)).toEqual({ kind: 'evidenced' });
  });

  it('treats evidence expiring on the day itself as expired, and reports the latest expiry', () => {
    const records = [
      build.competenceEvidence({ kind: 'training', expiresOn: NOW }),
      build.competenceEvidence({ kind: 'qualification', expiresOn: '2025-01-01' }),
    ];
    expect(competenceStanding(records, NOW)).toEqual({ kind: 'expired', expiredOn: NOW });
  });

  it('does not count a self-declaration or training obtained after the date', () => {
    expect(competenceStanding([build.competenceEvidence({ kind: 'self-declared' })], NOW)).toEqual({ kind: 'self-declared' });
    expect(competenceStanding([build.competenceEvidence({ kind: 'training', obtainedOn: '2026-12-01' })], NOW)).toEqual({ kind: 'none' });
    expect(competenceStanding([], NOW)).toEqual({ kind: 'none' });
  });
});

describe('normaliseCompetence', () => {
  it('ignores case and spacing', () => {
    expect(normaliseCompetence('  AI  Risk assessment ')).toBe(normaliseCompetence('ai risk ASSESSMENT'));
  });
});
