"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { PlusIcon } from "@/components/ui/icons";
import { AddItemForm } from "./add-item-form";

/** "Add a question": the checklist's own form, in a dialog so the list stays short. */
export function AddItemDialog({ organizationSlug, dialogueId }: { organizationSlug: string; dialogueId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" variant="secondary" className="print:hidden" onClick={() => setOpen(true)}>
        <PlusIcon aria-hidden="true" />
        Add a question
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title="Add a question"
        description="A question of your own, beside the standard ones. It counts in the score by its weight."
      >
        <AddItemForm organizationSlug={organizationSlug} dialogueId={dialogueId} onAdded={() => setOpen(false)} />
      </Dialog>
    </>
  );
}
