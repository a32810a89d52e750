import { z } from "zod";

const count = (name: string, fallback: number, min: number, what: string) =>
  z.coerce
    .number({ error: `${name} must be a whole number of ${what}, like ${fallback}.` })
    .int({ error: `${name} must be a whole number of ${what}, like ${fallback}.` })
    .min(min, { error: `${name} must be at least ${min}.` })
    .default(fallback);

/** The environment the app runs with. Validated once, at start-up (instrumentation.ts). */
export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({
      error:
        "DATABASE_URL is missing: set it to postgresql://USER:PASSWORD@HOST:5432/DATABASE (npm start sets it for the embedded database).",
    })
    .regex(/^postgres(ql)?:\/\/[^/]+\/[^/?]+/, {
      error: "DATABASE_URL is malformed: use the form postgresql://USER:PASSWORD@HOST:5432/DATABASE.",
    }),
  NEXTAUTH_SECRET: z
    .string({
      error:
        "NEXTAUTH_SECRET is missing: set it to a random string of at least 32 characters (openssl rand -base64 32).",
    })
    .min(32, {
      error: "NEXTAUTH_SECRET is too short: use a random string of at least 32 characters (openssl rand -base64 32).",
    }),
  NEXTAUTH_URL: z
    .url({ error: "NEXTAUTH_URL must be the app's public URL, like https://parley.example.org." })
    .optional(),
  SIGNIN_LIMIT_ACCOUNT: count("SIGNIN_LIMIT_ACCOUNT", 5, 1, "failures"),
  SIGNIN_LIMIT_ADDRESS: count("SIGNIN_LIMIT_ADDRESS", 20, 1, "failures"),
  INVITE_LIMIT_ADDRESS: count("INVITE_LIMIT_ADDRESS", 10, 1, "failures"),
  SIGNUP_LIMIT_ADDRESS: count("SIGNUP_LIMIT_ADDRESS", 10, 1, "sign-ups"),
  INVITE_CREATE_LIMIT: count("INVITE_CREATE_LIMIT", 50, 1, "invitations a day"),
  /** How many proxies in front of Parley append to X-Forwarded-For; 0 trusts no header at all. */
  TRUSTED_PROXY_COUNT: count("TRUSTED_PROXY_COUNT", 0, 0, "proxies"),
  SESSION_IDLE_HOURS: count("SESSION_IDLE_HOURS", 8, 1, "hours"),
  SESSION_LIFETIME_DAYS: count("SESSION_LIFETIME_DAYS", 7, 1, "days"),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses an environment; a bad one throws ConfigError whose message lists one sentence per problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => issue.message).join("\n"));
  }
  return result.data;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
