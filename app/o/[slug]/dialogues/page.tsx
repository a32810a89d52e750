import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ExportLink } from "@/components/ui/export-link";
import { controlClass } from "@/components/ui/field";
import { PlusIcon } from "@/components/ui/icons";
import { Link } from "@/components/ui/link";
import { Options } from "@/components/ui/options";
import { Pagination } from "@/components/ui/pagination";
import { requireMember } from "@/lib/auth/guard";
import { can } from "@/lib/authz";
import { listDialogues } from "@/lib/dialogues/reads";
import { dialogueListSchema } from "@/lib/dialogues/schema";
import { CONTROL_CHARACTERS_MESSAGE, hasControlCharacters } from "@/lib/form-values";
import { dialogueStatusLabels, trackLabels } from "@/lib/labels";
import { countLabel } from "@/lib/paging";

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
  const list = await listDialogues(context, query);
  const { rows } = list;
  return (
    <section className="space-y-4">
      <div className="flex items-center justify-between">
        <h2 className="text-lg font-semibold">Dialogues ({countLabel(list)})</h2>
        {can(context.role, "dialogue.manage") ? (
          <Button asChild size="sm">
            <Link href={`/o/${slug}/dialogues/new`}>
              <PlusIcon aria-hidden="true" />
              New dialogue
            </Link>
          </Button>
        ) : null}
      </div>
      <search>
        <form method="get" className="flex flex-wrap items-end gap-3 text-sm max-sm:[&>label]:w-full">
          <label className="space-y-1">
            <span className="block font-medium">Search</span>
            <input
              name="q"
              defaultValue={query.q}
              placeholder="Title or counterpart"
              aria-invalid={searchError ? true : undefined}
              aria-describedby={searchError ? "search-error" : undefined}
              className={controlClass}
            />
            {searchError ? (
              <span id="search-error" className="block text-destructive">
                {searchError}
              </span>
            ) : null}
          </label>
          <label className="space-y-1">
            <span className="block font-medium">Status</span>
            <select name="status" defaultValue={query.status ?? ""} className={controlClass}>
              <Options labels={dialogueStatusLabels} empty="Any" />
            </select>
          </label>
          <label className="space-y-1">
            <span className="block font-medium">Sort by</span>
            <select name="sort" defaultValue={query.sort} className={controlClass}>
              <Options labels={{ updated: "Last changed", title: "Title", status: "Status" }} />
            </select>
          </label>
          <Button variant="secondary">Apply</Button>
        </form>
      </search>
      {rows.length ? (
        <ul className="divide-y divide-border rounded-lg border border-border bg-card">
          {rows.map((dialogue) => (
            <li
              key={dialogue.id}
              className="flex flex-wrap items-center justify-between gap-3 p-3"
              data-testid="dialogue-row"
            >
              <div>
                <Link href={`/o/${slug}/dialogues/${dialogue.id}`} className="font-medium underline">
                  {dialogue.title}
                </Link>
                <p className="text-sm text-muted-foreground">
                  {dialogue.counterpart} · {trackLabels[dialogue.track]}
                  {dialogue.restricted ? " · restricted to its team" : ""}
                </p>
              </div>
              <Badge>{dialogueStatusLabels[dialogue.status]}</Badge>
            </li>
          ))}
        </ul>
      ) : query.q || query.status ? (
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
      )}
      <Pagination
        path={`/o/${slug}/dialogues`}
        search={{ q: query.q, status: query.status, sort: query.sort }}
        page={query.page}
        pageCount={list.pageCount}
        hasNext={list.hasNext}
      />
      <ExportLink
        path={`/o/${slug}/dialogues/export`}
        search={{ q: query.q, status: query.status, sort: query.sort }}
        what="these dialogues"
      />
    </section>
  );
}
