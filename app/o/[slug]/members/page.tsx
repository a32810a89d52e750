import { InviteForm } from "@/components/members/invite-form";
import { MemberControls } from "@/components/members/member-controls";
import { PermissionTable } from "@/components/members/permission-table";
import { RevokeInviteButton } from "@/components/members/revoke-invite-button";
import { DateTime } from "@/components/ui/date-time";
import { requireMember } from "@/lib/auth/guard";
import { can, roleLabels } from "@/lib/authz";
import { listOpenInvites } from "@/lib/invites/data";
import { listMembers } from "@/lib/members/data";

export const metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const context = await requireMember(slug);
  const manages = can(context.role, "member.manage");
  const [members, invites] = await Promise.all([
    listMembers(context),
    manages ? listOpenInvites(context) : Promise.resolve([]),
  ]);
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Members</h2>
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {members.map((member) => (
            <li
              key={member.id}
              className="flex flex-wrap items-center justify-between gap-3 p-3"
              data-testid="member-row"
            >
              <div>
                <p className="font-medium">
                  {member.user.name}{" "}
                  {member.status === "DISABLED" ? <span className="text-sm text-red-700">(disabled)</span> : null}
                </p>
                <p className="text-sm text-slate-600">
                  {member.user.email} · {roleLabels[member.role]}
                  {member.user.twoFactorEnabledAt ? " · two-factor on" : ""}
                </p>
              </div>
              {manages && member.id !== context.memberId ? (
                <MemberControls
                  organizationSlug={slug}
                  member={{
                    id: member.id,
                    role: member.role,
                    status: member.status,
                    version: member.version,
                    name: member.user.name,
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      {manages ? (
        <section className="space-y-3">
          <InviteForm organizationSlug={slug} />
          {invites.length ? (
            <ul className="space-y-2 text-sm">
              {invites.map((invite) => (
                <li key={invite.id} className="flex items-center justify-between gap-2">
                  <span>
                    {invite.email} · {roleLabels[invite.role]} · expires <DateTime value={invite.expiresAt} />
                  </span>
                  <RevokeInviteButton organizationSlug={slug} inviteId={invite.id} email={invite.email} />
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">What each role may do</h2>
        <PermissionTable />
      </section>
    </div>
  );
}
