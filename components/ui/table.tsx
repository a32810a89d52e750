import type { HTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "./cn";

/**
 * Rows and cells are styled in globals.css by their data-slot, not by utility classes on each one:
 * a board of 25 rows would otherwise send the same 250 characters 175 times, twice (HTML and the
 * RSC payload). A className passed in still wins, as utilities come after the components layer;
 * only the phone's line wrapping stays a class on the cell, so that it wins over a caller's.
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
  return (
    <thead data-slot="table-header" className={cn("border-b border-border max-sm:sr-only", className)} {...props} />
  );
}

export function TableBody({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody data-slot="table-body" className={cn("max-sm:block max-sm:space-y-3", className)} {...props} />;
}

export function TableRow({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr data-slot="table-row" className={className} {...props} />;
}

export function TableHead({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      data-slot="table-head"
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
export function TableCell({ className, label, ...props }: TdHTMLAttributes<HTMLTableCellElement> & { label?: string }) {
  // The one rule a caller's own class must not beat on a phone (a "whitespace-nowrap" cell would
  // push the card sideways): it stays a utility; the rest of the cell's look is globals.css's.
  return (
    <td data-slot="table-cell" data-label={label} className={cn("max-sm:whitespace-normal", className)} {...props} />
  );
}
