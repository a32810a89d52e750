import type { ReactNode } from "react";
import { OrganizationSwitcher } from "@/components/organizations/organization-switcher";
import { Tabs } from "@/components/ui/tabs";
import { requireMember } from "@/lib/auth/guard";
import { sessionClaim } from "@/lib/auth/session";
import { can, roleLabels } from "@/lib/authz";
import { listMyOrganizations } from "@/lib/organizations/data";

export default async function OrganizationLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  // The switcher's list is read alongside the membership, for the user the cookie claims; it is
  // shown only once requireMember has proved that claim.
  const [context, organizations] = await Promise.all([
    requireMember(slug),
    sessionClaim().then((claim) => (claim ? listMyOrganizations(claim.userId) : [])),
  ]);
  const links = [
    { href: `/o/${slug}`, label: "Readiness board", show: true },
    { href: `/o/${slug}/dialogues`, label: "Dialogues", show: true },
    { href: `/o/${slug}/interlocutors`, label: "Interlocutors", show: true },
    { href: `/o/${slug}/context`, label: "Context watch", show: true },
    { href: `/o/${slug}/members`, label: "Members", show: true },
    { href: `/o/${slug}/audit`, label: "Audit trail", show: can(context.role, "audit.read") },
    { href: `/o/${slug}/settings`, label: "Settings", show: can(context.role, "organization.manage") },
  ];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-border pb-3">
        <div>
          <p className="text-xs uppercase tracking-wide text-muted-foreground">Organization</p>
          <h1 className="text-2xl font-semibold">{context.organizationName}</h1>
        </div>
        <div className="flex items-baseline gap-4">
          <p className="text-sm text-muted-foreground">You are {roleLabels[context.role].toLowerCase()} here.</p>
          <OrganizationSwitcher current={context.organizationSlug} organizations={organizations} />
        </div>
      </div>
      <Tabs label="Organization" links={links.filter((link) => link.show)} />
      {children}
    </div>
  );
}
