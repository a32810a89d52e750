/** Why the last action failed, announced politely to screen readers; empty until then (a success is a toast). */
export function FormMessage({ message }: { message?: string | null }) {
  return (
    <p role="status" aria-live="polite" className="text-sm text-destructive">
      {message}
    </p>
  );
}
