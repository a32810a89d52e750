import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireMember } from "@/lib/auth/guard";
import { can } from "@/lib/authz";
import { getDashboard } from "@/lib/dialogues/dashboard";
import { dashboardSearchSchema } from "@/lib/dialogues/schema";
import { dialogueStatusLabels } from "@/lib/labels";

export default async function DashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const context = await requireMember(slug);
  const { page } = dashboardSearchSchema.parse(await searchParams);
  const { rows, total, pageCount } = await getDashboard(context, page);
  return (
    <section className="space-y-3">
      <div className="flex items-baseline justify-between">
        <h2 className="text-lg font-semibold">
          Readiness across {total} dialogue{total === 1 ? "" : "s"}
        </h2>
        <Link href={`/o/${slug}/dialogues`} className="text-sm underline">
          All dialogues
        </Link>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-200">
              <th className="py-2 pr-3 font-medium">Dialogue</th>
              <th className="py-2 pr-3 font-medium">Status</th>
              <th className="py-2 pr-3 font-medium">Readiness</th>
              <th className="py-2 pr-3 font-medium">Blocking</th>
              <th className="py-2 pr-3 font-medium">Overdue</th>
              <th className="py-2 font-medium">Next session</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-100 align-top" data-testid="dashboard-row">
                <td className="py-2 pr-3">
                  <Link href={`/o/${slug}/dialogues/${row.id}/readiness`} className="underline">
                    {row.title}
                  </Link>
                  <span className="block text-xs text-slate-500">{row.counterpart}</span>
                </td>
                <td className="py-2 pr-3">{dialogueStatusLabels[row.status]}</td>
                <td className="py-2 pr-3">
                  {row.readiness.score}/100
                  {row.readiness.drags[0] ? (
                    <span className="block text-xs text-slate-500">
                      held down by: {row.readiness.drags[0].question}
                    </span>
                  ) : null}
                </td>
                <td className="py-2 pr-3" title={row.blocking.map((item) => item.question).join("\n")}>
                  {row.blocking.length}
                </td>
                <td className="py-2 pr-3" title={row.overdue.map((item) => item.question).join("\n")}>
                  {row.overdue.length}
                </td>
                <td className="py-2">
                  {row.nextSession ? (
                    <>
                      {row.nextSession.title}, <DateTime value={row.nextSession.startsAt} />
                    </>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 ? (
        <EmptyState
          message="No dialogues yet."
          action={
            can(context.role, "dialogue.manage") ? { href: `/o/${slug}/dialogues/new`, label: "New dialogue" } : null
          }
        />
      ) : null}
      <Pagination path={`/o/${slug}`} search={{}} page={page} pageCount={pageCount} />
    </section>
  );
}
