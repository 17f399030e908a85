/** Statuses the receiver answers bad requests with. */
export type ErrorStatus = 400 | 403 | 404 | 405 | 409 | 413 | 415;

/** A request the receiver refuses: the status, the field at fault and a sentence for the site's developer. */
export class RequestError extends Error {
  readonly status: ErrorStatus;
  readonly field: string;

  constructor(status: ErrorStatus, field: string, message: string) {
    super(message);
    this.name = 'RequestError';
    this.status = status;
    this.field = field;
  }
}
