// management-review-without-top-management (9.3.1, 5.1): a management review held without top management chairing
// or attending it: the AIMS reviewed by the people who run it, not by those who answer for it.
import { addMonths, isOnOrBefore, type AimsSnapshot, type ManagementReview, type Person } from '../domain/index.ts';
import { listForMessage } from '../domain/wording.ts';
import { defineCheck } from './define-check.ts';
import { named, organisationSubject, subjectOf } from './shared/finding-subjects.ts';
import type { Instance, Subject } from './types.ts';

export default defineCheck({
  id: 'management-review-without-top-management',
  meta: {
    title: 'Top management chairs or attends the management review',
    severity: 'major',
    surfaces: ['stage-1', 'stage-2', 'surveillance'],
    refs: ['9.3.1', '5.1'],
    description:
      '9.3 asks top management itself to review the AIMS. Reading the minutes, the auditor looks at who chaired and ' +
      'who attended: a review held by the AIMS owner and the governance team, with no member of top management in ' +
      'the room, is a progress meeting, and it leaves 5.1 (leadership and commitment) without its main evidence.',
    messages: {
      noTopManagementRecorded:
        'No person is recorded as top management, so it cannot be shown that management review {{review}} held on {{date}} was held by top management.',
      attendanceNotRecorded: 'Management review {{review}} held on {{date}} records neither a chair nor attendees: nothing shows top management took part.',
      withoutTopManagement:
        'Management review {{review}} held on {{date}} was {{who}}, none of whom is top management.',
      reviewsWithoutTopManagement:
        '{{count}} of the {{examined}} management reviews of the last 12 months {{were}} held without top management ({{topManagement}}){{latestNote}}: {{reviews}}.',
    },
    fix:
      'Have top management ({{topManagement}}) chair or attend {{which}}, and record the chair and the attendees in ' +
      'the minutes; mark the members of top management in the persons register (topManagement).',
  },
  run({ aims, index, now, report, pass, notApplicable }) {
    const held = aims.managementReviews.filter((r) => r.status === 'held' && isOnOrBefore(r.heldOn, now));
    if (held.length === 0) {
      notApplicable('No management review has been held yet; management-review-not-held reports that.');
      return;
    }
    // The current cycle: the latest review, and any other held in the last twelve months.
    const latest = held.reduce((a, b) => (b.heldOn > a.heldOn ? b : a));
    const since = addMonths(now, -12);
    const judged = held.filter((r) => r === latest || r.heldOn >= since);
    const top = topManagementOf(aims);
    const topManagement = top.length > 0 ? top.map((p) => p.name).join(', ') : 'the persons who direct and control the organisation';

    if (top.length === 0) {
      report({
        messageId: 'noTopManagementRecorded',
        outcome: 'needs-review',
        severity: 'major',
        data: { review: named({ label: latest.title, id: latest.id }), date: latest.heldOn, topManagement, which: 'each management review' },
        subjects: [organisationSubject(aims), subjectOf('managementReviews', latest)],
      });
      return;
    }
    const without: Instance[] = [];
    const dated: string[] = [];
    for (const r of judged) {
      const data = { review: named({ label: r.title, id: r.id }), date: r.heldOn, topManagement, which: `the next review (after ${r.id})` };
      const subjects: Subject[] = [subjectOf('managementReviews', r)];
      const present = [...new Set([r.chairId, ...(r.attendeeIds ?? [])].filter((id): id is string => id !== undefined))];
      if (present.length === 0) {
        // The minutes are silent on attendance: the auditor will ask, and only interviews can show it.
        report({ messageId: 'attendanceNotRecorded', outcome: 'needs-review', severity: 'major', data, subjects });
        continue;
      }
      const people = present.map((id) => index.persons.get(id));
      if (people.some((p) => p !== undefined && top.includes(p))) {
        pass(subjects);
        continue;
      }
      dated.push(`${data.review} on ${r.heldOn}`);
      without.push({
        messageId: 'withoutTopManagement',
        data: { ...data, who: attendance(r, people, index.persons) },
        subjects: [...subjects, ...people.filter((p): p is Person => p !== undefined).map((p) => subjectOf('persons', p))],
      });
    }
    if (without.length === 0) return;
    const latestWithout = without.some((i) => i.subjects[0]?.id === latest.id);
    report({
      messageId: 'reviewsWithoutTopManagement',
      data: {
        count: without.length, examined: judged.length, were: without.length === 1 ? 'was' : 'were', topManagement,
        latestNote: latestWithout ? ', the latest among them' : '', reviews: listForMessage(dated, 5), which: 'each management review',
      },
      subjects: [],
      instances: without,
      // The latest review without top management: top management does not review the AIMS now, the requirement is not
      // addressed. Only earlier ones, with a later review top management held: a lapse since corrected.
      grade: { extent: latestWithout ? 'absent' : 'isolated', requirement: '9.3' },
    });
  },
});

/** Roles that stand for top management when no person is marked as such. */
const topManagementRole = /\btop management\b|\bexecutive (committee|board|team)\b|\bboard of directors\b|\bmanagement board\b/i;

/** The persons marked top management; where none is, the holders and chairs of a role named for top management. */
function topManagementOf(aims: AimsSnapshot): Person[] {
  const marked = aims.persons.filter((p) => p.topManagement === true);
  if (marked.length > 0) return marked;
  const ids = new Set(aims.roles.filter((r) => topManagementRole.test(r.name)).flatMap((r) => [...r.holderIds, ...(r.accountableChairId ? [r.accountableChairId] : [])]));
  return aims.persons.filter((p) => ids.has(p.id));
}

function attendance(r: ManagementReview, people: readonly (Person | undefined)[], persons: ReadonlyMap<string, Person>): string {
  const chair = r.chairId === undefined ? undefined : persons.get(r.chairId)?.name ?? r.chairId;
  const others = people.filter((p) => p !== undefined && p.id !== r.chairId).map((p) => p!.name);
  const parts = [chair ? `chaired by ${chair}` : 'held with no chair recorded', others.length > 0 ? `attended by ${others.join(', ')}` : undefined];
  return parts.filter((p) => p !== undefined).join(' and ');
}
