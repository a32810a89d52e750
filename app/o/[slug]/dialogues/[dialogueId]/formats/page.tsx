import { FormatDecisionForm } from "@/components/formats/format-decision-form";
import { FormatForm } from "@/components/formats/format-form";
import { Card } from "@/components/ui/card";
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
    <div className="space-y-6">
      <section className="space-y-3">
        <h3 className="font-semibold">Compare format options</h3>
        {live.length ? (
          <>
            {/* On a phone, each option is a card; from `sm` up, options stand side by side to compare. */}
            <ul className="space-y-3 sm:hidden" aria-label="Format options">
              {live.map((format) => (
                <li key={format.id}>
                  <Card className="p-3">
                    <h4 className="font-medium">{format.name}</h4>
                    <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-sm">
                      {compared.map(([label, value]) => (
                        <div key={label} className="contents">
                          <dt className="text-muted-foreground">{label}</dt>
                          <dd className="min-w-0 [overflow-wrap:anywhere]">{value(format)}</dd>
                        </div>
                      ))}
                    </dl>
                  </Card>
                </li>
              ))}
            </ul>
            <div className="overflow-x-auto max-sm:hidden">
              <table className="w-full text-left text-sm" data-testid="format-comparison">
                <thead>
                  <tr className="border-b border-border">
                    <th scope="col" className="py-2 pr-3">
                      <span className="sr-only">Compared</span>
                    </th>
                    {live.map((format) => (
                      <th key={format.id} scope="col" className="py-2 pr-3 font-medium">
                        {format.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {compared.map(([label, value]) => (
                    <tr key={label} className="border-b border-border align-top">
                      <th scope="row" className="py-2 pr-3 font-normal text-muted-foreground">
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
          </>
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
              <Card key={format.id} className="space-y-2 p-3">
                <FormatDecisionForm organizationSlug={slug} format={format} decision="current" />
                <FormatDecisionForm organizationSlug={slug} format={format} decision="reject" />
                <details>
                  <summary className="cursor-pointer text-sm text-muted-foreground">Edit “{format.name}”</summary>
                  <FormatForm rules={rules} organizationSlug={slug} dialogueId={dialogue.id} format={format} />
                </details>
              </Card>
            ))}
          <Card id="add-format" role="region" aria-label="Add a format option" className="p-4">
            <h3 className="mb-3 font-semibold">Add a format option</h3>
            <FormatForm rules={rules} organizationSlug={slug} dialogueId={dialogue.id} />
          </Card>
        </section>
      ) : null}
    </div>
  );
}
