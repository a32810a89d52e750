import Link from "next/link";

/** Previous / next links that keep the rest of the query string. */
export function Pagination({
  path,
  search,
  page,
  pageCount,
}: {
  path: string;
  search: Record<string, string | undefined>;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
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
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)}>Next →</Link>
      ) : (
        <span className="text-muted-foreground">Next →</span>
      )}
    </nav>
  );
}
