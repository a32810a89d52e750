import { randomUUID } from "node:crypto";

/** Logs an unexpected failure with a reference the user can quote; returns only the reference. */
export function reportError(error: unknown, context: string): string {
  const ref = randomUUID().slice(0, 8);
  console.error(`[${ref}] ${context}:`, error);
  return ref;
}
