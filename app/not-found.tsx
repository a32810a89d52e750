import { Link } from "@/components/ui/link";

/** Also what a non-member sees for an organization's pages, so its existence is not revealed. */
export default function NotFound() {
  return (
    <div className="mx-auto max-w-md space-y-3 py-16 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-muted-foreground">This page does not exist, or you do not have access to it.</p>
      <Link href="/" className="underline">
        Back to the start
      </Link>
    </div>
  );
}
