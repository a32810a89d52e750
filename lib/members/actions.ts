"use server";

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
    write: async (tx, context, data) => {
      const { before, after } = await changeRole(tx, context.organizationId, data);
      return {
        data: after,
        audit: { action: "member.role_changed", entity: "Member", entityId: after.id, before, after },
      };
    },
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
    write: async (tx, context, data) => {
      const { before, after } = await setMemberStatus(tx, context.organizationId, data);
      const action = data.status === "DISABLED" ? "member.disabled" : "member.enabled";
      return { data: after, audit: { action, entity: "Member", entityId: after.id, before, after } };
    },
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
    write: async (tx, context, data) => {
      const { before } = await removeMember(tx, context.organizationId, data);
      return { data: null, audit: { action: "member.removed", entity: "Member", entityId: before.id, before } };
    },
    revalidate: membersPage,
  });
}
