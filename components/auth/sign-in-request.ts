/**
 * Signs in with next-auth's credentials provider, as next-auth/react's signIn does with
 * `redirect: false`, without shipping that 9 KB client to every sign-in page: fetch the CSRF token,
 * post the credentials, and read the error code next-auth puts in the URL it answers with.
 */
export async function signInWithCredentials(
  credentials: Record<string, string>,
): Promise<{ ok: boolean; error: string | null }> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...credentials, csrfToken, callbackUrl: window.location.href, json: "true" }),
  });
  const { url } = (await response.json()) as { url?: string };
  const error = url ? new URL(url, window.location.origin).searchParams.get("error") : "CredentialsSignin";
  return { ok: response.ok && !error, error };
}
