// `aims verify-log`: proves the audit trail's hash chain and the register rows against it; exit 0 when all holds, 5 when not.
import { AppError } from '../../domain/index.ts';
import {
  openDatabase, parseChainHead, verifyAuditTrail, type AuditVerification, type ChainHead, type OrganisationTrail,
} from '../../store/index.ts';
import { plural } from '../../domain/wording.ts';
import { action, DEFAULT_DB, defineCommand } from '../command.ts';
import { formatOption } from '../options.ts';

interface VerifyLogOptions {
  db: string;
  org?: string;
  format: 'text' | 'json';
  head?: boolean;
  expect?: string;
}

/** The form `--head` prints and `--expect` reads. */
const headText = (head: ChainHead): string => `${head.seq}:${head.hash}`;

function heading(result: AuditVerification): string {
  const orgs = result.organisations;
  if (orgs.some((o) => o.broken)) return 'Audit trail BROKEN.';
  if (orgs.some((o) => o.anchor?.holds === false)) return 'Audit trail REWRITTEN: it no longer holds the head that was kept.';
  if (orgs.some((o) => (o.rows?.discrepancies.length ?? 0) > 0)) return 'Audit trail intact, but register rows differ from it.';
  return 'Audit trail intact.';
}

function describeOrganisation(o: OrganisationTrail): string[] {
  const who = o.inDatabase ? o.organisationId : `entries of organisation ${o.organisationId}, which is no longer in the database`;
  const chain = o.broken
    ? `broken at entry #${o.broken.seq}: ${o.broken.reason}`
    : `${plural(o.entries, 'entry', 'entries')}, intact, head ${o.head.seq}:${o.head.hash.slice(0, 12)}…`;
  const lines = [`  ${who}: ${chain}`];
  if (o.anchor) lines.push(o.anchor.holds ? `    kept head ${o.anchor.seq}:${o.anchor.hash.slice(0, 12)}… holds` : `    kept head: ${o.anchor.reason}`);
  if (!o.rows) {
    lines.push('    register rows not compared: the chain that would prove them is broken');
  } else if (o.rows.discrepancies.length === 0) {
    lines.push(`    ${plural(o.rows.rows, 'row matches', 'rows match')} what the trail recorded`);
  } else {
    lines.push(`    ${o.rows.discrepancies.length} of ${plural(o.rows.rows, 'row differs', 'rows differ')} from what the trail recorded:`);
    for (const d of o.rows.discrepancies.slice(0, 50)) lines.push(`      ${d.message}`);
    if (o.rows.discrepancies.length > 50) lines.push(`      … and ${o.rows.discrepancies.length - 50} more (--format json lists them all)`);
  }
  return lines;
}

function describe(result: AuditVerification): string {
  const lines = [heading(result), 'Register rows are verified against the trail: each must be what its last audit entry recorded.'];
  if (result.organisations.length === 0) lines.push('  (no organisations in this database)');
  for (const o of result.organisations) lines.push(...describeOrganisation(o));
  return `${lines.join('\n')}\n`;
}

/** The AppError for a verification that does not hold, naming the first problem and listing each organisation's. */
function failure(result: AuditVerification): AppError {
  const details = result.organisations.flatMap((o) => [
    ...(o.broken ? [{ recordId: o.organisationId, message: o.broken.reason }] : []),
    ...(o.anchor?.holds === false ? [{ recordId: o.organisationId, message: o.anchor.reason ?? 'the kept head does not hold' }] : []),
    ...(o.rows?.discrepancies ?? []).slice(0, 20).map((d) => ({ register: d.register, recordId: d.recordId, message: `organisation ${d.organisationId}: ${d.message}` })),
  ]);
  const first = result.firstBroken;
  if (first) {
    return new AppError('integrity_failure', `The audit trail is broken: organisation "${first.organisationId}", entry #${first.seq}. `
      + 'Restore the database from a backup and investigate who changed it.', details);
  }
  const rewritten = result.organisations.find((o) => o.anchor?.holds === false);
  if (rewritten) {
    return new AppError('integrity_failure', `The audit trail of organisation "${rewritten.organisationId}" was rewritten since the head `
      + `${rewritten.anchor!.seq}:${rewritten.anchor!.hash.slice(0, 12)}… was kept: ${rewritten.anchor!.reason}. Restore it from a backup taken before.`, details);
  }
  const count = result.organisations.reduce((n, o) => n + (o.rows?.discrepancies.length ?? 0), 0);
  return new AppError('integrity_failure', `${plural(count, 'register row differs', 'register rows differ')} from what the audit trail recorded: `
    + `${count === 1 ? 'it was' : 'they were'} changed past the application. Restore from a backup, or find out who changed the database.`, details);
}

export default defineCommand({
  register(program, io) {
    program
      .command('verify-log')
      .description('Verify the hash-chained audit trail and the register rows against it: exit 0 when all holds, 5 when an entry was '
        + 'altered, removed or reordered, the chain was rewritten since a kept head, or a row differs from what the trail recorded. '
        + 'Opens the database read-only (an archived copy can be checked) and migrates nothing.')
      .option('--db <file|postgres-url>', 'SQLite file or PostgreSQL URL', DEFAULT_DB)
      .option('--org <id>', 'verify one organisation only (all by default, those no longer in the database included)')
      .addOption(formatOption(['text', 'json']))
      .option('--head', 'print only the chain head, <seq>:<hash>, to keep outside the database (one line per organisation, then its id)')
      .option('--expect <seq:hash>', 'a head printed by --head earlier: prove the chain has not been rewritten since')
      .action(action(io, async (opts: VerifyLogOptions) => {
        const format = opts.format;
        const expect = opts.expect === undefined ? undefined : parseChainHead(opts.expect);
        const db = await openDatabase(opts.db, { readOnly: true });
        let result: AuditVerification;
        try {
          result = await verifyAuditTrail(db, { ...(opts.org !== undefined ? { organisationId: opts.org } : {}), ...(expect ? { expect } : {}) });
        } finally {
          await db.close();
        }
        if (opts.head) {
          // A broken chain has no head worth keeping; the error below says where it breaks.
          for (const o of result.organisations.filter((t) => !t.broken)) io.out(opts.org !== undefined ? `${headText(o.head)}\n` : `${headText(o.head)} ${o.organisationId}\n`);
        } else {
          io.out(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : describe(result));
        }
        if (!result.intact) throw failure(result);
      }));
  },
});
