import { z } from "zod";
import { roles } from "../authz";

const memberRef = { memberId: z.string().min(1), version: z.coerce.number().int().min(0) };

export const roleSchema = z.enum(roles, { error: "Choose a role." });

export const changeRoleSchema = z.object({ ...memberRef, role: roleSchema });

export const memberStatusSchema = z.object({ ...memberRef, status: z.enum(["ACTIVE", "DISABLED"]) });

export const removeMemberSchema = z.object(memberRef);
