"use client";

import { Dialog as Primitive } from "radix-ui";
import { XIcon } from "@/components/ui/icons";
import { Button } from "./button";
import { cn } from "./cn";
import type { DialogProps } from "./dialog";
import { adoptPageNonce } from "./style-nonce";

// On the server (a sheet open in the address is rendered there too) there is no page to read it from.
if (typeof document !== "undefined") adoptPageNonce();

const sides = {
  center:
    "left-1/2 top-1/2 max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 rounded-lg border",
  right: "inset-y-0 right-0 h-dvh w-full max-w-xl border-l sm:w-[36rem]",
};

/** The Radix dialog itself, loaded only when a dialog first opens (see dialog.tsx). */
export default function DialogView({ open, onOpenChange, title, description, side = "center", children }: DialogProps) {
  return (
    <Primitive.Root open={open} onOpenChange={onOpenChange}>
      <Primitive.Portal>
        <Primitive.Overlay className="fixed inset-0 z-40 bg-overlay print:hidden" />
        <Primitive.Content
          data-slot={side === "right" ? "sheet" : "dialog"}
          // Radix asks for a description; without one, say so explicitly.
          {...(description ? {} : { "aria-describedby": undefined })}
          className={cn(
            "fixed z-50 flex flex-col overflow-y-auto border-border bg-card text-foreground shadow-xl focus:outline-none",
            sides[side],
          )}
        >
          <div className="flex items-start justify-between gap-4 border-b border-border p-4">
            <div className="space-y-1">
              <Primitive.Title className="font-semibold leading-snug">{title}</Primitive.Title>
              {description ? (
                <Primitive.Description className="text-sm text-muted-foreground">{description}</Primitive.Description>
              ) : null}
            </div>
            <Primitive.Close asChild>
              <Button type="button" variant="ghost" size="icon-sm" aria-label="Close">
                <XIcon aria-hidden="true" />
              </Button>
            </Primitive.Close>
          </div>
          <div className="flex-1 space-y-4 p-4">{children}</div>
        </Primitive.Content>
      </Primitive.Portal>
    </Primitive.Root>
  );
}
