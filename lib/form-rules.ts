import type { z } from "zod";

export type FieldRule = { maxLength?: number; required?: boolean };
export type FieldRules = Record<string, FieldRule>;

type Inner = { _zod: { def: { type: string; innerType?: Inner; out?: Inner } } };

/** The schema under defaults, optionals and preprocessing: the one whose limits a person meets. */
function core(schema: Inner): Inner {
  const { def } = schema._zod;
  if ((def.type === "default" || def.type === "optional" || def.type === "nullable") && def.innerType) {
    return core(def.innerType);
  }
  if (def.type === "pipe" && def.out) return core(def.out);
  return schema;
}

/**
 * What a form's inputs should say before anyone submits: each text field's maximum length, and
 * whether it must be filled, read from the zod schema that the action enforces. Pages compute it
 * on the server and hand it to the form, so the client bundle carries no zod.
 */
export function fieldRules(schema: z.ZodObject): FieldRules {
  const rules: FieldRules = {};
  for (const [name, field] of Object.entries(schema.shape)) {
    const inner = core(field as unknown as Inner) as unknown as {
      maxLength?: number | null;
      minLength?: number | null;
    };
    const rule: FieldRule = {};
    if (typeof inner.maxLength === "number") rule.maxLength = inner.maxLength;
    if (!(field as z.ZodType).safeParse(undefined).success && (inner.minLength ?? 0) > 0) rule.required = true;
    if (Object.keys(rule).length) rules[name] = rule;
  }
  return rules;
}
