import type { Endpoint } from "../../web/api";
import { downloadResponse } from "../../web/download";
import { apiError } from "../../web/respond";
import { formatCertificateCode } from "../../domain/certificates/code";
import { ceremonyFile, getCeremony } from "./get-ceremony";
import { getDecisionCertificates } from "./get-decision-certificates";
import { printAwardCertificate } from "./print-award-certificate";
import { printDecisionCertificates } from "./print-decision-certificates";
import { verificationStatus, verifyCertificate } from "./verify-certificate";
import { idFrom } from "../../web/params";

type C = Parameters<Endpoint["handle"]>[0]["c"];
const db = (c: C) => c.get("deps").database.db;
const decisionOf = (params: Record<string, string>) => idFrom(params.id, "document");
const isPdf = (query: Record<string, string>) => query.format === "pdf";

export const certificateEndpoints: Endpoint[] = [
  {
    method: "get", path: "/certificates/verify/:code", tag: "certificates", public: true,
    summary:
      "Public, no token: a certificate's verification code (as printed, hyphens and case ignored) → the issuer, the decision's number and date, the holder, the form, and the status (valid, or revoked with the revoking decision). 400 for text that is not a code or has a wrong check character, 404 for a code never given, 429 past the limit per address",
    handle: async ({ c, params }) => {
      const result = await verifyCertificate(c.get("deps").database, params.code ?? "", { ip: c.get("clientIp") });
      const status = verificationStatus(result);
      if (status === 200) return result;
      const t = c.get("t");
      if (result.state === "unknown") return apiError(c, 404, "unknown_code", t("verify.unknown", { code: result.code }));
      const typed = "typed" in result ? result.typed : "";
      return apiError(c, 400, result.state === "check" ? "mistyped_code" : "malformed_code", t(result.state === "check" ? "verify.check" : "verify.malformed", { typed }));
    },
  },
  {
    method: "get", path: "/decisions/:id/certificates", tag: "certificates",
    summary: "An issued decision's certificates in the ceremony's order (holder, form, code, revocation); with format=pdf, all of them (revoked left out) as one PDF for printing",
    handle: async ({ actor, c, params, query }) => {
      if (isPdf(query)) return downloadResponse(c, await printDecisionCertificates(actor, decisionOf(params), db(c), c.get("deps").config.baseUrl));
      const { decision, certificates } = await getDecisionCertificates(actor, decisionOf(params), db(c));
      return {
        decision: { id: decision.id, numberSymbol: decision.numberSymbol, issuedOn: decision.issuedOn },
        certificates: certificates.map((x) => ({ awardId: x.awardId, holder: x.holder, formCode: x.formCode, formName: x.formName, code: formatCertificateCode(x.code), revocation: x.revocation })),
      };
    },
  },
  {
    method: "get", path: "/awards/:id/certificate", tag: "certificates",
    summary: "One award's certificate as PDF (an award decided here, not revoked)",
    handle: async ({ actor, c, params }) => downloadResponse(c, await printAwardCertificate(actor, idFrom(params.id, "award"), db(c), c.get("deps").config.baseUrl)),
  },
  {
    method: "get", path: "/decisions/:id/ceremony", tag: "certificates",
    summary: "The ceremony's presentation list of a decision in order (the highest form first, then the decision's order); format=pdf for the list as PDF, format=name-cards for the name cards",
    handle: async ({ actor, c, params, query }) => {
      if (query.format === "pdf" || query.format === "name-cards") return downloadResponse(c, await ceremonyFile(actor, decisionOf(params), query.format === "pdf" ? "list" : "name-cards", db(c)));
      const { decision, list } = await getCeremony(actor, decisionOf(params), db(c));
      return { decision: { id: decision.id, numberSymbol: decision.numberSymbol, issuedOn: decision.issuedOn }, list: list.map((x, i) => ({ order: i + 1, awardId: x.awardId, holder: x.holder, formCode: x.formCode, formName: x.formName, rank: x.rank })) };
    },
  },
];
