import type { HTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "./cn";

/**
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
  return (
    <tr
      data-slot="table-row"
      className={cn(
        "border-b border-border align-top last:border-b-0 max-sm:block max-sm:rounded-lg max-sm:border max-sm:bg-card max-sm:p-3 max-sm:last:border-b",
        className,
      )}
      {...props}
    />
  );
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
  return (
    <td
      data-slot="table-cell"
      data-label={label}
      className={cn(
        "px-2 py-2 max-sm:flex max-sm:min-w-0 max-sm:gap-3 max-sm:whitespace-normal max-sm:px-0 max-sm:py-0.5 max-sm:[overflow-wrap:anywhere]",
        label &&
          "max-sm:before:w-28 max-sm:before:shrink-0 max-sm:before:text-muted-foreground max-sm:before:content-[attr(data-label)]",
        className,
      )}
      {...props}
    />
  );
}
