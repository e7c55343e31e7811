import type { accountSecurityZh } from './account-security-zh.js';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The words of password resets, their approval and the sign-in unlock in English (same keys as zh). */
export const accountSecurityEn: Shape<typeof accountSecurityZh> = {
  resources: {
    passwordResetApprovals: { name: 'Account reset approval |||| Account reset approvals' },
  },
  rectify: {
    reset: {
      confirm:
        'A one-time code is made, with which the holder sets a new password; the old password and sessions stop working at once. A discipline account needs another discipline officer’s approval, and the code goes to that officer, not to the administrator.',
      codeIssued:
        'Hand this reset code to the account holder in person; they set a new password under “I have a reset code” on the sign-in page:',
      codeOnce: 'The code is shown this once and works for 72 hours.',
      awaitingApproval:
        'This is a discipline account: another discipline officer must approve the reset, and the code will go to that officer, never to the administrator.',
      latest: 'Latest reset: %{status}',
      unlock: 'Lift sign-in delays',
      unlocked: 'Sign-in delays lifted (%{smart_count})',
      approvalsHelp:
        'An administrator’s reset or new discipline account needs another discipline officer’s approval. Approve only what the holder really asked for; the code is then shown once: hand it over in person.',
      noneAwaiting: 'No account reset awaits approval',
      account: 'Account',
      reason: 'Reason',
      requested: 'Asked by · at',
      approve: 'Approve and issue the code',
      reject: 'Refuse',
      rejected: 'Refused',
      handOver: 'Hand this reset code in person to %{who}:',
      haveCode: 'I have a reset code',
      backToSignIn: 'Back to sign-in',
      redeemHeading: 'Set a new password with a reset code',
      redeemHelp: 'Your username, the reset code you were given and a new password',
      code: 'Reset code',
      redeem: 'Set the password and sign in',
      redeemed: 'Your new password is set',
    },
  },
};
