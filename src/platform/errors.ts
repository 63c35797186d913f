/**
 * One error type for everything the hub refuses on purpose. The code decides the HTTP status
 * and the translated message (`errors.<code>` in the message files); nothing else leaks to users.
 */
export const errorStatus = {
  bad_request: 400,
  invalid_text: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  validation_failed: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type TErrorCode = keyof typeof errorStatus;

export type TFieldErrors = Record<string, string>;

export class AppError extends Error {
  readonly code: TErrorCode;
  /** Message keys per form field, for forms that re-render with what the user typed. */
  readonly fieldErrors: TFieldErrors;

  constructor(
    code: TErrorCode,
    options: { fieldErrors?: TFieldErrors; cause?: unknown; detail?: string } = {},
  ) {
    super(options.detail ?? code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.fieldErrors = options.fieldErrors ?? {};
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
