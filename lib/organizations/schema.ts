import { z } from "zod";
import { organizationNameSchema } from "../accounts/schema";

export const updateOrganizationSchema = z.object({
  name: organizationNameSchema,
  requireTwoFactor: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()),
  version: z.coerce.number().int().min(0),
});
