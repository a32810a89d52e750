"use client";

import { DropdownMenu } from "@/components/ui/dropdown-menu";
import { ChevronsUpDownIcon } from "@/components/ui/icons";

/** For members of several organizations: all of them in one menu, the current one marked. Nothing for members of one. */
export function OrganizationSwitcher({
  current,
  organizations,
}: {
  current: string;
  organizations: { slug: string; name: string }[];
}) {
  if (organizations.length < 2) return null;
  return (
    <DropdownMenu
      label="Switch organization"
      className="print:hidden"
      trigger={
        <>
          <span className="text-muted-foreground">Switch organization</span>
          <ChevronsUpDownIcon aria-hidden="true" />
        </>
      }
      items={organizations.map((organization) => ({
        label: organization.name,
        href: `/o/${organization.slug}`,
        current: organization.slug === current,
      }))}
    />
  );
}
