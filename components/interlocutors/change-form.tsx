"use client";

import { useState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { Options } from "@/components/ui/options";
import { useAction } from "@/components/ui/use-action";
import { logChangeAction } from "@/lib/interlocutors/actions";
import { changeKindLabels, seniorityLabels } from "@/lib/interlocutors/labels";
import { confidenceLabels } from "@/lib/labels";
import { InstitutionPicker } from "./institution-picker";
import { PersonPicker } from "./person-picker";

const opensPost = ["APPOINTED", "MOVED", "PROMOTED", "DEMOTED"];

/**
 * Logs what happened to one interlocutor, dated and sourced. The fields a change needs follow its
 * kind: a new post for an appointment or a move, the successor for a replacement.
 */
export function ChangeForm({ organizationSlug, interlocutorId }: { organizationSlug: string; interlocutorId: string }) {
  const [kind, setKind] = useState("MOVED");
  // Bumped after each success, so the pickers start empty again.
  const [round, setRound] = useState(0);
  const form = useAction((values) => logChangeAction(organizationSlug, values), {
    resetOnSuccess: true,
    toast: "Change logged.",
    onSuccess: () => {
      setKind("MOVED");
      setRound((value) => value + 1);
    },
  });
  const field = (name: string) => ({ name, idPrefix: "change", errors: form.errors(name) });
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate>
      <HiddenFields values={{ interlocutorId }} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="What happened"
          {...field("kind")}
          value={kind}
          onChange={(event) => setKind(event.target.value)}
        >
          <Options labels={changeKindLabels} />
        </SelectField>
        <TextField label="On" type="date" {...field("occurredOn")} required />
        {opensPost.includes(kind) ? (
          <>
            <InstitutionPicker
              key={round}
              organizationSlug={organizationSlug}
              label="New post at"
              {...field("institutionId")}
            />
            <TextField label="New post's title" {...field("title")} maxLength={200} required />
            <SelectField label="New post's seniority" {...field("seniority")}>
              <Options labels={seniorityLabels} empty="Not known" />
            </SelectField>
          </>
        ) : null}
        {kind === "REPLACED" ? (
          <PersonPicker
            key={round}
            organizationSlug={organizationSlug}
            name="successorId"
            label="Replaced by"
            idPrefix="change"
            errors={form.errors("successorId")}
            exclude={interlocutorId}
          />
        ) : null}
        <TextField
          label="Source"
          {...field("source")}
          maxLength={500}
          required
          placeholder="e.g. state media, 15 September"
        />
        <SelectField label="Confidence" {...field("confidence")} defaultValue="MEDIUM">
          <Options labels={confidenceLabels} />
        </SelectField>
      </div>
      <TextAreaField label="Note" {...field("note")} rows={2} />
      <FormFooter form={form} submit="Log change" />
    </form>
  );
}
