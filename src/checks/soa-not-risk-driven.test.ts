// soa-not-risk-driven: included controls must trace to risks or obligations, exclusions must be justified, and a SoA
// that lists all of Annex A with boilerplate justifications is reported once as an inventory.
import { aimsOf, build } from '../../test/factories.ts';
import { controls } from '../domain/index.ts';
import { testCheck } from './check-tester.ts';
import check from './soa-not-risk-driven.ts';

const risk = build.risks({ id: 'risk-bias', title: 'Biased scoring', treatment: { option: 'modify', controlIds: ['A.7.4'], actions: [] } });
const plain = build.risks({ id: 'risk-drift', title: 'Model drift' });
const boiler = 'Included as required by ISO/IEC 42001.';

/** All 38 Annex A controls included with the same justification (none for null); the first `tracedCount` link a risk. */
function wholeAnnex(tracedCount: number, justification: string | null = boiler) {
  return controls.map((c, i) =>
    build.soaEntries({ id: `soa-${c.id}`, controlId: c.id, riskIds: i < tracedCount ? [plain.id] : [], ...(justification ? { justification } : {}) }),
  );
}

testCheck(check, {
  valid: [
    {
      name: 'included controls link risks; an exclusion says why',
      aims: aimsOf({
        risks: [risk],
        soaEntries: [
          build.soaEntries({ controlId: 'A.6.2.4', riskIds: [risk.id] }),
          build.soaEntries({ controlId: 'A.10.4', applicable: false, implementationStatus: 'not-applicable', justification: 'We have no customers for AI products.' }),
        ],
      }),
    },
    {
      name: 'a control selected by a risk treatment is traced even where the SoA entry lists no risk',
      aims: aimsOf({ risks: [risk], soaEntries: [build.soaEntries({ controlId: 'A.7.4', riskIds: [] })] }),
    },
    {
      name: 'a control needed by an obligation, or included with a reason of its own, is accepted',
      aims: aimsOf({
        soaEntries: [
          build.soaEntries({ controlId: 'A.8.2', obligations: ['EU AI Act Art 13 transparency to deployers'] }),
          build.soaEntries({ controlId: 'A.3.3', justification: 'Staff asked for a confidential concern channel in the 2026 survey.' }),
        ],
      }),
    },
    {
      name: 'all of Annex A with one justification is no inventory when half the controls trace to risks (boundary 19 of 38)',
      aims: aimsOf({ risks: [plain], soaEntries: wholeAnnex(19) }),
    },
    {
      name: 'all of Annex A, each traced to a risk, with empty justifications',
      aims: aimsOf({ risks: [plain], soaEntries: wholeAnnex(38, null) }),
    },
    { name: 'no Statement of Applicability entries yet', aims: aimsOf({ risks: [risk] }), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'an included control whose only risk link points at no risk, with no justification: the only inclusion: too few for a pattern, minor',
      now: '2026-11-01',
      aims: aimsOf({ soaEntries: [build.soaEntries({ id: 'soa-x', controlId: 'A.6.2.4', riskIds: ['risk-gone'], justification: ' TBD ' })] }),
      reports: [{ message: '1 of the 1 controls included in the Statement of Applicability trace to no risk', severity: 'minor', basis: 'isolated', instances: 1, subjects: [{ register: 'soaEntries', id: 'soa-x' }] }],
    },
    {
      name: 'three untraced inclusions among many traced ones: one minor finding listing the three (isolated)',
      now: '2026-12-02',
      aims: aimsOf({
        risks: [plain],
        soaEntries: [
          ...['A.2.2', 'A.2.3', 'A.2.4', 'A.3.2', 'A.3.3', 'A.4.2', 'A.4.3'].map((id) => build.soaEntries({ id: `soa-t-${id}`, controlId: id, riskIds: [plain.id] })),
          ...['A.4.4', 'A.4.5', 'A.9.3'].map((id) => build.soaEntries({ id: `soa-${id}`, controlId: id })),
        ],
      }),
      reports: [{
        message: '3 of the 10 controls included in the Statement of Applicability trace to no risk and no obligation, and no justification says why they are included: A.4.4 Tooling resources',
        severity: 'minor', basis: 'isolated (a lapse in a process that otherwise works), 3 of 10 examined', instances: 3,
        subjects: [{ register: 'soaEntries', id: 'soa-A.4.4' }, { register: 'soaEntries', id: 'soa-A.4.5' }, { register: 'soaEntries', id: 'soa-A.9.3' }],
      }],
    },
    {
      name: 'exclusions without justification, and one that a risk treatment needs: one finding each, each a minor among justified exclusions',
      now: '2026-11-01',
      aims: aimsOf({
        risks: [risk],
        soaEntries: [
          build.soaEntries({ id: 'soa-a', controlId: 'A.10.4', applicable: false, implementationStatus: 'not-applicable' }),
          build.soaEntries({ id: 'soa-b', controlId: 'A.7.4', applicable: false, implementationStatus: 'not-applicable', justification: 'Not relevant.' }),
          build.soaEntries({ id: 'soa-c', controlId: 'A.10.3', applicable: false, implementationStatus: 'not-applicable', justification: 'We use no suppliers.' }),
          build.soaEntries({ id: 'soa-d', controlId: 'A.10.2', applicable: false, implementationStatus: 'not-applicable', justification: 'We use no suppliers at all.' }),
        ],
      }),
      reports: [
        { message: '1 of the 4 controls excluded from the Statement of Applicability are selected by a risk treatment', severity: 'minor', instances: 1, subjects: [{ register: 'soaEntries', id: 'soa-b' }, { register: 'risks', id: 'risk-bias' }] },
        { message: '1 of the 4 controls excluded from the Statement of Applicability have no justification', severity: 'minor', instances: 1, subjects: [{ register: 'soaEntries', id: 'soa-a' }] },
      ],
    },
    {
      name: 'an exclusion "justified" with N/A or None is unjustified, as in every other check; both exclusions so, too few for a pattern: minor',
      now: '2026-11-01',
      aims: aimsOf({
        soaEntries: [
          build.soaEntries({ id: 'soa-na', controlId: 'A.10.4', applicable: false, implementationStatus: 'not-applicable', justification: 'N/A' }),
          build.soaEntries({ id: 'soa-none', controlId: 'A.10.3', applicable: false, implementationStatus: 'not-applicable', justification: 'None.' }),
        ],
      }),
      reports: [{ message: '2 of the 2 controls excluded', severity: 'minor', instances: 2, subjects: [{ register: 'soaEntries', id: 'soa-na' }, { register: 'soaEntries', id: 'soa-none' }] }],
    },
    {
      name: 'every Annex A control included with the same justification and no risk: one major finding for the SoA',
      aims: aimsOf({ soaEntries: wholeAnnex(0), soaVersions: [build.soaVersions({ id: 'soav-2', version: '2.0', issuedOn: '2026-09-01' })] }),
      reports: [{
        message: 'all 38 controls are included, 38 of the 38 inclusions have no justification or the same one, and only 0 of them are linked',
        severity: 'major', basis: 'broken down',
        subjects: [{ register: 'organisation', id: 'org-test' }, { register: 'soaVersions', id: 'soav-2' }],
      }],
    },
    {
      name: 'the inventory pattern just below the boundary (18 of 38 traced), with an unjustified exclusion of an own control',
      aims: aimsOf({
        risks: [plain],
        customControls: [build.customControls({ id: 'ORG-7', title: 'Model registry' })],
        soaEntries: [...wholeAnnex(18, null), build.soaEntries({ id: 'soa-org', controlId: 'ORG-7', applicable: false, implementationStatus: 'not-applicable' })],
      }),
      reports: [
        { message: 'only 18 of them are linked to a risk or obligation (not linked: A.6.2.4, A.6.2.5', severity: 'major' },
        { message: 'have no justification: ORG-7 Model registry', severity: 'minor', instances: 1 },
      ],
    },
  ],
});
