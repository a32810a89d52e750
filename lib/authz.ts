import type { Role } from "./generated/prisma/enums";

export const roles = ["OWNER", "CONVENER", "CONTRIBUTOR", "VIEWER"] as const satisfies readonly Role[];

export const roleLabels: Record<Role, string> = {
  OWNER: "Owner",
  CONVENER: "Convener",
  CONTRIBUTOR: "Contributor",
  VIEWER: "Viewer",
};

/**
 * Who may do what: the one table every action and page consults, and the members page shows.
 * Each permission lists the roles that hold it.
 */
export const permissions = {
  "organization.read": {
    label: "See the organization and its dialogues",
    roles: ["OWNER", "CONVENER", "CONTRIBUTOR", "VIEWER"],
  },
  "record.edit": { label: "Edit records and answer checklist items", roles: ["OWNER", "CONVENER", "CONTRIBUTOR"] },
  "dialogue.manage": { label: "Create, restrict and delete dialogues", roles: ["OWNER", "CONVENER"] },
  "review.decide": { label: "Record go / not yet / no-go reviews", roles: ["OWNER", "CONVENER"] },
  "member.manage": { label: "Invite members, change roles, disable and remove", roles: ["OWNER"] },
  "organization.manage": { label: "Change organization settings", roles: ["OWNER"] },
  "audit.read": { label: "Read the audit trail", roles: ["OWNER"] },
  "personal-data.manage": { label: "Export everything held on a person", roles: ["OWNER"] },
} as const satisfies Record<string, { label: string; roles: readonly Role[] }>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission].roles as readonly Role[]).includes(role);
}
