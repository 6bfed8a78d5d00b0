// Tests of `aims report`: the demo organisation's XLSX opened again with exceljs, its CSV folder read back, and its
// PDF rendered to images with pdftoppm and its text extracted with pdftotext (poppler-utils; .ci/run installs it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aims } from '../../../test/cli.ts';
import { registerNames, type AimsSnapshot } from '../../domain/index.ts';
import { reportContents, type ReportContents } from '../../reports/report-contents.ts';
import { writeCsvFolder } from '../../reports/spreadsheet/csv.ts';
import { registerSheetName } from '../../reports/spreadsheet/register-tables.ts';
import { reportTables } from '../../reports/spreadsheet/report-tables.ts';
import { buildDemoOrganisation } from '../../domain/demo/index.ts';
import { writeBundle } from '../../store/bundle/index.ts';

const AS_OF = '2026-11-20';
const work = mkdtempSync(join(tmpdir(), 'openaims-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const hasPoppler = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

// The demo is built, written and judged once for the whole file.
let demo: AimsSnapshot;
let contents: ReportContents;
let bundle: string;
beforeAll(async () => {
  demo = buildDemoOrganisation({ asOf: AS_OF });
  contents = reportContents(demo, AS_OF);
  bundle = join(work, 'demo');
  await writeBundle(bundle, demo);
});

describe('aims report --format xlsx', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const out = join(work, 'r.xlsx');
    const run = await aims('report', bundle, '--format', 'xlsx', '--out', out, '--as-of', AS_OF);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
  });

  it('holds the summary, SoA, evidence index, findings, steps and cycle, then a sheet per register', () => {
    const names = wb.worksheets.map((s) => s.name);
    expect(names.slice(0, 7)).toEqual(['Summary', 'Statement of Applicability', 'Evidence index', 'Evidence records', 'Findings', 'Readiness steps', 'Certification cycle']);
    expect(names.slice(7)).toEqual(registerNames.map(registerSheetName));
    expect(names).toContain('AI systems');
    expect(names).toContain('Risks');
  });

  it('gives every sheet a bold, frozen, filtered header row', () => {
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBe(`A1:${ws.getColumn(ws.columnCount).letter}1`);
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    }
    const findings = wb.getWorksheet('Findings')!;
    expect(findings.getRow(1).values).toEqual([undefined, 'Severity', 'Check', 'Check title', 'Clauses and controls', 'About', 'Finding', 'Fix', 'Decides the verdict']);
  });

  it('has one row per finding, SoA control and register record of the demo', () => {
    expect(wb.getWorksheet('Findings')!.actualRowCount - 1).toBe(contents.check.findings.length);
    expect(wb.getWorksheet('Statement of Applicability')!.actualRowCount - 1).toBe(38 + demo.customControls.length);
    expect(wb.getWorksheet('Risks')!.actualRowCount - 1).toBe(demo.risks.length);
    expect(wb.getWorksheet('Persons')!.actualRowCount - 1).toBe(demo.persons.length);
    expect(wb.getWorksheet('Certification cycle')!.actualRowCount - 1).toBe(contents.certification.cycle!.events.length);
    const majors = wb.getWorksheet('Findings')!.getColumn(1).values.filter((v) => v === 'major').length;
    expect(majors).toBe(contents.check.summary.findings.major);
  });

  it('writes dates as date cells', () => {
    const cycle = wb.getWorksheet('Certification cycle')!;
    const start = cycle.getRow(2).getCell(3);
    expect(start.type).toBe(ExcelJS.ValueType.Date);
    expect((start.value as Date).toISOString().slice(0, 10)).toBe(contents.certification.cycle!.events[0]!.start);
    expect(start.numFmt).toBe('yyyy-mm-dd');
    const risks = wb.getWorksheet('Risks')!;
    const assessedOn = (risks.getRow(1).values as unknown[]).indexOf('Assessed on');
    expect(risks.getRow(2).getCell(assessedOn).type).toBe(ExcelJS.ValueType.Date);
  });
});

describe('aims report --format csv', () => {
  let dir: string;
  beforeAll(async () => {
    // The command's path is the one the XLSX and PDF runs take; here the writer is called with the contents built once.
    dir = join(work, 'csv');
    await writeCsvFolder(dir, reportTables(contents));
  });

  it('writes one RFC 4180 file per table with a BOM, CRLF line ends and a header', () => {
    expect(readdirSync(dir).sort()).toEqual(['certification-cycle.csv', 'evidence-index.csv', 'evidence-records.csv', 'findings.csv', 'readiness-steps.csv',
      'registers', 'statement-of-applicability.csv', 'summary.csv']);
    expect(readdirSync(join(dir, 'registers'))).toHaveLength(registerNames.length);
    const text = readFileSync(join(dir, 'findings.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]).toBe('Severity,Check,Check title,Clauses and controls,About,Finding,Fix,Decides the verdict');
    expect(text).toContain('internal-audit-not-independent');
  });
});

describe.skipIf(!hasPoppler)('aims report --format pdf (rendered with poppler)', () => {
  let pdf: string;
  let pages: number;
  beforeAll(async () => {
    pdf = join(work, 'r.pdf');
    const run = await aims('report', bundle, '--format', 'pdf', '--out', pdf, '--as-of', AS_OF);
    expect(run.code).toBe(0);
    pages = Number(/\((\d+) pages/.exec(run.out)![1]);
  });

  it('renders every page to an image', () => {
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    execFileSync('pdftoppm', ['-r', '30', '-png', pdf, join(work, 'page')]);
    const images = readdirSync(work).filter((f) => /^page-\d+\.png$/.test(f));
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(images).toHaveLength(pages);
  });

  it('holds its sections, the demo’s verdict, its findings and page numbers', () => {
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const section of ['AIMS readiness report', '1. Stage 1 verdict and reasons', '2. Findings by severity', '3. Evidence index',
      '4. The seven readiness steps', '5. Certification timeline']) expect(text).toContain(section);
    expect(text).toContain(contents.check.verdict.label);
    expect(text).toContain('Larchfield Consumer Finance Ltd');
    expect(text).toContain('internal-audit-not-independent');
    expect(text).toContain('nc-003');
    expect(text).toContain(`Page 2 of ${pages}`);
    expect(text).toContain(`As of ${AS_OF}`);
  });
});

describe('aims report refuses bad input', () => {
  it('names the formats it knows', async () => {
    const run = await aims('report', bundle, '--format', 'docx', '--out', join(work, 'x'));
    expect(run.code).toBe(2);
    expect(run.err).toContain('Allowed choices are pdf, xlsx, csv');
  });

  it('says where it cannot write', async () => {
    const run = await aims('report', bundle, '--format', 'xlsx', '--out', join(work, 'no', 'such', 'dir', 'r.xlsx'), '--as-of', AS_OF);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/Cannot write .*r\.xlsx: the folder .* does not exist/);
  });

  it('refuses a folder where a file must be, and a file where the CSV folder must be', async () => {
    expect((await aims('report', bundle, '--format', 'pdf', '--out', work)).err).toContain('it is a folder');
    expect((await aims('report', bundle, '--format', 'csv', '--out', join(work, 'r.xlsx'))).err).toContain('it is a file');
  });
});
