import { ConditionForm } from "@/components/conditions/condition-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { RouteSheet } from "@/components/ui/route-sheet";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/authz";
import { conditionStatusLabels } from "@/lib/conditions/labels";
import { listConditions, notMet } from "@/lib/conditions/reads";
import { conditionsSearchSchema } from "@/lib/conditions/schema";
import { requireDialogue } from "@/lib/dialogues/page-context";
import { listFormats } from "@/lib/formats/data";
import { participantSideLabels } from "@/lib/participants/labels";
import { todayUtc } from "@/lib/readiness/score";
import { listSessions } from "@/lib/sessions/data";
import { formatDay } from "@/lib/time";

export const metadata = { title: "Conditions" };

const tones = { STATED: "progress", MET: "answered", UNMET: "blocked", WITHDRAWN: "na" } as const;
const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The conditions and prerequisites either side has stated ("no media", "a venue in a neutral
 * country"), dated and sourced, with the format options and sessions each bears on. A gate
 * condition keeps the dialogue "Not ready" until it is met.
 */
export default async function ConditionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; dialogueId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, dialogueId } = await params;
  const query = conditionsSearchSchema.parse(await searchParams);
  const { context, dialogue } = await requireDialogue(slug, dialogueId);
  const [conditions, formats, sessions] = await Promise.all([
    listConditions(context, dialogue.id),
    listFormats(context, dialogue.id),
    listSessions(context, dialogue.id),
  ]);
  const edits = can(context.role, "record.edit");
  const base = `/o/${slug}/dialogues/${dialogue.id}/conditions`;
  const today = day(todayUtc());
  const formatChoices = Object.fromEntries(formats.map((format) => [format.id, format.name]));
  const sessionChoices = Object.fromEntries(sessions.map((session) => [session.id, session.title]));
  const open = conditions.find((condition) => condition.id === query.condition);
  return (
    <div className="space-y-6">
      <section className="space-y-3" aria-labelledby="conditions-heading">
        <h3 id="conditions-heading" className="text-lg font-semibold">
          Conditions ({conditions.length})
        </h3>
        {conditions.length ? (
          <Table aria-label="Conditions">
            <TableHeader>
              <TableRow>
                <TableHead className="w-full">Condition</TableHead>
                <TableHead>Stated by</TableHead>
                <TableHead>Stated</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Bears on</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {conditions.map((condition) => (
                <TableRow key={condition.id} data-testid="condition">
                  <TableCell>
                    <Link
                      href={`${base}?condition=${condition.id}`}
                      scroll={false}
                      className="font-medium underline-offset-2 hover:underline"
                    >
                      {condition.text}
                    </Link>
                    {condition.gate ? (
                      <Badge tone="outline" className="ml-1.5">
                        Gate
                      </Badge>
                    ) : null}
                    <span className="block text-xs text-muted-foreground">Source: {condition.source}</span>
                  </TableCell>
                  <TableCell label="Stated by" className="whitespace-nowrap">
                    {participantSideLabels[condition.side]}
                  </TableCell>
                  <TableCell label="Stated" className="whitespace-nowrap">
                    <DateTime value={condition.statedOn} dateOnly />
                  </TableCell>
                  <TableCell label="Status">
                    <Badge tone={tones[condition.status]}>
                      {conditionStatusLabels[condition.status]}
                      {notMet(condition.status) && condition.gate ? " · open gate" : ""}
                    </Badge>
                  </TableCell>
                  <TableCell label="Bears on">
                    {[
                      ...condition.formats.map((link) => link.format.name),
                      ...condition.sessions.map((link) => link.session.title),
                    ].join(", ") || "—"}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <EmptyState message="No condition stated yet: record what either side has made a prerequisite." />
        )}
      </section>
      {edits ? (
        <Card>
          <CardHeader>
            <CardTitle>Add a condition</CardTitle>
          </CardHeader>
          <CardContent>
            <ConditionForm
              organizationSlug={slug}
              dialogueId={dialogue.id}
              formats={formatChoices}
              sessions={sessionChoices}
              today={today}
            />
          </CardContent>
        </Card>
      ) : null}
      {open ? (
        <RouteSheet
          title={open.text}
          description={`Stated by ${participantSideLabels[open.side].toLowerCase()} on ${formatDay(open.statedOn)}; source: ${open.source}`}
          closeHref={base}
        >
          {edits ? (
            <ConditionForm
              organizationSlug={slug}
              dialogueId={dialogue.id}
              formats={formatChoices}
              sessions={sessionChoices}
              today={today}
              condition={{
                ...open,
                statedOn: day(open.statedOn),
                formatIds: open.formats.map((link) => link.formatId),
                sessionIds: open.sessions.map((link) => link.sessionId),
              }}
            />
          ) : (
            <p className="text-sm">
              {conditionStatusLabels[open.status]}
              {open.gate ? " · a gate" : ""}
            </p>
          )}
        </RouteSheet>
      ) : null}
    </div>
  );
}
