// An evidence request: one line of the information request list an external auditor sends before or during an
// audit ("the risk assessment of system X", "records of the last management review"), which the organisation
// answers with evidence. Outstanding is what is neither answered nor set aside; overdue is outstanding past its date.
import { Type, type Static } from '@sinclair/typebox';
import type { IsoDateString } from './dates.ts';

export const evidenceRequestStatuses = ['open', 'answered', 'accepted', 'withdrawn'] as const;
export type EvidenceRequestStatus = (typeof evidenceRequestStatuses)[number];

const Day = Type.String({ format: 'date' });
const Text = (maxLength: number, description: string) => Type.String({ maxLength, description });

/** What the auditor asks: the part they write and may edit. */
export const EvidenceRequestAsk = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 300, description: 'What is asked for, in a line.' }),
  detail: Text(10_000, 'More about what is asked, and in which form.'),
  refs: Type.Array(Type.String({ minLength: 1 }), { maxItems: 50, description: 'The clauses and Annex A controls it is about (ids such as 6.1.2, A.6.2.4).' }),
  dueOn: Type.Union([Day, Type.Null()], { description: 'When the auditor wants it by.' }),
}, { additionalProperties: false });

export const EvidenceRequest = Type.Object({
  id: Type.String(),
  auditId: Type.String({ description: 'The external audit it belongs to.' }),
  ...EvidenceRequestAsk.properties,
  status: Type.Union(evidenceRequestStatuses.map((s) => Type.Literal(s)), {
    description: 'open (outstanding), answered (evidence given, awaiting the auditor), accepted (the auditor has what they need), withdrawn.',
  }),
  requestedBy: Type.String(),
  requestedAt: Type.String({ format: 'date-time' }),
  answer: Type.Union([Type.String(), Type.Null()], { description: 'The organisation\'s answer in words.' }),
  evidenceIds: Type.Array(Type.String(), { description: 'Evidence records given in answer.' }),
  documentIds: Type.Array(Type.String(), { description: 'Documents given in answer.' }),
  answeredBy: Type.Union([Type.String(), Type.Null()]),
  answeredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
}, { additionalProperties: false });

export type EvidenceRequestAsk = Static<typeof EvidenceRequestAsk>;
export type EvidenceRequest = Static<typeof EvidenceRequest>;

/** Still waiting for the organisation: asked and not answered (a reopened request waits again). */
export const isOutstanding = (request: EvidenceRequest): boolean => request.status === 'open';

export const isOverdue = (request: EvidenceRequest, today: IsoDateString): boolean =>
  isOutstanding(request) && request.dueOn !== null && request.dueOn < today;

/** The statuses a request may be set to by an edit; `answered` comes only with an answer. */
export function refusedStatusChange(from: EvidenceRequestStatus, to: EvidenceRequestStatus): string | undefined {
  if (from === to) return undefined;
  if (to === 'answered') return 'a request becomes answered by answering it (POST …/answer), not by setting its status';
  if (to === 'accepted' && from !== 'answered') return `only an answered request can be accepted; this one is ${from}`;
  return undefined;
}
