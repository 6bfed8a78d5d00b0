// Random secrets (session ids, API tokens, setup tokens) and their SHA-256, which is all the database keeps.
import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** 32 random bytes, base64url: too long to guess, so a fast hash is right for storing it (unlike a password). */
export const newSecret = (prefix = ''): string => `${prefix}${randomBytes(32).toString('base64url')}`;

export const hashSecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

export const newId = (): string => randomUUID();

/** ISO timestamp `ms` milliseconds after `from`. */
export const later = (from: Date, ms: number): string => new Date(from.getTime() + ms).toISOString();
