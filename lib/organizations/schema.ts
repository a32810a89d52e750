import { z } from "zod";
import { organizationNameSchema } from "../accounts/schema";
import { safeString } from "../form-values";

export const updateOrganizationSchema = z.object({
  name: organizationNameSchema,
  requireTwoFactor: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()),
  version: z.coerce.number().int().min(0),
  /** The sanctions and travel-ban lists participants are screened against, one per line; absent: unchanged. */
  screeningLists: z.preprocess(
    (value) =>
      typeof value === "string"
        ? [
            ...new Set(
              value
                .split(/\r?\n/)
                .map((line) => line.trim())
                .filter(Boolean),
            ),
          ]
        : value,
    z
      .array(safeString().max(160, { error: "Keep each list's name to 160 characters." }))
      .min(1, { error: "Name at least one list to screen participants against." })
      .max(20, { error: "Name at most 20 lists." })
      .optional(),
  ),
});
