// An invited person sets their password with the one-time invitation token.
import { AppError } from '../../domain/index.ts';
import { findUserById, takeInvitation, updatePasswordHash, type AimsDatabase } from '../../store/index.ts';
import { checkPasswordStrength, hashPassword } from './passwords.ts';
import { hashSecret } from './secrets.ts';

export async function acceptInvitation(db: AimsDatabase, token: string, password: string, now = new Date()): Promise<{ email: string }> {
  checkPasswordStrength(password);
  const userId = await takeInvitation(db, hashSecret(token), now.toISOString());
  const user = userId ? await findUserById(db, userId) : undefined;
  if (!user) throw new AppError('forbidden', 'The invitation is not valid: mistyped, used already or expired. Ask the organisation to add you again.', [{ field: 'token', message: 'not valid' }]);
  await updatePasswordHash(db, user.id, await hashPassword(password), now.toISOString());
  return { email: user.email };
}
