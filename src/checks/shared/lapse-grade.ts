// The grading inputs of a lapse found in some of the records a check examined (grading.ts decides the severity).
import type { GradeInputs } from '../types.ts';

/**
 * How many records were examined and whether the risk class raises the grade. A single record affected is an
 * isolated lapse whatever the number examined: one overdue action, one dataset, one metric is a lapse in a process,
 * not a process that runs wrong throughout, even where it is the only record of its kind. From two affected on, the
 * share of records examined decides (all or more than half is systemic).
 */
export function lapseGrade(affected: number, examined: number, highRisk?: string, requirement?: string): GradeInputs {
  return {
    examined,
    ...(affected === 1 ? { extent: 'isolated' as const } : {}),
    ...(highRisk !== undefined ? { highRisk } : {}),
    ...(requirement !== undefined ? { requirement } : {}),
  };
}
