import { SearchIcon } from "lucide-react";
import Link from "next/link";
import { InstitutionForm } from "@/components/interlocutors/institution-form";
import { InterlocutorForm } from "@/components/interlocutors/interlocutor-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { controlClass } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireMember } from "@/lib/auth/guard";
import { can } from "@/lib/authz";
import { fieldRules } from "@/lib/form-rules";
import { listInterlocutors } from "@/lib/interlocutors/data";
import { interlocutorFieldsSchema, interlocutorSearchSchema } from "@/lib/interlocutors/schema";
import { interlocutorCategoryLabels } from "@/lib/labels";

export const metadata = { title: "Interlocutors" };

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
  const { rows, total, pageCount } = await listInterlocutors(context, query);
  const edits = can(context.role, "record.edit");
  return (
    <div className="space-y-6">
      <section className="space-y-3" aria-labelledby="interlocutors-heading">
        <h2 id="interlocutors-heading" className="text-lg font-semibold">
          Interlocutors ({total})
        </h2>
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
        {rows.length ? (
          <Table aria-label="Interlocutors">
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Category</TableHead>
                <TableHead>Current post</TableHead>
                <TableHead>Nationality</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((person) => (
                <TableRow key={person.id} data-testid="interlocutor-row">
                  <TableCell>
                    <Link
                      href={`/o/${slug}/interlocutors/${person.id}`}
                      className="font-medium underline underline-offset-2"
                    >
                      {person.name}
                    </Link>
                    {person.originalName ? (
                      <span className="block text-xs text-muted-foreground">{person.originalName}</span>
                    ) : null}
                  </TableCell>
                  <TableCell label="Category">
                    <Badge tone="outline">{interlocutorCategoryLabels[person.category]}</Badge>
                  </TableCell>
                  <TableCell label="Current post">
                    {person.currentPost ? (
                      `${person.currentPost.title}, ${person.currentPost.institution.name}`
                    ) : (
                      <span className="text-muted-foreground">None recorded</span>
                    )}
                  </TableCell>
                  <TableCell label="Nationality">{person.nationality || "—"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
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
        <Pagination path={`/o/${slug}/interlocutors`} search={{ q: query.q }} page={query.page} pageCount={pageCount} />
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
