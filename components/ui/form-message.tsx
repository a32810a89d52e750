/** The form-level outcome, announced politely to screen readers. */
export function FormMessage({ message, tone = "error" }: { message?: string | null; tone?: "error" | "success" }) {
  return (
    <p
      role="status"
      aria-live="polite"
      className={tone === "error" ? "text-sm text-red-700" : "text-sm text-green-800"}
    >
      {message}
    </p>
  );
}
