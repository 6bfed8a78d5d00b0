// Passwords: scrypt from node:crypto (salted, its parameters stored with the hash), and what a password must be.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../domain/index.ts';

/** OWASP's scrypt guidance: N = 2^17, r = 8, p = 1 (128 · N · r bytes: 128 MiB of memory a hash). */
const PRODUCTION = { N: 2 ** 17, r: 8, p: 1 } as const;
let PARAMETERS: { N: number; r: number; p: number } = PRODUCTION;

/**
 * Tests only: new hashes use N = 2^12 so that a suite signing in hundreds of times stays fast. Hashes keep their
 * parameters, so verifying is unchanged; nothing outside test files calls this.
 */
export function useFastPasswordHashingForTests(): void {
  PARAMETERS = { N: 2 ** 12, r: 8, p: 1 };
  decoy = undefined;
}
const KEY_LENGTH = 32;
export const MIN_PASSWORD_LENGTH = 12;
let decoy: Promise<string> | undefined;
/** Upper bound so that a megabyte of "password" is not hashed. */
export const MAX_PASSWORD_LENGTH = 256;

let common: Set<string> | undefined;
const commonPasswords = (): Set<string> => {
  common ??= new Set(readFileSync(join(import.meta.dirname, 'common-passwords.txt'), 'utf8').split('\n').filter(Boolean));
  return common;
};

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))));
}

/** `scrypt$N$r$p$salt$key`, salt and key in base64url. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMETERS);
  return ['scrypt', PARAMETERS.N, PARAMETERS.r, PARAMETERS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether `password` is the one `stored` was made from; the comparison takes the same time whatever differs. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key || password.length > MAX_PASSWORD_LENGTH) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash to compare against when there is no such account, so that a wrong email takes as long as a wrong password. */
export const decoyHash = (): Promise<string> => (decoy ??= hashPassword(randomBytes(24).toString('base64url')));

/** Refuses a password that is too short, too long or among the common ones, saying which and what to do. */
export function checkPasswordStrength(password: string, field = 'password'): void {
  const problem = password.length < MIN_PASSWORD_LENGTH
    ? `must be at least ${MIN_PASSWORD_LENGTH} characters long (a few unrelated words make a good one)`
    : password.length > MAX_PASSWORD_LENGTH
      ? `must be at most ${MAX_PASSWORD_LENGTH} characters long`
      : commonPasswords().has(password.toLowerCase())
        ? 'is one of the most common passwords, which are tried first; choose another'
        : undefined;
  if (problem) throw new AppError('invalid_input', `The password ${problem}.`, [{ field, message: problem }]);
}
