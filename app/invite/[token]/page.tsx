import { AcceptInviteForm } from "@/components/auth/accept-invite-form";
import { JoinInviteButton } from "@/components/auth/join-invite-button";
import { Link } from "@/components/ui/link";
import { getCurrentUser } from "@/lib/auth/session";
import { roleLabels } from "@/lib/authz";
import { getOpenInvite, INVALID_INVITE, WRONG_ACCOUNT } from "@/lib/invites/data";

export const metadata = { title: "Invitation" };

/**
 * The page reads the same whether or not the invited address has an account: a new person
 * creates one here, and anyone else signs in the normal way (second factor and limits included)
 * and comes back to accept.
 */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invite, user] = await Promise.all([getOpenInvite(token), getCurrentUser()]);
  if (!invite) {
    return (
      <div className="mx-auto max-w-md space-y-2">
        <h1 className="text-2xl font-semibold">Invitation</h1>
        <p className="text-muted-foreground">{INVALID_INVITE}</p>
      </div>
    );
  }
  const signInPath = `/signin?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`;
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Join {invite.organizationName}</h1>
        <p className="text-sm text-muted-foreground">
          You are invited as <strong>{roleLabels[invite.role]}</strong>, as {invite.email}.
        </p>
      </div>
      {user?.email === invite.email ? (
        <JoinInviteButton token={token} />
      ) : user ? (
        <p role="alert" className="rounded-md border border-notice-border bg-notice p-3 text-sm">
          You are signed in as {user.email}. {WRONG_ACCOUNT}
        </p>
      ) : (
        <>
          <AcceptInviteForm token={token} email={invite.email} />
          <p className="text-sm text-muted-foreground">
            Already have a Parley account with this address?{" "}
            <Link href={signInPath} className="underline">
              Sign in to accept
            </Link>
            .
          </p>
        </>
      )}
    </div>
  );
}
