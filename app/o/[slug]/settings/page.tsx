import { notFound } from "next/navigation";
import { SettingsForm } from "@/components/organizations/settings-form";
import { requireMember } from "@/lib/auth/guard";
import { getOrganizationSettings } from "@/lib/organizations/data";

export const metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const context = await requireMember(slug, "organization.manage");
  const settings = await getOrganizationSettings(context);
  if (!settings) notFound();
  return (
    <section className="space-y-4">
      <h2 className="text-lg font-semibold">Settings</h2>
      <SettingsForm organizationSlug={slug} settings={settings} />
    </section>
  );
}
