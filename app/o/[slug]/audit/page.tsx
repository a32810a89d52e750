import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { auditFilter, auditSearchSchema, listAuditEntities, listAuditEvents } from "@/lib/audit";
import { requireMember } from "@/lib/auth/guard";
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
      <form className="flex flex-wrap items-end gap-3 text-sm" method="get">
        <label className="space-y-1">
          <span className="block">Member</span>
          <select
            name="actor"
            defaultValue={filter.actorId ?? ""}
            className="rounded border border-slate-300 bg-white px-2 py-1"
          >
            <option value="">Anyone</option>
            {members.map((member) => (
              <option key={member.user.id} value={member.user.id}>
                {member.user.name}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block">Entity</span>
          <select
            name="entity"
            defaultValue={filter.entity ?? ""}
            className="rounded border border-slate-300 bg-white px-2 py-1"
          >
            <option value="">Any</option>
            {entities.map((entity) => (
              <option key={entity}>{entity}</option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block">From</span>
          <input
            type="date"
            name="from"
            defaultValue={search.from}
            className="rounded border border-slate-300 px-2 py-1"
          />
        </label>
        <label className="space-y-1">
          <span className="block">To</span>
          <input type="date" name="to" defaultValue={search.to} className="rounded border border-slate-300 px-2 py-1" />
        </label>
        <button type="submit" className="rounded-md bg-slate-900 px-3 py-1.5 text-white">
          Filter
        </button>
      </form>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-slate-200">
            <th className="py-2 pr-3 font-medium">When</th>
            <th className="py-2 pr-3 font-medium">Who</th>
            <th className="py-2 pr-3 font-medium">What</th>
            <th className="py-2 font-medium">Change</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="border-b border-slate-100 align-top" data-testid="audit-row">
              <td className="py-2 pr-3 whitespace-nowrap">
                <DateTime value={event.createdAt} />
              </td>
              <td className="py-2 pr-3">{event.actor?.name ?? "—"}</td>
              <td className="py-2 pr-3">
                {event.action}
                <span className="block text-xs text-slate-500">
                  {event.entity} {event.entityId}
                </span>
              </td>
              <td className="py-2">
                <details>
                  <summary className="cursor-pointer text-slate-600">before / after</summary>
                  <pre className="max-w-xl overflow-x-auto text-xs">
                    {JSON.stringify({ before: event.before, after: event.after }, null, 2)}
                  </pre>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {events.length === 0 ? <p className="text-sm text-slate-600">No events match.</p> : null}
      {nextCursor ? (
        <Link href={`/o/${slug}/audit?${older}`} className="text-sm underline">
          Older events
        </Link>
      ) : null}
    </div>
  );
}
