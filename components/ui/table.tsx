import type { HTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "./cn";

/**
 * Rows and cells are plain <tr> and <td>, styled in globals.css as the children of the table's
 * data-slot, not by utility classes or attributes on each one: a board of 25 rows would otherwise
 * send the same characters 175 times, twice (HTML and the RSC payload), and the server writes
 * every attribute of every cell. A className passed in still wins, as utilities come after the
 * components layer; only the phone's line wrapping is a rule outside the layers, so that it wins
 * over a cell's own "whitespace-nowrap".
 *
 * A table that becomes a stack of cards below the `sm` breakpoint: each row a card, each cell a
 * line headed by its column's name (`label`), so nothing runs off a phone's screen.
 */
export function Table({ className, ...props }: HTMLAttributes<HTMLTableElement>) {
  return (
    <div data-slot="table-container" className="w-full overflow-x-auto max-sm:overflow-visible">
      <table data-slot="table" className={cn("w-full text-left text-sm max-sm:block", className)} {...props} />
    </div>
  );
}

export function TableHeader({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead className={cn("border-b border-border max-sm:sr-only", className)} {...props} />;
}

export function TableBody({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className={cn("max-sm:block max-sm:space-y-3", className)} {...props} />;
}

export function TableRow(props: HTMLAttributes<HTMLTableRowElement>) {
  return <tr {...props} />;
}

export function TableHead({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope="col"
      className={cn(
        "whitespace-nowrap px-2 py-2 text-xs font-medium uppercase tracking-wide text-muted-foreground",
        className,
      )}
      {...props}
    />
  );
}

/** `label` is the column's name, shown before the value when the row is a card. */
export function TableCell({ label, ...props }: TdHTMLAttributes<HTMLTableCellElement> & { label?: string }) {
  return <td data-label={label} {...props} />;
}
