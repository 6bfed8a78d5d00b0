// Tests of the JUnit XML writer: what XML cannot hold is escaped or dropped, so any record text gives a document
// that parses, with the counts CI systems read.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../checks/readiness/readiness.ts';
import { defineCheck } from '../checks/define-check.ts';
import { aimsOf, build } from '../../test/factories.ts';
import { toJunit } from './junit.ts';

const awkward = defineCheck({
  id: 'awkward-text',
  meta: {
    title: 'A check whose messages quote records', severity: 'minor', surfaces: ['stage-1'], refs: ['7.5'],
    description: 'Quotes record text.', messages: { quoted: 'Record {{title}} is odd.' }, fix: 'Fix {{title}}.',
  },
  run({ aims, report, pass }) {
    for (const d of aims.documents) {
      if (d.title.includes('<')) report({ messageId: 'quoted', data: { title: d.title }, subjects: [{ register: 'documents', id: d.id, label: d.title }] });
      else pass([{ register: 'documents', id: d.id }]);
    }
  },
});

describe('toJunit', () => {
  it('escapes markup and drops control characters, keeping failures and counts right', () => {
    // A check that reports a finding records no passes (the engine's rule), so only the failing record is a case.
    const aims = aimsOf({ documents: [build.documents({ id: 'doc-a', title: 'A <b>&"quoted"\u0001 title' }), build.documents({ id: 'doc-b' })] });
    const report = assessReadiness(aims, { now: '2026-12-01', checks: [awkward] });
    const xml = toJunit(report);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => n === 'testcase' }).parse(xml) as {
      testsuites: { tests: string; failures: string; testsuite: { name: string; testcase: { name: string; failure?: { message: string } }[] } };
    };
    expect(doc.testsuites).toMatchObject({ tests: '1', failures: '1' });
    const [failed] = doc.testsuites.testsuite.testcase;
    expect(failed!.name).toBe('documents/doc-a "A <b>&"quoted" title"');
    expect(failed!.failure!.message).toBe('Record A <b>&"quoted" title is odd.');
  });
});
