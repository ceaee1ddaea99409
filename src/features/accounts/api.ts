import { accountPolicy } from "./policy";
import type { Endpoint } from "../../web/api";
import { clientMeta } from "../../web/forms";
import { idFrom } from "../../web/params";
import { changePassword, ChangePasswordInput } from "./change-password";
import { getUser } from "./get-user";
import { inviteUser, InviteUserInput } from "./invite-user";
import { listUsers } from "./list-users";
import { revokeRole } from "./revoke-role";
import { linkPerson, LinkPersonInput } from "./link-person";

export const accountEndpoints: Endpoint[] = [
  {
    method: "post",
    path: "/account/password",
    summary: "Change one's own password: the current one is required (counted against the sign-in limit); every other session ends, and the API tokens too with revokeTokens",
    tag: "accounts",
    body: ChangePasswordInput,
    handle: ({ actor, c, body }) => changePassword(c.get("deps").database, actor, body, { ...clientMeta(c), keepSession: c.get("sessionHash") }),
  },
  {
    method: "get",
    path: "/users",
    summary: "Accounts with a role where the caller may view accounts, and pending invitations",
    tag: "accounts",
    handle: async ({ actor, c }) => {
      if (!accountPolicy.viewSomewhere(actor)) return { users: [], pending: [] };
      return listUsers(actor, c.get("deps").database.db);
    },
  },
  {
    method: "get",
    path: "/users/:id",
    summary: "One account and its roles",
    tag: "accounts",
    handle: ({ actor, c, params }) => getUser(actor, c.get("deps").database.db, idFrom(params.id, "user")),
  },
  {
    method: "post",
    path: "/invitations",
    summary: "Invite a person by e-mail with a role on a unit",
    tag: "accounts",
    body: InviteUserInput,
    status: 201,
    handle: async ({ actor, c, body }) => {
      const { config, database, jobs } = c.get("deps");
      const result = await inviteUser(actor, body, database.db, { baseUrl: config.baseUrl, lang: c.get("lang") });
      jobs.kick();
      // The link is a secret meant for the invitee's mailbox; it is returned only when no mail server is set.
      return { kind: "invited", email: result.email, ...(config.smtpUrl ? {} : { link: result.link }) };
    },
  },
  {
    method: "post",
    path: "/users/:id/person",
    summary: "Link an account to the person of the registry it is (personId), or unlink it (personId null); an administrator of the account's unit and the person's",
    tag: "accounts",
    body: LinkPersonInput,
    handle: ({ actor, c, params, body }) => linkPerson(actor, idFrom(params.id, "user"), body, c.get("deps").database.db),
  },
  {
    method: "delete",
    path: "/role-assignments/:id",
    summary: "Revoke a role",
    tag: "accounts",
    status: 204,
    handle: ({ actor, c, params }) => revokeRole(actor, idFrom(params.id, "role_assignment"), c.get("deps").database.db),
  },
];
