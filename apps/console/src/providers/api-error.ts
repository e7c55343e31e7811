/**
 * An error shaped like react-admin's HttpError (`status`, `body.errors`), so that react-admin logs out on 401
 * and puts `body.errors` on the form's fields; kept here so that pure modules need not load react-admin.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: { errors?: Record<string, unknown> } = {},
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The HTTP status react-admin expects for a GraphQL error code. */
export function statusOf(code: string | undefined): number {
  switch (code) {
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'BAD_USER_INPUT':
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'VALIDATION':
      return 400;
    case 'CONFLICT':
      return 409;
    default:
      return 500;
  }
}
