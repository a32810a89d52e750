import "server-only";
import { cookies } from "next/headers";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db";
import { safeCallbackUrl } from "./callback-url";
import { clientAddress } from "./client-address";
import { DEVICE_COOKIE_MAX_AGE_SECONDS, deviceCookieName, servesOverHttps, sessionLifetimeMs } from "./config";
import { signInWithPassword } from "./sign-in";
import { liveSignIn, revokeSignIn } from "./sign-ins";

declare module "next-auth" {
  interface User {
    signInId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    signInId?: string;
  }
}

const header = (headers: Record<string, unknown> | undefined, name: string) => {
  const value = headers?.[name];
  return typeof value === "string" ? value : undefined;
};

export const authOptions: NextAuthOptions = {
  // The cookie may live as long as a sign-in can; the sign-in record decides on every request.
  session: { strategy: "jwt", maxAge: Math.floor(sessionLifetimeMs() / 1000) },
  useSecureCookies: servesOverHttps(),
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Password",
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, request) {
        const jar = await cookies();
        const result = await signInWithPassword({
          email: credentials?.email ?? "",
          password: credentials?.password ?? "",
          code: credentials?.code || undefined,
          address: clientAddress(header(request?.headers, "x-forwarded-for")),
          userAgent: header(request?.headers, "user-agent"),
          deviceToken: jar.get(deviceCookieName())?.value,
        });
        // next-auth hands a thrown message to the sign-in form as `error`.
        if (!result.ok) throw new Error(result.error);
        if (result.deviceToken) {
          jar.set(deviceCookieName(), result.deviceToken, {
            httpOnly: true,
            sameSite: "lax",
            secure: servesOverHttps(),
            path: "/",
            maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
          });
        }
        return result.user;
      },
    }),
  ],
  callbacks: {
    // The token carries ids only: no name or email rides in the cookie or comes back from /api/auth/session.
    async jwt({ token, user }) {
      if (user) return { sub: user.id, userId: user.id, signInId: user.signInId };
      // Every later read of the token must find its sign-in still live; throwing makes next-auth
      // clear the cookie and answer with an empty session instead of re-issuing it.
      if (!token.signInId || (await liveSignIn(token.signInId))?.user.id !== token.userId) {
        throw new Error("This sign-in has ended.");
      }
      return token;
    },
    session({ session }) {
      return { expires: session.expires };
    },
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackUrl(url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url)}`;
    },
  },
  logger: {
    // A replayed or ended sign-in is an expected answer ("{}"), not an error worth a stack trace.
    error(code, metadata) {
      if (code !== "JWT_SESSION_ERROR") console.error(`[next-auth] ${code}`, metadata);
    },
    warn(code) {
      console.warn(`[next-auth] ${code}`);
    },
    debug() {},
  },
  events: {
    async signOut({ token }) {
      if (token?.signInId && token.userId) await revokeSignIn(db, token.userId, token.signInId);
    },
  },
};
