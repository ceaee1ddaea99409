// One-time links (invitations, password resets, set-up): how long each lives.
export const INVITATION_DAYS = 7;
export const RESET_MINUTES = 60;

export const invitationLink = (baseUrl: string, token: string) => `${baseUrl}/invitations/${token}`;
export const resetLink = (baseUrl: string, token: string) => `${baseUrl}/password/reset/${token}`;
