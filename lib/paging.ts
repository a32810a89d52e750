/**
 * Counting for lists that can hold tens of thousands: a list says how many it holds up to a cap,
 * and "more than 1,000" beyond it, so no page view counts every row. Whether there is a next page
 * comes from reading one row more than the page shows, not from the count.
 */
export const COUNT_CAP = 1_000;

/** The argument a Prisma count takes to stop at the cap (it counts at most one row past it). */
export const countUpToCap = { take: COUNT_CAP + 1 } as const;

export type PageInfo = {
  /** Rows in all, up to the cap. */
  total: number;
  /** True when there are more than the cap. */
  more: boolean;
  /** Where the count stopped (COUNT_CAP, or less for a list whose every row costs a check). */
  cap: number;
  /** The number of pages, or null when the count stopped at the cap. */
  pageCount: number | null;
  hasNext: boolean;
};

/** A page's rows (read with one extra) and its capped count, as the page shows them. */
export function pageOf<T>(rows: T[], count: number, size: number, cap = COUNT_CAP): { rows: T[] } & PageInfo {
  const more = count > cap;
  return {
    rows: rows.slice(0, size),
    total: Math.min(count, cap),
    more,
    cap,
    pageCount: more ? null : Math.max(1, Math.ceil(count / size)),
    hasNext: rows.length > size,
  };
}

/** "12", or "more than 1,000". */
export function countLabel({ total, more, cap }: Pick<PageInfo, "total" | "more" | "cap">): string {
  return more ? `more than ${cap.toLocaleString("en")}` : total.toLocaleString("en");
}
