import { InviteForm } from "@/components/members/invite-form";
import { MemberControls } from "@/components/members/member-controls";
import { PermissionTable } from "@/components/members/permission-table";
import { RevokeInviteButton } from "@/components/members/revoke-invite-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
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
    <div className="space-y-6">
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Members</h2>
        <ul className="divide-y divide-border rounded-lg border border-border bg-card">
          {members.map((member) => (
            <li
              key={member.id}
              className="flex flex-wrap items-center justify-between gap-3 p-3"
              data-testid="member-row"
            >
              <div>
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  {member.user.name}
                  <Badge tone="outline">{roleLabels[member.role]}</Badge>
                  {member.status === "DISABLED" ? <Badge tone="blocked">Disabled</Badge> : null}
                </p>
                <p className="text-sm text-muted-foreground">
                  {member.user.email}
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
        <Card className="space-y-3 p-4">
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
        </Card>
      ) : null}
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">What each role may do</h2>
        <PermissionTable />
      </section>
    </div>
  );
}
