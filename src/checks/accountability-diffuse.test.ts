// accountability-diffuse: roles held by named people (a committee through its chair), and every risk, SoA control,
// AI system, document and objective owned by someone who can be named in an interview.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './accountability-diffuse.ts';

const ann = build.persons({ id: 'p-ann', name: 'Ann Owner' });
const leaver = build.persons({ id: 'p-left', name: 'Lee Left', active: false });
const officer = build.roles({ id: 'r-officer', name: 'AI risk officer', holderIds: [ann.id] });
const board = build.roles({ id: 'r-board', name: 'AI governance board', kind: 'committee', holderIds: [ann.id], accountableChairId: ann.id });
const chairless = build.roles({ id: 'r-council', name: 'Ethics council', kind: 'committee', holderIds: [ann.id] });
const vacant = build.roles({ id: 'r-vacant', name: 'Data steward', holderIds: [leaver.id] });
const doc = (over: Parameters<typeof build.documents>[0]) => build.documents({ ownerId: ann.id, ...over });

testCheck(check, {
  valid: [
    {
      name: 'records owned by a person, an individual role with a holder, or a committee with a chair',
      aims: aimsOf({
        persons: [ann],
        roles: [officer, board],
        aiSystems: [build.aiSystems({ ownerId: ann.id }), build.aiSystems({ ownerRoleId: board.id })],
        risks: [build.risks({ ownerRoleId: officer.id })],
        soaEntries: [build.soaEntries({ ownerRoleId: board.id })],
        aiObjectives: [build.aiObjectives({ ownerId: ann.id })],
        documents: [doc({})],
      }),
    },
    {
      name: 'closed risks, excluded controls, retired or out-of-scope systems and superseded documents need no owner',
      aims: aimsOf({
        persons: [ann],
        roles: [officer],
        risks: [build.risks({ status: 'closed' })],
        soaEntries: [build.soaEntries({ applicable: false, implementationStatus: 'not-applicable', justification: 'No customers.' })],
        aiSystems: [build.aiSystems({ status: 'retired' }), build.aiSystems({ inScope: false })],
        documents: [build.documents({ versions: [{ version: '1.0', status: 'superseded' }] })],
      }),
    },
    {
      name: 'an owner who left is covered when the owning role still has a holder',
      aims: aimsOf({ persons: [ann, leaver], roles: [officer], risks: [build.risks({ ownerId: leaver.id, ownerRoleId: officer.id })] }),
    },
  ],
  invalid: [
    {
      name: 'a system only the scope statement includes is in scope and needs a named owner',
      aims: aimsOf({
        persons: [ann],
        roles: [officer],
        aiSystems: [build.aiSystems({ id: 'ais-hr', name: 'CV screening', inScope: false })],
        scopeStatements: [build.scopeStatements({ includedAiSystemIds: ['ais-hr'] })],
      }),
      reports: [{ message: '1 of the 1 records the AIMS relies on have no named accountable owner', instances: 1, subjects: [{ register: 'aiSystems', id: 'ais-hr' }] }],
    },
    {
      name: 'no roles defined at all: absent, major',
      now: '2026-11-01',
      aims: aimsOf({ persons: [ann] }),
      reports: [{ message: 'No roles are defined', severity: 'major', basis: 'absent', subjects: [{ register: 'organisation', id: 'org-test' }] }],
    },
    {
      name: 'a committee without a chair owning the only risk: one finding listing the risk, isolated (1 of 1 records)',
      now: '2026-11-01',
      aims: aimsOf({ persons: [ann], roles: [chairless], risks: [build.risks({ id: 'risk-bias', title: 'Biased scoring', ownerRoleId: chairless.id })] }),
      reports: [{
        message: 'Role "Ethics council" (r-council) is held by a committee with no named accountable chair, yet it owns 1 record of the AIMS.',
        severity: 'minor', instances: 1, basis: 'isolated',
        subjects: [{ register: 'roles', id: 'r-council' }, { register: 'risks', id: 'risk-bias' }],
      }],
    },
    {
      name: 'a chairless committee owning 49 risks among 100 is one minor finding with 49 instances; owning 51 it is systemic',
      now: '2026-12-02',
      aims: aimsOf({
        persons: [ann], roles: [chairless, officer],
        risks: Array.from({ length: 100 }, (_, i) => build.risks({ id: `risk-${i}`, title: `Risk ${i}`, ...(i < 49 ? { ownerRoleId: chairless.id } : { ownerRoleId: officer.id }) })),
      }),
      reports: [{ message: 'yet it owns 49 records of the AIMS', severity: 'minor', instances: 49, basis: '49 of 100 examined' }],
    },
    {
      name: 'a chairless committee owning 51 risks among 100: major',
      now: '2026-12-02',
      aims: aimsOf({
        persons: [ann], roles: [chairless, officer],
        risks: Array.from({ length: 100 }, (_, i) => build.risks({ id: `risk-${i}`, title: `Risk ${i}`, ...(i < 51 ? { ownerRoleId: chairless.id } : { ownerRoleId: officer.id }) })),
      }),
      reports: [{ message: 'yet it owns 51 records of the AIMS', severity: 'major', instances: 51, basis: 'systemic' }],
    },
    {
      name: '2026-12-02: a chairless committee owning the whole risk register (6 risks) among 40 records: systemic for risk ownership, major',
      now: '2026-12-02',
      aims: aimsOf({
        persons: [ann], roles: [chairless, officer],
        risks: Array.from({ length: 6 }, (_, i) => build.risks({ id: `risk-${i}`, title: `Risk ${i}`, ownerRoleId: chairless.id })),
        soaEntries: Array.from({ length: 34 }, (_, i) => build.soaEntries({ id: `soa-${i}`, controlId: `A.2.${i}`, ownerId: ann.id })),
      }),
      reports: [{ message: 'yet it owns 6 records of the AIMS', severity: 'major', instances: 6, basis: 'systemic (the lapse runs through the process), 6 of 6 examined' }],
    },
    {
      name: 'a committee with neither members nor chair',
      aims: aimsOf({ roles: [build.roles({ id: 'r-empty', name: 'AI board', kind: 'committee', holderIds: [] })] }),
      reports: [{ message: 'is held by a committee with no members and with no named accountable chair' }],
    },
    {
      name: 'a role whose only holder has left, and the AI system it owns',
      aims: aimsOf({ persons: [leaver], roles: [vacant], aiSystems: [build.aiSystems({ id: 'ais-credit', name: 'Credit scoring', ownerRoleId: vacant.id })] }),
      reports: [{ message: 'Role "Data steward" (r-vacant) is held by no active named individual, yet it owns 1 record of the AIMS.', instances: 1, subjects: [{ register: 'aiSystems', id: 'ais-credit' }] }],
    },
    {
      name: 'records with no owner, an owner who left, or an owner nobody knows: one finding listing the four',
      aims: aimsOf({
        persons: [ann, leaver],
        roles: [officer],
        aiSystems: [build.aiSystems({ id: 'ais-chat', name: 'Support chatbot' })],
        soaEntries: [build.soaEntries({ id: 'soa-v', controlId: 'A.6.2.4' })],
        aiObjectives: [build.aiObjectives({ id: 'obj-x', title: 'Fair approvals', ownerId: 'p-nobody' })],
        documents: [doc({ id: 'doc-proc', title: 'Risk procedure', ownerId: leaver.id })],
      }),
      reports: [{
        message: '4 of the 4 records the AIMS relies on have no named accountable owner.', severity: 'major', instances: 4,
        subjects: [{ register: 'aiSystems', id: 'ais-chat' }, { register: 'soaEntries', id: 'soa-v' }, { register: 'aiObjectives', id: 'obj-x' }, { register: 'documents', id: 'doc-proc' }],
      }],
    },
  ],
});
