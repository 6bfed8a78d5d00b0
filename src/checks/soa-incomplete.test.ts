// Tests of soa-incomplete: a decision (included or excluded) on every Annex A control, or a report per gap.
import { aimsOf, build } from '../../test/factories.ts';
import { controls } from '../domain/index.ts';
import { testCheck } from './check-tester.ts';
import check from './soa-incomplete.ts';

/** An SoA with an entry for every Annex A control except `missing`; odd ones excluded, to show both count. */
function soaWithout(...missing: string[]) {
  return controls
    .filter((c) => !missing.includes(c.id))
    .map((c, i) => build.soaEntries({ id: `soa-${c.id}`, controlId: c.id, applicable: i % 2 === 0, implementationStatus: i % 2 === 0 ? 'implemented' : 'not-applicable' }));
}

testCheck(check, {
  valid: [
    { name: 'every Annex A control included or excluded', aims: aimsOf({ soaEntries: soaWithout() }) },
    {
      name: 'the organisation’s own controls besides a complete Annex A',
      aims: aimsOf({
        customControls: [build.customControls({ id: 'ORG-1' })],
        soaEntries: [...soaWithout(), build.soaEntries({ controlId: 'ORG-1' })],
      }),
    },
  ],
  invalid: [
    {
      name: 'no SoA at all is one major finding about the organisation',
      aims: aimsOf(),
      reports: [{ message: 'none of the 38 Annex A controls', severity: 'major', subjects: [{ register: 'organisation', id: 'org-test' }] }],
    },
    {
      name: 'two controls forgotten: one finding listing both by id and title, isolated, minor',
      now: '2026-11-01',
      aims: aimsOf({ soaEntries: soaWithout('A.6.2.8', 'A.10.4') }),
      reports: [{
        message: '2 of the 38 Annex A controls are neither included nor excluded in the Statement of Applicability: A.6.2.8 and A.10.4.',
        severity: 'minor', basis: 'isolated', instances: 2,
        instanceMessages: ['A.6.2.8 (AI system recording of event logs) is neither included nor excluded', 'A.10.4 (Customers)'],
      }],
    },
    {
      name: 'an entry for an own control does not stand in for an Annex A control',
      aims: aimsOf({ customControls: [build.customControls({ id: 'ORG-9' })], soaEntries: [...soaWithout('A.3.3'), build.soaEntries({ controlId: 'ORG-9' })] }),
      reports: [{ message: 'A.3.3' }],
    },
    {
      name: 'an SoA of a few controls only is one summary, major because most of Annex A is undecided',
      aims: aimsOf({ soaEntries: [build.soaEntries({ controlId: 'A.2.2' }), build.soaEntries({ controlId: 'A.5.2' })] }),
      reports: [{ message: '36 of the 38 Annex A controls', severity: 'major' }],
    },
    {
      name: 'a dozen undecided out of 38 is a minor summary',
      aims: aimsOf({ soaEntries: soaWithout(...controls.slice(0, 12).map((c) => c.id)) }),
      reports: [{ message: '12 of the 38 Annex A controls are neither included nor excluded', severity: 'minor' }],
    },
  ],
});
