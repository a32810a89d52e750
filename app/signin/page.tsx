import { SignInForm } from "@/components/auth/sign-in-form";
import { Link } from "@/components/ui/link";
import { signInSearchSchema } from "@/lib/accounts/schema";

export const metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { callbackUrl } = signInSearchSchema.parse(await searchParams);
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} />
      <p className="text-sm text-muted-foreground">
        New to Parley?{" "}
        <Link href="/signup" className="underline">
          Create an account and organization
        </Link>
        .
      </p>
    </div>
  );
}
