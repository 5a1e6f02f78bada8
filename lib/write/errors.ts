/** The record changed since the writer read it: nothing was written; the current version is attached. */
export class StaleWriteError extends Error {
  constructor(
    readonly id: string,
    readonly currentVersion: number,
  ) {
    super(`'${id}' has changed since you read it (it is now at version ${currentVersion}); reload it and apply your change again`);
  }
}

export class RecordNotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`No ${entity} with id '${id}'`);
  }
}

/** The write makes sense but clashes with what is stored (an id taken, a revert overtaken by later edits). */
export class WriteConflictError extends Error {
  constructor(
    message: string,
    readonly detail: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
