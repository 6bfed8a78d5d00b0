// Validation: the messages a person sees for schema errors, duplicate ids and broken references.
import { describe, expect, it } from 'vitest';
import { aimsOf, build, buildOrganisation } from '../../test/factories.ts';
import { formatIssue, validateOrganisation, validateRecord, validateSnapshot } from './validation.ts';

describe('validateRecord', () => {
  it('accepts a valid record', () => {
    expect(validateRecord('aiSystems', build.aiSystems())).toEqual([]);
  });

  it('lists the allowed values of an enumeration', () => {
    const issues = validateRecord('aiSystems', { ...build.aiSystems({ id: 'ais-1' }), complexity: 'huge' });
    expect(issues).toEqual([
      { register: 'aiSystems', recordId: 'ais-1', field: 'complexity', message: 'must be one of: low, medium, high; got text "huge"', kind: 'schema' },
    ]);
  });

  it('names an unknown property and suggests the one meant', () => {
    const { title: _t, ...rest } = build.risks({ id: 'risk-1' });
    const issues = validateRecord('risks', { ...rest, titel: 'Bias' });
    expect(issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      'title: is required',
      'titel: unknown property "titel"; did you mean "title"?',
    ]);
  });

  it('reports a wrong type once, in words, with the value found', () => {
    const issues = validateRecord('risks', { ...build.risks({ id: 'risk-1' }), likelihood: 'high' });
    expect(issues).toEqual([{ register: 'risks', recordId: 'risk-1', field: 'likelihood', message: 'must be a whole number; got text "high"', kind: 'schema' }]);
  });

  it('points into nested lists and objects', () => {
    const risk = build.risks({
      id: 'risk-2',
      treatment: { option: 'modify', controlIds: ['A.2.2', 'A.2.2'], actions: [{ description: 'Retrain', status: 'open', dueDate: '2026-02-30' }] },
    });
    expect(validateRecord('risks', risk).map((i) => `${i.field}: ${i.message}`)).toEqual([
      'treatment.controlIds: must not repeat items: items 0 and 1 are the same',
      'treatment.actions[0].dueDate: must be a calendar date written YYYY-MM-DD; got text "2026-02-30"',
    ]);
  });

  it('explains ranges, empty text and id syntax', () => {
    const issues = validateRecord('risks', { ...build.risks({ id: 'risk 3' }), consequence: 11, title: '' });
    expect(issues.map((i) => `${i.field}: ${i.message}`).sort()).toEqual([
      'consequence: must be at most 10; got the number 11',
      'id: must be an id: a letter or digit, then letters, digits, ".", "_", ":" or "-", at most 128 characters; got text "risk 3"',
      'title: must not be empty',
    ]);
  });

  it('refuses something that is not a record at all', () => {
    expect(validateRecord('sites', 'Leeds')).toEqual([{ register: 'sites', message: 'must be a set of fields (key: value); got text "Leeds"', kind: 'schema' }]);
  });
});

describe('validateOrganisation', () => {
  it('accepts a valid organisation and names what is missing', () => {
    expect(validateOrganisation(buildOrganisation())).toEqual([]);
    const { sector: _s, ...rest } = buildOrganisation();
    expect(validateOrganisation({ ...rest, aiRoles: ['vendor'] }).map((i) => `${i.field}: ${i.message}`)).toEqual([
      'sector: is required',
      'aiRoles[0]: must be one of: provider, producer, developer, deployer, user, customer, partner, data-provider, importer, distributor; got text "vendor"',
    ]);
  });
});

describe('validateSnapshot', () => {
  it('accepts a consistent snapshot', () => {
    const snapshot = aimsOf({
      aiSystems: [build.aiSystems({ id: 'ais-1' })],
      risks: [build.risks({ id: 'risk-1', aiSystemIds: ['ais-1'], treatment: { option: 'modify', controlIds: ['A.6.2.4'], actions: [] } })],
    });
    expect(validateSnapshot(snapshot)).toEqual([]);
  });

  it('reports a broken reference as register/record: field: message', () => {
    const snapshot = aimsOf({
      aiSystems: [build.aiSystems({ id: 'ais-1' })],
      risks: [build.risks({ id: 'risk-014', aiSystemIds: ['ais-1', 'ais-9'] })],
    });
    const issues = validateSnapshot(snapshot);
    expect(issues.map((i) => formatIssue(i))).toEqual(['risks/risk-014: aiSystemIds[1]: no AI system with id "ais-9"']);
    expect(issues[0]).toMatchObject({ index: 0, kind: 'reference' });
  });

  it('resolves catalogue references and organisation controls', () => {
    const snapshot = aimsOf({
      customControls: [build.customControls({ id: 'ORG-1' })],
      soaEntries: [build.soaEntries({ id: 'soa-1', controlId: 'ORG-1' }), build.soaEntries({ id: 'soa-2', controlId: 'A.99.1' })],
      nonconformities: [build.nonconformities({ id: 'nc-1', refs: ['4.9'] })],
    });
    expect(validateSnapshot(snapshot).map((i) => formatIssue(i))).toEqual([
      'soaEntries/soa-2: controlId: no Annex A control or organisation control with id "A.99.1"',
      'nonconformities/nc-1: refs[0]: no clause, Annex A control or organisation control with id "4.9"',
    ]);
  });

  it('reports ids used twice within a register, but not across registers', () => {
    const snapshot = aimsOf({
      persons: [build.persons({ id: 'p-1' }), build.persons({ id: 'p-1' })],
      sites: [build.sites({ id: 'p-1' })],
    });
    expect(validateSnapshot(snapshot)).toEqual([
      { register: 'persons', recordId: 'p-1', index: 1, field: 'id', message: 'duplicate id "p-1": record 1 of this register has the same id', kind: 'duplicate' },
    ]);
  });

  it('follows references by register and id, and names an unknown register', () => {
    const snapshot = aimsOf({
      risks: [build.risks({ id: 'risk-1' })],
      evidenceItems: [build.evidenceItems({ id: 'ev-1', records: [{ register: 'risks', id: 'risk-1' }, { register: 'risks', id: 'risk-2' }, { register: 'riskz', id: 'risk-1' }] })],
    });
    expect(validateSnapshot(snapshot).map((i) => `${i.field}: ${i.message}`)).toEqual([
      'records[1]: no Risk with id "risk-2"',
      expect.stringMatching(/^records\[2\]: "riskz" is not a register; known registers: sites, persons/),
    ]);
  });

  it('refuses an organisation control that takes an Annex A id', () => {
    const snapshot = aimsOf({ customControls: [build.customControls({ id: 'A.2.2' })] });
    expect(validateSnapshot(snapshot).map((i) => i.message)).toEqual([
      '"A.2.2" is an Annex A control id; give the organisation\'s own control an id of its own',
    ]);
  });

  it('combines schema errors of the organisation and the records', () => {
    const snapshot = { ...aimsOf({ sites: [build.sites({ id: 's-1', central: 'yes' as unknown as boolean })] }), organisation: buildOrganisation({ effectivePersonnel: 0 }) };
    expect(validateSnapshot(snapshot).map((i) => formatIssue(i))).toEqual([
      'organisation/org-test: effectivePersonnel: must be at least 1; got the number 0',
      'sites/s-1: central: must be true or false; got text "yes"',
    ]);
  });
});
