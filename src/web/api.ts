// The JSON API under /api/v1: the same use cases as the pages, authenticated by a
// personal access token (Authorization: Bearer tdpat_…) or the session cookie.
// Each endpoint is declared once; the OpenAPI document is built from the declarations.
import { Hono } from "hono";
import { z } from "zod";
import { accountEndpoints } from "../features/accounts/api";
import { auditEndpoints } from "../features/audit/api";
import { awardEndpoints } from "../features/awards/api";
import { nominationEndpoints } from "../features/nominations/api";
import { councilMemberEndpoints } from "../features/council/member-api";
import { relativesEndpoints } from "../features/relatives/api";
import { fairnessEndpoints } from "../features/fairness/api";
import { disclosureEndpoints } from "../features/disclosure/api";
import { councilEndpoints } from "../features/council/api";
import { bonusEndpoints } from "../features/bonus/api";
import { decisionEndpoints } from "../features/decisions/api";
import { councilMinutesEndpoints } from "../features/council/minutes-api";
import { proposalEndpoints } from "../features/proposals/api";
import { catalogueEndpoints } from "../features/catalogue/api";
import { certificateEndpoints } from "../features/certificates/api";
import { documentEndpoints } from "../features/documents/api";
import { movementsEndpoints } from "../features/movements/api";
import { progressEndpoints } from "../features/progress/api";
import { tasksEndpoints } from "../features/tasks/api";
import { peopleEndpoints } from "../features/people/api";
import { eligibilityEndpoints } from "../features/eligibility/api";
import { unitEndpoints } from "../features/units/api";
import { ValidationError } from "../platform/errors";
import { Actor } from "../platform/actor";
import { bodyOverLimit } from "./body-limit";
import type { AppEnv, Ctx } from "./context";
import { requireUser } from "./forms";
import { assertPlainText } from "./plain-text";

export interface Endpoint {
  method: "get" | "post" | "delete";
  /** Hono-style path, e.g. "/units/:id". */
  path: string;
  summary: string;
  tag: string;
  /** Request body (POST) or query (GET), documented from the zod schema. */
  body?: z.ZodType;
  query?: z.ZodType;
  status?: 200 | 201 | 204;
  /** Answered with no sign-in (the certificate verification); `actor` is then an anonymous one. */
  public?: boolean;
  handle(args: { actor: Actor; c: Ctx; params: Record<string, string>; body: unknown; query: Record<string, string> }): Promise<unknown>;
}

export const endpoints: Endpoint[] = [
  {
    method: "get",
    path: "/me",
    summary: "The signed-in user and their roles",
    tag: "accounts",
    handle: async ({ actor }) => ({ user: actor.user, roles: actor.assignments }),
  },
  ...unitEndpoints,
  ...accountEndpoints,
  ...peopleEndpoints,
  ...eligibilityEndpoints,
  ...auditEndpoints,
  ...documentEndpoints,
  ...movementsEndpoints,
  ...progressEndpoints,
  ...tasksEndpoints,
  ...awardEndpoints,
  ...nominationEndpoints,
  ...fairnessEndpoints,
  ...disclosureEndpoints,
  ...councilEndpoints,
  ...bonusEndpoints,
  ...decisionEndpoints,
  ...councilMinutesEndpoints,
  ...proposalEndpoints,
  ...catalogueEndpoints,
  ...councilMemberEndpoints,
  ...relativesEndpoints,
  ...certificateEndpoints,
];

async function readJson(c: Ctx): Promise<unknown> {
  if (!(c.req.header("content-type") ?? "").startsWith("application/json")) {
    throw ValidationError.field("_body", "errors.unsupported_type");
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch (err) {
    if (bodyOverLimit(c) !== undefined) throw err; // answered 413
    throw ValidationError.field("_body", "errors.invalid_json");
  }
  assertPlainText(body);
  return body;
}

export const apiRoutes = new Hono<AppEnv>();

apiRoutes.get("/openapi.json", (c) => c.json(openApiDocument(c.get("deps").config.baseUrl)));

function register(e: Endpoint) {
  apiRoutes[e.method](e.path, async (c) => {
    const body = e.method === "post" ? await readJson(c) : undefined;
    const actor = c.get("actor") ?? Actor.anonymous(c.get("clientIp"));
    const result = await e.handle({ actor, c, params: c.req.param() as Record<string, string>, body, query: c.req.query() });
    if (e.status === 204) return c.body(null, 204);
    if (result instanceof Response) return result; // a file download
    return c.json(result as object, e.status ?? 200);
  });
}

// The public endpoints answer before the sign-in check below; every other one needs a user.
for (const e of endpoints) if (e.public) register(e);
apiRoutes.use("*", requireUser);
for (const e of endpoints) if (!e.public) register(e);


/** Path parameters that are not record ids: a day, a catalogue entry's kind and code. */
const TEXT_PARAMS = new Set(["date", "kind", "code"]);

function openApiDocument(baseUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of endpoints) {
    const path = e.path.replace(/:(\w+)/g, "{$1}");
    const params = [...e.path.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: TEXT_PARAMS.has(m[1]!) ? "string" : "integer" } }));
    const query = e.query ? Object.entries((z.toJSONSchema(e.query, { io: "input" }) as { properties?: Record<string, unknown> }).properties ?? {}).map(([name, schema]) => ({ name, in: "query", required: false, schema })) : [];
    paths[path] ??= {};
    paths[path][e.method] = {
      summary: e.summary,
      tags: [e.tag],
      parameters: [...params, ...query],
      ...(e.public ? { security: [] } : {}),
      ...(e.body ? { requestBody: { required: true, content: { "application/json": { schema: z.toJSONSchema(e.body, { io: "input" }) } } } } : {}),
      responses: {
        [String(e.status ?? 200)]: { description: "OK" },
        "401": { $ref: "#/components/responses/Error" },
        "403": { $ref: "#/components/responses/Error" },
        "404": { $ref: "#/components/responses/Error" },
        "422": { $ref: "#/components/responses/Error" },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Thi Đua API", version: "1", description: "Phong trào thi đua và khen thưởng. Lỗi trả về bằng tiếng Việt, hoặc tiếng Anh với Accept-Language: en." },
    servers: [{ url: `${baseUrl}/api/v1` }],
    security: [{ token: [] }],
    paths,
    components: {
      securitySchemes: { token: { type: "http", scheme: "bearer", description: "Mã truy cập cá nhân (tdpat_…), tạo ở trang Tài khoản của tôi" } },
      responses: {
        Error: {
          description: "Lỗi",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  error: {
                    type: "object",
                    properties: { code: { type: "string" }, message: { type: "string" }, fields: { type: "object", additionalProperties: { type: "string" } } },
                    required: ["code", "message"],
                  },
                },
              },
            },
          },
        },
      },
    },
  };
}
