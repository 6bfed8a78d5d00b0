// Validation: the messages a person sees for schema errors, duplicate ids and broken references.
import { describe, expect, it } from 'vitest';
import { aimsOf, build, buildOrganisation } from '../../test/factories.ts';
import { formatIssue, validateOrganisation, validateRecord, validateSnapshot } from './validation.ts';

describe('validateRecord', () => {
  it('refuses numbers beyond 2^53, naming the field, and says why rather than only "too large"', () => {
    const issues = validateRecord('risks', { ...build.risks({ id: 'risk-1' }), likelihood: 2 ** 53 + 2 });
    expect(issues).toEqual([{
      register: 'risks', recordId: 'risk-1', field: 'likelihood', kind: 'schema',
      message: 'must be between -9,007,199,254,740,991 and 9,007,199,254,740,991 (2^53 - 1): a number beyond that cannot be held exactly',
    }]);
    expect(validateRecord('monitoringMetrics', { ...build.monitoringMetrics({ id: 'm-1' }), measurements: [{ date: '2026-01-01', value: -1e300 }] })
      .map((i) => i.field)).toEqual(['measurements[0].value']);
    expect(validateRecord('risks', { ...build.risks({ id: 'risk-1' }), likelihood: Number.MAX_SAFE_INTEGER })
      .map((i) => i.message)).toEqual(['must be at most 10; got the number 9007199254740991']);
  });

  it('refuses year 0000 in dates and times', () => {
    expect(validateRecord('risks', { ...build.risks({ id: 'risk-1' }), assessedOn: '0000-03-01' }).map((i) => `${i.field}: ${i.message}`))
      .toEqual(['assessedOn: must be a calendar date written YYYY-MM-DD; got text "0000-03-01"']);
    expect(validateRecord('risks', { ...build.risks({ id: 'risk-1' }), assessedOn: '0001-03-01' })).toEqual([]);
  });

  it('refuses an id used twice in a list inside a record, naming the item and the id', () => {
    const finding = { classification: 'minor' as const, description: 'x', refs: ['9.2'] };
    const audit = build.internalAudits({ id: 'audit-1', findings: [{ ...finding, id: 'f-1' }, { ...finding, id: 'f-2' }, { ...finding, id: 'f-1' }] });
    expect(validateRecord('internalAudits', audit)).toEqual([{
      register: 'internalAudits', recordId: 'audit-1', field: 'findings[2].id', kind: 'duplicate', message: 'duplicate id "f-1": item 1 of findings has the same id',
    }]);
  });

  it('shows text from the input shortened, never whole', () => {
    const long = `x${'y'.repeat(100_000)}`;
    const messages = validateRecord('risks', { ...build.risks({ id: 'risk-1' }), [long]: 1, status: long }).map((i) => i.message);
    expect(messages.join('\n').length).toBeLessThan(1000);
    expect(messages.join('\n')).toContain('"xyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy…" (100,001 characters)');
  });

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
