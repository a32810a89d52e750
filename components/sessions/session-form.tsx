"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { Options } from "@/components/ui/options";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { attributionRuleLabels, sessionStatusLabels } from "@/lib/labels";
import { addSessionAction, updateSessionAction } from "@/lib/sessions/actions";

export type SessionValues = {
  id: string;
  version: number;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  venue: string;
  formatOptionId: string;
  attributionRule: string;
  status: string;
  notes: string;
};

const conflictLabels = {
  title: "Title",
  startsAt: "Starts (UTC)",
  endsAt: "Ends (UTC)",
  timeZone: "Time zone",
  venue: "Venue",
  status: "Status",
};

/** Times are entered as the venue's wall clock, in the venue's time zone. */
export function SessionForm({
  organizationSlug,
  dialogueId,
  formats,
  session,
}: {
  organizationSlug: string;
  dialogueId: string;
  formats: Record<string, string>;
  session?: SessionValues;
}) {
  const router = useRouter();
  const form = useActionForm(
    (values) => (session ? updateSessionAction(organizationSlug, values) : addSessionAction(organizationSlug, values)),
    () => router.refresh(),
  );
  const prefix = session ? `session-${session.id}` : "new-session";
  const field = (name: keyof SessionValues) => ({
    name,
    idPrefix: prefix,
    errors: form.errors(name),
    defaultValue: session ? String(session[name] ?? "") : undefined,
  });
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate key={session?.version}>
      <HiddenFields values={session ? { sessionId: session.id, version: session.version } : { dialogueId }} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label="Session title" {...field("title")} />
        <TextField label="Starts (venue time)" type="datetime-local" {...field("startsAt")} />
        <TextField label="Ends (venue time)" type="datetime-local" {...field("endsAt")} />
        <TextField
          label="Venue time zone"
          {...field("timeZone")}
          defaultValue={session?.timeZone ?? "Europe/Stockholm"}
          list="time-zones"
        />
        <TextField label="Venue" {...field("venue")} />
        <SelectField label="Format option" {...field("formatOptionId")}>
          <Options labels={formats} empty="—" />
        </SelectField>
        <SelectField label="Attribution rule" {...field("attributionRule")}>
          <Options labels={attributionRuleLabels} empty="The dialogue's default" />
        </SelectField>
        <SelectField label="Session status" {...field("status")} defaultValue={session?.status ?? "PLANNED"}>
          <Options labels={sessionStatusLabels} />
        </SelectField>
      </div>
      <TextAreaField label="Notes" {...field("notes")} />
      {form.conflict ? (
        <ConflictNotice
          current={form.conflict}
          labels={conflictLabels}
          onReapply={form.reapply}
          pending={form.pending}
        />
      ) : null}
      <FormMessage message={form.message} />
      <Button disabled={form.pending}>{session ? "Save session" : "Schedule session"}</Button>
    </form>
  );
}
