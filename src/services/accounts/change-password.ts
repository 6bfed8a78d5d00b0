// Changing a password: the current one is required, the new one must be strong, and other sessions end.
import { AppError } from '../../domain/index.ts';
import { deleteSessionsOf, findUserById, updatePasswordHash, type AimsDatabase } from '../../store/index.ts';
import { checkPasswordStrength, hashPassword, verifyPassword } from './passwords.ts';

export async function changePassword(
  db: AimsDatabase, userId: string, current: string, next: string, keepSessionHash?: string, now = new Date(),
): Promise<{ endedSessions: number }> {
  const user = await findUserById(db, userId);
  if (!user) throw new AppError('unauthenticated', 'The account no longer exists; sign in again.');
  if (!(await verifyPassword(current, user.passwordHash))) {
    throw new AppError('forbidden', 'The current password is wrong; nothing was changed.', [{ field: 'currentPassword', message: 'is wrong' }]);
  }
  checkPasswordStrength(next, 'newPassword');
  if (current === next) throw new AppError('invalid_input', 'The new password is the current one; choose another.', [{ field: 'newPassword', message: 'is the current password' }]);
  await updatePasswordHash(db, userId, await hashPassword(next), now.toISOString());
  return { endedSessions: await deleteSessionsOf(db, userId, keepSessionHash) };
}
