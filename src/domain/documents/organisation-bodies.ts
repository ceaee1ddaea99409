// Who the Front and the mass organisations are on paper: each signs under its own name, with its
// own symbol and its own collective body and head (TM. BAN THƯỜNG TRỰC / CHỦ TỊCH for the Front;
// TM. BAN CHẤP HÀNH / BÍ THƯ for the Youth Union; TM. BAN CHẤP HÀNH / CHỦ TỊCH for the
// associations and the trade union). Data, keyed by unit kind and a pattern of the unit's name
// (folded: without tone marks, so "Ủy ban MTTQ", "Uỷ ban Mặt trận Tổ quốc" and "UB MTTQ" all match).
//
// Confidence: the Front's symbol "MTTQ" and its "TM. BAN THƯỜNG TRỰC / CHỦ TỊCH" are those of the
// issue's own example ("Số: 05/TTr-MTTQ") and of the Front's documents seen in practice (some
// Fronts write "MTTQ-BTT"). Every other line here is an EDITABLE DEFAULT, not checked against the
// organisations' own rules on documents (the Youth Union's and the associations' guidance on the
// form of their documents could not be found): the Youth Union and the Farmers' and Veterans'
// Associations number some documents in the Party's way ("Số: 05-BC/HND"), and the Youth Union
// heads its documents "ĐOÀN TNCS HỒ CHÍ MINH" instead of the national name; neither is done here.
// A .docx drawn up with these lines is meant to be edited by the organisation before it signs.
import { foldForSearch } from "../text/vietnamese";
import type { UnitKind } from "../access/unit-kinds";

export interface OrganisationBody {
  key: "front" | "youth" | "women" | "veterans" | "farmers" | "trade_union" | "residential_group" | "village";
  kinds: readonly UnitKind[];
  /** Matched against the folded name; null: every unit of these kinds. */
  pattern: RegExp | null;
  /** The body's name above its locality, in capitals ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM"); null: the unit's own name. */
  bodyName: string | null;
  /** The symbol after the type code: "Số: 05/TTr-MTTQ". */
  issuerCode: string;
  /** The collective body a head signs for ("TM. BAN THƯỜNG TRỰC"); null where the head signs alone. */
  collectiveBody: string | null;
  headTitle: string;
  /** Checked against a source (see the file's head); false: an editable default. */
  confirmed: boolean;
}

/** In order: the trade union before the Youth Union ("công đoàn" holds "đoàn"). */
export const ORGANISATION_BODIES: readonly OrganisationBody[] = [
  { key: "front", kinds: ["front_committee", "mass_organisation", "other"], pattern: /mat tran|mttq/, bodyName: "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", issuerCode: "MTTQ", collectiveBody: "BAN THƯỜNG TRỰC", headTitle: "CHỦ TỊCH", confirmed: true },
  { key: "trade_union", kinds: ["mass_organisation", "other"], pattern: /cong doan|cdcs/, bodyName: "CÔNG ĐOÀN CƠ SỞ", issuerCode: "CĐCS", collectiveBody: "BAN CHẤP HÀNH", headTitle: "CHỦ TỊCH", confirmed: false },
  { key: "youth", kinds: ["mass_organisation", "other"], pattern: /doan thanh nien|doan tn|tncs|^doan |^bch doan/, bodyName: "BAN CHẤP HÀNH ĐOÀN", issuerCode: "ĐTN", collectiveBody: "BAN CHẤP HÀNH", headTitle: "BÍ THƯ", confirmed: false },
  { key: "women", kinds: ["mass_organisation", "other"], pattern: /phu nu|lhpn|hpn/, bodyName: "HỘI LIÊN HIỆP PHỤ NỮ", issuerCode: "HPN", collectiveBody: "BAN CHẤP HÀNH", headTitle: "CHỦ TỊCH", confirmed: false },
  { key: "veterans", kinds: ["mass_organisation", "other"], pattern: /cuu chien binh|ccb/, bodyName: "HỘI CỰU CHIẾN BINH", issuerCode: "CCB", collectiveBody: "BAN CHẤP HÀNH", headTitle: "CHỦ TỊCH", confirmed: false },
  { key: "farmers", kinds: ["mass_organisation", "other"], pattern: /nong dan|hnd/, bodyName: "HỘI NÔNG DÂN", issuerCode: "HND", collectiveBody: "BAN CHẤP HÀNH", headTitle: "CHỦ TỊCH", confirmed: false },
  // A residential group or village nominates through its head (tổ trưởng, trưởng thôn).
  { key: "residential_group", kinds: ["residential_group"], pattern: null, bodyName: null, issuerCode: "TDP", collectiveBody: null, headTitle: "TỔ TRƯỞNG", confirmed: false },
  { key: "village", kinds: ["village"], pattern: null, bodyName: null, issuerCode: "TH", collectiveBody: null, headTitle: "TRƯỞNG THÔN", confirmed: false },
];

/** The first organisation whose kind and name pattern fit the unit, or undefined. */
export function organisationOf(unit: { name: string; kind: UnitKind }): OrganisationBody | undefined {
  const folded = foldForSearch(unit.name);
  return ORGANISATION_BODIES.find((o) => o.kinds.includes(unit.kind) && (o.pattern === null || o.pattern.test(folded)));
}

/** Words a locality's name starts with, longest first ("thành phố" before "phố"…). */
const LOCALITY_PREFIXES = ["thành phố", "thị trấn", "thị xã", "đặc khu", "phường", "quận", "huyện", "tỉnh", "xã"];

/**
 * The locality the organisation works in, as written in its name or, failing that, its parent's:
 * "Hội Nông dân phường Cam Phú" → "phường Cam Phú"; null when neither names one.
 */
export function localityOf(unit: { name: string }, parent: { name: string } | null): string | null {
  for (const name of [unit.name, parent?.name ?? ""]) {
    const text = name.normalize("NFC").trim();
    const lower = text.toLocaleLowerCase("vi");
    let at = -1;
    for (const prefix of LOCALITY_PREFIXES) {
      const i = lower.search(new RegExp(`(^|\\s)${prefix}\\s`, "u"));
      if (i >= 0 && (at < 0 || i < at)) at = i === 0 ? 0 : i + 1;
    }
    if (at >= 0) return text.slice(at);
  }
  return null;
}
