// Tests of reading sheet cells as field values and of the register's sheet columns.
import { describe, expect, it } from 'vitest';
import { cellOf } from './sheet-cells.ts';
import { fieldTitle, sheetFields } from './sheet-fields.ts';
import { defaultMapping } from './sheet-mapping.ts';
import { readCell, unescapeFormula } from './sheet-values.ts';

const field = (register: Parameters<typeof sheetFields>[0], key: string) => sheetFields(register).find((f) => f.key === key)!;

describe('sheet fields', () => {
  it('flattens nested fields and titles them in words', () => {
    expect(fieldTitle(['euAiActRiskClass'])).toBe('EU AI Act risk class');
    expect(field('risks', 'treatment.option')).toMatchObject({ title: 'Treatment option', kind: 'enum', required: true });
    expect(field('risks', 'treatment.actions').kind).toBe('records');
    expect(field('aiSystems', 'lifecycle.stages')).toMatchObject({ kind: 'list', itemKind: 'enum' });
    expect(field('persons', 'email').kind).toBe('text');
  });

  it('matches headers to fields by name, title or "<record> id"', () => {
    expect(defaultMapping('risks', ['Risk ID', 'TITLE', 'assessed_on', 'Treatment option', 'Colour']).columns)
      .toEqual({ 'Risk ID': 'id', TITLE: 'title', assessed_on: 'assessedOn', 'Treatment option': 'treatment.option' });
  });
});

describe('reading cells', () => {
  it('reads dates as ISO text or spreadsheet serial numbers, and refuses other forms', () => {
    expect(readCell(field('risks', 'assessedOn'), '2026-05-01')).toEqual({ ok: true, value: '2026-05-01' });
    expect(readCell(field('risks', 'assessedOn'), 46143)).toEqual({ ok: true, value: '2026-05-01' });
    expect(readCell(field('risks', 'assessedOn'), '2026-02-30')).toMatchObject({ ok: false });
  });

  it('reads enums exactly, loosely or through a value map, and names the allowed values otherwise', () => {
    const status = field('aiSystems', 'status');
    expect(readCell(status, 'In operation')).toEqual({ ok: true, value: 'in-operation' });
    expect(readCell(status, 'Live', { live: 'in-operation' })).toEqual({ ok: true, value: 'in-operation' });
    expect(readCell(status, 'Live')).toEqual({ ok: false, message: '"Live" is not an allowed value', allowed: ['proposed', 'in-development', 'in-operation', 'retired'] });
  });

  it('splits id lists on ";" and free-text lists on new lines only, as the export writes them', () => {
    expect(readCell(field('risks', 'aiSystemIds'), 'ais-a; ais-b\nais-a')).toEqual({ ok: true, value: ['ais-a', 'ais-b'] });
    const clauses = field('suppliers', 'contractClauses');
    expect(readCell(clauses, 'Notice; 30 days\nAudit rights')).toEqual({ ok: true, value: ['Notice; 30 days', 'Audit rights'] });
    expect(cellOf(clauses, ['Notice; 30 days', 'Audit rights'])).toBe('Notice; 30 days\nAudit rights');
  });

  it('reads yes/no and whole numbers, and strips the formula escape of an export', () => {
    expect(readCell(field('persons', 'inAimsScope'), 'Yes')).toEqual({ ok: true, value: true });
    expect(readCell(field('risks', 'likelihood'), '2.5')).toEqual({ ok: false, message: '2.5 is not a whole number' });
    expect(unescapeFormula("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unescapeFormula("'quoted")).toBe("'quoted");
  });
});
