import Link from "next/link";
import { notFound } from "next/navigation";
import { AffiliationForm } from "@/components/interlocutors/affiliation-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireMember } from "@/lib/auth/guard";
import { can } from "@/lib/authz";
import { getInterlocutor, listInstitutions } from "@/lib/interlocutors/data";
import { confidenceLabels, interlocutorCategoryLabels } from "@/lib/labels";

export const metadata = { title: "Interlocutor" };

export default async function InterlocutorPage({
  params,
}: {
  params: Promise<{ slug: string; interlocutorId: string }>;
}) {
  const { slug, interlocutorId } = await params;
  const context = await requireMember(slug);
  const [person, institutions] = await Promise.all([
    getInterlocutor(context, interlocutorId),
    listInstitutions(context),
  ]);
  if (!person) notFound();
  const today = new Date();
  const isCurrent = (post: { startsOn: Date; endsOn: Date | null }) =>
    post.startsOn <= today && (post.endsOn === null || post.endsOn >= today);
  const facts = [
    ["Original script", person.originalName],
    ["Other spellings", person.alternateSpellings.join(", ")],
    ["Nationality", person.nationality],
    ["Languages", person.languages.join(", ")],
    ["Tags", person.tags.join(", ")],
  ].filter(([, value]) => value);
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
      <section className="space-y-2" aria-labelledby="posts-heading">
        <h3 id="posts-heading" className="font-semibold">
          Posts
        </h3>
        {person.affiliations.length ? (
          <Table aria-label="Posts, newest first">
            <TableHeader>
              <TableRow>
                <TableHead>Post</TableHead>
                <TableHead>From</TableHead>
                <TableHead>To</TableHead>
                <TableHead>Source</TableHead>
                <TableHead>Confidence</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {person.affiliations.map((post) => (
                <TableRow key={post.id} data-testid="post-row">
                  <TableCell>
                    <span className="font-medium">{post.title}</span>, {post.institution.name}
                    {isCurrent(post) ? (
                      <Badge tone="answered" className="ml-2">
                        Current
                      </Badge>
                    ) : null}
                  </TableCell>
                  <TableCell label="From">
                    <DateTime value={post.startsOn} dateOnly />
                  </TableCell>
                  <TableCell label="To">{post.endsOn ? <DateTime value={post.endsOn} dateOnly /> : "—"}</TableCell>
                  <TableCell label="Source">{post.source || "—"}</TableCell>
                  <TableCell label="Confidence">{confidenceLabels[post.confidence]}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <p className="text-sm text-muted-foreground">No post recorded yet.</p>
        )}
      </section>
      {can(context.role, "record.edit") ? (
        <Card role="region" aria-labelledby="add-post-heading">
          <CardHeader>
            <CardTitle id="add-post-heading">Add a post</CardTitle>
          </CardHeader>
          <CardContent>
            {institutions.length ? (
              <AffiliationForm
                organizationSlug={slug}
                interlocutorId={person.id}
                institutions={Object.fromEntries(
                  institutions.map((institution) => [
                    institution.id,
                    institution.country ? `${institution.name} (${institution.country})` : institution.name,
                  ]),
                )}
              />
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
    </div>
  );
}
