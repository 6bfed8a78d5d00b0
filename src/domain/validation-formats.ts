// The string formats the register schemas use (RFC 3339 dates, email, URI, …), shared by the validators compiled
// at run time and those the build compiles ahead of time.
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { Format } from 'ajv';

interface FormatDefinition {
  validate: (s: string) => boolean;
  compare?: (a: string, b: string) => number | undefined;
}

/** Year 0000 passes RFC 3339 but dates nothing real, and tools disagree on it (there was no year 0): refused. */
function withoutYearZero(format: FormatDefinition): FormatDefinition {
  return { ...format, validate: (s: string) => !s.startsWith('0000') && format.validate(s) };
}

export const validationFormats: Record<string, Format> = {
  ...fullFormats,
  date: withoutYearZero(fullFormats.date as FormatDefinition),
  'date-time': withoutYearZero(fullFormats['date-time'] as FormatDefinition),
};
