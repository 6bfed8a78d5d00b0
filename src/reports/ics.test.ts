// The ICS export parsed back with ical.js: one all-day event per phase of the cycle, on the planned dates.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planCycle } from '../domain/certification/index.ts';
import { cycleCalendarEvents, escapeText, foldLine, renderIcs } from './ics.ts';

describe('renderIcs', () => {
  const plan = planCycle({ stage2: '2026-01-26' });
  const text = renderIcs(cycleCalendarEvents(plan.events, 'plan-2026-01-26'), { name: 'AIMS certification plan', stamp: '2026-01-01T09:30:00.000Z' });

  it('is a calendar ical.js reads, with one VEVENT per phase on the planned dates', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(events).toHaveLength(plan.events.length);
    for (const kind of ['application', 'stage-1', 'stage-2', 'certification-decision', 'surveillance-1', 'surveillance-2', 'recertification', 'expiry']) {
      expect(byUid.has(`plan-2026-01-26.${kind}@openaims`), kind).toBe(true);
    }
    const decision = byUid.get('plan-2026-01-26.certification-decision@openaims')!;
    expect(decision.startDate.isDate).toBe(true);
    expect(decision.startDate.toString()).toBe('2026-03-10');
    expect(decision.endDate.toString()).toBe('2026-03-11'); // DTEND is exclusive
    expect(byUid.get('plan-2026-01-26.expiry@openaims')!.startDate.toString()).toBe('2029-03-09');
    const s1 = byUid.get('plan-2026-01-26.surveillance-1@openaims')!;
    expect(s1.description).toContain('Due by 2027-03-10.');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('AIMS certification plan');
    expect(s1.description).toContain('(due by 2027-03-10), planned 1 month(s) ahead.'); // an escaped comma, read back
    expect(events[0]!.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-01-01T09:30:00Z');
  });

  it('ends every line with CRLF and keeps lines within 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => !l.includes('\n'))).toBe(true);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe('escaping and folding', () => {
  it('escapes the TEXT specials', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('escapes a line break of any convention and drops other control characters, so no raw CR or LF ends a line early', () => {
    expect(escapeText('a\r\nb\rc\nd\u0007e\tf')).toBe('a\\nb\\nc\\nde\tf');
    const text = renderIcs([{ uid: 'u@x', summary: 'Stage 2\rday 1', start: '2026-01-05', end: '2026-01-05' }], { name: 'n', stamp: '2026-01-01T00:00:00Z' });
    expect(text.replace(/\r\n/g, '').includes('\r')).toBe(false);
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe('Stage 2\nday 1');
  });

  it('folds long lines at 75 octets without splitting a multi-byte character, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'Évaluation d’impact — '.repeat(10)}`;
    const folded = foldLine(line);
    for (const physical of folded.split('\r\n')) expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    const parsed = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260101\r\n${folded}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`));
    expect(parsed.getFirstSubcomponent('vevent')!.getFirstPropertyValue('description')).toBe(line.slice('DESCRIPTION:'.length));
  });
});
