// Certificates: the public verification (no sign-in, rate-limited per address, not indexed), a
// decision's certificates and ceremony for the unit that issued it, and the unit's layout.
import { Hono } from "hono";
import { TooManyAttempts } from "../../platform/errors";
import type { AppEnv, Ctx } from "../../web/context";
import { downloadResponse } from "../../web/download";
import { readFileForm } from "../../web/file-forms";
import { handleForm, requireUser } from "../../web/forms";
import { idFrom } from "../../web/params";
import { emptyForm, viewOf, type FormState } from "../../web/view";
import { ceremonyFile, getCeremony } from "./get-ceremony";
import { getCertificateLayout } from "./get-certificate-layout";
import { getDecisionCertificates } from "./get-decision-certificates";
import { CeremonyPage } from "./pages/ceremony";
import { CertificatesPage } from "./pages/certificates";
import { LayoutPage } from "./pages/layout";
import { VerifyFormPage, VerifyLimitPage, VerifyResultPage } from "./pages/verify";
import { printAwardCertificate } from "./print-award-certificate";
import { printCalibrationPage } from "./print-calibration-page";
import { printDecisionCertificates } from "./print-decision-certificates";
import { assertMaySetLayout, setCertificateLayout } from "./set-certificate-layout";
import { verificationStatus, verifyCertificate } from "./verify-certificate";

export const certificateRoutes = new Hono<AppEnv>();
for (const path of ["/decisions/:id/certificates", "/decisions/:id/certificates.pdf", "/decisions/:id/ceremony", "/decisions/:id/ceremony/*", "/awards/:id/certificate.pdf", "/certificates/*"]) {
  certificateRoutes.use(path, requireUser);
}

const db = (c: Ctx) => c.get("deps").database.db;
const actorOf = (c: Ctx) => c.get("actor")!;
const decisionOf = (c: Ctx) => idFrom(c.req.param("id"), "document");
const baseUrl = (c: Ctx) => c.get("deps").config.baseUrl;

// ---- the public: a code typed or scanned

certificateRoutes.get("/verify", (c) => {
  const code = c.req.query("code");
  if (code === undefined) return c.html(<VerifyFormPage v={viewOf(c)} form={emptyForm()} />);
  if (!code.trim()) return c.html(<VerifyFormPage v={viewOf(c)} form={{ values: {}, errors: { code: { key: "errors.required" } } }} />, 400);
  return c.redirect(`/verify/${encodeURIComponent(code.trim().slice(0, 100))}`, 303);
});

certificateRoutes.get("/verify/:code", async (c) => {
  try {
    const result = await verifyCertificate(c.get("deps").database, c.req.param("code"), { ip: c.get("clientIp") });
    return c.html(<VerifyResultPage v={viewOf(c)} result={result} />, verificationStatus(result));
  } catch (err) {
    if (!(err instanceof TooManyAttempts)) throw err;
    c.header("Retry-After", String(err.retryAfterSeconds));
    return c.html(<VerifyLimitPage v={viewOf(c)} minutes={Math.ceil(err.retryAfterSeconds / 60)} />, 429);
  }
});

// ---- the unit that issued the decision: its certificates and its ceremony

certificateRoutes.get("/decisions/:id{[0-9]+}/certificates", async (c) => c.html(<CertificatesPage v={viewOf(c)} data={await getDecisionCertificates(actorOf(c), decisionOf(c), db(c))} />));
certificateRoutes.get("/decisions/:id{[0-9]+}/certificates.pdf", async (c) => downloadResponse(c, await printDecisionCertificates(actorOf(c), decisionOf(c), db(c), baseUrl(c))));
certificateRoutes.get("/awards/:id{[0-9]+}/certificate.pdf", async (c) => downloadResponse(c, await printAwardCertificate(actorOf(c), idFrom(c.req.param("id"), "award"), db(c), baseUrl(c))));
certificateRoutes.get("/decisions/:id{[0-9]+}/ceremony", async (c) => c.html(<CeremonyPage v={viewOf(c)} data={await getCeremony(actorOf(c), decisionOf(c), db(c))} />));
certificateRoutes.get("/decisions/:id{[0-9]+}/ceremony/list.pdf", async (c) => downloadResponse(c, await ceremonyFile(actorOf(c), decisionOf(c), "list", db(c))));
certificateRoutes.get("/decisions/:id{[0-9]+}/ceremony/name-cards.pdf", async (c) => downloadResponse(c, await ceremonyFile(actorOf(c), decisionOf(c), "name-cards", db(c))));

// ---- the unit's layout

const layoutQuery = (c: Ctx) => ({ unit: c.req.query("unit"), form: c.req.query("form") });

async function showLayout(c: Ctx, form?: FormState, status: 200 | 422 = 200) {
  const data = await getCertificateLayout(actorOf(c), layoutQuery(c), db(c));
  const notice = c.req.query("saved") ? viewOf(c).t("layout.saved") : undefined;
  return c.html(<LayoutPage v={viewOf(c)} data={data} form={form ?? emptyForm(data.values)} notice={notice} />, status);
}

certificateRoutes.get("/certificates/layout", (c) => showLayout(c));
certificateRoutes.post("/certificates/layout", async (c) => {
  await assertMaySetLayout(actorOf(c), db(c), idFrom(c.req.query("unit") ?? "", "unit")); // before the file is read
  const { values, files } = await readFileForm(c);
  return handleForm(
    values,
    () => setCertificateLayout(actorOf(c), { ...values, unitId: c.req.query("unit") }, files.background?.find((f) => f.bytes.length > 0), db(c)),
    (form) => showLayout(c, form, 422),
    (row) => c.redirect(`/certificates/layout?unit=${row.unitId}${row.formCode ? `&form=${encodeURIComponent(row.formCode)}` : ""}&saved=1`, 303),
  );
});
certificateRoutes.get("/certificates/layout/calibration.pdf", async (c) =>
  downloadResponse(c, await printCalibrationPage(actorOf(c), idFrom(c.req.query("unit") ?? "", "unit"), (c.req.query("form") ?? "").trim(), db(c))),
);
