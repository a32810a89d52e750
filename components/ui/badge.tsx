import { cva, type VariantProps } from "class-variance-authority";
import type { HTMLAttributes } from "react";
import { cn } from "./cn";

/** A short label whose colour carries a status; the words always say it too, for who cannot see colour. */
export const badgeVariants = cva(
  // The shape is globals.css's [data-slot="badge"] rule; only the tone travels with each badge.
  "",
  {
    variants: {
      tone: {
        neutral: "border-border bg-muted text-foreground",
        answered: "border-transparent bg-status-answered-bg text-status-answered",
        progress: "border-transparent bg-status-progress-bg text-status-progress",
        open: "border-transparent bg-status-open-bg text-status-open",
        blocked: "border-transparent bg-status-blocked-bg text-status-blocked",
        na: "border-transparent bg-status-na-bg text-status-na",
        stale: "border-transparent bg-status-stale-bg text-status-stale",
        overdue: "border-transparent bg-status-overdue-bg text-status-overdue",
        outline: "border-input text-foreground",
      },
    },
    defaultVariants: { tone: "neutral" },
  },
);

export type BadgeTone = NonNullable<VariantProps<typeof badgeVariants>["tone"]>;

export function Badge({
  className,
  tone,
  ...props
}: HTMLAttributes<HTMLSpanElement> & VariantProps<typeof badgeVariants>) {
  return <span data-slot="badge" className={cn(badgeVariants({ tone }), className)} {...props} />;
}
