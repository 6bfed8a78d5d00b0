// The requirements model: one entry per leaf clause and Annex A control, the documented information the Standard
// asks for (and where it asks for none), sources that name real registers, and parents derived from their leaves.
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../../test/factories.ts';
import { registers } from '../model/index.ts';
import { clauses, controls, documentedInformationOf, leafClauses, requirementOf, requiresRecords } from './index.ts';

describe('requirements model', () => {
  it('has a requirement for every clause and control, with what only an interview or observation shows', () => {
    for (const { id } of [...clauses, ...controls]) {
      const r = requirementOf(id);
      expect(r, id).toBeDefined();
      expect(r!.verifiedBy.length, id).toBeGreaterThan(20);
      expect(r!.requires.length === 0, id).toBe(r!.documentedInformation === 'none');
    }
    expect(requirementOf('ORG-1')).toBeUndefined();
  });

  it('asks for no documented information where the Standard asks for none', () => {
    for (const id of ['4.1', '4.2', '4.4', '5.1', '5.3', '6.3', '7.1', '7.3', '7.4', '9.2.1', '9.3.1', '9.3.2', '10.1', 'A.3.2', 'A.9.4', 'A.10.4']) {
      expect(documentedInformationOf(id), id).toBe('none');
    }
  });

  it('asks for maintained or retained documented information where the Standard does', () => {
    expect(documentedInformationOf('4.3')).toBe('maintain');
    expect(documentedInformationOf('5.2')).toBe('maintain');
    expect(documentedInformationOf('6.1.3')).toBe('maintain-and-retain');
    for (const id of ['6.1.2', '6.1.4', '6.2', '7.2', '8.1', '8.2', '8.3', '8.4', '9.1', '9.2.2', '9.3.3', '10.2', 'A.5.3']) {
      expect(documentedInformationOf(id), id).toBe('retain');
    }
    expect(documentedInformationOf('A.2.2')).toBe('maintain');
  });

  it('derives a parent from its leaves', () => {
    expect(documentedInformationOf('4')).toBe('maintain');
    expect(documentedInformationOf('9.2')).toBe('retain');
    expect(documentedInformationOf('7.5')).toBe('maintain-and-retain');
    expect(requirementOf('9.3')!.verifiedBy).toContain('9.3.1, 9.3.2, 9.3.3');
    expect(leafClauses().every((c) => requirementOf(c.id)!.verifiedBy.startsWith('As its sub-clauses') === false)).toBe(true);
  });

  it('evidences 8.4 by impact assessment results only, not by any document or file that names 8.4', () => {
    const sources = requirementOf('8.4')!.evidencedBy;
    expect(sources.map((s) => s.kind)).toEqual(['register', 'evidence-item']);
    expect(sources[0]).toMatchObject({ register: 'impactAssessments' });
    expect(sources[1]).toMatchObject({ attachedTo: 'impactAssessments' });
  });

  it('names only registers that exist, and tests what a record must hold', () => {
    for (const { id } of [...clauses, ...controls]) {
      for (const s of requirementOf(id)!.evidencedBy) {
        if (s.kind === 'register') expect(Object.keys(registers), id).toContain(s.register);
        if (s.kind === 'evidence-item' && s.attachedTo) expect(Object.keys(registers), id).toContain(s.attachedTo);
      }
    }
    const societal = requirementOf('A.5.5')!.evidencedBy[0]!;
    const ia = (dimension: 'society' | 'individual') => build.impactAssessments({ impacts: [{ description: 'x', dimension, type: 'fairness', severity: 3, likelihood: 2 }] });
    expect(societal.kind === 'register' && societal.accepts!(ia('society'))).toBe(true);
    expect(societal.kind === 'register' && societal.accepts!(ia('individual'))).toBe(false);
  });

  it('asks for nonconformity records only once a nonconformity has arisen', () => {
    const r = requirementOf('10.2')!;
    expect(requiresRecords(r, aimsOf())).toBe(false);
    expect(requiresRecords(r, aimsOf({ nonconformities: [build.nonconformities()] }))).toBe(true);
    expect(requiresRecords(r, aimsOf({ internalAudits: [build.internalAudits({ findings: [{ id: 'f1', classification: 'minor', description: 'x', refs: ['7.2'] }] })] }))).toBe(true);
    expect(requiresRecords(requirementOf('7.3')!, aimsOf({ nonconformities: [build.nonconformities()] }))).toBe(false);
    expect(requiresRecords(requirementOf('8.4')!, aimsOf())).toBe(true);
  });
});
