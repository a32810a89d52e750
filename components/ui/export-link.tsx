import { DownloadIcon } from "@/components/ui/icons";

/**
 * "Export CSV": a plain download link (no prefetch) to a list's export route, with the list's
 * current filters, named for what it exports.
 */
export function ExportLink({
  path,
  search = {},
  what,
}: {
  path: string;
  search?: Record<string, string | undefined>;
  what: string;
}) {
  const query = new URLSearchParams(
    Object.entries(search).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  return (
    <a
      href={query ? `${path}?${query}` : path}
      download
      className="inline-flex items-center gap-1.5 text-sm font-medium underline underline-offset-2 print:hidden"
    >
      <DownloadIcon aria-hidden="true" className="size-4" />
      Export CSV<span className="sr-only"> of {what}</span>
    </a>
  );
}
