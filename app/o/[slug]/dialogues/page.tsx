import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Options } from "@/components/ui/options";
import { Pagination } from "@/components/ui/pagination";
import { requireMember } from "@/lib/auth/guard";
import { can } from "@/lib/authz";
import { listDialogues } from "@/lib/dialogues/reads";
import { dialogueListSchema } from "@/lib/dialogues/schema";
import { CONTROL_CHARACTERS_MESSAGE, hasControlCharacters } from "@/lib/form-values";
import { dialogueStatusLabels, trackLabels } from "@/lib/labels";

export const metadata = { title: "Dialogues" };

export default async function DialoguesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const context = await requireMember(slug);
  const search = await searchParams;
  const query = dialogueListSchema.parse(search);
  // The schema drops a search it refuses; the person is told why beside the field.
  const searchError =
    typeof search.q === "string" && hasControlCharacters(search.q) ? CONTROL_CHARACTERS_MESSAGE : null;
  const { rows, total, pageCount } = await listDialogues(context, query);
  return (
    <section className="space-y-4">
      <div className="flex items-center justify-between">
        <h2 className="text-lg font-semibold">Dialogues ({total})</h2>
        {can(context.role, "dialogue.manage") ? (
          <Link href={`/o/${slug}/dialogues/new`} className="rounded-md bg-slate-900 px-3 py-2 text-sm text-white">
            New dialogue
          </Link>
        ) : null}
      </div>
      <search>
        <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
          <label className="space-y-1">
            <span className="block">Search</span>
            <input
              name="q"
              defaultValue={query.q}
              placeholder="Title or counterpart"
              aria-invalid={searchError ? true : undefined}
              aria-describedby={searchError ? "search-error" : undefined}
              className="rounded border border-slate-300 px-2 py-1 aria-invalid:border-red-600"
            />
            {searchError ? (
              <span id="search-error" className="block text-red-700">
                {searchError}
              </span>
            ) : null}
          </label>
          <label className="space-y-1">
            <span className="block">Status</span>
            <select
              name="status"
              defaultValue={query.status ?? ""}
              className="rounded border border-slate-300 bg-white px-2 py-1"
            >
              <Options labels={dialogueStatusLabels} empty="Any" />
            </select>
          </label>
          <label className="space-y-1">
            <span className="block">Sort by</span>
            <select
              name="sort"
              defaultValue={query.sort}
              className="rounded border border-slate-300 bg-white px-2 py-1"
            >
              <Options labels={{ updated: "Last changed", title: "Title", status: "Status" }} />
            </select>
          </label>
          <button type="submit" className="rounded-md bg-slate-900 px-3 py-1.5 text-white">
            Apply
          </button>
        </form>
      </search>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {rows.map((dialogue) => (
          <li key={dialogue.id} className="flex items-center justify-between gap-3 p-3" data-testid="dialogue-row">
            <div>
              <Link href={`/o/${slug}/dialogues/${dialogue.id}`} className="font-medium underline">
                {dialogue.title}
              </Link>
              <p className="text-sm text-slate-600">
                {dialogue.counterpart} · {trackLabels[dialogue.track]}
                {dialogue.restricted ? " · restricted" : ""}
              </p>
            </div>
            <span className="text-sm">{dialogueStatusLabels[dialogue.status]}</span>
          </li>
        ))}
      </ul>
      {rows.length === 0 ? (
        query.q || query.status ? (
          <EmptyState
            message="No dialogues match."
            action={{ href: `/o/${slug}/dialogues`, label: "Clear the search" }}
          />
        ) : (
          <EmptyState
            message="No dialogues yet."
            action={
              can(context.role, "dialogue.manage") ? { href: `/o/${slug}/dialogues/new`, label: "New dialogue" } : null
            }
          />
        )
      ) : null}
      <Pagination
        path={`/o/${slug}/dialogues`}
        search={{ q: query.q, status: query.status, sort: query.sort }}
        page={query.page}
        pageCount={pageCount}
      />
    </section>
  );
}
