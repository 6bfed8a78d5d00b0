// EU AI Act Art 73 reporting deadlines for serious incidents: when the report to the authority is due, and whether it was made in time.
import { addDays, isAfter, type IsoDateString } from '../dates.ts';
import type { Incident } from '../model/index.ts';

export type SeriousIncidentKind = NonNullable<Incident['seriousKind']>;

/**
 * Days allowed after the organisation became aware of a serious incident (Art 73(2)–(4)): 2 for a widespread
 * infringement or a critical-infrastructure incident, 10 on a death, 15 otherwise.
 */
export const SERIOUS_INCIDENT_REPORTING_DAYS: Readonly<Record<SeriousIncidentKind, number>> = {
  'widespread-or-critical-infrastructure': 2,
  death: 10,
  other: 15,
};

const SHORTEST = Math.min(...Object.values(SERIOUS_INCIDENT_REPORTING_DAYS));
const LONGEST = Math.max(...Object.values(SERIOUS_INCIDENT_REPORTING_DAYS));

/** The clock starts when the organisation became aware of the incident; without a detection date, when it occurred. */
export function awareOn(incident: Pick<Incident, 'occurredOn' | 'detectedOn'>): IsoDateString {
  return incident.detectedOn ?? incident.occurredOn;
}

/** The last day on which the report is still in time, for a known kind of serious incident. */
export function seriousIncidentDeadline(incident: Pick<Incident, 'occurredOn' | 'detectedOn'>, kind: SeriousIncidentKind): IsoDateString {
  return addDays(awareOn(incident), SERIOUS_INCIDENT_REPORTING_DAYS[kind]);
}

/**
 * Where a serious incident stands against its deadline as of `now`:
 * - `reported-in-time` / `reported-late`: a report date is recorded;
 * - `due`: not reported yet and the deadline has not passed;
 * - `overdue`: not reported and the deadline has passed;
 * - `undecided`: the kind is not recorded and the answer depends on it (the report, or today, falls between the
 *   shortest and the longest deadline).
 * Incidents that are not serious under Art 73 are `not-serious`.
 */
export type SeriousIncidentStatus =
  | { readonly kind: 'not-serious' }
  | { readonly kind: 'reported-in-time' | 'reported-late' | 'due' | 'overdue'; readonly deadline: IsoDateString; readonly days: number }
  | { readonly kind: 'undecided'; readonly earliestDeadline: IsoDateString; readonly latestDeadline: IsoDateString };

export function seriousIncidentStatus(
  incident: Pick<Incident, 'euAiActSerious' | 'seriousKind' | 'occurredOn' | 'detectedOn' | 'reportedToAuthorityOn'>,
  now: IsoDateString,
): SeriousIncidentStatus {
  if (!incident.euAiActSerious) return { kind: 'not-serious' };
  const reported = incident.reportedToAuthorityOn;
  // `reference` is the day we judge against: the report date, or today while nothing has been reported.
  const reference = reported ?? now;
  const judge = (deadline: IsoDateString, days: number): SeriousIncidentStatus => {
    const late = isAfter(reference, deadline);
    if (reported) return { kind: late ? 'reported-late' : 'reported-in-time', deadline, days };
    return { kind: late ? 'overdue' : 'due', deadline, days };
  };
  if (incident.seriousKind) {
    const days = SERIOUS_INCIDENT_REPORTING_DAYS[incident.seriousKind];
    return judge(seriousIncidentDeadline(incident, incident.seriousKind), days);
  }
  // Kind unknown: decide only where every possible deadline gives the same answer.
  const start = awareOn(incident);
  const earliestDeadline = addDays(start, SHORTEST);
  const latestDeadline = addDays(start, LONGEST);
  if (!isAfter(reference, earliestDeadline)) return judge(earliestDeadline, SHORTEST);
  if (isAfter(reference, latestDeadline)) return judge(latestDeadline, LONGEST);
  return { kind: 'undecided', earliestDeadline, latestDeadline };
}
