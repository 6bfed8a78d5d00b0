// The Kysely view of the store's tables: rows of text and integer cells, table and column names given at run time.
import type { Kysely } from 'kysely';

/** A cell as both databases return it: text, an integer, or NULL. */
export type Cell = string | number | null;
export type Row = Record<string, Cell>;

/**
 * Register tables are named from the register list, so the database type is an open record; the layout
 * (layout.ts) is what knows the columns, and layout.test.ts proves the migrations created them.
 */
export type StoreTables = Record<string, Row>;

/** The Kysely instance of an open database, or of a transaction on it. */
export type StoreDb = Kysely<StoreTables>;

export const ORGANISATIONS = 'organisations';
export const AUDIT_LOG = 'audit_log';
