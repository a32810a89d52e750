import { PriorityGrid } from "@/components/themes/priority-grid";
import { ThemeForm } from "@/components/themes/theme-form";
import { can } from "@/lib/authz";
import { requireDialogue } from "@/lib/dialogues/page-context";
import { fieldRules } from "@/lib/form-rules";
import { themeStatusLabels } from "@/lib/labels";
import { listThemes } from "@/lib/themes/data";
import { themeFieldsSchema } from "@/lib/themes/schema";

export default async function ThemesPage({ params }: { params: Promise<{ slug: string; dialogueId: string }> }) {
  const { slug, dialogueId } = await params;
  const { context, dialogue } = await requireDialogue(slug, dialogueId);
  const rules = fieldRules(themeFieldsSchema);
  const themes = await listThemes(context, dialogue.id);
  const edits = can(context.role, "record.edit");
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h3 className="font-semibold">Which themes, and whose priority?</h3>
        <PriorityGrid themes={themes.filter((theme) => theme.status !== "DROPPED")} />
      </section>
      <section className="space-y-2">
        <h3 className="font-semibold">Themes</h3>
        <ul className="space-y-2">
          {themes.map((theme) => (
            <li key={theme.id} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="theme-row">
              <p className="font-medium">
                {theme.title}{" "}
                <span className="text-sm font-normal text-slate-600">· {themeStatusLabels[theme.status]}</span>
              </p>
              <p className="text-sm text-slate-600">
                Ours {theme.ourPriority}/5 · theirs {theme.theirPriority ?? "?"}/5
                {theme.theirPrioritySource ? ` (${theme.theirPrioritySource})` : ""}
                {theme.sanctionsSensitive ? " · touched by sanctions" : ""}
              </p>
              {edits ? (
                <details>
                  <summary className="cursor-pointer text-sm text-slate-600">Edit</summary>
                  <ThemeForm rules={rules} organizationSlug={slug} dialogueId={dialogue.id} theme={theme} />
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      {edits ? (
        <section aria-label="Add a theme" className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="mb-3 font-semibold">Add a theme</h3>
          <ThemeForm rules={rules} organizationSlug={slug} dialogueId={dialogue.id} />
        </section>
      ) : null}
    </div>
  );
}
