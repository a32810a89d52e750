import { notFound } from "next/navigation";
import { SettingsForm } from "@/components/organizations/settings-form";
import { SaveTemplateForm } from "@/components/readiness/save-template-form";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { requireMember } from "@/lib/auth/guard";
import { getOrganizationSettings } from "@/lib/organizations/data";
import { listTemplates } from "@/lib/readiness/reads";

export const metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const context = await requireMember(slug, "organization.manage");
  const [settings, templates] = await Promise.all([getOrganizationSettings(context), listTemplates(context)]);
  if (!settings) notFound();
  const names = [...new Set(templates.map((template) => template.name))];
  return (
    <section className="space-y-6">
      <h2 className="text-lg font-semibold">Settings</h2>
      <SettingsForm organizationSlug={slug} settings={settings} />
      <Card role="region" aria-labelledby="backup-heading">
        <CardHeader>
          <CardTitle id="backup-heading">Backup</CardTitle>
        </CardHeader>
        <CardContent className="space-y-2 text-sm">
          <p>
            The whole organization as one file: every dialogue, person, post, review and audit event, and the accounts
            of its members, with a manifest of counts and checksums. Keep it as safely as the data itself.
          </p>
          <p>
            <a href={`/o/${slug}/backup`} download className="font-medium underline underline-offset-2">
              Download a backup
            </a>
          </p>
          <p className="text-muted-foreground">
            To move to a new server, install Parley there and have its operator run{" "}
            <code className="rounded bg-muted px-1">npm run org:restore -- &lt;file&gt;</code>: it refuses a damaged
            file, or one made by a newer Parley, and writes nothing unless all of it goes in. Passwords and two-factor
            secrets are not in the file: members set a new password there.
          </p>
        </CardContent>
      </Card>
      <Card role="region" aria-labelledby="templates-heading">
        <CardHeader>
          <CardTitle id="templates-heading">Checklist templates</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4 text-sm">
          <p className="text-muted-foreground">
            New dialogues start from the built-in questions (the article's five, and five that frame every answer), or
            from one of your templates. Shape a dialogue's checklist (questions, weights, gates, review intervals), then
            save it here; each save is a new version, and every dialogue records the version it started from.
          </p>
          {templates.length ? (
            <ul className="space-y-1" data-testid="templates">
              {templates.map((template) => (
                <li key={template.id}>
                  <span className="font-medium">
                    {template.name}, version {template.version}
                  </span>{" "}
                  <span className="text-muted-foreground">
                    · {template.items.length} questions, {template.items.filter((item) => item.gate).length} gates ·
                    saved <DateTime value={template.createdAt} dateOnly />
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted-foreground">No template of your own yet.</p>
          )}
          <SaveTemplateForm organizationSlug={slug} names={names} />
        </CardContent>
      </Card>
    </section>
  );
}
