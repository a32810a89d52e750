"use client";

import { useRouter } from "next/navigation";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { Options } from "@/components/ui/options";
import { useAction } from "@/components/ui/use-action";
import { createDialogueAction, updateDialogueAction } from "@/lib/dialogues/actions";
import { attributionRuleLabels, dialogueStatusLabels, trackLabels } from "@/lib/labels";
import { TeamFields } from "./team-fields";

export type DialogueValues = {
  id: string;
  version: number;
  title: string;
  counterpart: string;
  track: string;
  status: string;
  conveningPartners: string;
  hostCountry: string;
  hostCity: string;
  targetWindowStart: string;
  targetWindowEnd: string;
  attributionRule: string;
  summary: string;
};

const conflictLabels = {
  title: "Title",
  counterpart: "Counterpart",
  status: "Status",
  summary: "Summary",
};

/** Creates a dialogue, or edits one when `dialogue` is given. */
export function DialogueForm({
  organizationSlug,
  dialogue,
  readOnly,
  members,
  templates,
}: {
  organizationSlug: string;
  dialogue?: DialogueValues;
  readOnly?: boolean;
  /** For a new dialogue: who could be on its team, if it is restricted from the start. */
  members?: { id: string; name: string }[];
  /** For a new dialogue: the organization's checklist templates, by id (latest versions). */
  templates?: Record<string, string>;
}) {
  const router = useRouter();
  const form = useAction(
    (values) =>
      dialogue ? updateDialogueAction(organizationSlug, values) : createDialogueAction(organizationSlug, values),
    {
      toast: dialogue ? "Dialogue saved." : "Dialogue created.",
      onSuccess: (saved) => {
        if (!dialogue) router.push(`/o/${organizationSlug}/dialogues/${saved.id}`);
      },
    },
  );
  const field = (name: keyof DialogueValues) => ({
    name,
    errors: form.errors(name),
    defaultValue: dialogue?.[name] ?? undefined,
    disabled: readOnly,
  });
  return (
    <form onSubmit={form.onSubmit} className="max-w-3xl space-y-4" noValidate key={dialogue?.version}>
      {dialogue ? <HiddenFields values={{ dialogueId: dialogue.id, version: dialogue.version }} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Title" {...field("title")} required />
        <TextField label="Counterpart (country or party)" {...field("counterpart")} required />
        <SelectField label="Track" {...field("track")} defaultValue={dialogue?.track ?? "TRACK_1_5"}>
          <Options labels={trackLabels} />
        </SelectField>
        <SelectField label="Status" {...field("status")} defaultValue={dialogue?.status ?? "PROSPECTIVE"}>
          <Options labels={dialogueStatusLabels} />
        </SelectField>
        <TextField label="Convening partners" {...field("conveningPartners")} />
        <SelectField
          label="Default attribution rule"
          {...field("attributionRule")}
          defaultValue={dialogue?.attributionRule ?? "CHATHAM_HOUSE"}
        >
          <Options labels={attributionRuleLabels} />
        </SelectField>
        <TextField label="Host country" {...field("hostCountry")} />
        <TextField label="Host city" {...field("hostCity")} />
        <TextField label="Target window from" type="date" {...field("targetWindowStart")} />
        <TextField label="Target window to" type="date" {...field("targetWindowEnd")} />
      </div>
      <TextAreaField label="Summary" {...field("summary")} rows={4} />
      {!dialogue && templates && Object.keys(templates).length ? (
        <SelectField label="Checklist template" name="templateId" errors={form.errors("templateId")} defaultValue="">
          <Options labels={templates} empty="Built-in: the article's questions" />
        </SelectField>
      ) : null}
      {!dialogue && members ? (
        <div className="space-y-2 rounded-md border border-border p-3">
          <TeamFields members={members} restricted={false} team={[]} errors={form.errors("memberIds")} />
        </div>
      ) : null}
      {readOnly ? null : (
        <FormFooter
          form={form}
          conflictLabels={conflictLabels}
          conflictValues={{ status: dialogueStatusLabels }}
          submit={dialogue ? "Save dialogue" : "Create dialogue"}
          pendingLabel={dialogue ? undefined : "Creating…"}
        />
      )}
    </form>
  );
}
