import { FormatDecisionForm } from "@/components/formats/format-decision-form";
import { FormatForm } from "@/components/formats/format-form";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/authz";
import { requireDialogue } from "@/lib/dialogues/page-context";
import { fieldRules } from "@/lib/form-rules";
import { listFormats } from "@/lib/formats/data";
import { formatFieldsSchema } from "@/lib/formats/schema";
import { formatModeLabels, formatStatusLabels } from "@/lib/labels";

type Format = Awaited<ReturnType<typeof listFormats>>[number];

const compared: [string, (format: Format) => string][] = [
  ["Status", (f) => formatStatusLabels[f.status]],
  ["Mode", (f) => formatModeLabels[f.mode]],
  ["Venue", (f) => [f.venueCity, f.venueCountry].filter(Boolean).join(", ") || "—"],
  ["Participant cap", (f) => (f.participantCap ? String(f.participantCap) : "—")],
  ["Level", (f) => f.level || "—"],
  ["Languages", (f) => f.languages || "—"],
  ["Interpretation", (f) => f.interpretation || "—"],
  ["Duration", (f) => f.duration || "—"],
  ["Counterpart online", (f) => (f.counterpartCanJoinOnline ? "Yes" : "No")],
  ["Feasibility", (f) => f.feasibilityNotes || "—"],
  ["Rationale", (f) => f.rationale || "—"],
  ["Decision note", (f) => f.statusReason || "—"],
];

export default async function FormatsPage({ params }: { params: Promise<{ slug: string; dialogueId: string }> }) {
  const { slug, dialogueId } = await params;
  const { context, dialogue } = await requireDialogue(slug, dialogueId);
  const rules = fieldRules(formatFieldsSchema);
  const formats = await listFormats(context, dialogue.id);
  const edits = can(context.role, "record.edit");
  const live = formats.filter((format) => format.status !== "REJECTED");
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h3 className="font-semibold">Compare format options</h3>
        {live.length ? (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="format-comparison">
              <thead>
                <tr className="border-b border-slate-200">
                  <th className="py-2 pr-3" />
                  {live.map((format) => (
                    <th key={format.id} scope="col" className="py-2 pr-3 font-medium">
                      {format.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {compared.map(([label, value]) => (
                  <tr key={label} className="border-b border-slate-100 align-top">
                    <th scope="row" className="py-2 pr-3 font-normal text-slate-600">
                      {label}
                    </th>
                    {live.map((format) => (
                      <td key={format.id} className="py-2 pr-3">
                        {value(format)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <EmptyState
            message="No format options yet. The first one added becomes current."
            action={edits ? { href: "#add-format", label: "Add a format option" } : null}
          />
        )}
      </section>
      {edits ? (
        <section className="space-y-4">
          {formats
            .filter((format) => format.status === "PROPOSED")
            .map((format) => (
              <div key={format.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
                <FormatDecisionForm organizationSlug={slug} format={format} decision="current" />
                <FormatDecisionForm organizationSlug={slug} format={format} decision="reject" />
                <details>
                  <summary className="cursor-pointer text-sm text-slate-600">Edit “{format.name}”</summary>
                  <FormatForm rules={rules} organizationSlug={slug} dialogueId={dialogue.id} format={format} />
                </details>
              </div>
            ))}
          <section
            id="add-format"
            aria-label="Add a format option"
            className="rounded-lg border border-slate-200 bg-white p-4"
          >
            <h3 className="mb-3 font-semibold">Add a format option</h3>
            <FormatForm rules={rules} organizationSlug={slug} dialogueId={dialogue.id} />
          </section>
        </section>
      ) : null}
    </div>
  );
}
