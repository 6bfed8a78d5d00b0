// awareness-not-evidenced (7.3): people working within the AIMS with no recent record, or rehearsed interview, showing
// awareness of the AI policy. 7.3 asks for no documented information (the requirements model), so a missing record is
// a prompt to verify by interview, not a nonconformity — unless the organisation itself keeps awareness records as
// documented information it decided it needs (a document marked as required by 7.3), which it must then keep.
import { addMonths, isBefore, isOnOrBefore, requirementOf, type Person } from '../domain/index.ts';
import { defineCheck } from './define-check.ts';
import { named, subjectOf } from './shared/finding-subjects.ts';
import { listForMessage, plural } from '../domain/wording.ts';

/** How long a briefing counts: the Standard sets no period, so we use two years, the cadence auditors commonly accept. */
const VALID_MONTHS = 24;
/** Above this many people, one summary replaces a line per person. */
const SUMMARY_AFTER = 10;
const REF = '7.3';

export default defineCheck({
  id: 'awareness-not-evidenced',
  meta: {
    title: 'Awareness of the AI policy is shown for everyone working within the AIMS',
    severity: 'minor',
    surfaces: ['stage-2', 'surveillance'],
    refs: ['7.3'],
    description:
      'Auditors interview people in the AIMS scope: each should know the AI policy, their contribution to the AIMS ' +
      'and the implications of not conforming. 7.3 asks for no record, so a person with no recent awareness record ' +
      'or rehearsed interview is someone to verify by interview; only where the organisation decided to keep ' +
      'awareness records as documented information of its own is a missing one a nonconformity.',
    messages: {
      never: 'Person "{{person}}" ({{id}}) works within the AIMS scope but has no awareness record covering the AI policy{{basis}}.',
      otherTopicsOnly: 'Person "{{person}}" ({{id}}) works within the AIMS scope and has awareness records, but none covering the AI policy{{basis}}.',
      stale: 'Person "{{person}}" ({{id}}) was last made aware of the AI policy on {{last}}, more than {{months}} months before {{now}}{{basis}}.',
      many: '{{count}} of {{total}} people working within the AIMS scope have no awareness of the AI policy shown since {{cutoff}} ({{breakdown}}), among them {{names}}{{basis}}.',
      none: 'None of the {{total}} people working within the AIMS scope has awareness of the AI policy shown since {{cutoff}} ({{breakdown}}), among them {{names}}{{basis}}.',
    },
    fix: '{{todo}}',
  },
  run({ aims, now, report, pass, notApplicable }) {
    const inScope = aims.persons.filter((p) => p.inAimsScope && p.active !== false);
    if (inScope.length === 0) {
      notApplicable('No active person is recorded as working within the AIMS scope.');
      return;
    }
    // The organisation's own decision to keep awareness records (7.5.1 b) makes them documented information it must keep.
    const ownDocuments = aims.documents.filter((d) => d.requiredBy?.includes(REF));
    const recordsRequired = requirementOf(REF)!.documentedInformation !== 'none' || ownDocuments.length > 0;
    const cutoff = addMonths(now, -VALID_MONTHS);
    // Latest dated briefing on the AI policy per person, and who has any record at all; one pass each.
    const latestOnPolicy = new Map<string, string>();
    const withAnyRecord = new Set<string>();
    for (const r of aims.awarenessRecords) {
      if (!isOnOrBefore(r.date, now)) continue; // a briefing dated after `now` is planned, not evidence
      withAnyRecord.add(r.personId);
      if (!r.topics.includes('ai-policy')) continue;
      const prev = latestOnPolicy.get(r.personId);
      if (prev === undefined || isBefore(prev, r.date)) latestOnPolicy.set(r.personId, r.date);
    }
    // Where no record is asked for, a rehearsed interview judged ready is what the auditor will see: it shows awareness.
    const interviewedReady = new Set<string>();
    if (!recordsRequired) {
      const latestInterview = new Map<string, { heldOn: string; outcome: string }>();
      for (const m of aims.mockInterviews) {
        if (!isOnOrBefore(m.heldOn, now) || isBefore(m.heldOn, cutoff)) continue;
        const prev = latestInterview.get(m.intervieweeId);
        if (prev === undefined || isBefore(prev.heldOn, m.heldOn)) latestInterview.set(m.intervieweeId, m);
      }
      for (const [id, m] of latestInterview) if (m.outcome === 'ready') interviewedReady.add(id);
    }
    // People without a briefing on the policy since the cutoff, in register order; `last` is their latest, if any.
    const affected: { person: Person; last?: string }[] = [];
    for (const person of inScope) {
      if (interviewedReady.has(person.id)) continue;
      const last = latestOnPolicy.get(person.id);
      if (last === undefined) affected.push({ person });
      else if (isBefore(last, cutoff)) affected.push({ person, last });
    }
    if (affected.length === 0) {
      pass(inScope.map((p) => subjectOf('persons', p)));
      return;
    }
    const outcome = recordsRequired ? 'finding' : 'needs-review';
    const basis = recordsRequired
      ? `, which the organisation keeps as documented information it needs (${listForMessage(ownDocuments.map((d) => named(subjectOf('documents', d))), 3)})`
      : '; 7.3 asks for no record, so an auditor will verify awareness by interview';
    const todoFor = (who: string) => recordsRequired
      ? `Brief ${who} on the AI policy, how they contribute to the AIMS and what not conforming to it means, and record each briefing as an awareness record (person, date, topics including ai-policy, evidence of attendance), as the organisation's own documented information requires; repeat it at least every ${VALID_MONTHS} months.`
      : `Make sure ${who} can explain the AI policy, their contribution to the AIMS and what not conforming means: brief them, and rehearse it in a mock interview; an awareness record (topics including ai-policy) or a mock interview judged ready clears this. No record is required by 7.3.`;
    const everyone = affected.length === inScope.length && inScope.length > 1;
    if (affected.length > SUMMARY_AFTER || everyone) {
      const neverCount = affected.filter((a) => a.last === undefined).length;
      const staleCount = affected.length - neverCount;
      const breakdown = [
        neverCount > 0 ? `${plural(neverCount, 'person', 'people')} with no record on the AI policy` : '',
        staleCount > 0 ? `${plural(staleCount, 'person', 'people')} last briefed before ${cutoff}` : '',
      ].filter(Boolean).join(', ');
      report({
        messageId: everyone ? 'none' : 'many',
        outcome,
        // Nobody able to show awareness is the requirement unmet as a whole, not a gap in the records.
        severity: everyone ? 'major' : 'minor',
        data: {
          count: affected.length, total: inScope.length, cutoff, breakdown, basis,
          names: listForMessage(affected.map((a) => a.person.name), 5, { quoted: true }),
          todo: todoFor(`the ${plural(affected.length, 'person', 'people')} listed`),
        },
        subjects: affected.map((a) => subjectOf('persons', a.person)),
      });
      return;
    }
    for (const { person, last } of affected) {
      const data = { person: person.name, id: person.id, months: VALID_MONTHS, basis, todo: todoFor(person.name) };
      if (last !== undefined) {
        report({ messageId: 'stale', outcome, data: { ...data, last, now }, subjects: [subjectOf('persons', person)] });
      } else {
        report({
          messageId: withAnyRecord.has(person.id) ? 'otherTopicsOnly' : 'never',
          outcome,
          data,
          subjects: [subjectOf('persons', person)],
        });
      }
    }
  },
});
