import { AcceptInviteForm } from "@/components/auth/accept-invite-form";
import { roleLabels } from "@/lib/authz";
import { getOpenInvite, INVALID_INVITE } from "@/lib/invites/data";

export const metadata = { title: "Invitation" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await getOpenInvite(token);
  if (!invite) {
    return (
      <div className="mx-auto max-w-md space-y-2">
        <h1 className="text-2xl font-semibold">Invitation</h1>
        <p className="text-slate-700">{INVALID_INVITE}</p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Join {invite.organizationName}</h1>
        <p className="text-sm text-slate-600">
          You are invited as <strong>{roleLabels[invite.role]}</strong>, as {invite.email}.
        </p>
      </div>
      <AcceptInviteForm token={token} email={invite.email} hasAccount={invite.hasAccount} />
    </div>
  );
}
