"use client";

import { dateTimeFormat } from "@/lib/intl";
import { Button } from "./button";

/**
 * Shown when someone else saved first: their version, field by field, and a way to put yours
 * over it. Nothing of either is lost: your values are still in the form.
 */
export function ConflictNotice({
  current,
  labels,
  values = {},
  onReapply,
  pending,
}: {
  current: Record<string, unknown>;
  labels: Record<string, string>;
  /** The words for stored values, per field, so a person never reads a code. */
  values?: Record<string, Record<string, string>>;
  onReapply: () => void;
  pending?: boolean;
}) {
  const shown = Object.entries(labels).filter(([key]) => key in current);
  return (
    <div role="alert" className="space-y-2 rounded-md border border-notice-border bg-notice p-3 text-sm">
      <p className="font-medium">Someone else saved a change first. Their version:</p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
        {shown.map(([key, label]) => (
          <div key={key} className="contents">
            <dt className="text-muted-foreground">{label}</dt>
            <dd>{formatValue(current[key], values[key])}</dd>
          </div>
        ))}
      </dl>
      <p>Your values are still in the form. Keep theirs by reloading, or:</p>
      <Button type="button" variant="secondary" onClick={onReapply} disabled={pending}>
        Apply my changes over theirs
      </Button>
    </div>
  );
}

function formatValue(value: unknown, words?: Record<string, string>): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.join(", ") || "—";
  if (typeof value === "string" && words?.[value]) return words[value];
  const day = (date: Date) => dateTimeFormat("en-GB", { timeZone: "UTC", dateStyle: "medium" }).format(date);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) return day(new Date(value));
  if (value instanceof Date) return day(value);
  return String(value);
}
