import { type LookupOption, LookupPicker, type PickerField } from "@/components/ui/lookup-picker";

/**
 * Picks one of the organization's institutions by typing part of its name (the institutions
 * lookup route): a select of every institution would send thousands of options with each page.
 */
export function InstitutionPicker({
  organizationSlug,
  ...props
}: PickerField & {
  organizationSlug: string;
  initial?: LookupOption | null;
}) {
  return (
    <LookupPicker
      source={`/o/${organizationSlug}/interlocutors/institutions`}
      placeholder="Type part of its name"
      noMatch="No institution matches."
      {...props}
    />
  );
}
