"use client";

import { type ReactNode, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { Button, type ButtonVariant } from "./button";
import { Dialog } from "./dialog";
import { FormMessage } from "./form-message";
import { useAction } from "./use-action";

/** A button that runs one server action and always shows why it failed, beside itself. */
export function ActionButton<T>({
  action,
  children,
  label,
  variant = "secondary",
  size = "md",
  confirm,
  toast,
  onSuccess,
}: {
  action: () => Promise<ActionResult<T>>;
  children: ReactNode;
  /** The accessible name, when the visible text alone does not say what it acts on. */
  label?: string;
  variant?: ButtonVariant;
  size?: "md" | "sm";
  /** A question to confirm first, in a dialog, for what cannot be undone. */
  confirm?: string;
  /** The toast that confirms a success. */
  toast?: string;
  onSuccess?: (data: T) => void;
}) {
  const act = useAction(() => action(), { onSuccess, toast });
  const [asking, setAsking] = useState(false);
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        type="button"
        variant={variant}
        size={size}
        disabled={act.pending}
        aria-label={label}
        onClick={() => (confirm ? setAsking(true) : act.run())}
      >
        {children}
      </Button>
      <FormMessage message={act.message} />
      {confirm ? (
        <Dialog open={asking} onOpenChange={setAsking} title={confirm} description="This cannot be undone.">
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
              Cancel
            </Button>
            <Button
              type="button"
              variant={variant}
              onClick={() => {
                setAsking(false);
                act.run();
              }}
            >
              {children}
            </Button>
          </div>
        </Dialog>
      ) : null}
    </span>
  );
}
