// Revokes one of the user's own API tokens: it stops working at once, on every server (tokens live in the database).
import { AppError } from '../../domain/index.ts';
import { revokeApiTokenRow, type AimsDatabase } from '../../store/index.ts';

export async function revokeApiToken(db: AimsDatabase, userId: string, tokenId: string, now = new Date()): Promise<{ id: string; revokedAt: string }> {
  const revokedAt = now.toISOString();
  // Someone else's token and a token revoked already answer alike: nothing tells a caller which tokens others hold.
  if (!(await revokeApiTokenRow(db, userId, tokenId, revokedAt))) {
    throw new AppError('not_found', `You have no active API token "${tokenId}".`, [{ field: 'id', message: 'no such active token of yours' }]);
  }
  return { id: tokenId, revokedAt };
}
