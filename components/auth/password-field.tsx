import { TextField } from "@/components/ui/field";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/limits";

/**
 * A password field: "current" asks for the one a person has (their password manager fills it),
 * "new" chooses one, with the rule that applies to it.
 */
export function PasswordField({
  label,
  name,
  errors,
  purpose,
}: {
  label: string;
  name: string;
  errors?: string[];
  purpose: "current" | "new";
}) {
  return (
    <TextField
      label={label}
      name={name}
      type="password"
      autoComplete={purpose === "new" ? "new-password" : "current-password"}
      errors={errors}
      hint={
        purpose === "new"
          ? `At least ${MIN_PASSWORD_LENGTH} characters; passwords that are easy to guess are refused.`
          : undefined
      }
      required
    />
  );
}
