import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { SESSION_MAX_AGE_SECONDS, servesOverHttps } from "./config";
import { clientAddress } from "./rate-limit";
import { signInWithPassword } from "./sign-in";

declare module "next-auth" {
  interface User {
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    sessionVersion?: number;
  }
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: servesOverHttps(),
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Password",
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, request) {
        const result = await signInWithPassword({
          email: credentials?.email ?? "",
          password: credentials?.password ?? "",
          code: credentials?.code || undefined,
          address: clientAddress(
            typeof request?.headers?.["x-forwarded-for"] === "string" ? request.headers["x-forwarded-for"] : null,
          ),
        });
        // next-auth hands a thrown message to the sign-in form as `error`.
        if (!result.ok) throw new Error(result.error);
        return result.user;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.userId = user.id;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
  },
};
