/**
 * The one application error: an HTTP status and a message key the UI translates.
 * Causes are logged on the server, never sent to the client.
 */
export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429,
    readonly messageKey: string,
    options?: { cause?: unknown },
  ) {
    super(messageKey, options);
  }
}

/** 404 whether the thing is missing or belongs to someone else: no hint either way. */
export function notFound(): never {
  throw new Response("Not Found", { status: 404 });
}
