import { CreateOrganizationForm } from "@/components/account/create-organization-form";
import { PasswordForm } from "@/components/account/password-form";
import { SignInsList } from "@/components/account/sign-ins-list";
import { TwoFactorPanel } from "@/components/account/two-factor-panel";
import { Link } from "@/components/ui/link";
import { accountSearchSchema } from "@/lib/accounts/schema";
import { requireUser } from "@/lib/auth/guard";
import { describeDevice, listSignIns } from "@/lib/auth/sign-ins";
import { roleLabels } from "@/lib/authz";
import { listMyOrganizations } from "@/lib/organizations/data";

export const metadata = { title: "Your account" };

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("/account");
  const { twoFactorRequiredBy } = accountSearchSchema.parse(await searchParams);
  const [organizations, signIns] = await Promise.all([listMyOrganizations(user.id), listSignIns(user.id)]);
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-2xl font-semibold">{user.name}</h1>
        <p className="text-muted-foreground">{user.email}</p>
      </div>
      {twoFactorRequiredBy && !user.twoFactorEnabled ? (
        <p role="alert" className="rounded-md border border-notice-border bg-notice p-3 text-sm">
          {twoFactorRequiredBy} requires two-factor sign-in. Set it up below to open that organization.
        </p>
      ) : null}
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Your organizations</h2>
        <ul className="space-y-1">
          {organizations.map((organization) => (
            <li key={organization.slug}>
              <Link href={`/o/${organization.slug}`} className="underline">
                {organization.name}
              </Link>{" "}
              <span className="text-sm text-muted-foreground">({roleLabels[organization.role]})</span>
            </li>
          ))}
        </ul>
        <CreateOrganizationForm />
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Two-factor sign-in</h2>
        <TwoFactorPanel enabled={user.twoFactorEnabled} />
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Password</h2>
        <PasswordForm />
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Where you are signed in</h2>
        <p className="text-sm text-muted-foreground">
          A sign-in ends after a period without activity and, in any case, after a fixed lifetime.
        </p>
        <SignInsList
          signIns={signIns.map((signIn) => ({
            id: signIn.id,
            device: describeDevice(signIn.userAgent),
            address: signIn.address,
            createdAt: signIn.createdAt.toISOString(),
            lastSeenAt: signIn.lastSeenAt.toISOString(),
            current: signIn.id === user.signInId,
          }))}
        />
      </section>
    </div>
  );
}
