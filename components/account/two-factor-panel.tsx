"use client";

import { useState } from "react";
import { PasswordField } from "@/components/auth/password-field";
import { TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { useAction } from "@/components/ui/use-action";
import { confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction } from "@/lib/accounts/actions";

type Enrolment = { secret: string; qrSvg: string };

/**
 * Enrol with a QR code or the key typed by hand, confirm with a code, then keep the recovery codes.
 * Starting (or moving to a new app) asks for the password; a factor already in force stays in
 * force until the new one is confirmed.
 */
export function TwoFactorPanel({ enabled }: { enabled: boolean }) {
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const start = useAction(startTwoFactorAction, { onSuccess: setEnrolment });
  const confirm = useAction(confirmTwoFactorAction, {
    toast: "Two-factor sign-in is on.",
    onSuccess: (confirmed) => {
      setRecoveryCodes(confirmed.recoveryCodes);
      setEnrolment(null);
    },
  });
  const disable = useAction(disableTwoFactorAction, {
    resetOnSuccess: true,
    toast: "Two-factor sign-in is off.",
  });

  if (recoveryCodes) {
    return (
      <div className="space-y-2">
        <p className="font-medium">
          Two-factor sign-in is on. Keep these recovery codes somewhere safe; each works once, and they are not shown
          again.
        </p>
        <ul className="grid max-w-sm grid-cols-2 gap-1 font-mono text-sm" data-testid="recovery-codes">
          {recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
      </div>
    );
  }
  if (enrolment) {
    return (
      <div className="space-y-3">
        <p className="text-sm">Scan this code with an authenticator app, or type the key by hand.</p>
        {/* biome-ignore lint/performance/noImgElement: a generated data-URL SVG needs no image optimisation */}
        <img
          alt="QR code for your authenticator app"
          width={180}
          height={180}
          src={`data:image/svg+xml;utf8,${encodeURIComponent(enrolment.qrSvg)}`}
        />
        <p className="text-sm">
          Key: <code data-testid="totp-key">{enrolment.secret}</code>
        </p>
        <form onSubmit={confirm.onSubmit} className="max-w-sm space-y-3" noValidate>
          <TextField
            label="Code from the app"
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            errors={confirm.errors("code")}
          />
          <FormFooter form={confirm} submit="Turn on" />
        </form>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      {enabled ? <p className="text-sm">Two-factor sign-in is on.</p> : null}
      <form onSubmit={start.onSubmit} className="max-w-sm space-y-3" noValidate>
        <PasswordField
          label={enabled ? "Password, to move to a new authenticator app" : "Password, to set up two-factor sign-in"}
          name="password"
          purpose="current"
          errors={start.errors("password")}
        />
        <FormFooter form={start} submit={enabled ? "Move to a new app" : "Set up two-factor sign-in"} />
      </form>
      {enabled ? (
        <form onSubmit={disable.onSubmit} className="max-w-sm space-y-3" noValidate>
          <PasswordField
            label="Password, to turn it off"
            name="password"
            purpose="current"
            errors={disable.errors("password")}
          />
          <FormFooter form={disable} submit="Turn off two-factor sign-in" variant="danger" />
        </form>
      ) : null}
    </div>
  );
}
