// OSCAL assessment results: the readiness check's findings, each an observation of what was seen and, where it cites
// clauses or controls of the catalog, a finding that the first of them is not satisfied, the others related to it.
import type { Check, CheckResult } from '../../checks/types.ts';
import { dateTimeOf, oneLine } from './ids.ts';
import { catalogIdOf, clean, metadata, prop, props, type JsonObject, type OscalContext } from './common.ts';

export interface AssessmentInput {
  readonly results: readonly CheckResult[];
  readonly checks: readonly Check[];
  /** The file of the assessment plan the results answer (the next audit's). */
  readonly planFile: string;
}

/** A result's key: the check and the records it is about, which stay the same while the problem does. */
const keyOf = (r: CheckResult): string => [r.check, ...r.subjects.map((s) => `${s.register}/${s.id}`)].join('|');

export function buildAssessmentResults(ctx: OscalContext, input: AssessmentInput): JsonObject {
  const titles = new Map(input.checks.map((c) => [c.id, c.meta.title]));
  const reported = input.results.filter((r) => r.outcome === 'finding' || r.outcome === 'needs-review');
  const seen = new Map<string, number>();
  const observations: JsonObject[] = [];
  const findings: JsonObject[] = [];
  for (const r of reported) {
    const base = keyOf(r);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const key = n === 1 ? base : `${base}#${n}`;
    const controlIds = [...new Set(r.refs.map((ref) => catalogIdOf(ref, ctx.index)).filter((id): id is string => id !== undefined))];
    const observationUuid = ctx.uuid('observation', 'readiness', key);
    const title = oneLine(titles.get(r.check) ?? r.check);
    observations.push({
      uuid: observationUuid,
      title,
      description: r.message,
      props: [
        prop('check-id', r.check),
        prop('outcome', r.outcome),
        prop('severity', r.severity),
        ...r.refs.map((ref) => prop('ref', ref)),
        ...r.subjects.map((s) => prop('subject', `${s.register}/${s.id}`)),
      ],
      methods: ['EXAMINE'],
      types: [r.outcome === 'finding' ? 'finding' : 'control-objective'],
      collected: dateTimeOf(ctx.now),
      remarks: `How to fix: ${r.fix}`,
    });
    // A finding needs a target in the catalog; a finding about certification rules alone (ISO/IEC 17021-1) stays an observation.
    if (r.outcome !== 'finding' || controlIds.length === 0) continue;
    findings.push({
      uuid: ctx.uuid('finding', 'readiness', key),
      title,
      description: r.message,
      props: [
        prop('check-id', r.check),
        prop('severity', r.severity),
        ...controlIds.slice(1).map((id) => prop('related-control', id)),
      ],
      target: { type: 'objective-id', 'target-id': controlIds[0]!, status: { state: 'not-satisfied' } },
      'related-observations': [{ 'observation-uuid': observationUuid }],
      remarks: `How to fix: ${r.fix}`,
    });
  }
  const counts = (severity: string) => reported.filter((r) => r.outcome === 'finding' && r.severity === severity).length;
  return clean({
    'assessment-results': {
      uuid: ctx.uuid('assessment-results', 'readiness'),
      metadata: metadata(ctx, {
        title: `Readiness check of ${ctx.aims.organisation.name} as of ${ctx.now}`,
        version: `as of ${ctx.now}`,
        props: props(['major-findings', counts('major')], ['minor-findings', counts('minor')], ['observations', counts('observation')],
          ['needs-review', reported.filter((r) => r.outcome === 'needs-review').length]),
      }),
      'import-ap': { href: input.planFile },
      results: [{
        uuid: ctx.uuid('result', 'readiness'),
        title: oneLine(`OpenAIMS readiness check as of ${ctx.now}`),
        description: `The ${input.checks.length} readiness checks of OpenAIMS run over the records of the AIMS, as a certification auditor would read them.`,
        start: dateTimeOf(ctx.now),
        end: dateTimeOf(ctx.now),
        'reviewed-controls': { 'control-selections': [{ 'include-all': {} }] },
        observations: observations.length > 0 ? observations : undefined,
        findings: findings.length > 0 ? findings : undefined,
      }],
    },
  });
}
