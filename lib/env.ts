import { z } from "zod";

const limit = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number of failures, like ${fallback}.` })
    .int({ error: `${name} must be a whole number of failures, like ${fallback}.` })
    .min(1, { error: `${name} must be at least 1.` })
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
  SIGNIN_LIMIT_ACCOUNT: limit("SIGNIN_LIMIT_ACCOUNT", 5),
  SIGNIN_LIMIT_ADDRESS: limit("SIGNIN_LIMIT_ADDRESS", 20),
  INVITE_LIMIT_ADDRESS: limit("INVITE_LIMIT_ADDRESS", 10),
  SIGNUP_LIMIT_ADDRESS: limit("SIGNUP_LIMIT_ADDRESS", 10),
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
