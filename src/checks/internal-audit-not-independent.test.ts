// internal-audit-not-independent: auditors must not audit AI systems, controls, documents or clauses they own, build
// or operate, nor be auditees of their own audit.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './internal-audit-not-independent.ts';

const ada = build.persons({ id: 'p-ada', name: 'Ada Auditor' });
const ivan = build.persons({ id: 'p-ivan', name: 'Ivan Implementer' });
const credit = build.aiSystems({ id: 'ais-credit', name: 'Credit scoring', ownerId: ivan.id });
const implementer = build.roles({ id: 'r-aims', name: 'AIMS manager', holderIds: [ivan.id], areaRefs: ['4', '5', '6', '7', '8', '9', '10'] });
const audit = (over: Parameters<typeof build.internalAudits>[0]) =>
  build.internalAudits({ id: 'audit-1', title: 'AIMS audit 2026', scopeRefs: ['6.1.3', '8.4'], scopeAiSystemIds: [credit.id], auditorIds: [ada.id], ...over });

testCheck(check, {
  valid: [
    {
      name: 'an auditor with no part in the audited clauses or AI systems',
      aims: aimsOf({ persons: [ada, ivan], roles: [implementer], aiSystems: [credit], internalAudits: [audit({ auditeeIds: [ivan.id] })] }),
    },
    {
      name: 'the implementer may audit an Annex A control outside the clauses their role covers',
      aims: aimsOf({
        persons: [ivan], roles: [implementer], aiSystems: [credit],
        internalAudits: [audit({ scopeRefs: ['A.10.3'], scopeAiSystemIds: [], auditorIds: [ivan.id] })],
      }),
    },
    {
      name: 'a cancelled audit by the owner is not judged, and an audit with no auditors named is not applicable',
      aims: aimsOf({
        persons: [ivan], aiSystems: [credit],
        internalAudits: [audit({ status: 'cancelled', auditorIds: [ivan.id] }), audit({ id: 'audit-2', status: 'planned', auditorIds: [] })],
      }),
      outcome: 'not-applicable',
    },
  ],
  invalid: [
    {
      name: 'the AIMS implementer audits the AIMS, the only audit: no objective audit at all, broken down, major',
      now: '2026-11-01',
      aims: aimsOf({ persons: [ada, ivan], roles: [implementer], aiSystems: [credit], internalAudits: [audit({ auditorIds: [ivan.id] })] }),
      reports: [{
        message: 'In 1 of the 1 auditor assignments of internal audits held, the auditor audited their own work',
        instanceMessages: [
          '"Ivan Implementer" (p-ivan) audited "AIMS audit 2026" (audit-1), yet owns the audited AI system "Credit scoring" (ais-credit); ' +
          'and holds the role "AIMS manager" (r-aims), which is responsible for 6 and 8.',
        ],
        severity: 'major', basis: 'broken down', instances: 1,
        subjects: [{ register: 'internalAudits', id: 'audit-1' }, { register: 'persons', id: 'p-ivan' }],
      }],
    },
    {
      name: 'one conflicted audit among four objective ones is an isolated lapse, minor',
      now: '2026-12-02',
      aims: aimsOf({
        persons: [ada, ivan], roles: [implementer], aiSystems: [credit],
        internalAudits: [
          audit({ id: 'audit-1', auditorIds: [ivan.id] }),
          ...['audit-2', 'audit-3', 'audit-4', 'audit-5'].map((id) => audit({ id, auditorIds: [ada.id], scopeRefs: ['A.7'], scopeAiSystemIds: [] })),
        ],
      }),
      reports: [{ message: 'In 1 of the 5 auditor assignments', severity: 'minor', basis: 'isolated', instances: 1, subjects: [{ register: 'internalAudits', id: 'audit-1' }] }],
    },
    {
      name: 'a planned audit by the owner of an audited control and document is a potential issue, an observation',
      now: '2026-11-01',
      aims: aimsOf({
        persons: [ada],
        soaEntries: [build.soaEntries({ controlId: 'A.5.4', ownerId: ada.id })],
        documents: [build.documents({ id: 'doc-ia', title: 'Impact assessment procedure', ownerId: ada.id, requiredBy: ['6.1.4', 'A.5.2'] })],
        internalAudits: [audit({ status: 'planned', completedOn: undefined, scopeRefs: ['6.1', 'A.5'], scopeAiSystemIds: [] })],
      }),
      reports: [{
        message: 'In 1 planned internal audit the auditor would audit their own work',
        instanceMessages: ['is planned to audit "AIMS audit 2026" (audit-1), yet owns the audited control A.5.4 Assessing AI system impact on individuals or groups of individuals; and owns the document "Impact assessment procedure" (doc-ia) required by 6.1.4 and A.5.2.'],
        severity: 'observation', basis: 'potential',
      }],
    },
    {
      name: 'several owned controls read as one phrase',
      aims: aimsOf({
        persons: [ada],
        soaEntries: ['A.7.4', 'A.7.5'].map((controlId) => build.soaEntries({ controlId, ownerId: ada.id })),
        internalAudits: [audit({ scopeRefs: ['A.7'], scopeAiSystemIds: [] })],
      }),
      reports: [{ instanceMessages: ['audited "AIMS audit 2026" (audit-1), yet owns the audited controls A.7.4 and A.7.5.'] }],
    },
    {
      name: 'an auditor who is also an auditee, and each conflicted auditor listed once per audit',
      aims: aimsOf({
        persons: [ada, ivan], aiSystems: [credit],
        internalAudits: [audit({ status: 'in-progress', auditorIds: [ada.id, ivan.id, ada.id], auditeeIds: [ada.id] })],
      }),
      reports: [{
        severity: 'major', instances: 2,
        instanceMessages: ['"Ada Auditor" (p-ada) is auditing "AIMS audit 2026" (audit-1), yet is also one of its auditees.', '"Ivan Implementer" (p-ivan) is auditing'],
        subjects: [{ register: 'persons', id: 'p-ivan' }],
      }],
    },
  ],
});
