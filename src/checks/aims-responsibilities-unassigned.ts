// aims-responsibilities-unassigned (5.3): the two responsibilities top management must assign — that the AIMS conforms
// to ISO/IEC 42001, and reporting on its performance to top management — carried by no role a named person holds.
import { aimsAssignments, type Role, type SnapshotIndex } from '../domain/index.ts';
import { roleAccountability } from '../domain/predicates/accountability.ts';
import { listForMessage } from '../domain/wording.ts';
import { defineCheck } from './define-check.ts';
import { named, organisationSubject, subjectOf } from './shared/finding-subjects.ts';
import type { Subject } from './types.ts';

type Assignment = (typeof aimsAssignments)[number];

const words: Record<Assignment, string> = {
  'aims-conformance': 'ensuring that the AIMS conforms to the requirements of ISO/IEC 42001 (5.3 a)',
  'performance-reporting': 'reporting on the performance of the AIMS to top management (5.3 b)',
};

/** Responsibilities worded so an auditor reads the assignment in them. */
const signals: Record<Assignment, RegExp> = {
  'aims-conformance': /\bconform|\bcomplian\w* (of|with) the aims\b|\b(requirements of|meets?) (iso\/iec )?42001\b/i,
  'performance-reporting': /\breport\w*\b.*\b(top management|board|executive)|\b(performance|aims)\b.*\breport\w* to\b|\b(report|present)\w*\b.*\bmanagement review\b/i,
};

export default defineCheck({
  id: 'aims-responsibilities-unassigned',
  meta: {
    title: 'Someone is assigned to make the AIMS conform and to report on its performance to top management',
    severity: 'major',
    surfaces: ['stage-1', 'stage-2'],
    refs: ['5.3'],
    description:
      '5.3 names two responsibilities top management must assign, whatever else it delegates: ensuring that the AIMS ' +
      'conforms to ISO/IEC 42001, and reporting on the performance of the AIMS to top management. The auditor asks who ' +
      'holds each and looks for it in the role descriptions; the assignment must reach a named person.',
    messages: {
      unassigned: 'No role carries {{what}}.',
      unheld: 'Role {{role}} carries {{what}}, but {{why}}.',
      notWorded:
        'No role records {{what}} as an assignment, and no role’s responsibilities say so in words; confirm who holds {{it}}.',
    },
    fix:
      'Assign {{todo}} to a role held by a named person: record it on the role (aimsAssignments) and in its ' +
      'responsibilities, and have top management communicate the assignment.',
  },
  run({ aims, index, report, pass, notApplicable }) {
    if (aims.roles.length === 0) {
      notApplicable('No roles are defined; accountability-diffuse reports that.');
      return;
    }
    // Recorded assignments decide where the organisation keeps them; otherwise the wording of responsibilities is all there is.
    const recorded = aims.roles.some((r) => (r.aimsAssignments ?? []).length > 0);
    const org = organisationSubject(aims);
    const unworded: Assignment[] = [];
    const examined: Subject[] = [];
    for (const assignment of aimsAssignments) {
      const carriers = aims.roles.filter((r) => (r.aimsAssignments ?? []).includes(assignment) || (!recorded && r.responsibilities.some((t) => signals[assignment].test(t))));
      const what = words[assignment];
      if (carriers.length === 0) {
        // The organisation keeps its assignments and this one is in none of them: the requirement is not addressed.
        if (recorded) report({ messageId: 'unassigned', data: { what, todo: what }, subjects: [org], grade: { extent: 'absent' } });
        else unworded.push(assignment);
        continue;
      }
      const held = carriers.filter((r) => holdsNamed(r, index));
      examined.push(...carriers.map((r) => subjectOf('roles', r)));
      if (held.length > 0) continue;
      const role = carriers[0]!;
      report({
        messageId: 'unheld',
        // Assigned on paper to a role no one answers for: the assignment is there, its holder is the lapse.
        grade: { extent: 'isolated' },
        data: { role: named(role), what, why: whyUnheld(role, index), todo: what },
        subjects: carriers.map((r) => subjectOf('roles', r)),
      });
    }
    if (unworded.length > 0) {
      const what = listForMessage(unworded.map((a) => words[a]));
      report({ messageId: 'notWorded', outcome: 'needs-review', severity: 'major', data: { what, it: unworded.length === 1 ? 'it' : 'them', todo: what }, subjects: [org] });
    }
    pass([...new Map(examined.map((s) => [s.id, s])).values()]);
  },
});

function holdsNamed(role: Role, index: SnapshotIndex): boolean {
  const standing = roleAccountability(role, index);
  return standing.kind !== 'unheld' && standing.kind !== 'committee-without-chair';
}

function whyUnheld(role: Role, index: SnapshotIndex): string {
  return roleAccountability(role, index).kind === 'committee-without-chair'
    ? 'it is a committee with no named accountable chair'
    : 'no active named person holds it';
}
