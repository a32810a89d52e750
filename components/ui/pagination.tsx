import { Link } from "./link";

/**
 * Previous / next links that keep the rest of the query string. `pageCount` is null when the list
 * only counted up to its cap (lib/paging.ts): then "Next" follows `hasNext`, and no last page is named.
 */
export function Pagination({
  path,
  search,
  page,
  pageCount,
  hasNext,
}: {
  path: string;
  search: Record<string, string | undefined>;
  page: number;
  pageCount: number | null;
  hasNext?: boolean;
}) {
  const next = hasNext ?? (pageCount !== null && page < pageCount);
  if (page <= 1 && !next) return null;
  const href = (target: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...search, page: String(target) }).filter((entry): entry is [string, string] => !!entry[1]),
    );
    return `${path}?${query}`;
  };
  return (
    <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)}>← Previous</Link>
      ) : (
        <span className="text-muted-foreground">← Previous</span>
      )}
      <span>{pageCount === null ? `Page ${page}` : `Page ${page} of ${pageCount}`}</span>
      {next ? <Link href={href(page + 1)}>Next →</Link> : <span className="text-muted-foreground">Next →</span>}
    </nav>
  );
}
