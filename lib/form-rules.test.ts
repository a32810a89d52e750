import { expect, it } from "vitest";
import { dialogueFieldsSchema } from "./dialogues/schema";
import { fieldRules } from "./form-rules";
import { themeFieldsSchema } from "./themes/schema";

it("reads each text field's limits from the schema the action enforces", () => {
  expect(fieldRules(themeFieldsSchema)).toMatchObject({
    title: { maxLength: 160, required: true },
    description: { maxLength: 5000 },
    theirPrioritySource: { maxLength: 500 },
  });
  expect(fieldRules(themeFieldsSchema).description?.required).toBeUndefined();
  expect(fieldRules(dialogueFieldsSchema)).toMatchObject({
    title: { maxLength: 160, required: true },
    counterpart: { maxLength: 120, required: true },
    summary: { maxLength: 5000 },
  });
});
