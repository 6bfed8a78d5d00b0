// competence-not-evidenced (7.2): a role requires a competence that a holder cannot evidence: no record, only a
// self-declaration, or evidence that has expired.
import type { CompetenceEvidence, Person, Role } from '../domain/index.ts';
import { isActivePerson } from '../domain/predicates/accountability.ts';
import { competenceStanding, normaliseCompetence, type CompetenceStanding } from '../domain/predicates/competence.ts';
import { defineCheck } from './define-check.ts';
import { reportLapses, type Lapse } from './shared/nonconformity.ts';
import { named, personName, subjectOf } from './shared/finding-subjects.ts';
import { listForMessage } from '../domain/wording.ts';

function gapText(competence: string, s: CompetenceStanding): string | undefined {
  switch (s.kind) {
    case 'evidenced': return undefined;
    case 'self-declared': return `"${competence}" (only self-declared)`;
    case 'expired': return `"${competence}" (expired on ${s.expiredOn})`;
    case 'none': return `"${competence}" (no evidence)`;
  }
}

export default defineCheck({
  id: 'competence-not-evidenced',
  meta: {
    title: 'Competence required by each role is evidenced for each holder',
    severity: 'minor',
    surfaces: ['stage-2'],
    refs: ['7.2', 'A.4.6'],
    description:
      'The auditor samples people in AIMS roles and asks for the evidence that they have the competence the role ' +
      'requires: training records, qualifications, assessed or documented experience. A CV line or a self-declaration ' +
      'asserts competence; it does not evidence it. Evidence that has expired (a lapsed certification) no longer counts.',
    messages: {
      notEvidencedAll: '{{count}} of the {{examined}} people holding roles with required competences lack evidence of them: {{people}}.',
      notEvidenced: '{{person}} holds {{role}} without evidence of {{gaps}}.',
    },
    fix:
      'Keep evidence that {{person}} has {{competences}}: a training record, qualification, assessment or documented ' +
      'experience under the same competence name, with its evidence item and expiry date; or arrange the training.',
  },
  run({ aims, index, now, report, notApplicable }) {
    const roles = aims.roles.filter((r) => (r.requiredCompetences ?? []).length > 0);
    if (roles.length === 0) {
      notApplicable('No role states the competences it requires.');
      return;
    }
    // person → competence name (normalised) → their records, built once.
    const records = new Map<string, Map<string, CompetenceEvidence[]>>();
    for (const e of aims.competenceEvidence) {
      let byName = records.get(e.personId);
      if (!byName) records.set(e.personId, (byName = new Map()));
      const key = normaliseCompetence(e.competence);
      const list = byName.get(key);
      if (list) list.push(e);
      else byName.set(key, [e]);
    }
    // One line per person, however many roles they hold: the auditor counts people, not role assignments.
    const byPerson = new Map<string, { person: Person; roles: Role[]; gaps: string[]; missing: string[] }>();
    for (const role of roles) {
      // The chair of a committee answers for its decisions, so needs the competence as much as its members.
      const people = new Set([...(role.holderIds ?? []), ...(role.accountableChairId ? [role.accountableChairId] : [])]);
      // The same competence written twice (case, spacing) is one requirement, named as first written.
      const required = new Map<string, string>();
      for (const c of role.requiredCompetences) if (!required.has(normaliseCompetence(c))) required.set(normaliseCompetence(c), c.trim());
      for (const personId of people) {
        const person = index.persons.get(personId);
        if (!person || !isActivePerson(person)) continue;
        let entry = byPerson.get(personId);
        if (!entry) byPerson.set(personId, (entry = { person, roles: [], gaps: [], missing: [] }));
        const mine = records.get(personId);
        let lacking = false;
        for (const [key, name] of required) {
          const text = gapText(name, competenceStanding(mine?.get(key) ?? [], now));
          if (!text) continue;
          lacking = true;
          if (!entry.gaps.includes(text)) entry.gaps.push(text);
          if (!entry.missing.includes(`"${name}"`)) entry.missing.push(`"${name}"`);
        }
        if (lacking) entry.roles.push(role);
      }
    }
    const examined = byPerson.size;
    if (examined === 0) {
      notApplicable('No active person holds a role that states required competences.');
      return;
    }
    const lapses: Lapse<'notEvidenced' | 'notEvidencedAll'>[] = [];
    for (const [personId, { person, roles: lackingIn, gaps, missing }] of byPerson) {
      if (gaps.length === 0) continue;
      const who = named({ label: personName(index, personId), id: personId });
      const roleNames = lackingIn.map((r) => named({ label: r.name, id: r.id }));
      lapses.push({
        messageId: 'notEvidenced',
        data: { person: who, role: `${lackingIn.length === 1 ? 'role' : 'roles'} ${listForMessage(roleNames)}`, gaps: listForMessage(gaps), competences: listForMessage(missing) },
        subjects: [subjectOf('persons', person), ...lackingIn.map((r) => subjectOf('roles', r))],
      });
    }
    // One nonconformity of 7.2, each person listed; the share of people affected grades it. No competence evidence
    // recorded at all is the documented information 7.2 asks for absent.
    reportLapses(report, lapses, {
      summary: 'notEvidencedAll',
      data: () => ({ examined, people: listForMessage(lapses.map((l) => String(l.data['person'])), 6), person: 'each person listed', competences: 'the competences their roles require' }),
      grade: aims.competenceEvidence.length === 0 ? { extent: 'absent', examined } : { examined },
    });
  },
});
