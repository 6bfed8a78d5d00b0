// The factories build records the schemas accept, so a check test never starts from invalid data by accident.
import { describe, expect, it } from 'vitest';
import { registerNames } from '../src/domain/index.ts';
import { validateOrganisation, validateRecord } from '../src/domain/validation.ts';
import { build, buildOrganisation } from './factories.ts';

describe('test factories', () => {
  it('build a schema-valid organisation', () => {
    expect(validateOrganisation(buildOrganisation())).toEqual([]);
  });

  it.each(registerNames)('build a schema-valid %s record', (register) => {
    expect(validateRecord(register, build[register]())).toEqual([]);
  });
});
