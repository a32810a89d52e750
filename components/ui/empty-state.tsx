import Link from "next/link";

/** What an empty list says, and the first thing to do about it, when the reader may do it. */
export function EmptyState({ message, action }: { message: string; action?: { href: string; label: string } | null }) {
  return (
    <div className="space-y-3 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm">
      <p className="text-slate-600">{message}</p>
      {action ? (
        <Link
          href={action.href}
          className="inline-flex rounded-md bg-slate-900 px-3 py-2 font-medium text-white hover:bg-slate-700"
        >
          {action.label}
        </Link>
      ) : null}
    </div>
  );
}
