// scope-incomplete: no scope statement, AI systems neither included nor justifiably excluded, or scope flags that contradict it.
import type { ScopeStatement } from '../domain/index.ts';
import { named, organisationSubject, subjectOf } from './shared/finding-subjects.ts';
import { isBlank } from '../domain/predicates/free-text.ts';
import { defineCheck } from './define-check.ts';
import { collectLapses, type LapseKind } from './shared/nonconformity.ts';
import { listForMessage } from '../domain/wording.ts';

/**
 * The statement in force: the latest approved one (ties go to the later record), else the last one recorded.
 * Earlier versions kept for history must not decide what is in scope today.
 */
function currentStatement(statements: readonly ScopeStatement[]): ScopeStatement | undefined {
  let current: ScopeStatement | undefined;
  for (const s of statements) {
    if (!current) { current = s; continue; }
    if (s.approvedOn === undefined && current.approvedOn !== undefined) continue;
    if (current.approvedOn === undefined || (s.approvedOn ?? '') >= current.approvedOn) current = s;
  }
  return current;
}

export default defineCheck({
  id: 'scope-incomplete',
  meta: {
    title: 'The AIMS scope states which AI systems it covers and justifies every exclusion',
    severity: 'minor',
    surfaces: ['stage-1'],
    refs: ['4.3'],
    description:
      'The scope statement is the first document a Stage 1 auditor asks for: it defines what is being audited. The '
      + 'auditor compares it with the AI system inventory and expects every system to be either in scope or excluded '
      + 'for a stated reason, and the inventory and the statement to agree.',
    messages: {
      systemsAll: '{{count}} of the {{examined}} AI systems in the inventory are not addressed consistently by the scope statement ({{how}}): {{systems}}.',
      noStatement: 'There is no AIMS scope statement, so it is not defined which AI systems, units, sites and life-cycle stages the AIMS covers.',
      unaddressed: 'AI system {{system}} is in the inventory{{flag}} but the scope statement neither includes it nor excludes it.',
      unjustifiedExclusion: 'AI system {{system}} is excluded from the AIMS scope without a justification.',
      contradictory: 'AI system {{system}} is both included in and excluded from the scope statement.',
      inScopeButExcluded: 'AI system {{system}} is marked in scope but the scope statement excludes it.',
      outOfScopeButIncluded: 'AI system {{system}} is marked out of scope but the scope statement includes it.',
      otherExclusions: 'The scope statement {{statement}} excludes {{items}} without a justification.',
    },
    fix:
      'Write or complete the AIMS scope statement for {{target}}: include what the AIMS covers, exclude the rest with a '
      + 'justification (e.g. "{{example}}"), and keep each AI system\'s in-scope flag the same as the statement.',
  },
  run({ aims, index, report: emit, pass }) {
    const statement = currentStatement(aims.scopeStatements.filter((s) => !isBlank(s.statement)));
    if (!statement) {
      emit({
        messageId: 'noStatement', grade: { extent: 'absent' }, subjects: [organisationSubject(aims)],
        data: { target: 'the AI systems, units, sites and life-cycle stages the AIMS covers', example: 'Research prototypes: not used on customer data' },
      });
      return;
    }
    const text = statement.statement.trim();
    const statementSubject = { register: 'scopeStatements' as const, id: statement.id, label: text.length > 60 ? `${text.slice(0, 57)}...` : text };
    // One nonconformity per kind of gap, the systems listed; the share of the inventory affected grades it.
    const examined = aims.aiSystems.length;
    const how: Record<string, string> = {
      contradictory: 'both included and excluded', unaddressed: 'neither included nor excluded', inScopeButExcluded: 'marked in scope but excluded',
      outOfScopeButIncluded: 'marked out of scope but included', unjustifiedExclusion: 'excluded without a justification',
    };
    type M = 'systemsAll' | 'noStatement' | 'unaddressed' | 'unjustifiedExclusion' | 'contradictory' | 'inScopeButExcluded' | 'outOfScopeButIncluded' | 'otherExclusions';
    const kind = (id: M): LapseKind<M> => ({
      summary: 'systemsAll',
      data: (lapses) => ({ examined, how: how[id]!, systems: listForMessage(lapses.map((l) => String(l.data['system'])), 6), target: 'each AI system listed', example: 'Internal prototype, not used on customer data' }),
      grade: () => ({ examined }),
    });
    const lapses = collectLapses<M>(emit, {
      contradictory: kind('contradictory'), unaddressed: kind('unaddressed'), inScopeButExcluded: kind('inScopeButExcluded'),
      outOfScopeButIncluded: kind('outOfScopeButIncluded'), unjustifiedExclusion: kind('unjustifiedExclusion'),
    });
    const report = lapses.report;
    const included = new Set(statement.includedAiSystemIds);
    const excluded = new Map(statement.excludedAiSystems.map((e) => [e.item, e.justification]));
    for (const system of aims.aiSystems) {
      const isIncluded = included.has(system.id);
      const isExcluded = excluded.has(system.id);
      // A retired system nobody lists any longer is history, not a gap in the scope.
      if (system.status === 'retired' && !system.inScope && !isIncluded && !isExcluded) continue;
      const subjects = [subjectOf('aiSystems', system), statementSubject];
      const data = { system: named(system), target: `AI system ${system.id}`, example: 'Internal prototype, not used on customer data', flag: '' };
      if (isIncluded && isExcluded) report({ messageId: 'contradictory', subjects, data });
      else if (!isIncluded && !isExcluded) report({ messageId: 'unaddressed', subjects, data: { ...data, flag: system.inScope ? ' and marked in scope' : '' } });
      else if (system.inScope && isExcluded) report({ messageId: 'inScopeButExcluded', subjects, data });
      else if (!system.inScope && isIncluded) report({ messageId: 'outOfScopeButIncluded', subjects, data });
      else if (isExcluded && isBlank(excluded.get(system.id))) report({ messageId: 'unjustifiedExclusion', subjects, data });
      else pass(subjects);
    }
    lapses.flush();
    const items = [
      ...statement.excludedUnits.filter((e) => isBlank(e.justification)).map((e) => `unit "${e.item}"`),
      ...statement.excludedSites.filter((e) => isBlank(e.justification)).map((e) => {
        const site = index.sites.get(e.item);
        return site ? `site ${named(site)}` : `site ${e.item}`;
      }),
      ...(statement.excludedLifecycleStages ?? []).filter((e) => isBlank(e.justification)).map((e) => `life-cycle stage "${e.item}"`),
    ];
    if (items.length > 0) {
      emit({
        messageId: 'otherExclusions', grade: { extent: 'isolated' }, subjects: [statementSubject],
        data: { statement: statement.id, items: items.join(', '), target: items.join(', '), example: 'Site closes in 2027 and runs no AI systems' },
      });
    }
  },
});
