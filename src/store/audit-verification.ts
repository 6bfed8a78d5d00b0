// What the audit trail can prove: every organisation's hash chain intact, not rewritten since a head kept outside
// the database, and every register row what the chain's last entry for it recorded.
import { AppError } from '../domain/index.ts';
import { auditEntryFromRow, GENESIS_HASH, hashEntry, type AuditEntry, type ChainHead } from './audit-log.ts';
import { byCodeUnit } from './canonical.ts';
import { sqliteConnection, type AimsDatabase } from './database.ts';
import { organisationsOnlyInRows, TrailState, verifyRows, type RowVerification } from './row-verification.ts';
import { AUDIT_LOG, ORGANISATIONS, type Row, type StoreDb } from './tables.ts';
import { inTransaction } from './transaction.ts';

export interface BrokenEntry {
  readonly organisationId: string;
  readonly seq: number;
  readonly reason: string;
}

/** A head kept outside the database, checked against the chain: the entry at its seq must still have its hash. */
export interface AnchorCheck extends ChainHead {
  readonly holds: boolean;
  readonly reason?: string;
}

export interface OrganisationTrail {
  readonly organisationId: string;
  /** False for an organisation whose row is gone: its entries (or rows) are all that is left of it. */
  readonly inDatabase: boolean;
  readonly entries: number;
  /** The last entry that verifies: keep `seq:hash` outside the database and pass it back as `expect` later. */
  readonly head: ChainHead;
  /** The first entry that does not verify; absent when the organisation's chain is intact. */
  readonly broken?: BrokenEntry;
  /** Rows compared with the chain; absent when the chain is broken, since its entries then prove nothing. */
  readonly rows?: RowVerification;
  readonly anchor?: AnchorCheck;
}

export interface AuditVerification {
  /** Every chain verifies, the kept head (if any) holds, and every register row is what the trail recorded. */
  readonly intact: boolean;
  readonly organisations: readonly OrganisationTrail[];
  /** The first broken entry over all organisations checked (in organisation id order). */
  readonly firstBroken?: BrokenEntry;
}

export interface VerifyOptions {
  /** One organisation only (all, orphaned trails included, by default). */
  readonly organisationId?: string;
  /** A head kept earlier (`aims verify-log --head`); needs one organisation, named or the only one. */
  readonly expect?: ChainHead;
}

/** `1234:9f…` (64 hex digits) as a ChainHead; AppError invalid_input, saying the form, for anything else. */
export function parseChainHead(text: string): ChainHead {
  const match = /^([1-9][0-9]{0,14}):([0-9a-f]{64})$/.exec(text.trim().toLowerCase());
  if (!match) {
    const shown = text.length > 80 ? `${text.slice(0, 80)}…` : text;
    throw new AppError('invalid_input', `--expect must be a chain head as \`aims verify-log --head\` prints it, <seq>:<64 hex digits> `
      + `(e.g. 1234:9f86d0…); got "${shown}".`);
  }
  return { seq: Number(match[1]), hash: match[2]! };
}

interface Walk {
  readonly entries: number;
  readonly head: ChainHead;
  readonly broken?: BrokenEntry;
  readonly trail: TrailState;
  readonly anchorHash?: string;
}

const PAGE = 5000;

/**
 * The organisation's entries in seq order, a page at a time; on SQLite one statement streamed through
 * better-sqlite3 inside the read transaction, so that 70,000 entries are never all in memory at once.
 */
async function* entriesOf(db: AimsDatabase, trx: StoreDb, organisationId: string): AsyncGenerator<AuditEntry> {
  const raw = sqliteConnection(db);
  if (raw) {
    const rows = raw.prepare(`select * from ${AUDIT_LOG} where organisation_id = ? order by seq`).iterate(organisationId);
    for (const row of rows) yield auditEntryFromRow(row as Row);
    return;
  }
  let after = 0;
  for (;;) {
    const rows = await trx.selectFrom(AUDIT_LOG).selectAll()
      .where('organisation_id', '=', organisationId).where('seq', '>', after)
      .orderBy('seq').limit(PAGE).execute();
    for (const row of rows) yield auditEntryFromRow(row);
    if (rows.length < PAGE) return;
    after = Number(rows[rows.length - 1]!.seq);
  }
}

/** Recomputes the organisation's chain from the genesis hash, noting each record's last entry on the way. */
async function walkChain(db: AimsDatabase, trx: StoreDb, organisationId: string, anchorSeq: number | undefined): Promise<Walk> {
  const trail = new TrailState();
  let head: ChainHead = { seq: 0, hash: GENESIS_HASH };
  let anchorHash: string | undefined;
  const stop = (seq: number, reason: string): Walk => ({ entries: head.seq, head, trail, anchorHash, broken: { organisationId, seq, reason } });
  for await (const entry of entriesOf(db, trx, organisationId)) {
    const seq = head.seq + 1;
    if (entry.seq !== seq) return stop(seq, `entry #${seq} is missing (the next entry is #${entry.seq})`);
    if (entry.prevHash !== head.hash) return stop(seq, `entry #${seq} does not follow entry #${seq - 1}: its prev_hash differs from that entry's hash`);
    const { hash, ...unhashed } = entry;
    if (hashEntry(unhashed) !== hash) return stop(seq, `entry #${seq} was altered: its content does not match its hash`);
    if (!['create', 'update', 'delete'].includes(entry.action)) return stop(seq, `entry #${seq} has an unknown action "${entry.action}"`);
    if (seq === anchorSeq) anchorHash = hash;
    trail.note(entry);
    head = { seq, hash };
  }
  return { entries: head.seq, head, trail, anchorHash };
}

