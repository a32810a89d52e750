"use client";

/**
 * <option>s from a record of stored values and the words shown for them.
 *
 * A client component, so that a long list (a select of 200 dialogues) travels in the RSC payload
 * as one record of data. Rendered on the server, each <option> would be an element of its own, and
 * past React's 3,200-character row limit each one was sent as a separate streamed segment: 167 of
 * them, with a script each, on the interlocutors page.
 */
export function Options({ labels, empty }: { labels: Record<string, string>; empty?: string }) {
  return (
    <>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {Object.entries(labels).map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}
