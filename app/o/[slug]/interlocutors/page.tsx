import { Suspense } from "react";
import type { z } from "zod";
import { DialoguePicker } from "@/components/dialogues/dialogue-picker";
import { InstitutionForm } from "@/components/interlocutors/institution-form";
import { InstitutionPicker } from "@/components/interlocutors/institution-picker";
import { InterlocutorForm } from "@/components/interlocutors/interlocutor-form";
import {
  type ChangeRow,
  InterlocutorTable,
  type PersonRow,
  RecentChangeList,
} from "@/components/interlocutors/interlocutor-lists";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { EmptyState } from "@/components/ui/empty-state";
import { ExportLink } from "@/components/ui/export-link";
import { controlClass } from "@/components/ui/field";
import { FileUpIcon, SearchIcon } from "@/components/ui/icons";
import { Link } from "@/components/ui/link";
import { ListSkeleton } from "@/components/ui/list-skeleton";
import { Pagination } from "@/components/ui/pagination";
import { requireMember } from "@/lib/auth/guard";
import type { MemberContext } from "@/lib/auth/member";
import { can } from "@/lib/authz";
import { getDialogueChoice } from "@/lib/dialogues/reads";
import { fieldRules } from "@/lib/form-rules";
import { getInstitution } from "@/lib/institutions/reads";
import { listRecentChanges } from "@/lib/interlocutors/change-reads";
import { changeKindLabels, interlocutorCategoryLabels } from "@/lib/interlocutors/labels";
import { listReviewsDue } from "@/lib/interlocutors/personal-data";
import { listInterlocutors } from "@/lib/interlocutors/reads";
import { interlocutorFieldsSchema, interlocutorSearchSchema } from "@/lib/interlocutors/schema";
import { confidenceLabels } from "@/lib/labels";
import { countLabel } from "@/lib/paging";

export const metadata = { title: "Interlocutors" };

type Listed = Awaited<ReturnType<typeof listInterlocutors>>["rows"][number];
type Change = Awaited<ReturnType<typeof listRecentChanges>>[number];
const post = (affiliation: { title: string; institution: { name: string } } | null) =>
  affiliation ? `${affiliation.title}, ${affiliation.institution.name}` : null;

/** What each list shows of a row, and no more: the rest stays on the server. */
const personRow = (person: Listed): PersonRow => ({
  id: person.id,
  name: person.name,
  originalName: person.originalName,
  category: interlocutorCategoryLabels[person.category],
  post: post(person.currentPost),
  nationality: person.nationality,
});

const changeRow = (change: Change): ChangeRow => ({
  id: change.id,
  occurredOn: change.occurredOn,
  personId: change.interlocutor.id,
  personName: change.interlocutor.name,
  kind: changeKindLabels[change.kind],
  successor: change.successor?.name ?? null,
  left: post(change.closedAffiliation),
  now: change.successor ? null : post(change.openedAffiliation),
  source: change.source,
  confidence: confidenceLabels[change.confidence],
});

export default async function InterlocutorsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const context = await requireMember(slug);
  const query = interlocutorSearchSchema.parse(await searchParams);
  // The membership is settled (or "not found" sent) before anything streams; the lists follow the frame.
  return (
    <Suspense fallback={<ListSkeleton />}>
      <Interlocutors context={context} slug={slug} query={query} />
    </Suspense>
  );
}