/** The chain's end must be the head the organisation's row holds, so that entries cut from the end are noticed. */
function headMismatch(organisationId: string, walked: ChainHead, stored: ChainHead): BrokenEntry | undefined {
  if (stored.seq === walked.seq && stored.hash === walked.hash) return undefined;
  return {
    organisationId, seq: walked.seq + 1,
    reason: stored.seq > walked.seq
      ? `entries #${walked.seq + 1} to #${stored.seq} are missing (the trail ends at #${walked.seq})`
      : `the organisation's chain head (#${stored.seq}) does not match the last entry (#${walked.seq})`,
  };
}

function checkAnchor(expect: ChainHead, walk: Walk): AnchorCheck {
  const short = (hash: string) => `${hash.slice(0, 12)}…`;
  if (walk.anchorHash === expect.hash) return { ...expect, holds: true };
  if (walk.anchorHash !== undefined) {
    return { ...expect, holds: false, reason: `entry #${expect.seq} now has hash ${short(walk.anchorHash)}, not the ${short(expect.hash)} kept: the trail was rewritten at or before that entry` };
  }
  if (walk.broken && walk.broken.seq <= expect.seq) {
    return { ...expect, holds: false, reason: `the chain breaks at entry #${walk.broken.seq}, before entry #${expect.seq} of the kept head` };
  }
  return { ...expect, holds: false, reason: `entry #${expect.seq} of the kept head no longer exists: the trail ends at #${walk.entries}` };
}

async function verifyOrganisation(db: AimsDatabase, trx: StoreDb, organisationId: string, stored: ChainHead | undefined, expect?: ChainHead): Promise<OrganisationTrail> {
  const walk = await walkChain(db, trx, organisationId, expect?.seq);
  const broken = walk.broken ?? (stored ? headMismatch(organisationId, walk.head, stored) : undefined);
  const anchor = expect ? { anchor: checkAnchor(expect, walk) } : {};
  const base = { organisationId, inDatabase: stored !== undefined, entries: walk.entries, head: walk.head, ...anchor };
  if (broken) return { ...base, broken };
  return { ...base, rows: await verifyRows(db, trx, organisationId, walk.trail) };
}

/** Organisations with entries or rows but no row of their own: what a deletion past the application leaves. */
async function orphanedOrganisations(trx: StoreDb, known: ReadonlySet<string>): Promise<string[]> {
  const inTrail = (await trx.selectFrom(AUDIT_LOG).select('organisation_id').distinct().execute()).map((r) => r.organisation_id as string);
  const withEntries = inTrail.filter((id) => !known.has(id));
  const withRowsOnly = await organisationsOnlyInRows(trx, new Set([...known, ...withEntries]));
  return [...withEntries, ...withRowsOnly];
}

/**
 * Recomputes every hash of the audit trail, of one organisation or of all (those whose row is gone included),
 * reports the first entry that is missing, out of order or altered, checks a head kept outside the database,
 * and compares every register row with the last entry about it. A chain rewritten consistently from some entry
 * onward together with the head is what only a kept head (`expect`) can catch. A string names one organisation.
 */
export async function verifyAuditTrail(db: AimsDatabase, options: VerifyOptions | string = {}): Promise<AuditVerification> {
  const { organisationId, expect } = typeof options === 'string' ? { organisationId: options, expect: undefined } : options;
  return inTransaction(db, 'read', async (trx) => {
    const heads = new Map((await trx.selectFrom(ORGANISATIONS).select(['id', 'audit_seq', 'audit_hash']).execute())
      .map((h) => [h.id as string, { seq: Number(h.audit_seq), hash: h.audit_hash as string }]));
    let ids = [...heads.keys(), ...(await orphanedOrganisations(trx, new Set(heads.keys())))].sort(byCodeUnit);
    if (organisationId !== undefined) {
      if (!ids.includes(organisationId)) throw new AppError('not_found', `No organisation with id "${organisationId}" in this database, nor entries of one.`);
      ids = [organisationId];
    }
    if (expect && ids.length !== 1) {
      throw new AppError('invalid_input', `A kept head (--expect) belongs to one organisation's chain, and this database holds ${ids.length}: `
        + `name it with --org <id> (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}).`);
    }
    const organisations: OrganisationTrail[] = [];
    for (const id of ids) organisations.push(await verifyOrganisation(db, trx, id, heads.get(id), expect));
    const firstBroken = organisations.find((o) => o.broken)?.broken;
    const intact = organisations.every((o) => !o.broken && o.anchor?.holds !== false && o.rows?.discrepancies.length === 0);
    return { intact, organisations, ...(firstBroken ? { firstBroken } : {}) };
  });
}
