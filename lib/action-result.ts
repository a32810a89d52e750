/**
 * What every server action answers, and the closed list of reasons it can refuse with. Client
 * code imports these as types; nothing here touches the server.
 */
export type FieldErrors = Record<string, string[] | undefined>;

/** Expected refusals: each is a value the client can branch on, never an exception it must catch. */
export type RefusalReason =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "TWO_FACTOR_REQUIRED"
  | "TWO_FACTOR_FIRST"
  | "RATE_LIMITED"
  | "EMAIL_TAKEN"
  | "WRONG_PASSWORD"
  | "NOT_STARTED"
  | "WRONG_CODE"
  | "ALREADY_MEMBER"
  | "LAST_OWNER"
  | "INVALID_INVITE"
  | "ACCOUNT_EXISTS"
  | "WRONG_ACCOUNT"
  | "CURRENT_FORMAT"
  | "POSSIBLE_DUPLICATE";

export type ActionFailure =
  | { ok: false; reason: "INVALID"; message: string; fieldErrors: FieldErrors }
  /** Someone else saved first: `current` is what the row holds now, so the form can offer "apply mine". */
  | { ok: false; reason: "CONFLICT"; message: string; current: unknown }
  | { ok: false; reason: "UNEXPECTED"; message: string; ref: string }
  | { ok: false; reason: RefusalReason; message: string; fieldErrors?: FieldErrors };

export type ActionResult<T = null> = { ok: true; data: T } | ActionFailure;

export type ActionReason = ActionFailure["reason"];
