// Tests of `aims import-sheet` on every database the suite reaches: a sheet with several errors reports each by row
// and column and writes nothing, a good one imports, a dry run changes nothing, mappings are saved and reused, XLSX
// date cells are read, and a formula-like cell leaves the CSV export escaped and imports back unchanged.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { aims } from '../../../test/cli.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { aimsOf, build } from '../../../test/factories.ts';
import { writeCsvFolder } from '../../reports/spreadsheet/csv.ts';
import { registerTable } from '../../reports/spreadsheet/register-tables.ts';
import { importOrganisation } from '../../services/import-organisation.ts';
import { loadSnapshot, readAuditEntries } from '../../store/index.ts';

const work = mkdtempSync(join(tmpdir(), 'openaims-import-sheet-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const csv = (name: string, lines: string[]): string => {
  const file = join(work, name);
  writeFileSync(file, `${lines.join('\r\n')}\r\n`, 'utf8');
  return file;
};

const org = (id: string) => aimsOf({
  persons: [build.persons({ id: 'p-ann', name: 'Ann Lee' }), build.persons({ id: 'p-bo', name: 'Bo Chen' })],
  aiSystems: [build.aiSystems({ id: 'ais-credit', name: 'Credit scoring' })],
  risks: [build.risks({ id: 'R-1', title: 'Biased scores', aiSystemIds: ['ais-credit'], likelihood: 3, consequence: 4 })],
}, { id, name: `Org ${id}` });

describeEachDatabase('aims import-sheet', (getDb, info) => {
  const db = () => ['--db', info().target];
  beforeAll(async () => {
    for (const id of ['org-err', 'org-good', 'org-dry', 'org-map', 'org-xlsx', 'org-formula']) await importOrganisation(getDb(), org(id), { actor: 'test' });
  });

  it('reports every error by row and column, with the allowed values, and writes nothing', async () => {
    const file = csv('bad.csv', [
      'Risk ID,Title,AI system ids,Likelihood,Consequence,Assessed on,Status,Owner id',
      'R-2,Drift,ais-credit,high,3,2026-05-01,identified,p-ann',
      'R-3,,ais-nope,2,3,01/05/2026,open,p-ann',
      'R-4,Leak,ais-credit,2,11,2026-05-02,treated,p-zed',
      'R-2,Twice,ais-credit,2,2,2026-05-03,identified,p-ann',
    ]);
    const before = (await readAuditEntries(getDb(), 'org-err')).length;
    const run = await aims('import-sheet', file, '--register', 'risks', '--org', 'org-err', ...db());
    expect(run.code).toBe(2);
    expect(run.err).toContain('8 problems found; nothing was written');
    expect(run.err).toContain(`${file}:2:4: "Likelihood" (likelihood): "high" is not a number`);
    expect(run.err).toContain(`${file}:3:2: "Title" (title): is required`);
    expect(run.err).toContain(`${file}:3:3: "AI system ids" (aiSystemIds[0]): no AI system with id "ais-nope"`);
    expect(run.err).toContain(`${file}:3:6: "Assessed on" (assessedOn): "01/05/2026" is not a date`);
    expect(run.err).toContain(`${file}:3:7: "Status" (status): "open" is not an allowed value; allowed: identified, treatment-planned, treated, accepted, closed`);
    expect(run.err).toContain(`${file}:4:5: "Consequence" (consequence): must be at most 10`);
    expect(run.err).toContain(`${file}:4:8: "Owner id" (ownerId): no Person with id "p-zed"`);
    expect(run.err).toContain(`${file}:5:1: "Risk ID" (id): "R-2" is also the id on row 2`);
    const snapshot = await loadSnapshot(getDb(), 'org-err');
    expect(snapshot.risks.map((r) => r.id)).toEqual(['R-1']);
    expect((await readAuditEntries(getDb(), 'org-err')).length).toBe(before);
  });

  it('imports a good sheet: new records created, a changed one updated, the rest left as they were', async () => {
    const file = csv('good.csv', [
      'Risk ID,Title,AI system ids,Likelihood,Consequence,Assessed on,Status,Treatment option,Treatment control ids',
      'R-1,Biased scores,ais-credit,3,5,2026-06-01,treatment-planned,modify,A.6.2.4; A.7.4',
      'R-2,Model drift,ais-credit,2,3,2026-05-01,Identified,,',
    ]);
    const run = await aims('import-sheet', file, '--register', 'risks', '--org', 'org-good', ...db());
    expect(run.err).toBe('');
    expect(run.out).toContain('1 created, 1 updated, 0 unchanged');
    const { risks } = await loadSnapshot(getDb(), 'org-good');
    const r1 = risks.find((r) => r.id === 'R-1')!;
    expect(r1).toMatchObject({ consequence: 5, status: 'treatment-planned', treatment: { option: 'modify', controlIds: ['A.6.2.4', 'A.7.4'], actions: [] } });
    expect(risks.find((r) => r.id === 'R-2')).toMatchObject({ title: 'Model drift', status: 'identified', aiSystemIds: ['ais-credit'] });
    const again = await aims('import-sheet', file, '--register', 'risks', '--org', 'org-good', ...db());
    expect(again.out).toContain('0 created, 0 updated, 2 unchanged');
  });

  it('shows in a dry run what would change, and changes nothing', async () => {
    const file = csv('people.csv', ['Id,Name,Email,In AIMS scope,Top management', 'p-ann,Ann Lee,ann@example.org,yes,no', 'p-cy,Cy Diaz,,true,']);
    const before = (await readAuditEntries(getDb(), 'org-dry')).length;
    const run = await aims('import-sheet', file, '--register', 'people', '--org', 'org-dry', '--dry-run', ...db());
    expect(run.code).toBe(0);
    expect(run.out).toContain('1 created, 1 updated, 0 unchanged. Nothing was written.');
    expect(run.out).toContain('row 2: would update p-ann');
    expect(run.out).toContain('row 3: would create p-cy');
    expect((await loadSnapshot(getDb(), 'org-dry')).persons.map((p) => p.id)).toEqual(['p-ann', 'p-bo']);
    expect((await readAuditEntries(getDb(), 'org-dry')).length).toBe(before);
  });

  it('follows a mapping file with value maps, and saves a mapping that imports the same way next time', async () => {
    const file = csv('suppliers.csv', ['Vendor,Vendor name,Offers,Process,Contract terms', 'V-9,Acme AI,Foundation model,AI,"Model change notice; 30 days\nIncident notice"']);
    const mapping = join(work, 'suppliers.yaml');
    writeFileSync(mapping, [
      'register: suppliers',
      'columns:',
      '  Vendor: id',
      '  Vendor name: name',
      '  Offers: { field: provides, values: { Foundation model: foundation-model } }',
      '  Process: { field: governedAs, values: { AI: ai-supplier, Standard: ordinary-procurement } }',
      '  Contract terms: contractClauses',
    ].join('\n'));
    const saved = join(work, 'saved.yaml');
    const run = await aims('import-sheet', file, '--register', 'suppliers', '--org', 'org-map', '--mapping', mapping, '--save-mapping', saved, ...db());
    expect(run.err).toBe('');
    expect(run.out).toContain('1 created');
    const { suppliers } = await loadSnapshot(getDb(), 'org-map');
    expect(suppliers.find((s) => s.id === 'V-9')).toMatchObject({
      name: 'Acme AI', provides: ['foundation-model'], governedAs: 'ai-supplier', contractClauses: ['Model change notice; 30 days', 'Incident notice'],
    });
    expect(readFileSync(saved, 'utf8')).toContain('Foundation model: foundation-model');
    const reused = await aims('import-sheet', file, '--register', 'suppliers', '--org', 'org-map', '--mapping', saved, ...db());
    expect(reused.out).toContain('0 created, 0 updated, 1 unchanged');
  });

  it('reads an XLSX worksheet with date cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Training');
    ws.addRow(['Id', 'Person id', 'Competence', 'Kind', 'Obtained on']);
    ws.addRow(['t-1', 'p-bo', 'AI impact assessment', 'Training', new Date(Date.UTC(2026, 3, 15))]);
    const file = join(work, 'training.xlsx');
    await wb.xlsx.writeFile(file);
    const run = await aims('import-sheet', file, '--register', 'training', '--org', 'org-xlsx', ...db());
    expect(run.err).toBe('');
    const { competenceEvidence } = await loadSnapshot(getDb(), 'org-xlsx');
    expect(competenceEvidence).toEqual([{ id: 't-1', personId: 'p-bo', competence: 'AI impact assessment', kind: 'training', obtainedOn: '2026-04-15', evidenceIds: [] }]);
  });

  it('keeps a cell that starts like a formula escaped in the CSV export, and imports it back unchanged', async () => {
    const file = csv('formula.csv', ['Id,Title,Likelihood,Consequence,Assessed on,Status', 'R-9,"=HYPERLINK(""http://x.example"",""click"")",2,2,2026-06-01,identified']);
    expect((await aims('import-sheet', file, '--register', 'risks', '--org', 'org-formula', ...db())).code).toBe(0);
    const snapshot = await loadSnapshot(getDb(), 'org-formula');
    expect(snapshot.risks.find((r) => r.id === 'R-9')!.title).toBe('=HYPERLINK("http://x.example","click")');
    const dir = join(work, `export-${info().kind}`);
    await writeCsvFolder(dir, [registerTable(snapshot, 'risks')]);
    const exported = readFileSync(join(dir, 'registers', 'risks.csv'), 'utf8');
    expect(exported).toContain(`R-9,"'=HYPERLINK(""http://x.example"",""click"")"`);
    expect(exported).not.toMatch(/,=HYPERLINK/);
    const back = await aims('import-sheet', join(dir, 'registers', 'risks.csv'), '--register', 'risks', '--org', 'org-formula', ...db());
    expect(back.out).toContain('0 created, 0 updated, 2 unchanged');
  });
});
