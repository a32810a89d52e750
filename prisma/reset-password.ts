import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { hashPassword, newPasswordSchema } from "../lib/auth/password";
import { PrismaClient } from "../lib/generated/prisma/client";

/**
 * npm run user:reset-password -- <email> [new password]
 * For installations without email: sets a new password (a generated one when none is given) and
 * ends every session of that account.
 */
const [email, given] = process.argv.slice(2);
const url = process.env.DATABASE_URL;
if (!url || !email) {
  console.error("Usage: DATABASE_URL=… npm run user:reset-password -- <email> [new password]");
  process.exit(1);
}
const password = given ?? randomBytes(12).toString("base64url");
const checked = newPasswordSchema.safeParse(password);
if (!checked.success) {
  console.error(`That password cannot be used: ${checked.error.issues[0]?.message}`);
  process.exit(1);
}
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
const where = { email: email.trim().toLowerCase() };
const passwordHash = await hashPassword(password);
const [{ count }] = await db.$transaction([
  db.user.updateMany({ where, data: { passwordHash } }),
  db.signIn.updateMany({ where: { user: where, revokedAt: null }, data: { revokedAt: new Date() } }),
]);
await db.$disconnect();
if (count === 0) {
  console.error(`No account has the email ${email}.`);
  process.exit(1);
}
console.log(
  given
    ? `Password changed for ${email}; every session of it has ended.`
    : `New password for ${email}: ${password}\nEvery session of it has ended.`,
);
