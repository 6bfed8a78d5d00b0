// Issues the one-time setup token of an empty installation (no account yet), which `aims serve` prints.
import { countUsers, replaceSetupToken, type AimsDatabase } from '../../store/index.ts';
import { hashSecret, later, newSecret } from './secrets.ts';

const SETUP_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** A new setup token (the previous one stops working), or undefined when the installation already has an account. */
export async function issueSetupToken(db: AimsDatabase, at = new Date()): Promise<string | undefined> {
  if ((await countUsers(db)) > 0) return undefined;
  const token = newSecret('setup_');
  await replaceSetupToken(db, hashSecret(token), at.toISOString(), later(at, SETUP_TOKEN_LIFETIME_MS));
  return token;
}
