// Control wording an organisation imported from a catalog it holds a licence for: read for exports, replaced whole
// on import, each change recorded in the organisation's audit trail.
import { byCodeUnit } from './canonical.ts';
import type { AimsDatabase } from './database.ts';
import { inTransaction } from './transaction.ts';
import type { StoreDb } from './tables.ts';
import type { OrganisationWriter } from './writer.ts';

export const CONTROL_STATEMENTS = 'control_statements';
/** The register name of audit entries about imported statements. */
export const CONTROL_STATEMENTS_REGISTER = 'controlStatements';

export interface StoredControlStatement {
  readonly controlId: string;
  readonly statement: string;
  readonly source: string;
  readonly importedAt: string;
}

/** The organisation's imported statements, by clause or control id in code-unit order. */
export function loadControlStatements(db: AimsDatabase, organisationId: string): Promise<StoredControlStatement[]> {
  return inTransaction(db, 'read', async (trx) => {
    const rows = await trx.selectFrom(CONTROL_STATEMENTS).selectAll().where('organisation_id', '=', organisationId).execute();
    return rows
      .map((r) => ({ controlId: r.control_id as string, statement: r.statement as string, source: r.source as string, importedAt: r.imported_at as string }))
      .sort((a, b) => byCodeUnit(a.controlId, b.controlId));
  });
}

export interface StatementChanges {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

const entryOf = (s: { controlId: string; statement: string; source: string }) => JSON.stringify({ controlId: s.controlId, source: s.source, statement: s.statement });

/** Writes `statements` for their clauses and controls inside the writer's transaction; others stay as they are. */
export async function putControlStatements(
  writer: OrganisationWriter, statements: readonly { controlId: string; statement: string; source: string }[],
): Promise<StatementChanges> {
  const { trx, organisationId } = writer;
  const rows = await trx.selectFrom(CONTROL_STATEMENTS).selectAll().where('organisation_id', '=', organisationId).execute();
  const current = new Map(rows.map((r) => [r.control_id as string, { controlId: r.control_id as string, statement: r.statement as string, source: r.source as string }]));
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  for (const s of statements) {
    const before = current.get(s.controlId);
    if (before && before.statement === s.statement && before.source === s.source) {
      unchanged++;
      continue;
    }
    if (before) {
      await trx.updateTable(CONTROL_STATEMENTS).set({ statement: s.statement, source: s.source, imported_at: writer.at })
        .where('organisation_id', '=', organisationId).where('control_id', '=', s.controlId).execute();
      updated++;
    } else {
      await trx.insertInto(CONTROL_STATEMENTS)
        .values({ organisation_id: organisationId, control_id: s.controlId, statement: s.statement, source: s.source, imported_at: writer.at }).execute();
      created++;
    }
    writer.chain.append(before ? 'update' : 'create', CONTROL_STATEMENTS_REGISTER, s.controlId, before ? entryOf(before) : null, entryOf(s));
  }
  return { created, updated, unchanged };
}

/** The statements as their audit entries recorded them, so that verify-log proves these rows as it proves registers. */
export const controlStatementRows = {
  register: CONTROL_STATEMENTS_REGISTER,
  async read(trx: StoreDb, organisationId: string): Promise<{ id: string; content: string }[]> {
    const rows = await trx.selectFrom(CONTROL_STATEMENTS).selectAll().where('organisation_id', '=', organisationId).execute();
    return rows.map((r) => ({
      id: r.control_id as string,
      content: entryOf({ controlId: r.control_id as string, statement: r.statement as string, source: r.source as string }),
    }));
  },
};
