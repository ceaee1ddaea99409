// The seed plan of Phường Cam Phú (21/3/2024) through the same use cases a ward uses:
// its basis recorded as an incoming directive, written by the council's standing member,
// submitted, then signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" and issued by the Chairman.
import type { Db, Tx } from "../../db/client";
import { loadActor } from "../../platform/actor";
import { createDirective } from "../directives/create-directive";
import { createPlan } from "../documents/create-plan";
import { issueDocument } from "../documents/issue-document";
import { submitDocument } from "../documents/submit-document";
import { CAM_PHU_PLAN } from "./cam-phu-plan";

export const SEED_PLAN_DATE = "2024-03-21";

export async function loadDemoPlan(tx: Tx, ids: { ward: number; homeAffairs: number; writer: number; chairman: number }, baseUrl: string) {
  // The use cases open their own transactions; inside the demo's they become savepoints.
  const db = tx as unknown as Db;
  const writer = (await loadActor(db, ids.writer))!;
  const chairman = (await loadActor(db, ids.chairman))!;
  const directive = await createDirective(
    writer,
    {
      unitId: ids.ward,
      numberSymbol: "1240/UBND-NV",
      kind: "Công văn",
      issuer: "UBND thành phố Cam Ranh",
      issuedOn: "2024-03-20",
      summary: "Đẩy mạnh phong trào thi đua chào mừng kỷ niệm 70 năm Chiến thắng Điện Biên Phủ; 80 năm Ngày thành lập Quân đội nhân dân Việt Nam và 35 năm Ngày hội Quốc phòng toàn dân",
    },
    db,
  );
  const plan = await createPlan(
    writer,
    {
      ...CAM_PHU_PLAN,
      unitId: ids.ward,
      directiveIds: [directive.id],
      header: { parentBody: "UBND THÀNH PHỐ CAM RANH", issuingBody: "ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ", issuerCode: "UBND", place: "Cam Phú", archiveLine: "Lưu: VT, VP" },
      // As printed on the original; the lines with a unit are delivered in the system too.
      recipients: [
        { label: "Phòng Nội vụ tp", unitId: ids.homeAffairs },
        { label: "Hội đồng TĐKT phường", unitId: ids.ward },
        { label: "Thường trực Đảng ủy phường" },
        { label: "Thường trực HĐND, UBND phường" },
        { label: "Trang thông tin điện tử phường" },
      ],
    },
    db,
  );
  await submitDocument(writer, plan.id, db);
  return issueDocument(chairman, plan.id, { signingForm: "TM", issuedOn: SEED_PLAN_DATE }, db, { baseUrl });
}
