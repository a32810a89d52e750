import { LookupPicker, type PickerField } from "@/components/ui/lookup-picker";

/**
 * Picks one person by typing any spelling of their name: the organization's search (the lookup
 * route, need-to-know applied), so it reaches everyone among 100,000.
 */
export function PersonPicker({
  organizationSlug,
  ...props
}: PickerField & {
  organizationSlug: string;
  /** A person who may not be chosen (someone cannot replace themselves). */
  exclude?: string;
}) {
  return (
    <LookupPicker
      source={`/o/${organizationSlug}/interlocutors/lookup`}
      placeholder="Type any spelling of the name"
      noMatch="Nobody matches that spelling."
      {...props}
    />
  );
}
