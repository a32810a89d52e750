"use client";

import Link from "next/link";
import { type FormEvent, useId, useState } from "react";
import { FormFooter } from "@/components/ui/form-footer";
import { useAction } from "@/components/ui/use-action";
import { restoreBackupAction } from "@/lib/backup/actions";

/** Bytes as base64, in slices (a spread of millions of bytes would overflow the call stack). */
function base64(bytes: Uint8Array) {
  let text = "";
  for (let start = 0; start < bytes.length; start += 0x8000)
    text += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(text);
}

/** Restores another organization's backup file into this installation: all of it or nothing. */
export function RestoreForm({ organizationSlug }: { organizationSlug: string }) {
  const id = useId();
  const [restored, setRestored] = useState<{ name: string; slug: string; rows: number } | null>(null);
  const form = useAction((values) => restoreBackupAction(organizationSlug, values), {
    onSuccess: setRestored,
    toast: (data) => `Restored ${data.name}.`,
  });
  const errors = form.errors("archive");
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = (event.currentTarget.elements.namedItem("archive") as HTMLInputElement).files?.[0];
    form.run({ archive: file ? base64(new Uint8Array(await file.arrayBuffer())) : "" });
  };
  return (
    <form onSubmit={submit} className="space-y-2" noValidate>
      <label htmlFor={id} className="block font-medium">
        Backup file to restore
      </label>
      <input
        id={id}
        name="archive"
        type="file"
        accept=".gz,application/gzip"
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-error`}
        className="block text-sm file:mr-3 file:rounded-md file:border file:border-input file:bg-card file:px-3 file:py-1.5 file:text-sm"
      />
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-destructive">
        {errors?.join(" ")}
      </p>
      {restored ? (
        <p role="status" className="text-sm">
          Restored {restored.name}: {restored.rows.toLocaleString("en-GB")} rows.{" "}
          <Link href={`/o/${restored.slug}`} className="underline underline-offset-2">
            Open it
          </Link>{" "}
          (its members sign in with their own email and password).
        </p>
      ) : null}
      <FormFooter form={form} submit="Restore" pendingLabel="Restoring…" variant="secondary" />
    </form>
  );
}
