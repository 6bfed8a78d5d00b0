// What every change of an evidence request checks first: what is asked is said, cites real clauses and controls,
// and has a real date. Shared by requesting and changing a request.
import { AppError, findClause, findControl, isValidIsoDate, type ErrorDetail, type EvidenceRequestAsk } from '../../domain/index.ts';

export function refuseBadAsk(ask: EvidenceRequestAsk): void {
  const problems: ErrorDetail[] = [];
  if (ask.title.trim() === '') problems.push({ field: 'title', message: 'must say what is asked for' });
  ask.refs.forEach((ref, i) => {
    if (!findClause(ref) && !findControl(ref)) problems.push({ field: `refs[${i}]`, message: `"${ref}" is no ISO/IEC 42001 clause or Annex A control` });
  });
  if (ask.dueOn !== null && !isValidIsoDate(ask.dueOn)) problems.push({ field: 'dueOn', message: `"${ask.dueOn}" is not a date (YYYY-MM-DD)` });
  if (problems.length > 0) throw new AppError('invalid_input', 'The evidence request is not complete; nothing was written.', problems);
}
