import { randomUUID } from "node:crypto";

/** Unexpected failures carry one of these codes; their message never reaches the client. */
export type ErrorCode = "UNEXPECTED" | "MISCONFIGURED";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** Logs an unexpected failure with a reference the user can quote; returns only the reference. */
export function reportError(error: unknown, context: string): string {
  const ref = randomUUID().slice(0, 8);
  console.error(`[${ref}] ${context}:`, error);
  return ref;
}
