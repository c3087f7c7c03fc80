import 'server-only';

/**
 * An error with an HTTP status and a stable code, thrown by services and
 * turned into `{ error: { code, message, details } }` by route handlers (and
 * into a message and exit code by the CLI).
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
