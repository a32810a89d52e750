import { ListSkeleton } from "@/components/ui/list-skeleton";

/** While a dialogue's tab loads: the shape of a list, and a status for screen readers. */
export default function DialogueTabLoading() {
  return <ListSkeleton rows={6} head="h-24 w-full" />;
}
