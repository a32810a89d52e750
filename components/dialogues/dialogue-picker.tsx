import { type LookupOption, LookupPicker, type PickerField } from "@/components/ui/lookup-picker";

/**
 * Picks one of the dialogues the member may see by typing part of its title or counterpart (the
 * dialogues lookup route): a select of every dialogue would send thousands of options with a page.
 */
export function DialoguePicker({
  organizationSlug,
  ...props
}: PickerField & {
  organizationSlug: string;
  initial?: LookupOption | null;
}) {
  return (
    <LookupPicker
      source={`/o/${organizationSlug}/dialogues/lookup`}
      placeholder="Type part of its title"
      noMatch="No dialogue matches."
      {...props}
    />
  );
}
