import { PriorityGrid } from "@/components/themes/priority-grid";
import { ThemeForm } from "@/components/themes/theme-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { RouteSheet } from "@/components/ui/route-sheet";
import { can } from "@/lib/authz";
import { requireDialogue } from "@/lib/dialogues/page-context";
import { fieldRules } from "@/lib/form-rules";
import { themeStatusLabels } from "@/lib/labels";
import { listThemes } from "@/lib/themes/data";
import { themeFieldsSchema, themesSearchSchema } from "@/lib/themes/schema";

export default async function ThemesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; dialogueId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, dialogueId } = await params;
  const { theme: themeId } = themesSearchSchema.parse(await searchParams);
  const { context, dialogue } = await requireDialogue(slug, dialogueId);
  const rules = fieldRules(themeFieldsSchema);
  const themes = await listThemes(context, dialogue.id);
  const edits = can(context.role, "record.edit");
  const base = `/o/${slug}/dialogues/${dialogue.id}/themes`;
  const themeHref = (id: string) => `${base}?theme=${id}`;
  const open = themes.find((theme) => theme.id === themeId);
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle>Which themes, and whose priority?</CardTitle>
        </CardHeader>
        <CardContent>
          <PriorityGrid themes={themes.filter((theme) => theme.status !== "DROPPED")} themeHref={themeHref} />
        </CardContent>
      </Card>
      <section className="space-y-2" aria-labelledby="themes-heading">
        <h3 id="themes-heading" className="font-semibold">
          Themes
        </h3>
        {themes.length ? (
          <ul className="divide-y divide-border rounded-lg border border-border bg-card">
            {themes.map((theme) => (
              <li key={theme.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 p-3" data-testid="theme-row">
                <Link
                  href={themeHref(theme.id)}
                  scroll={false}
                  className="font-medium underline-offset-2 hover:underline"
                >
                  {theme.title}
                </Link>
                <Badge tone={theme.status === "DROPPED" ? "na" : theme.status === "AGREED" ? "answered" : "open"}>
                  {themeStatusLabels[theme.status]}
                </Badge>
                {theme.sanctionsSensitive ? <Badge tone="stale">Touched by sanctions</Badge> : null}
                <span className="text-sm text-muted-foreground">
                  Ours {theme.ourPriority}/5 · theirs {theme.theirPriority ?? "?"}/5
                  {theme.theirPrioritySource ? ` (${theme.theirPrioritySource})` : ""}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState
            message="No themes yet: add the first, with our priority and, where known, theirs."
            action={edits ? { href: "#add-theme", label: "Add a theme" } : null}
          />
        )}
      </section>
      {edits ? (
        <Card id="add-theme" role="region" aria-labelledby="add-theme-heading">
          <CardHeader>
            <CardTitle id="add-theme-heading">Add a theme</CardTitle>
          </CardHeader>
          <CardContent>
            <ThemeForm rules={rules} organizationSlug={slug} dialogueId={dialogue.id} />
          </CardContent>
        </Card>
      ) : null}
      {open ? (
        <RouteSheet title={open.title} description={themeStatusLabels[open.status]} closeHref={base}>
          {edits ? (
            <ThemeForm rules={rules} organizationSlug={slug} dialogueId={dialogue.id} theme={open} />
          ) : (
            <div className="space-y-2 text-sm">
              <p>
                Ours {open.ourPriority}/5 · theirs {open.theirPriority ?? "unknown"}
                {open.theirPrioritySource ? ` (${open.theirPrioritySource})` : ""}
              </p>
              {open.description ? <p className="whitespace-pre-wrap">{open.description}</p> : null}
            </div>
          )}
        </RouteSheet>
      ) : null}
    </div>
  );
}
