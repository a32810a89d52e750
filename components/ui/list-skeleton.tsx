import { Skeleton } from "@/components/ui/skeleton";

/**
 * The place of a list still being read: the page's frame (organization, tabs) is already on screen,
 * streamed ahead of it, and a status tells screen readers it is loading.
 */
export function ListSkeleton({ rows = 8, head = "h-8 w-64" }: { rows?: number; head?: string }) {
  return (
    <div className="space-y-3">
      <p role="status" className="sr-only">
        Loading…
      </p>
      <Skeleton className={head} />
      {Array.from({ length: rows }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders with nothing else to tell them apart
        <Skeleton key={index} className="h-9 w-full" />
      ))}
    </div>
  );
}
