"use client";

import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/action-result";
import { Button } from "./button";
import { FormMessage } from "./form-message";
import { useAction } from "./use-action";

/** A button that runs one server action and always shows why it failed, beside itself. */
export function ActionButton<T>({
  action,
  children,
  label,
  variant = "secondary",
  confirm,
  onSuccess,
}: {
  action: () => Promise<ActionResult<T>>;
  children: ReactNode;
  /** The accessible name, when the visible text alone does not say what it acts on. */
  label?: string;
  variant?: "primary" | "secondary" | "danger";
  /** A question to confirm first, for what cannot be undone. */
  confirm?: string;
  onSuccess?: (data: T) => void;
}) {
  const act = useAction(() => action(), { onSuccess });
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        type="button"
        variant={variant}
        disabled={act.pending}
        aria-label={label}
        onClick={() => {
          if (!confirm || window.confirm(confirm)) act.run();
        }}
      >
        {children}
      </Button>
      <FormMessage message={act.message} />
    </span>
  );
}
