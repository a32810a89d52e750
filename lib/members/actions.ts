"use server";

import { removed, updated } from "../data-writes";
import { mutate } from "../mutation";
import { changeRole, removeMember, setMemberStatus } from "./data";
import { changeRoleSchema, memberStatusSchema, removeMemberSchema } from "./schema";

const membersPage = (context: { organizationSlug: string }) => [`/o/${context.organizationSlug}/members`];

export async function changeRoleAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "changeRole",
    schema: changeRoleSchema,
    input,
    organizationSlug,
    permission: "member.manage",
    write: updated("member.role_changed", "Member", changeRole),
    revalidate: membersPage,
  });
}

/** Disabling ends the member's sessions and, for good measure, every read checks the membership row. */
export async function setMemberStatusAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "setMemberStatus",
    schema: memberStatusSchema,
    input,
    organizationSlug,
    permission: "member.manage",
    write: updated(
      (data) => (data.status === "DISABLED" ? "member.disabled" : "member.enabled"),
      "Member",
      setMemberStatus,
    ),
    revalidate: membersPage,
  });
}

export async function removeMemberAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "removeMember",
    schema: removeMemberSchema,
    input,
    organizationSlug,
    permission: "member.manage",
    write: removed("member.removed", "Member", removeMember),
    revalidate: membersPage,
  });
}
