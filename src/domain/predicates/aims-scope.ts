// Which AI systems the AIMS scope covers (4.3), by one rule for every check, report and readiness rule that meets them.
import type { AiSystem, AimsSnapshot } from '../model/index.ts';

/**
 * Whether an AI system is inside the AIMS scope (4.3) and not retired. A system counts as in scope when the
 * inventory marks it so or a scope statement includes it: either is what an auditor would hold the
 * organisation to. Contradictions between the two are scope-incomplete's business. Built once per run, so
 * checks that meet systems through other records (risks, datasets, metrics) apply the same rule.
 */
export function activeInScope(aims: Pick<AimsSnapshot, 'scopeStatements'>): (s: AiSystem | undefined) => s is AiSystem {
  const inScope = inAimsScope(aims);
  return (s): s is AiSystem => inScope(s) && s.status !== 'retired';
}

/** In the AIMS scope, retired or not: flagged so in the inventory, or included by a scope statement. */
export function inAimsScope(aims: Pick<AimsSnapshot, 'scopeStatements'>): (s: AiSystem | undefined) => s is AiSystem {
  const included = new Set<string>();
  for (const s of aims.scopeStatements) for (const id of s.includedAiSystemIds ?? []) included.add(id);
  return (s): s is AiSystem => s !== undefined && (s.inScope === true || included.has(s.id));
}

/** The AI systems inside the AIMS scope that have not been retired (see `activeInScope`). */
export function activeAiSystemsInScope(aims: AimsSnapshot): AiSystem[] {
  return aims.aiSystems.filter(activeInScope(aims));
}