async function Interlocutors({
  context,
  slug,
  query,
}: {
  context: MemberContext;
  slug: string;
  query: z.infer<typeof interlocutorSearchSchema>;
}) {
  const [list, changes, institution, dialogue, due] = await Promise.all([
    listInterlocutors(context, query),
    listRecentChanges(context, { institutionId: query.institution, dialogueId: query.dialogue }),
    getInstitution(context, query.institution),
    getDialogueChoice(context, query.dialogue),
    listReviewsDue(context),
  ]);
  const edits = can(context.role, "record.edit");
  return (
    <div className="space-y-6">
      <section className="space-y-3" aria-labelledby="interlocutors-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="interlocutors-heading" className="text-lg font-semibold">
            Interlocutors ({countLabel(list)})
          </h2>
          <div className="flex flex-wrap items-center gap-2">
            {edits ? (
              <Button asChild variant="secondary" size="sm">
                <Link href={`/o/${slug}/interlocutors/import`}>
                  <FileUpIcon aria-hidden="true" />
                  Import CSV
                </Link>
              </Button>
            ) : null}
            <ExportLink path={`/o/${slug}/interlocutors/export`} search={{ q: query.q }} what="these interlocutors" />
          </div>
        </div>
        <search>
          <form method="get" className="flex max-w-xl items-end gap-2 text-sm">
            <label className="flex-1 space-y-1">
              <span className="block font-medium">Find by any spelling</span>
              <input
                name="q"
                type="search"
                defaultValue={query.q}
                placeholder="Lee, Rhee, Ri or 리…"
                className={controlClass}
              />
            </label>
            <Button variant="secondary">
              <SearchIcon aria-hidden="true" />
              Search
            </Button>
          </form>
        </search>
        {list.rows.length ? (
          <InterlocutorTable slug={slug} rows={list.rows.map(personRow)} />
        ) : query.q ? (
          <EmptyState
            message="Nobody matches that spelling."
            action={{ href: `/o/${slug}/interlocutors`, label: "Clear the search" }}
          />
        ) : (
          <EmptyState
            message="No interlocutors yet: add the people your dialogues deal with."
            action={edits ? { href: "#add-interlocutor", label: "Add an interlocutor" } : null}
          />
        )}
        <Pagination
          path={`/o/${slug}/interlocutors`}
          search={{ q: query.q, institution: query.institution, dialogue: query.dialogue }}
          page={query.page}
          pageCount={list.pageCount}
          hasNext={list.hasNext}
        />
      </section>
      {due.total ? (
        <section className="space-y-2" aria-labelledby="reviews-due-heading" data-testid="reviews-due">
          <h2 id="reviews-due-heading" className="text-lg font-semibold">
            Personal-data reviews overdue ({countLabel(due)})
          </h2>
          <p className="text-sm text-muted-foreground">
            Records past their review date: keep them (with a new date), correct them, or have an owner erase them.
          </p>
          <ul className="space-y-1 text-sm">
            {due.rows.map((person) => (
              <li key={person.id}>
                <Link
                  href={`/o/${slug}/interlocutors/${person.id}`}
                  className="font-medium underline underline-offset-2"
                >
                  {person.name}
                </Link>{" "}
                <span className="text-muted-foreground">
                  · due {person.reviewBy ? <DateTime value={person.reviewBy} dateOnly /> : "—"}
                  {person.lawfulBasis ? ` · ${person.lawfulBasis}` : " · no lawful basis recorded"}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="space-y-3" aria-labelledby="changes-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="changes-heading" className="text-lg font-semibold">
            Recent changes
          </h2>
          <ExportLink
            path={`/o/${slug}/interlocutors/changes/export`}
            search={{ dialogue: query.dialogue, institution: query.institution }}
            what="the change log"
          />
        </div>
        <form method="get" className="flex max-w-2xl flex-wrap items-end gap-2 text-sm">
          {query.q ? <input type="hidden" name="q" value={query.q} /> : null}
          <div className="min-w-48 flex-1">
            <DialoguePicker
              organizationSlug={slug}
              label="In dialogue"
              name="dialogue"
              idPrefix="changes-filter"
              initial={dialogue}
            />
          </div>
          <div className="min-w-48 flex-1">
            <InstitutionPicker
              organizationSlug={slug}
              label="At institution"
              name="institution"
              idPrefix="changes-filter"
              initial={institution ? { id: institution.id, name: institution.name, detail: institution.country } : null}
            />
          </div>
          <Button variant="secondary">Filter</Button>
        </form>
        {changes.length ? (
          <RecentChangeList slug={slug} rows={changes.map(changeRow)} />
        ) : (
          <p className="text-sm text-muted-foreground">
            No change logged{query.institution || query.dialogue ? " for this filter" : ""} yet.
          </p>
        )}
      </section>
      {edits ? (
        <>
          <Card id="add-interlocutor" role="region" aria-labelledby="add-interlocutor-heading">
            <CardHeader>
              <CardTitle as="h2" id="add-interlocutor-heading">
                Add an interlocutor
              </CardTitle>
            </CardHeader>
            <CardContent>
              <InterlocutorForm organizationSlug={slug} rules={fieldRules(interlocutorFieldsSchema)} />
            </CardContent>
          </Card>
          <Card role="region" aria-labelledby="add-institution-heading">
            <CardHeader>
              <CardTitle as="h2" id="add-institution-heading">
                Add an institution
              </CardTitle>
            </CardHeader>
            <CardContent>
              <InstitutionForm organizationSlug={slug} />
            </CardContent>
          </Card>
        </>
      ) : null}
    </div>
  );
}
