/** Known failures mapped to sentences a person can act on. Never a stack or a database message. */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export class NotSignedInError extends DomainError {
  constructor() {
    super("Your session has ended. Sign in again to continue.");
  }
}

/** Used both for "no such record" and "not yours": a member of another partnership learns nothing. */
export class NotFoundError extends DomainError {
  constructor(what = "page") {
    super(`That ${what} does not exist or you do not have access to it.`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "You do not have permission to do that.") {
    super(message);
  }
}

/** Someone else saved first: the caller gets what is stored now, to compare and choose. */
export class ConflictError<T = unknown> extends DomainError {
  constructor(
    message: string,
    readonly current: T,
  ) {
    super(message);
  }
}
