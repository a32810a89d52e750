"use client";

import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { Options } from "@/components/ui/options";
import { useEntityForm } from "@/components/ui/use-entity-form";
import type { FieldRules } from "@/lib/form-rules";
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
  formatId: string;
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
  rules,
  formats,
  session,
  defaultTimeZone = "UTC",
}: {
  organizationSlug: string;
  dialogueId: string;
  rules?: FieldRules;
  formats: Record<string, string>;
  session?: SessionValues;
  /** A new session's zone: the dialogue's host city's (lib/time.ts). */
  defaultTimeZone?: string;
}) {
  const { form, field } = useEntityForm({
    rules,
    kind: "session",
    entity: session,
    add: (values) => addSessionAction(organizationSlug, values),
    update: (values) => updateSessionAction(organizationSlug, values),
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
          defaultValue={session?.timeZone ?? defaultTimeZone}
          list="time-zones"
        />
        <TextField label="Venue" {...field("venue")} />
        <SelectField label="Format" {...field("formatId")}>
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
      <FormFooter
        form={form}
        conflictLabels={conflictLabels}
        conflictValues={{ status: sessionStatusLabels, attributionRule: attributionRuleLabels }}
        submit={session ? "Save session" : "Schedule session"}
      />
    </form>
  );
}
