import { SignUpForm } from "@/components/auth/sign-up-form";

export const metadata = { title: "Create an account" };

export default function SignUpPage() {
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Create an account</h1>
        <p className="text-sm text-muted-foreground">
          You become the owner of a new organization and can invite your colleagues. Joining an existing organization?
          Use the invitation link an owner sent you.
        </p>
      </div>
      <SignUpForm />
    </div>
  );
}
