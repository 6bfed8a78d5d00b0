// Stores control wording an organisation imported from a licensed catalog, in one transaction with its audit entries.
import { AppError, findClause, findControl } from '../domain/index.ts';
import type { AimsDatabase } from '../store/index.ts';
import { writeOrganisation, type WriteOptions } from '../store/writes.ts';
import { putControlStatements, type StatementChanges } from '../store/control-statements.ts';

export interface ControlStatementInput {
  readonly controlId: string;
  readonly statement: string;
  readonly source: string;
}

/** Writes the statements for their clauses and controls (others stay as they are); all or nothing. */
export async function importControlStatements(
  db: AimsDatabase, organisationId: string, statements: readonly ControlStatementInput[], options: WriteOptions,
): Promise<StatementChanges> {
  const unknown = statements.filter((s) => !findClause(s.controlId) && !findControl(s.controlId));
  if (unknown.length > 0) {
    throw new AppError('invalid_input', 'Statements can be imported only for ISO/IEC 42001 clauses and Annex A controls; nothing was imported.',
      unknown.map((s) => ({ field: 'controlId', recordId: s.controlId, message: 'is no clause or Annex A control' })));
  }
  const empty = statements.filter((s) => s.statement.trim() === '' || s.source.trim() === '');
  if (empty.length > 0) {
    throw new AppError('invalid_input', 'Every imported statement needs its text and the catalog it came from; nothing was imported.',
      empty.map((s) => ({ field: 'statement', recordId: s.controlId, message: 'is empty' })));
  }
  return writeOrganisation(db, organisationId, options, (writer) => putControlStatements(writer, statements));
}
