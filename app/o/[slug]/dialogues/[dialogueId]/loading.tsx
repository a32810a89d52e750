import { Skeleton } from "@/components/ui/skeleton";

/** While a dialogue's tab loads: the shape of a list, and a status for screen readers. */
export default function DialogueTabLoading() {
  return (
    <div className="space-y-3">
      <p role="status" className="sr-only">
        Loading…
      </p>
      <Skeleton className="h-24 w-full" />
      {Array.from({ length: 6 }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders with nothing else to tell them apart
        <Skeleton key={index} className="h-9 w-full" />
      ))}
    </div>
  );
}
