// Reads and writes the column mapping of a sheet import as a YAML file, so that a mapping made once is reused.
import { readFile, writeFile } from 'node:fs/promises';
import { Value } from '@sinclair/typebox/value';
import { parse, stringify } from 'yaml';
import { AppError } from '../../domain/index.ts';
import { SheetMappingSchema, type SheetMapping } from '../../domain/sheets/sheet-mapping.ts';

export async function readMappingFile(file: string): Promise<SheetMapping> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new AppError('not_found', `Cannot read the mapping ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`, [{ file, message: 'cannot be read' }]);
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    const e = error as { linePos?: { line: number; col: number }[]; message: string };
    throw new AppError('invalid_input', `The mapping ${file} is not valid YAML.`, [{ file, ...(e.linePos?.[0] ? { line: e.linePos[0].line, column: e.linePos[0].col } : {}), message: e.message.split('\n')[0]! }]);
  }
  const errors = [...Value.Errors(SheetMappingSchema, data)];
  if (errors.length > 0) {
    throw new AppError('invalid_input', `The mapping ${file} is not a sheet mapping (see docs/reports.md).`,
      errors.slice(0, 20).map((e) => ({ file, field: e.path.replace(/^\//, '').replace(/\//g, '.') || '(top)', message: e.message })));
  }
  return data as SheetMapping;
}

export async function writeMappingFile(file: string, mapping: SheetMapping): Promise<void> {
  const header = '# Sheet column → record field for `aims import-sheet --mapping`. A column may also be { field, values, separator }.\n';
  await writeFile(file, header + stringify(mapping), 'utf8');
}
