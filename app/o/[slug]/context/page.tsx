import { ContextEventForm } from "@/components/context/event-form";
import { LinkEventForm } from "@/components/context/link-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { RouteSheet } from "@/components/ui/route-sheet";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireMember } from "@/lib/auth/guard";
import { can } from "@/lib/authz";
import { contextEventKindLabels } from "@/lib/context/labels";
import { getContextEvent, listContextEvents, listCounterpartNames } from "@/lib/context/reads";
import { contextSearchSchema } from "@/lib/context/schema";
import { todayUtc } from "@/lib/readiness/score";

export const metadata = { title: "Context watch" };

/**
 * The organization's log of outside events (a new listing, a policy shift, borders reopening), and
 * the answers each one asks to re-check, across dialogues.
 */
export default async function ContextPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const context = await requireMember(slug);
  const query = contextSearchSchema.parse(await searchParams);
  const edits = can(context.role, "record.edit");
  const [{ rows, total, pageCount }, counterparts, event] = await Promise.all([
    listContextEvents(context, query.page),
    edits ? listCounterpartNames(context) : Promise.resolve([]),
    query.event ? getContextEvent(context, query.event) : Promise.resolve(null),
  ]);
  const base = `/o/${slug}/context`;
  return (
    <div className="space-y-6">
      <section className="space-y-3" aria-labelledby="context-heading">
        <h2 id="context-heading" className="text-lg font-semibold">
          Context watch ({total})
        </h2>
        <p className="max-w-3xl text-sm text-muted-foreground">
          The playing field changes while nobody is looking. Record what happens outside, and link it to the answers it
          may change: they show "Re-check", and count at lower confidence, until someone confirms or changes them.
        </p>
        {rows.length ? (
          <Table aria-label="Outside events">
            <TableHeader>
              <TableRow>
                <TableHead>Happened</TableHead>
                <TableHead>Kind</TableHead>
                <TableHead className="w-full">Event</TableHead>
                <TableHead>Counterparts</TableHead>
                <TableHead>Re-checks</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id} data-testid="context-event">
                  <TableCell label="Happened" className="whitespace-nowrap">
                    <DateTime value={row.occurredOn} dateOnly />
                  </TableCell>
                  <TableCell label="Kind">
                    <Badge tone="outline">{contextEventKindLabels[row.kind]}</Badge>
                  </TableCell>
                  <TableCell label="Event">
                    <Link
                      href={`${base}?event=${row.id}`}
                      scroll={false}
                      className="font-medium underline-offset-2 hover:underline"
                    >
                      {row.title}
                    </Link>
                    <span className="block text-xs text-muted-foreground">Source: {row.source}</span>
                  </TableCell>
                  <TableCell label="Counterparts">{row.counterparts.join(", ") || "All"}</TableCell>
                  <TableCell label="Re-checks" className="whitespace-nowrap tabular-nums">
                    {row.linked ? `${row.pending} pending of ${row.linked}` : "Not linked"}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <EmptyState message="No outside event recorded yet." />
        )}
        <Pagination path={base} search={{}} page={query.page} pageCount={pageCount} />
      </section>

      {edits ? (
        <Card>
          <CardHeader>
            <CardTitle>Record an event</CardTitle>
          </CardHeader>
          <CardContent>
            <ContextEventForm
              organizationSlug={slug}
              counterparts={counterparts}
              today={todayUtc().toISOString().slice(0, 10)}
            />
          </CardContent>
        </Card>
      ) : null}

      {event ? (
        <RouteSheet
          title={event.title}
          description={`${contextEventKindLabels[event.kind]} · source: ${event.source}`}
          closeHref={base}
        >
          <p className="text-sm">
            Happened on <DateTime value={event.occurredOn} dateOnly />
            {event.counterparts.length ? `; concerns ${event.counterparts.join(", ")}` : "; concerns every counterpart"}
            .
          </p>
          {event.note ? <p className="whitespace-pre-wrap text-sm">{event.note}</p> : null}
          <section className="space-y-2" aria-labelledby="linked-heading">
            <h3 id="linked-heading" className="font-medium">
              Answers it asks to re-check
            </h3>
            {event.links.length ? (
              <ul className="space-y-1 text-sm" data-testid="event-links">
                {event.links.map((link) => (
                  <li key={link.id}>
                    <Link
                      href={`/o/${slug}/dialogues/${link.item.dialogue.id}/readiness?item=${link.item.id}`}
                      className="underline underline-offset-2"
                    >
                      {link.item.dialogue.title}: {link.item.question}
                    </Link>{" "}
                    <span className="text-muted-foreground">
                      {link.clearedAt ? (
                        <>
                          (settled <DateTime value={link.clearedAt} dateOnly />)
                        </>
                      ) : (
                        "(re-check pending)"
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-muted-foreground">Not linked to any answer yet.</p>
            )}
          </section>
          {edits ? (
            <section className="space-y-2" aria-labelledby="link-heading">
              <h3 id="link-heading" className="font-medium">
                Link to checklist items
              </h3>
              {event.linkable.length ? (
                <LinkEventForm
                  organizationSlug={slug}
                  eventId={event.id}
                  dialogues={event.linkable}
                  linkedIds={event.links.filter((link) => !link.clearedAt).map((link) => link.item.id)}
                />
              ) : (
                <p className="text-sm text-muted-foreground">No dialogue with these counterparts.</p>
              )}
            </section>
          ) : null}
        </RouteSheet>
      ) : null}
    </div>
  );
}
