// The organisation record as its schema types it, or AppError invalid_input naming each wrong field.
import { AppError, type Organisation } from '../../domain/index.ts';
import { validateOrganisation } from '../../domain/validation.ts';

export function checkRecordShapeOfOrganisation(value: unknown): Organisation {
  const issues = validateOrganisation(value);
  if (issues.length > 0) {
    throw new AppError('invalid_input', `The organisation is not valid (${issues.length} problem${issues.length === 1 ? '' : 's'}); nothing was written.`,
      issues.map((i) => ({ ...(i.field ? { field: i.field } : {}), message: i.message })));
  }
  return value as Organisation;
}
