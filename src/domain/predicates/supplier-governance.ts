// Whether a supplier provides AI, and which parts of A.10 governance its record lacks.
import { isAfter } from '../dates.ts';
import type { Supplier } from '../model/index.ts';
import { isBlank } from './free-text.ts';

/** What counts as providing AI on its own; `data` counts only when it feeds an AI system or dataset. */
const aiProvisions = new Set<Supplier['provides'][number]>(['foundation-model', 'ai-saas', 'ai-component']);

export function providesAi(supplier: Supplier, feedsAi: boolean): boolean {
  return supplier.provides.some((p) => aiProvisions.has(p) || (p === 'data' && feedsAi));
}

const provisionWords: Record<Supplier['provides'][number], string> = {
  'foundation-model': 'a foundation model',
  'ai-saas': 'an AI service',
  'ai-component': 'an AI component',
  data: 'data for AI',
  compute: 'compute',
  'ml-tooling': 'ML tooling',
  'non-ai': 'non-AI goods',
};

/** "a foundation model and data for AI": what the supplier provides, in words for a message. */
export function describeProvision(supplier: Supplier): string {
  const words = supplier.provides.filter((p) => p !== 'non-ai' && p !== 'compute' && p !== 'ml-tooling').map((p) => provisionWords[p]);
  if (words.length <= 1) return words[0] ?? 'AI';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

// Terms that make a clause about AI: the model, its data, its behaviour, changes and incidents, audit and oversight.
const aiTerms = /\b(ai|model|models|algorithm\w*|training|fine-?tun\w*|dataset\w*|data|bias|fairness|accuracy|performance|drift|output\w*|prompt\w*|incident\w*|change notice|notif\w*|version\w*|deprecat\w*|audit\w*|transparen\w*|explainab\w*|oversight|evaluation|testing|benchmark\w*|hallucinat\w*|safety|responsib\w*|subprocessor\w*|retention|personal data|intellectual property|indemn\w*)\b/i;

/** True when no clause mentions anything about AI: the contract reads as ordinary procurement terms. */
export function clausesLookGeneric(clauses: readonly string[]): boolean {
  const real = clauses.filter((c) => !isBlank(c));
  return real.length > 0 && !real.some((c) => aiTerms.test(c));
}

/** The A.10 gaps in how a supplier is governed, in words for a message ("is governed as ordinary procurement"). */
export function governanceGaps(supplier: Supplier, stillUsed: boolean): string[] {
  const gaps: string[] = [];
  if (supplier.governedAs === 'ordinary-procurement') gaps.push('is governed as ordinary procurement');
  if (!supplier.aiAssessment) gaps.push('has no AI-specific assessment');
  else if (supplier.aiAssessment.outcome === 'rejected' && stillUsed) gaps.push('was rejected by its AI assessment but is still used');
  if (isBlank(supplier.responsibilityAllocation)) gaps.push('has no allocation of responsibilities');
  if (supplier.contractClauses.every((c) => isBlank(c))) gaps.push('has no AI-relevant contract clauses');
  return gaps;
}

/** Past its next review date on `now` (a review due today is on time). */
export function isReviewOverdue(supplier: Supplier, now: string): boolean {
  return supplier.nextReviewDue !== undefined && isAfter(now, supplier.nextReviewDue);
}
