import { notFound, redirect } from "next/navigation";
import { AffiliationForm } from "@/components/interlocutors/affiliation-form";
import { ChangeForm } from "@/components/interlocutors/change-form";
import { EditDetails, EraseDetails, MergeDetails } from "@/components/interlocutors/deferred-forms";
import { Timeline } from "@/components/interlocutors/timeline";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { controlClass } from "@/components/ui/field";
import { Link } from "@/components/ui/link";
import { requireMember } from "@/lib/auth/guard";
import { can } from "@/lib/authz";
import { fieldRules } from "@/lib/form-rules";
import { toDate } from "@/lib/form-values";
import { hasInstitutions } from "@/lib/institutions/reads";
import { interlocutorCategoryLabels } from "@/lib/interlocutors/labels";
import { getInterlocutor, getInterlocutorRedirect } from "@/lib/interlocutors/reads";
import { interlocutorFieldsSchema } from "@/lib/interlocutors/schema";
import { postAsOf } from "@/lib/participants/continuity";
import { participantsQuerySchema } from "@/lib/participants/schema";
import { formatDay } from "@/lib/time";

export const metadata = { title: "Interlocutor" };

export default async function InterlocutorPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; interlocutorId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, interlocutorId } = await params;
  const { asOf } = participantsQuerySchema.parse(await searchParams);
  const context = await requireMember(slug);
  const [person, anyInstitution] = await Promise.all([
    getInterlocutor(context, interlocutorId),
    hasInstitutions(context),
  ]);
  if (!person) {
    // A merged-away record's links lead to the person it was merged into.
    const mergedInto = await getInterlocutorRedirect(context, interlocutorId);
    if (mergedInto) redirect(`/o/${slug}/interlocutors/${mergedInto}`);
    notFound();
  }
  const facts = [
    ["Original script", person.originalName],
    ["Other spellings", person.alternateSpellings.join(", ")],
    ["Nationality", person.nationality],
    ["Languages", person.languages.join(", ")],
    ["Tags", person.tags.join(", ")],
    ["Lawful basis", person.lawfulBasis],
    ["Review by", person.reviewBy ? formatDay(person.reviewBy) : ""],
  ].filter(([, value]) => value);
  // An erased person's record is a placeholder: nothing more is written to it.
  const editable = can(context.role, "record.edit") && !person.erasedAt;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <p className="text-sm">
          <Link href={`/o/${slug}/interlocutors`} className="underline underline-offset-2">
            ← All interlocutors
          </Link>
        </p>
        <h2 className="flex flex-wrap items-center gap-2 text-xl font-semibold">
          {person.name}
          <Badge tone="outline">{interlocutorCategoryLabels[person.category]}</Badge>
        </h2>
        {person.erasedAt ? (
          <p className="text-sm" data-testid="erasure">
            This person’s data was erased on <DateTime value={person.erasedAt} dateOnly />
            {person.erasedBy ? ` by ${person.erasedBy.name}` : ""}: {person.erasureReason}. Their participations are
            kept, unnamed, so that rosters and continuity still count them.
          </p>
        ) : can(context.role, "personal-data.manage") ? (
          <p className="text-sm print:hidden">
            <a
              href={`/o/${slug}/interlocutors/${person.id}/personal-data`}
              download
              className="underline underline-offset-2"
            >
              Export everything held on {person.name} (JSON)
            </a>
          </p>
        ) : null}
      </div>
      {facts.length || person.notes ? (
        <Card className="p-4">
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-muted-foreground">{label}</dt>
                <dd className="[overflow-wrap:anywhere]">{value}</dd>
              </div>
            ))}
          </dl>
          {person.notes ? <p className="mt-3 whitespace-pre-wrap text-sm">{person.notes}</p> : null}
        </Card>
      ) : null}
      <section className="space-y-2" aria-labelledby="as-of-heading">
        <h3 id="as-of-heading" className="sr-only">
          Post on a given day
        </h3>
        <form method="get" className="flex flex-wrap items-end gap-2 text-sm">
          <div className="space-y-1">
            <label htmlFor="person-as-of" className="block font-medium">
              Post on
            </label>
            <input id="person-as-of" name="asOf" type="date" defaultValue={asOf} className={controlClass} />
          </div>
          <Button type="submit" variant="secondary">
            Show
          </Button>
          {asOf ? (
            <p className="self-center" data-testid="post-as-of">
              On <DateTime value={toDate(asOf) as Date} dateOnly />: {(() => {
                const held = postAsOf(person.affiliations, toDate(asOf) as Date);
                return held ? (
                  <strong>
                    {held.title}, {held.institution.name}
                  </strong>
                ) : (
                  "no post recorded"
                );
              })()}
            </p>
          ) : null}
        </form>
      </section>
      <Timeline slug={slug} person={person} />
      {editable ? (
        <Card role="region" aria-labelledby="add-post-heading">
          <CardHeader>
            <CardTitle id="add-post-heading">Add a post</CardTitle>
          </CardHeader>
          <CardContent>
            {anyInstitution ? (
              <AffiliationForm organizationSlug={slug} interlocutorId={person.id} />
            ) : (
              <p className="text-sm">
                Posts are held in institutions: first{" "}
                <Link href={`/o/${slug}/interlocutors#add-institution-heading`} className="underline">
                  add an institution
                </Link>
                .
              </p>
            )}
          </CardContent>
        </Card>
      ) : null}
      {editable ? (
        <Card className="p-4">
          <EditDetails
            organizationSlug={slug}
            rules={fieldRules(interlocutorFieldsSchema)}
            interlocutor={{
              ...person,
              reviewBy: person.reviewBy ? person.reviewBy.toISOString().slice(0, 10) : "",
            }}
          />
        </Card>
      ) : null}
      {editable ? (
        <Card className="p-4">
          <MergeDetails
            organizationSlug={slug}
            interlocutorId={person.id}
            version={person.version}
            name={person.name}
          />
        </Card>
      ) : null}
      {editable && anyInstitution ? (
        <Card role="region" aria-labelledby="log-change-heading">
          <CardHeader>
            <CardTitle id="log-change-heading">Log a change</CardTitle>
          </CardHeader>
          <CardContent>
            <ChangeForm organizationSlug={slug} interlocutorId={person.id} />
          </CardContent>
        </Card>
      ) : null}
      {can(context.role, "personal-data.manage") && !person.erasedAt ? (
        <Card className="p-4">
          <EraseDetails organizationSlug={slug} interlocutorId={person.id} />
        </Card>
      ) : null}
    </div>
  );
}
