import { Suspense } from "react";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { controlClass } from "@/components/ui/field";
import { Link } from "@/components/ui/link";
import { ListSkeleton } from "@/components/ui/list-skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { auditFilter, auditSearchSchema, listAuditEntities, listAuditEvents } from "@/lib/audit";
import { requireMember } from "@/lib/auth/guard";
import type { MemberContext } from "@/lib/auth/member";
import { listMembers } from "@/lib/members/data";

export const metadata = { title: "Audit trail" };

type Search = Record<string, string | string[] | undefined>;

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Search>;
}) {
  const { slug } = await params;
  const context = await requireMember(slug, "audit.read");
  const search = auditSearchSchema.parse(await searchParams);
  // The permission is settled (or "not found" sent) before anything streams; the trail follows the frame.
  return (
    <Suspense fallback={<ListSkeleton />}>
      <AuditTrail context={context} slug={slug} search={search} />
    </Suspense>
  );
}

async function AuditTrail({
  context,
  slug,
  search,
}: {
  context: MemberContext;
  slug: string;
  search: z.infer<typeof auditSearchSchema>;
}) {
  const filter = auditFilter(search);
  const [{ events, nextCursor }, members, entities] = await Promise.all([
    listAuditEvents(context, filter),
    listMembers(context),
    listAuditEntities(context),
  ]);
  const older = new URLSearchParams(
    Object.entries({ ...search, cursor: nextCursor }).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
  return (
    <div className="space-y-4">
      <h2 className="text-lg font-semibold">Audit trail</h2>
      <form className="flex flex-wrap items-end gap-3 text-sm max-sm:[&>label]:w-full" method="get">
        <label className="space-y-1">
          <span className="block font-medium">Member</span>
          <select name="actor" defaultValue={filter.actorId ?? ""} className={controlClass}>
            <option value="">Anyone</option>
            {members.map((member) => (
              <option key={member.user.id} value={member.user.id}>
                {member.user.name}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block font-medium">Entity</span>
          <select name="entity" defaultValue={filter.entity ?? ""} className={controlClass}>
            <option value="">Any</option>
            {entities.map((entity) => (
              <option key={entity}>{entity}</option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block font-medium">From</span>
          <input type="date" name="from" defaultValue={search.from} className={controlClass} />
        </label>
        <label className="space-y-1">
          <span className="block font-medium">To</span>
          <input type="date" name="to" defaultValue={search.to} className={controlClass} />
        </label>
        <Button variant="secondary">Filter</Button>
      </form>
      <Table aria-label="Audit events">
        <TableHeader>
          <TableRow>
            <TableHead>When</TableHead>
            <TableHead>Who</TableHead>
            <TableHead>What</TableHead>
            <TableHead>Change</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {events.map((event) => (
            <TableRow key={event.id} data-testid="audit-row">
              <TableCell label="When" className="whitespace-nowrap">
                <DateTime value={event.createdAt} />
              </TableCell>
              <TableCell label="Who">{event.actor?.name ?? "—"}</TableCell>
              <TableCell label="What">
                <div className="min-w-0">
                  {event.action}
                  <span className="block text-xs text-muted-foreground [overflow-wrap:anywhere]">
                    {event.entity} {event.entityId}
                  </span>
                </div>
              </TableCell>
              <TableCell label="Change" className="max-sm:block">
                <details className="min-w-0">
                  <summary className="cursor-pointer text-muted-foreground">before / after</summary>
                  <pre className="max-w-xl overflow-x-auto text-xs">
                    {JSON.stringify({ before: event.before, after: event.after }, null, 2)}
                  </pre>
                </details>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {events.length === 0 ? <p className="text-sm text-muted-foreground">No events match.</p> : null}
      {nextCursor ? (
        <Link href={`/o/${slug}/audit?${older}`} className="text-sm underline">
          Older events
        </Link>
      ) : null}
    </div>
  );
}
