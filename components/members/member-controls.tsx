"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { roleLabels, roles } from "@/lib/authz";
import type { Role } from "@/lib/generated/prisma/enums";
import { changeRoleAction, removeMemberAction, setMemberStatusAction } from "@/lib/members/actions";

type Member = { id: string; role: Role; status: "ACTIVE" | "DISABLED"; version: number; name: string };

/** An owner's controls for one member: role, disable or enable, remove. */
export function MemberControls({ organizationSlug, member }: { organizationSlug: string; member: Member }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<{ ok: boolean; message?: string }>) =>
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? null : (result.message ?? null));
      router.refresh();
    });
  const ref = { memberId: member.id, version: member.version };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${member.id}`}>
        Role of {member.name}
      </label>
      <select
        id={`role-${member.id}`}
        defaultValue={member.role}
        disabled={pending}
        onChange={(event) => run(() => changeRoleAction(organizationSlug, { ...ref, role: event.target.value }))}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {roles.map((role) => (
          <option key={role} value={role}>
            {roleLabels[role]}
          </option>
        ))}
      </select>
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() =>
          run(() =>
            setMemberStatusAction(organizationSlug, {
              ...ref,
              status: member.status === "ACTIVE" ? "DISABLED" : "ACTIVE",
            }),
          )
        }
      >
        {member.status === "ACTIVE" ? `Disable ${member.name}` : `Enable ${member.name}`}
      </Button>
      <Button
        type="button"
        variant="danger"
        disabled={pending}
        onClick={() => {
          if (window.confirm(`Remove ${member.name} from this organization?`))
            run(() => removeMemberAction(organizationSlug, ref));
        }}
      >
        Remove
      </Button>
      <FormMessage message={message} />
    </div>
  );
}
