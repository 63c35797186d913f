import { randomBytes } from 'node:crypto';
import { hash, parseOptions, verify } from '@node-rs/argon2';

/**
 * Password hashing (argon2id) and the house password rules. The rules are deliberately few
 * (NIST SP 800-63B): long enough, not absurdly long, not the e-mail address, not a well-known password.
 */
export const passwordMinLength = 10;
export const passwordMaxLength = 256;

/** `Algorithm.Argon2id` of @node-rs/argon2, an ambient const enum that verbatimModuleSyntax cannot import. */
const argon2id = 2;

/**
 * Very common passwords that pass the length rule (from public breach top lists). Compared
 * case-insensitively. Anything made of one repeated character is refused as well.
 */
const commonPasswords = new Set([
  '0123456789',
  '1234567890',
  '0987654321',
  '12345678910',
  '123456789a',
  'a123456789',
  '1234567890a',
  '1234567891',
  '1q2w3e4r5t',
  '1q2w3e4r5t6y',
  'q1w2e3r4t5',
  'zaq12wsxcde',
  '1qaz2wsx3edc',
  'qwertyuiop',
  'qwertyuiop1',
  'qwerty1234',
  'qwerty12345',
  'qwerty123456',
  'asdfghjkl1',
  'asdfghjkl;',
  'zxcvbnm123',
  'abcdefghij',
  'abcd123456',
  'abc1234567',
  'abcdef1234',
  'password12',
  'password123',
  'password1234',
  'password!1',
  'passw0rd12',
  'p@ssw0rd123',
  'password01',
  'mypassword',
  'mypassword1',
  'changeme123',
  'iloveyou12',
  'iloveyou123',
  'letmein123',
  'welcome123',
  'welcome1234',
  'admin12345',
  'admin123456',
  'administrator',
  'football123',
  'baseball123',
  'basketball',
  'sunshine123',
  'princess123',
  'superman123',
  'starwars123',
  'trustno1234',
  'monkey12345',
  'dragon12345',
  'michael123',
  'jennifer123',
  'computer123',
  'whatever123',
  'freedom123',
  'qazwsxedcrfv',
  'qazwsxedc123',
  'secret1234',
  'carehub123',
  'carehub2024',
  'carehub2025',
  'carehub2026',
]);

export type TPasswordProblem =
  | 'accounts.errors.passwordTooShort'
  | 'accounts.errors.passwordTooLong'
  | 'accounts.errors.passwordIsEmail'
  | 'accounts.errors.passwordCommon';

/** The message key of the first rule the password breaks, or null when it is acceptable. */
export function findPasswordProblem(password: string, email: string | undefined): TPasswordProblem | null {
  if ([...password].length < passwordMinLength) return 'accounts.errors.passwordTooShort';
  if (password.length > passwordMaxLength) return 'accounts.errors.passwordTooLong';
  const lowered = password.trim().toLowerCase();
  if (email) {
    const address = email.trim().toLowerCase();
    const localPart = address.split('@')[0] ?? '';
    if (lowered === address || (localPart.length > 0 && lowered === localPart)) {
      return 'accounts.errors.passwordIsEmail';
    }
  }
  if (commonPasswords.has(lowered) || /^(.)\1+$/u.test(lowered)) return 'accounts.errors.passwordCommon';
  return null;
}

export function hashPassword(password: string, memoryCostKib: number): Promise<string> {
  return hash(password, { algorithm: argon2id, memoryCost: memoryCostKib });
}

/** False for a wrong password and for a stored hash that cannot be read. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** True when the stored hash was made with other parameters than today's (rehash on the next sign-in). */
export function needsRehash(storedHash: string, memoryCostKib: number): boolean {
  try {
    const options = parseOptions(storedHash);
    return options.algorithm !== argon2id || options.memoryCost !== memoryCostKib;
  } catch {
    return true;
  }
}

const dummyHashes = new Map<number, Promise<string>>();

/**
 * Spends the same time as checking a real password, for sign-ins with an unknown address, so the
 * answer's timing does not tell whether an account exists.
 */
export async function verifyDummyPassword(password: string, memoryCostKib: number): Promise<void> {
  let dummy = dummyHashes.get(memoryCostKib);
  if (!dummy) {
    dummy = hashPassword(randomBytes(16).toString('base64url'), memoryCostKib);
    dummyHashes.set(memoryCostKib, dummy);
  }
  await verifyPassword(await dummy, password);
}

/** A strong random password for accounts made from the command line (about 120 bits). */
export function generatePassword(): string {
  return randomBytes(15)
    .toString('base64url')
    .replace(/[-_]/g, (c) => (c === '-' ? 'k' : 'm'));
}
