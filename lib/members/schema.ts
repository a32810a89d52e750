import { z } from "zod";
import { roles } from "../authz";
import { id, version } from "../form-values";

const memberRef = { memberId: id, version };

export const roleSchema = z.enum(roles, { error: "Choose a role." });

export const changeRoleSchema = z.object({ ...memberRef, role: roleSchema });

export const memberStatusSchema = z.object({ ...memberRef, status: z.enum(["ACTIVE", "DISABLED"]) });

export const removeMemberSchema = z.object(memberRef);
