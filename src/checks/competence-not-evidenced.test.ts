// competence-not-evidenced: every competence a role requires is evidenced for each active holder (and a committee's
// chair) by a record that is not a self-declaration and has not expired on the day of the check.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './competence-not-evidenced.ts';

const ann = build.persons({ id: 'p-ann', name: 'Ann Analyst' });
const bob = build.persons({ id: 'p-bob', name: 'Bob Builder' });
const gone = build.persons({ id: 'p-gone', active: false });
const assessor = build.roles({ id: 'r-assessor', name: 'AI risk assessor', holderIds: [ann.id], requiredCompetences: ['AI risk assessment', 'ISO/IEC 42001'] });
const evidence = (personId: string, competence: string, over: Parameters<typeof build.competenceEvidence>[0] = {}) =>
  build.competenceEvidence({ personId, competence, kind: 'training', obtainedOn: '2026-01-10', ...over });

testCheck(check, {
  valid: [
    {
      name: 'each required competence evidenced by training or a qualification, names matched regardless of case',
      aims: aimsOf({
        persons: [ann],
        roles: [assessor],
        competenceEvidence: [evidence(ann.id, 'ai risk assessment'), evidence(ann.id, 'ISO/IEC 42001', { kind: 'qualification', expiresOn: '2029-01-10' })],
      }),
    },
    {
      name: 'a self-declaration beside real evidence, and evidence expiring the day after the check',
      aims: aimsOf({
        persons: [ann],
        roles: [assessor],
        competenceEvidence: [
          evidence(ann.id, 'AI risk assessment', { kind: 'self-declared' }),
          evidence(ann.id, 'AI risk assessment', { kind: 'experience' }),
          evidence(ann.id, 'ISO/IEC 42001', { expiresOn: '2026-11-02' }),
        ],
      }),
    },
    {
      name: 'a holder who has left is not sampled',
      aims: aimsOf({ persons: [gone], roles: [build.roles({ holderIds: [gone.id], requiredCompetences: ['Python'] })] }),
      outcome: 'not-applicable',
    },
    { name: 'no role states required competences', aims: aimsOf({ persons: [ann], roles: [build.roles({ holderIds: [ann.id] })] }), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'one competence missing, one only self-declared',
      aims: aimsOf({ persons: [ann], roles: [assessor], competenceEvidence: [evidence(ann.id, 'ISO/IEC 42001', { kind: 'self-declared' })] }),
      reports: [{
        message: '"Ann Analyst" (p-ann) holds role "AI risk assessor" (r-assessor) without evidence of "AI risk assessment" (no evidence) and "ISO/IEC 42001" (only self-declared).',
        severity: 'minor',
        subjects: [{ register: 'persons', id: 'p-ann' }, { register: 'roles', id: 'r-assessor' }],
      }],
    },
    {
      name: 'evidence expiring on the day of the check has expired; training obtained later does not count yet',
      aims: aimsOf({
        persons: [ann],
        roles: [assessor],
        competenceEvidence: [evidence(ann.id, 'AI risk assessment', { expiresOn: '2026-11-01' }), evidence(ann.id, 'ISO/IEC 42001', { obtainedOn: '2026-11-20' })],
      }),
      reports: [{ message: '"AI risk assessment" (expired on 2026-11-01) and "ISO/IEC 42001" (no evidence)' }],
    },
    {
      name: 'evidence held by another person does not count; each holder and a committee chair reported once',
      aims: aimsOf({
        persons: [ann, bob],
        roles: [build.roles({ id: 'r-board', name: 'AI board', kind: 'committee', holderIds: [ann.id], accountableChairId: bob.id, requiredCompetences: ['AI governance', 'ai governance '] })],
        competenceEvidence: [evidence(ann.id, 'AI governance')],
      }),
      reports: [{ message: '"Bob Builder" (p-bob) holds role "AI board" (r-board) without evidence of "AI governance" (no evidence).', subjects: [{ register: 'persons', id: 'p-bob' }] }],
    },
    {
      name: '2026-12-02: a person holding two roles is one person lacking evidence, named once with both roles',
      aims: aimsOf({
        persons: [ann, bob],
        roles: [assessor, build.roles({ id: 'r-reviewer', name: 'Model reviewer', holderIds: [ann.id, bob.id], requiredCompetences: ['Model validation'] })],
        competenceEvidence: [evidence(bob.id, 'Model validation'), evidence(ann.id, 'ISO/IEC 42001')],
      }),
      reports: [{
        message: '"Ann Analyst" (p-ann) holds roles "AI risk assessor" (r-assessor) and "Model reviewer" (r-reviewer) without evidence of "AI risk assessment" (no evidence) and "Model validation" (no evidence).',
        severity: 'minor', basis: '1 of 2 examined',
        subjects: [{ register: 'persons', id: 'p-ann' }, { register: 'roles', id: 'r-assessor' }, { register: 'roles', id: 'r-reviewer' }],
      }],
    },
    {
      name: '2026-12-02: no competence evidence recorded at all: the documented information 7.2 asks for is absent, major',
      aims: aimsOf({ persons: [ann], roles: [assessor] }),
      reports: [{ message: '"Ann Analyst" (p-ann) holds role "AI risk assessor" (r-assessor) without evidence', severity: 'major', basis: 'absent' }],
    },
  ],
});
