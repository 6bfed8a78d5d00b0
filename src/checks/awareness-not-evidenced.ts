// awareness-not-evidenced (7.3): people working within the AIMS with no recent record of awareness of the AI policy.
import { addMonths, isBefore, isOnOrBefore, type Person } from '../domain/index.ts';
import { defineCheck } from './define-check.ts';
import { collectLapses } from './shared/nonconformity.ts';
import { subjectOf } from './shared/finding-subjects.ts';
import { listForMessage, plural } from '../domain/wording.ts';

/** How long a briefing counts: the Standard sets no period, so we use two years, the cadence auditors commonly accept. */
const VALID_MONTHS = 24;
/** Above this many people, one summary replaces a line per person. */
const SUMMARY_AFTER = 10;

export default defineCheck({
  id: 'awareness-not-evidenced',
  meta: {
    title: 'Awareness of the AI policy is evidenced for everyone working within the AIMS',
    severity: 'minor',
    surfaces: ['stage-2', 'surveillance'],
    refs: ['7.3'],
    description:
      'Auditors sample people in the AIMS scope and ask for their training and awareness records: each should show a ' +
      'recent briefing on the AI policy, their contribution to the AIMS and the implications of not conforming. ' +
      'A person with no such record, or only an old one, is awareness asserted rather than evidenced.',
    messages: {
      never: 'Person "{{person}}" ({{id}}) works within the AIMS scope but has no awareness record covering the AI policy.',
      otherTopicsOnly: 'Person "{{person}}" ({{id}}) works within the AIMS scope and has awareness records, but none covering the AI policy.',
      stale: 'Person "{{person}}" ({{id}}) was last made aware of the AI policy on {{last}}, more than {{months}} months before {{now}}.',
      many: '{{count}} of {{total}} people working within the AIMS scope have no awareness of the AI policy evidenced since {{cutoff}} ({{breakdown}}), among them {{names}}.',
      none: 'None of the {{total}} people working within the AIMS scope has awareness of the AI policy evidenced since {{cutoff}} ({{breakdown}}), among them {{names}}.',
    },
    fix:
      'Brief {{who}} on the AI policy, how they contribute to the AIMS and what not conforming to it means; record ' +
      'each briefing as an awareness record (person, date, topics including ai-policy, evidence of attendance) and ' +
      'repeat it at least every {{months}} months.',
  },
  run({ aims, now, report, pass, notApplicable }) {
    const inScope = aims.persons.filter((p) => p.inAimsScope && p.active !== false);
    if (inScope.length === 0) {
      notApplicable('No active person is recorded as working within the AIMS scope.');
      return;
    }
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
    const cutoff = addMonths(now, -VALID_MONTHS);
    // People without a briefing on the policy since the cutoff, in register order; `last` is their latest, if any.
    const affected: { person: Person; last?: string }[] = [];
    for (const person of inScope) {
      const last = latestOnPolicy.get(person.id);
      if (last === undefined) affected.push({ person });
      else if (isBefore(last, cutoff)) affected.push({ person, last });
    }
    if (affected.length === 0) {
      pass(inScope.map((p) => subjectOf('persons', p)));
      return;
    }
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
        // Nobody able to show awareness is the requirement unmet as a whole, not a gap in the records.
        grade: everyone ? { extent: 'absent' } : { examined: inScope.length, affected: affected.length },
        data: {
          count: affected.length, total: inScope.length, cutoff, breakdown,
          names: listForMessage(affected.map((a) => a.person.name), 5, { quoted: true }),
          who: `the ${plural(affected.length, 'person', 'people')} listed`, months: VALID_MONTHS,
        },
        subjects: affected.map((a) => subjectOf('persons', a.person)),
      });
      return;
    }
    // A few people: one nonconformity listing them (the 'many' message counts them), graded by their share.
    type M = 'none' | 'many' | 'stale' | 'otherTopicsOnly' | 'never';
    const kind = {
      summary: 'many' as M,
      data: () => ({
        count: affected.length, total: inScope.length, cutoff, breakdown: plural(affected.length, 'person', 'people'),
        names: listForMessage(affected.map((a) => a.person.name), 5, { quoted: true }),
        who: `the ${plural(affected.length, 'person', 'people')} listed`, months: VALID_MONTHS,
      }),
      grade: () => ({ examined: inScope.length, affected: affected.length }),
    };
    const collected = collectLapses<M>(report, { stale: kind, otherTopicsOnly: kind, never: kind });
    for (const { person, last } of affected) {
      const data = { person: person.name, id: person.id, who: person.name, months: VALID_MONTHS };
      if (last !== undefined) {
        collected.report({ messageId: 'stale', data: { ...data, last, now }, subjects: [subjectOf('persons', person)] });
      } else {
        collected.report({
          messageId: withAnyRecord.has(person.id) ? 'otherTopicsOnly' : 'never',
          data,
          subjects: [subjectOf('persons', person)],
        });
      }
    }
    collected.flush();
  },
});
