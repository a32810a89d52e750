import { InboxIcon } from "@/components/ui/icons";
import { buttonVariants } from "./button";
import { Link } from "./link";

/** What an empty list says, and the first thing to do about it, when the reader may do it. */
export function EmptyState({ message, action }: { message: string; action?: { href: string; label: string } | null }) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-input bg-card p-6 text-center text-sm">
      <InboxIcon aria-hidden="true" className="size-6 text-muted-foreground" />
      <p className="text-muted-foreground">{message}</p>
      {action ? (
        <Link href={action.href} className={buttonVariants()}>
          {action.label}
        </Link>
      ) : null}
    </div>
  );
}
