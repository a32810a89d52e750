"use client";

import { useRouter } from "next/navigation";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/action-result";
import { signInWithCredentials } from "./sign-in-request";

/**
 * For the two ways in with a new account (sign-up, and accepting an invitation): run the action,
 * sign in with the credentials just chosen, and open the organization joined.
 */
export function useJoin(
  action: (values: Record<string, string | string[]>) => Promise<ActionResult<{ organizationSlug: string }>>,
  email: (values: Record<string, string | string[]>) => string,
) {
  const router = useRouter();
  return useAction(
    async (values) => {
      const result = await action(values);
      if (result.ok) await signInWithCredentials({ email: email(values), password: String(values.password ?? "") });
      return result;
    },
    {
      onSuccess: (joined) => {
        router.push(`/o/${joined.organizationSlug}`);
        // The header is rendered on the server: fetch it again now that there is a session.
        router.refresh();
      },
    },
  );
}
