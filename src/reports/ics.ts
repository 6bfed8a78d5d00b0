// RFC 5545 calendars: all-day events with stable UIDs, CRLF line ends, text escaping and folding at 75 octets.
import { addDays, isValidIsoDate, type IsoDateString } from '../domain/index.ts';

export interface CalendarEvent {
  /** Unique and stable across exports, so a calendar that imports the file again updates rather than duplicates. */
  readonly uid: string;
  readonly summary: string;
  readonly description?: string;
  readonly start: IsoDateString;
  /** Last day, inclusive (written as the exclusive DTEND of RFC 5545, the day after). */
  readonly end: IsoDateString;
  readonly categories?: readonly string[];
  readonly status?: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
}

export interface CalendarOptions {
  readonly name: string;
  /** When the calendar was produced (ISO 8601 date-time); the caller owns the clock. */
  readonly stamp: string;
  readonly prodId?: string;
}

/**
 * Escapes TEXT values: backslash, semicolon, comma and line breaks of any convention (CRLF, LF or a lone CR, which
 * would otherwise end the content line early); other control characters are not allowed in TEXT and are dropped.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\x00-\x08\x0a-\x1f\x7f]/g, '');
}

const encoder = new TextEncoder();

/** Folds a content line so no physical line exceeds 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; continuation lines start with a space, leaving 74.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (date: IsoDateString): string => date.replace(/-/g, '');

function basicDateTime(stamp: string): string {
  const d = new Date(stamp);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a date-time: ${stamp}`);
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Renders a VCALENDAR with one all-day VEVENT per event. */
export function renderIcs(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const stamp = basicDateTime(options.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId ?? '-//OpenAIMS//Certification cycle//EN'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const e of events) {
    if (!isValidIsoDate(e.start) || !isValidIsoDate(e.end)) throw new RangeError(`event ${e.uid}: dates must be YYYY-MM-DD`);
    const last = e.end < e.start ? e.start : e.end;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(e.start)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(last, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      ...(e.categories?.length ? [`CATEGORIES:${e.categories.map(escapeText).join(',')}`] : []),
      ...(e.status ? [`STATUS:${e.status}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The events of a planned or recorded certification cycle, as calendar events. */
export function cycleCalendarEvents(
  events: readonly {
    readonly id: string; readonly title: string; readonly start: IsoDateString; readonly end: IsoDateString; readonly status: string;
    readonly basis: string; readonly dueBy?: IsoDateString; readonly auditDays?: number; readonly risks?: readonly string[];
  }[],
  scope: string,
): CalendarEvent[] {
  return events.map((e) => ({
    uid: `${scope}.${e.id}@openaims`,
    summary: e.status === 'overdue' || e.status === 'at-risk' ? `${e.title} (${e.status})` : e.title,
    description: [
      e.basis,
      ...(e.auditDays !== undefined ? [`Audit days: ${e.auditDays}.`] : []),
      ...(e.dueBy ? [`Due by ${e.dueBy}.`] : []),
      `Status: ${e.status}.`,
      ...(e.risks ?? []),
    ].join('\n'),
    start: e.start,
    end: e.end,
    categories: ['ISO/IEC 42001 certification'],
    status: e.status === 'done' || e.status === 'planned' ? 'CONFIRMED' : 'TENTATIVE',
  }));
}
