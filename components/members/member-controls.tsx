"use client";

import { ActionButton } from "@/components/ui/action-button";
import { cn } from "@/components/ui/cn";
import { controlClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useAction } from "@/components/ui/use-action";
import { roleLabels, roles } from "@/lib/authz";
import type { Role } from "@/lib/generated/prisma/enums";
import { changeRoleAction, removeMemberAction, setMemberStatusAction } from "@/lib/members/actions";

type Member = { id: string; role: Role; status: "ACTIVE" | "DISABLED"; version: number; name: string };

/** An owner's controls for one member: role, disable or enable, remove. */
export function MemberControls({ organizationSlug, member }: { organizationSlug: string; member: Member }) {
  const ref = { memberId: member.id, version: member.version };
  const role = useAction((values) => changeRoleAction(organizationSlug, { ...ref, ...values }), {
    toast: "Role changed.",
  });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${member.id}`}>
        Role of {member.name}
      </label>
      <select
        id={`role-${member.id}`}
        key={member.version}
        defaultValue={member.role}
        disabled={role.pending}
        onChange={(event) => role.run({ role: event.target.value })}
        className={cn(controlClass, "w-auto py-1.5")}
      >
        {roles.map((option) => (
          <option key={option} value={option}>
            {roleLabels[option]}
          </option>
        ))}
      </select>
      <FormMessage
        message={role.conflict ? "Someone else changed this member; reload to see their role." : role.message}
      />
      <ActionButton
        action={() =>
          setMemberStatusAction(organizationSlug, {
            ...ref,
            status: member.status === "ACTIVE" ? "DISABLED" : "ACTIVE",
          })
        }
        toast={member.status === "ACTIVE" ? `${member.name} is disabled.` : `${member.name} is enabled again.`}
      >
        {member.status === "ACTIVE" ? `Disable ${member.name}` : `Enable ${member.name}`}
      </ActionButton>
      <ActionButton
        action={() => removeMemberAction(organizationSlug, ref)}
        variant="danger"
        confirm={`Remove ${member.name} from this organization?`}
        toast={`${member.name} was removed.`}
      >
        Remove
      </ActionButton>
    </div>
  );
}
