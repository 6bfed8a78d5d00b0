// Creates the first account of an installation: administrator and owner of every organisation present.
import { AppError } from '../../domain/index.ts';
import { insertFirstOwner, setupTokenValid, type AimsDatabase } from '../../store/index.ts';
import { checkPasswordStrength, hashPassword } from './passwords.ts';
import { hashSecret, newId } from './secrets.ts';

export interface FirstOwner {
  readonly email: string;
  readonly password: string;
  readonly name?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkEmail(email: string, field = 'email'): void {
  if (!EMAIL.test(email.trim())) throw new AppError('invalid_input', `"${email}" is not an email address.`, [{ field, message: 'must be an email address' }]);
}

/** Refuses (already_exists) once any account exists; the password is checked before anything is written. */
export async function createFirstOwner(db: AimsDatabase, owner: FirstOwner, at = new Date()): Promise<{ userId: string; organisations: string[] }> {
  checkEmail(owner.email);
  checkPasswordStrength(owner.password);
  const userId = newId();
  const passwordHash = await hashPassword(owner.password);
  const { organisations } = await insertFirstOwner(db, {
    id: userId, email: owner.email, passwordHash, installationAdmin: true, ...(owner.name ? { name: owner.name } : {}),
  }, at.toISOString());
  return { userId, organisations };
}

/** The first-run screen's way in: the one-time token `aims serve` printed, then as createFirstOwner. */
export async function createFirstOwnerWithSetupToken(db: AimsDatabase, setupToken: string, owner: FirstOwner, at = new Date()): Promise<{ userId: string; organisations: string[] }> {
  if (!(await setupTokenValid(db, hashSecret(setupToken), at.toISOString()))) {
    throw new AppError('forbidden', 'The setup token is not valid: it is mistyped, expired, or the installation already has an account. Restart `aims serve` on the empty installation for a new one.', [{ field: 'setupToken', message: 'not valid' }]);
  }
  return createFirstOwner(db, owner, at);
}
