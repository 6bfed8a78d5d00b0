// Creates an empty organisation (installation administrator) with its creator as owner, audited in its own trail.
import { AppError, emptySnapshot, type Organisation } from '../../domain/index.ts';
import { listOrganisations, upsertMembership, type AimsDatabase, MEMBERSHIPS_REGISTER, membershipContent } from '../../store/index.ts';
import { writeOrganisation } from '../../store/writes.ts';
import { importOrganisation } from '../import-organisation.ts';
import { checkRecordShapeOfOrganisation } from './organisation-shape.ts';

export async function createOrganisation(db: AimsDatabase, organisation: unknown, actor: { userId: string; email: string }, at = new Date()): Promise<Organisation> {
  const valid = checkRecordShapeOfOrganisation(organisation);
  if ((await listOrganisations(db)).some((o) => o.id === valid.id)) {
    throw new AppError('already_exists', `An organisation with id "${valid.id}" already exists; choose another id.`, [{ field: 'organisation.id', message: 'is taken' }]);
  }
  await importOrganisation(db, emptySnapshot(valid), { actor: actor.email, at: at.toISOString() });
  await writeOrganisation(db, valid.id, { actor: actor.email, at: at.toISOString() }, async (writer) => {
    const membership = await upsertMembership(writer.trx, actor.userId, valid.id, actor.email, { role: 'owner' }, at.toISOString());
    writer.chain.append('create', MEMBERSHIPS_REGISTER, actor.userId, null, membershipContent(actor.email, membership.role));
  });
  return valid;
}
