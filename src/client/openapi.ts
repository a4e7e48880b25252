// The JSON API's types, generated from /openapi.json by openapi-typescript. Do not edit:
// change the route schemas in src/http/routes/ and run `npm run client:gen`.
export interface paths {
    "/v1/password-strength": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * How guessable a password is, judged as registration will judge it (for a live meter)
         * @description zxcvbn-ts with the phone and handle as words an attacker tries first. `feedback` holds the advice as zxcvbn-ts keys, for translation.
         */
        post: operations["checkPasswordStrength"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/factors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which second factors the account has on */
        get: operations["listFactorMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: operations["checkHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database (and Redis, if configured) answer */
        get: operations["checkReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a registration: validate the number and send it a code */
        post: operations["startRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A registration's state and SMS delivery status */
        get: operations["getRegistration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registrations/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a fresh code (the old one dies) */
        post: operations["resendRegistrationCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registrations/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check the SMS code */
        post: operations["verifyRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registrations/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create the account: password, handle, display name */
        post: operations["completeRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registrations/{id}/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The number already has an account: log in with the verified flow instead
         * @description Same rules as any SMS login: a known device (its `deviceToken`) gets a session; a new device of an account with a second factor gets `verification_required`.
         */
        post: operations["logInFromRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/handles/{handle}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Is this handle free? With close free alternatives */
        get: operations["checkHandle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange the session for a signed access token (EdDSA JWT) */
        post: operations["issueAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys that verify access tokens, including the next one before it signs */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with a phone number or handle and the password
         * @description A known device (its `deviceToken`) gets a session; a new device gets `verification_required` with a challenge.
         */
        post: operations["logIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/login-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for an SMS login code (the same answer whether or not the number has an account) */
        post: operations["startLoginCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/login-codes/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with the SMS code */
        post: operations["verifyLoginCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/challenges/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the SMS code of a new-device challenge, or get the WebAuthn options to answer it with a passkey */
        post: operations["sendChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/challenges/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a new-device challenge */
        post: operations["verifyChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's live sessions */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one session (its device stays known) */
        delete: operations["revokeSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's known devices */
        get: operations["listDevices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/devices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Forget a device: its token stops counting, its sessions end */
        delete: operations["forgetDevice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Log out (end this session) */
        delete: operations["logOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/reauthenticate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prove it is still you (for sensitive changes within 15 minutes)
         * @description The password, or a second factor (`method` with its `code`, or a passkey's `credential` answering `POST /v1/me/reauthenticate/passkey-options`).
         */
        post: operations["reauthenticate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password (the current one is required) */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/security-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's own security log, newest first */
        get: operations["listSecurityEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/blocklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Blocked numbers and prefixes */
        get: operations["listBlocklist"];
        put?: never;
        /** Block a number or a prefix (`+86170*`) */
        post: operations["addToBlocklist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/blocklist/{pattern}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unblock */
        delete: operations["removeFromBlocklist"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/sms/pauses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Blocks and countries the SMS-pumping breaker paused */
        get: operations["listSmsPauses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/sms/pauses/{scope}/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Lift a pause */
        delete: operations["liftSmsPause"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/doctor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What asking for a code for this number would do now, and why */
        get: operations["diagnosePhone"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/numbers/{phone}/clear-ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear the wrong-code stop of a number */
        post: operations["clearCodeLedger"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find an account by phone or handle */
        get: operations["findAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log of one account, newest first */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start TOTP enrolment: a secret, its otpauth:// URI and a QR image of it (not active until confirmed) */
        post: operations["startTotpEnrolment"];
        /** Turn TOTP off (a current code is required) */
        delete: operations["disableTotp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm TOTP with a code from the app; returns the recovery codes */
        post: operations["confirmTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the recovery codes (all old ones stop working); needs TOTP or a passkey */
        post: operations["regenerateRecoveryCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/passkeys/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start adding a passkey: creation options (needs an authentication within 15 minutes) */
        post: operations["startPasskeyRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/passkeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's passkeys */
        get: operations["listPasskeys"];
        put?: never;
        /**
         * Add the passkey the browser created from the options
         * @description `credential` is the browser's PublicKeyCredential as JSON (`credential.toJSON()`), binary fields base64url.
         */
        post: operations["addPasskey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/passkeys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a passkey (needs an authentication within 15 minutes) */
        delete: operations["removePasskey"];
        options?: never;
        head?: never;
        /** Rename a passkey */
        patch: operations["renamePasskey"];
        trace?: never;
    };
    "/v1/me/reauthenticate/passkey-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request options for `POST /v1/me/reauthenticate {method: "passkey", credential}` */
        post: operations["startPasskeyReauthentication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/passkeys/login/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a passwordless login: request options for any passkey of this site (discoverable credentials) */
        post: operations["startPasskeyLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/passkeys/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with a passkey: a session, on a known device (its `deviceToken`) or a new one */
        post: operations["logInWithPasskey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recoveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forgotten password: send a code to the number (the same answer whether or not it has an account) */
        post: operations["startRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recoveries/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check the code; says whether a second factor is needed to finish */
        post: operations["verifyRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recoveries/{id}/passkey-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WebAuthn options for answering the second factor of a verified recovery with a passkey
         * @description `not_found` when passkeys are off; `invalid_request` when the account has none.
         */
        post: operations["recoveryPasskeyOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recoveries/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password (with a second factor when the account has one); every other session ends */
        post: operations["completeRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account-freezes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Freeze an account with its password (a lost phone): every session ends, no login until unfrozen */
        post: operations["freezeAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account-unfreezes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unfreeze: always `verification_required` with a challenge; answering it unfreezes and opens a session
         * @description Never a success: the answer is `verification_required` (403) with `challengeId` and `methods`; `POST /v1/challenges/{id}/send` and `/verify` answer the challenge (docs/accounts.md, "Freeze and unfreeze").
         */
        post: operations["unfreezeAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/phone-change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the phone number: a code to the new number (needs an authentication within 15 minutes) */
        post: operations["startPhoneChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/phone-change/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The new number's code; answers the ways left to prove the old number or another factor */
        post: operations["verifyPhoneChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/phone-change/{id}/send-old": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a code to the old number (its budgets apply) */
        post: operations["sendOldNumberCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/phone-change/{id}/passkey-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WebAuthn options for confirming the phone change with a passkey
         * @description `not_found` when passkeys are off; `invalid_request` when the account has none.
         */
        post: operations["phoneChangePasskeyOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/phone-change/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Prove the old number (its code) or another factor; the number changes, the old one is told */
        post: operations["confirmPhoneChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/handle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change the handle: the password again; once free after a generated handle, then once per 365 days */
        put: operations["changeHandle"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/freeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Freeze the account: every session ends (this one too), no login until unfrozen */
        post: operations["freezeOwnAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/deletion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete the account after a grace period (logging in cancels); needs an authentication within 15 minutes */
        post: operations["requestDeletion"];
        /** Cancel a pending deletion */
        delete: operations["cancelDeletion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held on the account, as JSON (never a hash, secret or token) */
        get: operations["exportAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/entitlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The gated features the account may use and, for each refused one, why */
        get: operations["getEntitlements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pow/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A fresh proof-of-work challenge (ALTCHA, SHA-256, 5 minutes) for the `pow` field of code-sending requests */
        get: operations["getPowChallenge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_dev/sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messages sent to the dev inbox, newest first (dev mode only) */
        get: operations["listDevMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sms/receipts/kannel/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kannel delivery report (dlr-url) */
        get: operations["smsReceiptKannel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sms/receipts/twilio/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Twilio status callback (X-Twilio-Signature checked) */
        post: operations["smsReceiptTwilio"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sms/receipts/aliyun/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Alibaba Cloud SmsReport batch push */
        post: operations["smsReceiptAliyun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sms/receipts/tencent/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tencent Cloud delivery status callback */
        post: operations["smsReceiptTencent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sms/receipts/http/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generic webhook receipt (X-Tessera-Signature checked) */
        post: operations["smsReceiptHttp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Advice beside an answer: the device clock is more than 5 minutes off. */
        Hint: {
            /** @enum {string} */
            code: "clock_skew";
            /** @description How far the device clock is off (positive: ahead). */
            skewSeconds: number;
        };
        Phone: {
            /** @description E.164, e.g. `+8613800138000`. */
            e164: string;
            /** @description ISO 3166-1 alpha-2. */
            region: string;
            /** @description For display: `+86 138****8000`. */
            masked: string;
        };
        Account: {
            /** Format: uuid */
            id: string;
            phone: components["schemas"]["Phone"] | null;
            region: string;
            handle: string;
            displayName: string | null;
            status: "active" | "frozen" | "pending_deletion";
            trustLevel: number;
            /** Format: date-time */
            createdAt: string;
        };
        SessionGrant: {
            account: components["schemas"]["Account"];
            session: {
                /** @description Absent when the session went into a cookie (`X-Tessera-Session: cookie`). */
                token?: string;
                /** Format: date-time */
                expiresAt: string;
            };
            /** @description Present when this device was verified now; absent when it went into a cookie. */
            deviceToken?: string;
            hints?: components["schemas"]["Hint"][];
        };
        ErrorDetails: {
            /** @description The request field at fault. */
            field?: string;
            /** @description Why, as a stable word (`required`, `length`, `csrf`, `pow_invalid`, …). */
            reason?: string;
            /** @description The rule that was broken. */
            rule?: string;
            /** @description How long to wait; also sent as `Retry-After`. */
            retryAfterSeconds?: number;
            /** @description What a limit counts: `number`, `ip`, `flow`, `login`, `handle`, `region`, `totp`. */
            scope?: string;
            /** Format: date-time */
            nextChangeAt?: string;
            attemptsLeft?: number;
            clearedBy?: string;
            /** @description The state the flow or account is in. */
            state?: string;
            minLength?: number;
            maxLength?: number;
            max?: number;
            score?: number;
            warning?: string | null;
            suggestions?: string[];
            /** @description The number's type (`fixed_line`, `voip`, …). */
            type?: string;
            region?: string;
            supportedRegions?: string[];
            challengeId?: string;
            methods?: string[];
            maxAgeSeconds?: number;
            dlrType?: string | null;
            /** @description An ALTCHA proof-of-work challenge (`challenge_required`). */
            challenge?: {
                algorithm: string;
                challenge: string;
                maxnumber: number;
                salt: string;
                signature: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    checkPasswordStrength: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: password
                     * @description Its length is the password policy's (`password.minLength`–`password.maxLength`); outside it, `password_invalid`.
                     */
                    password: string;
                    phone?: string;
                    handle?: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description zxcvbn-ts score, 0–4. */
                        score: number;
                        /** @description The score registration wants (`password.minScore`). */
                        minScore: number;
                        /** @description Long and strong enough for registration. */
                        acceptable: boolean;
                        warning: string | null;
                        suggestions: string[];
                        /** @description The same advice as zxcvbn-ts keys (`warnings.*`, `suggestions.*`), for translated texts. */
                        feedback: {
                            warning: string | null;
                            suggestions: string[];
                        };
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `password_invalid` (docs/errors.md). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "password_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `rate_limited` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable`, `server_busy` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable" | "server_busy";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    listFactorMethods: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        methods: ("totp" | "passkey" | "recovery_code")[];
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    checkHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    checkReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description The database or Redis does not answer. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "unavailable";
                    };
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Prometheus text format. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain; version=0.0.4; charset=utf-8": string;
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    startRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The number as typed: E.164 (`+86…`), or national digits with `country`. */
                    phone: string;
                    /** @description ISO 3166-1 alpha-2 region for national digits. */
                    country?: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                    deviceName?: string;
                    /**
                     * Format: date-time
                     * @description The device clock, for the `clock_skew` hint.
                     */
                    clientTime?: string;
                    /** @description The ALTCHA widget payload (base64 JSON) solving a `challenge_required` challenge. */
                    pow?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        phone: components["schemas"]["Phone"];
                        state: "code_sent" | "verified" | "completed" | "cancelled";
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: date-time */
                        resendAt: string;
                        code: {
                            length: number;
                            ttlSeconds: number;
                        };
                        sendsLeft: number;
                        delivery: {
                            status: "queued" | "sent" | "delivered" | "failed";
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `phone_invalid`, `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "phone_invalid" | "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `region_not_supported`, `phone_blocked`, `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "region_not_supported" | "phone_blocked" | "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `phone_not_mobile` (docs/errors.md). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "phone_not_mobile";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `challenge_required` (docs/errors.md). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "challenge_required";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `rate_limited`, `code_attempts_exceeded` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited" | "code_attempts_exceeded";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    getRegistration: {
        parameters: {
            query?: {
                /** @description The device clock, for the `clock_skew` hint. */
                clientTime?: string;
                /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                locale?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        phone: components["schemas"]["Phone"];
                        state: "code_sent" | "verified" | "completed" | "cancelled";
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: date-time */
                        resendAt: string;
                        code: {
                            length: number;
                            ttlSeconds: number;
                        };
                        sendsLeft: number;
                        delivery: {
                            status: "queued" | "sent" | "delivered" | "failed";
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_expired` (docs/errors.md). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_expired";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    resendRegistrationCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                    /**
                     * Format: date-time
                     * @description The device clock, for the `clock_skew` hint.
                     */
                    clientTime?: string;
                    /** @description The ALTCHA widget payload (base64 JSON) solving a `challenge_required` challenge. */
                    pow?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        phone: components["schemas"]["Phone"];
                        state: "code_sent" | "verified" | "completed" | "cancelled";
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: date-time */
                        resendAt: string;
                        code: {
                            length: number;
                            ttlSeconds: number;
                        };
                        sendsLeft: number;
                        delivery: {
                            status: "queued" | "sent" | "delivered" | "failed";
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_state_invalid` (docs/errors.md). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_state_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_expired` (docs/errors.md). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_expired";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `challenge_required` (docs/errors.md). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "challenge_required";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `rate_limited`, `code_attempts_exceeded` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited" | "code_attempts_exceeded";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    verifyRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The code from the SMS. */
                    code: string;
                    /**
                     * Format: date-time
                     * @description The device clock, for the `clock_skew` hint.
                     */
                    clientTime?: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        state: "verified";
                        phoneRegistered: boolean;
                        /** @description The number's account has been dormant for `recycling.idleDays`: `complete` with `takeOverNumber: true` may take the number over. */
                        recycled: boolean;
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `code_incorrect`, `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "code_incorrect" | "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_state_invalid` (docs/errors.md). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_state_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_expired`, `code_expired` (docs/errors.md). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_expired" | "code_expired";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `code_attempts_exceeded`, `rate_limited` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "code_attempts_exceeded" | "rate_limited";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    completeRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: password
                     * @description Its length is the password policy's (`password.minLength`–`password.maxLength`); outside it, `password_invalid`.
                     */
                    password: string;
                    handle?: string;
                    displayName?: string;
                    deviceName?: string;
                    /** @enum {boolean} */
                    acceptTerms: true;
                    /** @description Register with a number whose account is dormant (`recycled` on verify): that account keeps its data but loses the number. */
                    takeOverNumber?: boolean;
                    /**
                     * Format: date-time
                     * @description The device clock, for the `clock_skew` hint.
                     */
                    clientTime?: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionGrant"];
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_state_invalid`, `phone_registered`, `handle_taken` (docs/errors.md). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_state_invalid" | "phone_registered" | "handle_taken";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_expired` (docs/errors.md). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_expired";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `handle_invalid`, `password_weak`, `password_invalid` (docs/errors.md). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "handle_invalid" | "password_weak" | "password_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `server_busy` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "server_busy";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    logInFromRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    deviceName?: string;
                    /** @description The token of a device this account has verified before. */
                    deviceToken?: string;
                    /**
                     * Format: date-time
                     * @description The device clock, for the `clock_skew` hint.
                     */
                    clientTime?: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionGrant"];
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `verification_required`, `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "verification_required" | "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_state_invalid` (docs/errors.md). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_state_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_expired` (docs/errors.md). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_expired";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `account_frozen` (docs/errors.md). */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "account_frozen";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    checkHandle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        handle: string;
                        available: boolean;
                        /** @description Why not, when it is not available. */
                        reason?: "invalid" | "taken" | "reserved";
                        /** @description The rule an invalid or reserved handle breaks (`length`, `first_character`, `characters`, `reserved`, …). */
                        rule?: string;
                        /** @description Free handles close to this one (when it is taken or reserved). */
                        suggestions: string[];
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `rate_limited` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: components["schemas"]["Account"];
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    issueAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        /** @enum {string} */
                        tokenType: "Bearer";
                        /** @description Seconds the token is valid. */
                        expiresIn: number;
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `account_frozen` (docs/errors.md). */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "account_frozen";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keys: {
                            kty: string;
                            crv: string;
                            x: string;
                            kid: string;
                            alg: string;
                            use: string;
                        }[];
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    logIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A phone number (E.164) or a handle. */
                    identifier: string;
                    /**
                     * Format: password
                     * @description Its length is the password policy's (`password.minLength`–`password.maxLength`); outside it, `password_invalid`.
                     */
                    password: string;
                    /** @description The token of a device this account has verified before. */
                    deviceToken?: string;
                    deviceName?: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionGrant"];
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `invalid_credentials` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_credentials";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `verification_required`, `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "verification_required" | "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `password_invalid` (docs/errors.md). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "password_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `account_frozen` (docs/errors.md). */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "account_frozen";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `rate_limited` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable`, `server_busy` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable" | "server_busy";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    startLoginCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The number as typed: E.164 (`+86…`), or national digits with `country`. */
                    phone: string;
                    /** @description ISO 3166-1 alpha-2 region for national digits. */
                    country?: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                    /** @description The ALTCHA widget payload (base64 JSON) solving a `challenge_required` challenge. */
                    pow?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        phone: components["schemas"]["Phone"];
                        state: "code_sent" | "verified" | "completed" | "cancelled";
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: date-time */
                        resendAt: string;
                        code: {
                            length: number;
                            ttlSeconds: number;
                        };
                    };
                };
            };
            /** @description One of: `phone_invalid`, `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "phone_invalid" | "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `region_not_supported`, `phone_blocked`, `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "region_not_supported" | "phone_blocked" | "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `phone_not_mobile` (docs/errors.md). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "phone_not_mobile";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `challenge_required` (docs/errors.md). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "challenge_required";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `rate_limited`, `code_attempts_exceeded` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited" | "code_attempts_exceeded";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    verifyLoginCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The code from the SMS. */
                    code: string;
                    /** @description The token of a device this account has verified before. */
                    deviceToken?: string;
                    deviceName?: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionGrant"];
                };
            };
            /** @description One of: `code_incorrect`, `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "code_incorrect" | "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `verification_required`, `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "verification_required" | "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_state_invalid` (docs/errors.md). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_state_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `code_expired`, `flow_expired` (docs/errors.md). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "code_expired" | "flow_expired";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `account_frozen` (docs/errors.md). */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "account_frozen";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `code_attempts_exceeded`, `rate_limited` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "code_attempts_exceeded" | "rate_limited";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    sendChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    method: "sms" | "passkey";
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                    /** @description The ALTCHA widget payload (base64 JSON) solving a `challenge_required` challenge. */
                    pow?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        method: "sms";
                        /** @enum {boolean} */
                        sent: true;
                        code: {
                            length: number;
                            ttlSeconds: number;
                        };
                    } | {
                        id: string;
                        /** @enum {string} */
                        method: "passkey";
                        /** @description WebAuthn options for the browser (JSON). */
                        options: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `phone_blocked`, `region_not_supported`, `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "phone_blocked" | "region_not_supported" | "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_state_invalid` (docs/errors.md). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_state_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_expired` (docs/errors.md). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_expired";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `challenge_required` (docs/errors.md). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "challenge_required";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `rate_limited`, `code_attempts_exceeded` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited" | "code_attempts_exceeded";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    verifyChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    method: "sms" | "totp" | "passkey" | "recovery_code";
                    code?: string;
                    /** @description The WebAuthn credential the browser returned (JSON). */
                    credential?: {
                        [key: string]: unknown;
                    };
                    deviceName?: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionGrant"];
                };
            };
            /** @description One of: `code_incorrect`, `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "code_incorrect" | "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_state_invalid` (docs/errors.md). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_state_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `code_expired`, `flow_expired` (docs/errors.md). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "code_expired" | "flow_expired";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `account_frozen` (docs/errors.md). */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "account_frozen";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `code_attempts_exceeded`, `rate_limited` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "code_attempts_exceeded" | "rate_limited";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    listSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sessions: {
                            id: string;
                            /** @description The session making this request. */
                            current: boolean;
                            deviceId: string | null;
                            deviceName: string | null;
                            ip: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            lastSeenAt: string;
                        }[];
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    revokeSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    listDevices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        devices: {
                            id: string;
                            name: string | null;
                            /** @description The device of the session making this request. */
                            current: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            lastSeenAt: string;
                        }[];
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    forgetDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    logOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    reauthenticate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: password
                     * @description Its length is the password policy's (`password.minLength`–`password.maxLength`); outside it, `password_invalid`.
                     */
                    password?: string;
                    method?: "totp" | "passkey" | "recovery_code";
                    code?: string;
                    /** @description The WebAuthn credential the browser returned (JSON). */
                    credential?: {
                        [key: string]: unknown;
                    };
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        reauthenticatedAt: string;
                    };
                };
            };
            /** @description One of: `code_incorrect`, `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "code_incorrect" | "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `invalid_credentials`, `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_credentials" | "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `password_invalid` (docs/errors.md). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "password_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `rate_limited` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `server_busy` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "server_busy";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: password
                     * @description Its length is the password policy's (`password.minLength`–`password.maxLength`); outside it, `password_invalid`.
                     */
                    currentPassword: string;
                    /**
                     * Format: password
                     * @description Its length is the password policy's (`password.minLength`–`password.maxLength`); outside it, `password_invalid`.
                     */
                    newPassword: string;
                    revokeOtherSessions?: boolean;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Always true: a refusal is an error. */
                        changed: boolean;
                        /** @description How many other sessions ended (`revokeOtherSessions`). */
                        revokedSessions: number;
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `invalid_credentials`, `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_credentials" | "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `password_weak`, `password_invalid` (docs/errors.md). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "password_weak" | "password_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `rate_limited` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `server_busy` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "server_busy";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    listSecurityEvents: {
        parameters: {
            query?: {
                /** @description how many, 1–500 */
                limit?: string;
                before?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: {
                            id: string;
                            /** @description Dotted action name: `login`, `session.revoked`, `password.changed`, … */
                            action: string;
                            outcome: "success" | "failure" | "refused";
                            /** @description `account`, `system`, `operator:<name>` or `anonymous`. */
                            actor: string;
                            ip: string | null;
                            deviceId: string | null;
                            details: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    listBlocklist: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entries: {
                            pattern: string;
                            reason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    addToBlocklist: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    pattern: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pattern: string;
                        reason: string | null;
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    removeFromBlocklist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pattern: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    listSmsPauses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pauses: {
                            /** @enum {unknown} */
                            scope: "block" | "country";
                            /** @description The number block (`+861380013`) or the country (`CN`). */
                            key: string;
                            /** @description How many times in a row it was paused; each pause is twice the last. */
                            level: number;
                            /** Format: date-time */
                            until: string;
                            secondsLeft: number;
                        }[];
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    liftSmsPause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scope: "block" | "country";
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    diagnosePhone: {
        parameters: {
            query: {
                phone: string;
                country?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        input: string;
                        /** @description Absent when the input is not a valid number. */
                        phone?: {
                            masked: string;
                            region: string;
                            type: string;
                        };
                        verdict: string;
                        checks: {
                            check: string;
                            ok: boolean;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    clearCodeLedger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                phone: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description One of: `phone_invalid`, `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "phone_invalid" | "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    findAccount: {
        parameters: {
            query?: {
                phone?: string;
                handle?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: components["schemas"]["Account"];
                    };
                };
            };
            /** @description One of: `phone_invalid`, `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "phone_invalid" | "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query: {
                accountId: string;
                /** @description how many, 1–500 */
                limit?: string;
                before?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: {
                            id: string;
                            accountId: string | null;
                            /** @description Who acted: `account`, `system`, `operator`, `anonymous`. */
                            actor: string;
                            /** @description Dotted action name (`login.password`, `session.revoked`, …). */
                            action: string;
                            outcome: "success" | "failure" | "refused";
                            ip: string | null;
                            deviceId: string | null;
                            /** @description Non-secret context (device name, method, masked phone). */
                            details: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    startTotpEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The shared secret, base32. */
                        secret: string;
                        /** @description The otpauth:// URI of the secret. */
                        uri: string;
                        /** @description data:image/png;base64,… */
                        qr: string;
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `reauthentication_required`, `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "reauthentication_required" | "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    disableTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The 6 digits the authenticator app shows now. */
                    code: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description One of: `code_incorrect`, `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "code_incorrect" | "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `reauthentication_required`, `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "reauthentication_required" | "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `rate_limited` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    confirmTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The 6 digits the authenticator app shows now. */
                    code: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 10 single-use codes, shown this once; keep them offline. */
                        recoveryCodes: string[];
                    };
                };
            };
            /** @description One of: `code_incorrect`, `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "code_incorrect" | "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `reauthentication_required`, `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "reauthentication_required" | "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `rate_limited` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    regenerateRecoveryCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 10 single-use codes, shown this once; keep them offline. */
                        recoveryCodes: string[];
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `reauthentication_required`, `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "reauthentication_required" | "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    startPasskeyRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description WebAuthn options for the browser (JSON). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `reauthentication_required`, `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "reauthentication_required" | "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    listPasskeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        passkeys: {
                            id: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                            lastUsedAt: string | null;
                            deviceType: string | null;
                            backedUp: boolean;
                            transports: string[];
                        }[];
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    addPasskey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The WebAuthn credential the browser returned (JSON). */
                    credential: {
                        [key: string]: unknown;
                    };
                    name?: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** Format: date-time */
                        createdAt: string;
                        lastUsedAt: string | null;
                        deviceType: string | null;
                        backedUp: boolean;
                        transports: string[];
                    };
                };
            };
            /** @description One of: `code_incorrect`, `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "code_incorrect" | "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `reauthentication_required`, `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "reauthentication_required" | "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    removePasskey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The credential id (base64url). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `reauthentication_required`, `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "reauthentication_required" | "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    renamePasskey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The credential id (base64url). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** Format: date-time */
                        createdAt: string;
                        lastUsedAt: string | null;
                        deviceType: string | null;
                        backedUp: boolean;
                        transports: string[];
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    startPasskeyReauthentication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description WebAuthn options for the browser (JSON). */
                        options: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    startPasskeyLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        challengeId: string;
                        /** @description WebAuthn options for the browser (JSON). */
                        options: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `rate_limited` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    logInWithPasskey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    challengeId: string;
                    /** @description The WebAuthn credential the browser returned (JSON). */
                    credential: {
                        [key: string]: unknown;
                    };
                    /** @description The token of a device this account has verified before. */
                    deviceToken?: string;
                    deviceName?: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionGrant"];
                };
            };
            /** @description One of: `code_incorrect`, `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "code_incorrect" | "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `account_frozen` (docs/errors.md). */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "account_frozen";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    startRecovery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The number as typed: E.164 (`+86…`), or national digits with `country`. */
                    phone: string;
                    /** @description ISO 3166-1 alpha-2 region for national digits. */
                    country?: string;
                    deviceName?: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                    /** @description The ALTCHA widget payload (base64 JSON) solving a `challenge_required` challenge. */
                    pow?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        phone: components["schemas"]["Phone"];
                        state: "code_sent" | "verified" | "completed" | "cancelled";
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: date-time */
                        resendAt: string;
                        code: {
                            length: number;
                            ttlSeconds: number;
                        };
                    };
                };
            };
            /** @description One of: `phone_invalid`, `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "phone_invalid" | "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `region_not_supported`, `phone_blocked`, `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "region_not_supported" | "phone_blocked" | "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `phone_not_mobile` (docs/errors.md). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "phone_not_mobile";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `challenge_required` (docs/errors.md). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "challenge_required";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `rate_limited`, `code_attempts_exceeded` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited" | "code_attempts_exceeded";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    verifyRecovery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The code from the SMS. */
                    code: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        state: "verified";
                        secondFactorRequired: boolean;
                        methods: ("totp" | "passkey" | "recovery_code")[];
                    };
                };
            };
            /** @description One of: `code_incorrect`, `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "code_incorrect" | "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_state_invalid` (docs/errors.md). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_state_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_expired`, `code_expired` (docs/errors.md). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_expired" | "code_expired";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `account_frozen` (docs/errors.md). */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "account_frozen";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `code_attempts_exceeded`, `rate_limited` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "code_attempts_exceeded" | "rate_limited";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    recoveryPasskeyOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description WebAuthn options for the browser (JSON). */
                        options: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_not_found`, `not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_not_found" | "not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_state_invalid` (docs/errors.md). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_state_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_expired` (docs/errors.md). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_expired";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `account_frozen` (docs/errors.md). */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "account_frozen";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    completeRecovery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: password
                     * @description Its length is the password policy's (`password.minLength`–`password.maxLength`); outside it, `password_invalid`.
                     */
                    newPassword: string;
                    method?: "totp" | "passkey" | "recovery_code";
                    code?: string;
                    /** @description The WebAuthn credential the browser returned (JSON). */
                    credential?: {
                        [key: string]: unknown;
                    };
                    deviceName?: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionGrant"];
                };
            };
            /** @description One of: `code_incorrect`, `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "code_incorrect" | "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_state_invalid` (docs/errors.md). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_state_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_expired` (docs/errors.md). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_expired";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `password_weak`, `password_invalid` (docs/errors.md). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "password_weak" | "password_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `account_frozen` (docs/errors.md). */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "account_frozen";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `code_attempts_exceeded`, `rate_limited` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "code_attempts_exceeded" | "rate_limited";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `server_busy` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "server_busy";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    freezeAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A phone number (E.164) or a handle. */
                    identifier: string;
                    /**
                     * Format: password
                     * @description Its length is the password policy's (`password.minLength`–`password.maxLength`); outside it, `password_invalid`.
                     */
                    password: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "frozen";
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `invalid_credentials` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_credentials";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `password_invalid` (docs/errors.md). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "password_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `rate_limited` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `server_busy` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "server_busy";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    unfreezeAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A phone number (E.164) or a handle. */
                    identifier: string;
                    /**
                     * Format: password
                     * @description Its length is the password policy's (`password.minLength`–`password.maxLength`); outside it, `password_invalid`.
                     */
                    password: string;
                    deviceName?: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Not answered: see `verification_required`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `invalid_credentials` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_credentials";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `verification_required`, `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "verification_required" | "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_state_invalid` (docs/errors.md). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_state_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `password_invalid` (docs/errors.md). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "password_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `rate_limited` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `server_busy` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "server_busy";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    startPhoneChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The number as typed: E.164 (`+86…`), or national digits with `country`. */
                    phone: string;
                    /** @description ISO 3166-1 alpha-2 region for national digits. */
                    country?: string;
                    /** @description The ALTCHA widget payload (base64 JSON) solving a `challenge_required` challenge. */
                    pow?: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        phone: components["schemas"]["Phone"];
                        state: "code_sent" | "verified" | "completed" | "cancelled";
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: date-time */
                        resendAt: string;
                        code: {
                            length: number;
                            ttlSeconds: number;
                        };
                        sendsLeft: number;
                        delivery: {
                            status: "queued" | "sent" | "delivered" | "failed";
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `phone_invalid`, `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "phone_invalid" | "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `region_not_supported`, `phone_blocked`, `reauthentication_required`, `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "region_not_supported" | "phone_blocked" | "reauthentication_required" | "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `phone_not_mobile` (docs/errors.md). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "phone_not_mobile";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `challenge_required` (docs/errors.md). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "challenge_required";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `rate_limited`, `code_attempts_exceeded` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited" | "code_attempts_exceeded";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    verifyPhoneChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The code from the SMS. */
                    code: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        newNumberVerified: boolean;
                        methods: ("sms" | "totp" | "passkey" | "recovery_code")[];
                    };
                };
            };
            /** @description One of: `code_incorrect`, `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "code_incorrect" | "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_state_invalid`, `phone_registered` (docs/errors.md). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_state_invalid" | "phone_registered";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_expired`, `code_expired` (docs/errors.md). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_expired" | "code_expired";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `code_attempts_exceeded`, `rate_limited` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "code_attempts_exceeded" | "rate_limited";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    sendOldNumberCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The ALTCHA widget payload (base64 JSON) solving a `challenge_required` challenge. */
                    pow?: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        sent: boolean;
                        phone: {
                            masked: string;
                        };
                        /** Format: date-time */
                        resendAt: string;
                        code: {
                            length: number;
                            ttlSeconds: number;
                        };
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_state_invalid` (docs/errors.md). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_state_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_expired` (docs/errors.md). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_expired";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `challenge_required` (docs/errors.md). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "challenge_required";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `rate_limited`, `code_attempts_exceeded` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited" | "code_attempts_exceeded";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    phoneChangePasskeyOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description WebAuthn options for the browser (JSON). */
                        options: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_not_found`, `not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_not_found" | "not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_state_invalid` (docs/errors.md). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_state_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_expired` (docs/errors.md). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_expired";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    confirmPhoneChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    method: "sms" | "totp" | "passkey" | "recovery_code";
                    code?: string;
                    /** @description The WebAuthn credential the browser returned (JSON). */
                    credential?: {
                        [key: string]: unknown;
                    };
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: components["schemas"]["Account"];
                    };
                };
            };
            /** @description One of: `code_incorrect`, `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "code_incorrect" | "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_state_invalid`, `phone_registered` (docs/errors.md). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_state_invalid" | "phone_registered";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_expired`, `code_expired` (docs/errors.md). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_expired" | "code_expired";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `code_attempts_exceeded`, `rate_limited` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "code_attempts_exceeded" | "rate_limited";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    changeHandle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    handle: string;
                    /**
                     * Format: password
                     * @description Its length is the password policy's (`password.minLength`–`password.maxLength`); outside it, `password_invalid`.
                     */
                    password: string;
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: components["schemas"]["Account"];
                        nextChangeAt: string | null;
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `invalid_credentials`, `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_credentials" | "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `reauthentication_required`, `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "reauthentication_required" | "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `handle_taken`, `flow_state_invalid` (docs/errors.md). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "handle_taken" | "flow_state_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `handle_invalid`, `password_invalid` (docs/errors.md). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "handle_invalid" | "password_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `rate_limited` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `server_busy` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "server_busy";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    freezeOwnAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "frozen";
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    requestDeletion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides. */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "pending_deletion";
                        /** Format: date-time */
                        scheduledFor: string;
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `reauthentication_required`, `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "reauthentication_required" | "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `flow_state_invalid` (docs/errors.md). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "flow_state_invalid";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    cancelDeletion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: "active" | "frozen" | "pending_deletion";
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    exportAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        exportedAt: string;
                        account: {
                            /** Format: uuid */
                            id: string;
                            phone: components["schemas"]["Phone"] | null;
                            region: string;
                            handle: string;
                            displayName: string | null;
                            status: "active" | "frozen" | "pending_deletion";
                            trustLevel: number;
                            /** Format: date-time */
                            createdAt: string;
                            phoneReleasedAt: string | null;
                            frozenAt: string | null;
                            deletionRequestedAt: string | null;
                            deletionScheduledFor: string | null;
                            passwordChangedAt: string | null;
                            handleChanges: number;
                            handleChangedAt: string | null;
                            nextHandleChangeAt: string | null;
                        };
                        entitlements: {
                            "pay.send": {
                                /** @enum {boolean} */
                                allowed: true;
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "frozen";
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "trust_level_too_low";
                                requiredTrustLevel: number;
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "account_too_new";
                                /** Format: date-time */
                                availableAt: string;
                            };
                            "pay.receive": {
                                /** @enum {boolean} */
                                allowed: true;
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "frozen";
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "trust_level_too_low";
                                requiredTrustLevel: number;
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "account_too_new";
                                /** Format: date-time */
                                availableAt: string;
                            };
                            "redpacket.send": {
                                /** @enum {boolean} */
                                allowed: true;
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "frozen";
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "trust_level_too_low";
                                requiredTrustLevel: number;
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "account_too_new";
                                /** Format: date-time */
                                availableAt: string;
                            };
                            "moments.post": {
                                /** @enum {boolean} */
                                allowed: true;
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "frozen";
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "trust_level_too_low";
                                requiredTrustLevel: number;
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "account_too_new";
                                /** Format: date-time */
                                availableAt: string;
                            };
                        };
                        devices: {
                            id: string;
                            name: string | null;
                            current: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            lastSeenAt: string;
                            forgottenAt: string | null;
                        }[];
                        sessions: {
                            id: string;
                            current: boolean;
                            deviceId: string | null;
                            ip: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            lastSeenAt: string;
                            /** Format: date-time */
                            authenticatedAt: string;
                            authMethods: string[];
                            /** Format: date-time */
                            expiresAt: string;
                            revokedAt: string | null;
                        }[];
                        secondFactors: {
                            totp: {
                                enabled: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                confirmedAt: string | null;
                            } | {
                                /** @enum {boolean} */
                                enabled: false;
                            };
                            passkeys: {
                                id: string;
                                name: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                lastUsedAt: string | null;
                            }[];
                            recoveryCodesRemaining: number;
                        };
                        /** @description Newest first, at most 10,000. */
                        securityEvents: {
                            id: string;
                            action: string;
                            outcome: "success" | "failure" | "refused";
                            actor: string;
                            ip: string | null;
                            deviceId: string | null;
                            details: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        securityEventsTruncated: boolean;
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    getEntitlements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        trustLevel: number;
                        status: "active" | "frozen" | "pending_deletion";
                        entitlements: {
                            "pay.send": {
                                /** @enum {boolean} */
                                allowed: true;
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "frozen";
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "trust_level_too_low";
                                requiredTrustLevel: number;
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "account_too_new";
                                /** Format: date-time */
                                availableAt: string;
                            };
                            "pay.receive": {
                                /** @enum {boolean} */
                                allowed: true;
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "frozen";
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "trust_level_too_low";
                                requiredTrustLevel: number;
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "account_too_new";
                                /** Format: date-time */
                                availableAt: string;
                            };
                            "redpacket.send": {
                                /** @enum {boolean} */
                                allowed: true;
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "frozen";
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "trust_level_too_low";
                                requiredTrustLevel: number;
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "account_too_new";
                                /** Format: date-time */
                                availableAt: string;
                            };
                            "moments.post": {
                                /** @enum {boolean} */
                                allowed: true;
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "frozen";
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "trust_level_too_low";
                                requiredTrustLevel: number;
                            } | {
                                /** @enum {boolean} */
                                allowed: false;
                                /** @enum {string} */
                                reason: "account_too_new";
                                /** Format: date-time */
                                availableAt: string;
                            };
                        };
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    getPowChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An ALTCHA challenge, as its widget expects it from its challenge URL. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        algorithm: "SHA-256";
                        challenge: string;
                        maxnumber: number;
                        salt: string;
                        signature: string;
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `rate_limited` (docs/errors.md). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `service_unavailable` (docs/errors.md). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    listDevMessages: {
        parameters: {
            query?: {
                to?: string;
                /** @description 1 to 500, default 100 */
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        messages: {
                            id: string;
                            /** @description E.164 */
                            to: string;
                            text: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    smsReceiptKannel: {
        parameters: {
            query?: {
                /** @description The message id Tessera put in the dlr-url */
                id?: string;
                /** @description Kannel's DLR type (`%d`): 1 delivered to the phone, 2 not delivered, 4 queued on the SMSC, 8 delivered to the SMSC, 16 rejected by the SMSC */
                status?: string;
                /** @description The SMSC's reply (`%A`) */
                reply?: string;
            };
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The acknowledgement the gateway expects */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": "OK";
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    smsReceiptTwilio: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    MessageSid: string;
                    MessageStatus: "accepted" | "scheduled" | "queued" | "sending" | "sent" | "delivered" | "read" | "undelivered" | "failed" | "canceled";
                    ErrorCode?: string;
                } & {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description The acknowledgement the gateway expects */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": "";
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    smsReceiptAliyun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": ({
                    success: boolean;
                    /** @description The BizId SendSms returned */
                    biz_id: string;
                    /** @description Our message id (sent as OutId) */
                    out_id?: string;
                    err_code?: string;
                } & {
                    [key: string]: unknown;
                })[];
            };
        };
        responses: {
            /** @description The acknowledgement the gateway expects */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 0;
                        msg: string;
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    smsReceiptTencent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": ({
                    report_status: "SUCCESS" | "FAIL";
                    /** @description The SerialNo SendSms returned */
                    sid: string;
                    errmsg?: string;
                } & {
                    [key: string]: unknown;
                })[];
            };
        };
        responses: {
            /** @description The acknowledgement the gateway expects */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        result: 0;
                        errmsg: string;
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
    smsReceiptHttp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The message id Tessera sent */
                    id: string;
                    status: "sent" | "delivered" | "failed";
                    providerMessageId?: string;
                    /** @description Kept (64 characters at most) when the status is failed */
                    errorCode?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description The acknowledgement the gateway expects */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        received: true;
                    };
                };
            };
            /** @description One of: `invalid_request` (docs/errors.md). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_request";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unauthenticated` (docs/errors.md). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthenticated";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `forbidden` (docs/errors.md). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `not_found` (docs/errors.md). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `payload_too_large` (docs/errors.md). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `unsupported_media_type` (docs/errors.md). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
            /** @description One of: `internal_error` (docs/errors.md). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            /** @description In the request's language; for people, not for programs. */
                            message: string;
                            details: components["schemas"]["ErrorDetails"];
                        };
                        hints?: components["schemas"]["Hint"][];
                    };
                };
            };
        };
    };
}
