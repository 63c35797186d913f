import { z } from 'zod';
import { localeTags, type TLocale } from '../../i18n/locales.ts';
import { findPasswordProblem, passwordMaxLength } from './passwords.ts';

/**
 * Form schemas of the accounts domain. Error messages are message keys (see src/http/forms.ts).
 * Password rules that need the e-mail address run here when the form has it (sign-up) and in the
 * service otherwise (reset, change).
 */
export const nameMaxLength = 120;
export const emailMaxLength = 254;

export const platformRoles = ['admin', 'reviewer', 'curator', 'moderator'] as const;
export type TPlatformRole = (typeof platformRoles)[number];

export function isPlatformRole(value: string): value is TPlatformRole {
  return (platformRoles as readonly string[]).includes(value);
}

/** True for text with a C0 control character or DEL (tabs, newlines, NUL…), which no name or path needs. */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

const text = () => z.string({ error: 'validation.required' });

/** Trimmed, lower-cased, checked as an address. */
export const ZEmail = text()
  .trim()
  .toLowerCase()
  .min(1, 'validation.required')
  .max(emailMaxLength, 'validation.tooLong')
  .pipe(z.email('validation.email'));

export const ZPersonName = text()
  .trim()
  .min(1, 'validation.required')
  .max(nameMaxLength, 'validation.tooLong')
  .refine((name) => !hasControlCharacter(name), 'validation.invalid');

const ZPasswordInput = text()
  .min(1, 'validation.required')
  .max(passwordMaxLength * 4, 'validation.tooLong');

const ZLocale = z.enum(localeTags as [TLocale, ...TLocale[]], { error: 'validation.invalidChoice' });

/**
 * Checks a new password and its confirmation. Without the e-mail at hand (reset, change) the rule
 * against the address runs in the service.
 */
function checkNewPassword(
  password: unknown,
  confirmation: unknown,
  field: string,
  ctx: z.RefinementCtx,
  email?: string,
) {
  if (typeof password !== 'string' || password === '') return;
  const problem = findPasswordProblem(password, email);
  if (problem) ctx.addIssue({ code: 'custom', path: [field], message: problem });
  else if (password !== confirmation) {
    ctx.addIssue({
      code: 'custom',
      path: ['passwordConfirmation'],
      message: 'accounts.errors.passwordMismatch',
    });
  }
}

export const ZSignUp = z
  .object({
    name: ZPersonName,
    email: ZEmail,
    password: ZPasswordInput,
    passwordConfirmation: text(),
  })
  .superRefine((form, ctx) => {
    // Runs even when other fields failed (zod reports every field at once), so read defensively.
    const email = typeof form.email === 'string' ? form.email : undefined;
    checkNewPassword(form.password, form.passwordConfirmation, 'password', ctx, email);
  });
export type TSignUp = z.infer<typeof ZSignUp>;

export const ZSignIn = z.object({
  email: text().trim().toLowerCase().min(1, 'validation.required').max(emailMaxLength, 'validation.tooLong'),
  password: ZPasswordInput,
  next: z.string().optional(),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZForgotPassword = z.object({ email: ZEmail });
export type TForgotPassword = z.infer<typeof ZForgotPassword>;

export const ZResetPassword = z
  .object({
    token: text().min(1, 'validation.required').max(200, 'validation.tooLong'),
    password: ZPasswordInput,
    passwordConfirmation: text(),
  })
  .superRefine((form, ctx) => checkNewPassword(form.password, form.passwordConfirmation, 'password', ctx));
export type TResetPassword = z.infer<typeof ZResetPassword>;

export const ZChangePassword = z
  .object({ currentPassword: ZPasswordInput, newPassword: ZPasswordInput, passwordConfirmation: text() })
  .superRefine((form, ctx) =>
    checkNewPassword(form.newPassword, form.passwordConfirmation, 'newPassword', ctx),
  );
export type TChangePassword = z.infer<typeof ZChangePassword>;

/** "Delete my account": the person's password, typed again. */
export const ZDeleteAccount = z.object({ password: ZPasswordInput });
export type TDeleteAccount = z.infer<typeof ZDeleteAccount>;

export const ZProfile = z.object({ name: ZPersonName, locale: ZLocale });
export type TProfile = z.infer<typeof ZProfile>;

export const ZRoleChange = z.object({
  role: z.enum(platformRoles, { error: 'validation.invalidChoice' }),
});
export type TRoleChange = z.infer<typeof ZRoleChange>;

/**
 * A "next" address after sign-in: a path on this site only ("/en/account?x=1"), never "//host" or
 * "https://…" (no open redirects). Anything else gives null.
 */
export function safeNextPath(next: string | undefined | null): string | null {
  if (!next || next.length > 2000) return null;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (next.includes('\\') || hasControlCharacter(next)) return null;
  try {
    const url = new URL(next, 'http://carehub.invalid');
    if (url.host !== 'carehub.invalid') return null;
    // Check what the browser will be sent, not what came in: "/.//evil.example" and "/..//evil.example"
    // normalise to "//evil.example", which a browser reads as another host.
    const normalised = `${url.pathname}${url.search}`;
    if (!normalised.startsWith('/') || /^\/[/\\]/.test(normalised) || normalised.includes('\\')) return null;
    return normalised;
  } catch {
    return null;
  }
}
