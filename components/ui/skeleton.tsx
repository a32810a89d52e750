import type { HTMLAttributes } from "react";
import { cn } from "./cn";

/** A grey block where content is still loading; hidden from screen readers, which hear the page's status instead. */
export function Skeleton({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden="true"
      className={cn("animate-pulse rounded-md bg-muted motion-reduce:animate-none", className)}
      {...props}
    />
  );
}
