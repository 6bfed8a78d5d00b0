// The layout of a YAML bundle: which file holds which register, and the header comment each file opens with.
import { registerFileStem, registerNames, registers, type RegisterName } from '../../domain/index.ts';

/** The file holding the organisation record itself. */
export const ORGANISATION_FILE = 'organisation.yaml';

/** `soaEntries` → `soa-entries.yaml`. */
export function registerFile(register: RegisterName): string {
  return `${registerFileStem(register)}.yaml`;
}

const registerByFile = new Map<string, RegisterName>(registerNames.map((r) => [registerFile(r), r]));

/** The register a bundle file holds, or undefined for a file that is not part of a bundle. */
export function registerOfFile(file: string): RegisterName | undefined {
  return registerByFile.get(file);
}

/** Every file name a bundle may contain, organisation.yaml first, then the registers in dependency order. */
export const bundleFiles: readonly string[] = [ORGANISATION_FILE, ...registerNames.map(registerFile)];

/** What a register's records evidence, in words for the header comment and the docs. */
export function clausesOf(register: RegisterName): string {
  const refs = registers[register].refs;
  return refs.length > 0 ? `ISO/IEC 42001 ${refs.join(', ')}` : 'the certification cycle (ISO/IEC 17021-1)';
}

/** The comment that opens a bundle file (without the `#` marks, which the YAML writer adds). */
export function headerComment(register: RegisterName | 'organisation'): string {
  if (register === 'organisation') {
    return [
      ' OpenAIMS bundle: the organisation whose AI management system this folder holds.',
      ' Each other file is one register, a list of records; see docs/bundle.md.',
    ].join('\n');
  }
  return [
    ` Register "${register}" (${registers[register].title}), evidencing ${clausesOf(register)}.`,
    ' A list of records, sorted by id; schema: bundle.schema.json#/definitions/' + registerFile(register),
  ].join('\n');
}
