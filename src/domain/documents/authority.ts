// The signer's authority lines (thể thức ký, Decree 30/2020/NĐ-CP, Appendix I):
//   TM.  on behalf of a collective body:      TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH
//   KT.  a deputy signing for the head:       TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH
//   Q.   acting head:                         TM. ỦY BAN NHÂN DÂN / Q. CHỦ TỊCH
//   TL.  by order of the head:                TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG
//   TUQ. by the head's written authorisation: TUQ. CHỦ TỊCH / CHÁNH VĂN PHÒNG
//   HEAD the head in their own power (a Chairman's decision): CHỦ TỊCH
export const SIGNING_FORMS = ["TM", "KT", "Q", "TL", "TUQ", "HEAD"] as const;
export type SigningForm = (typeof SIGNING_FORMS)[number];

export interface SigningBody {
  /** The collective body in capitals, "ỦY BAN NHÂN DÂN"; null where the head decides alone. */
  collectiveBody: string | null;
  /** The head's post in capitals, "CHỦ TỊCH". */
  headTitle: string;
}

/** Lines above the signer's name. `signerTitle` is the signer's own post ("PHÓ CHỦ TỊCH", "CHÁNH VĂN PHÒNG"). */
export function authorityLines(form: SigningForm, body: SigningBody, signerTitle: string): string[] {
  const onBehalf = body.collectiveBody ? [`TM. ${body.collectiveBody}`] : [];
  switch (form) {
    case "TM":
      if (!body.collectiveBody) throw new RangeError("TM. needs a collective body");
      return [...onBehalf, body.headTitle];
    case "KT":
      return [...onBehalf, `KT. ${body.headTitle}`, signerTitle];
    case "Q":
      return [...onBehalf, `Q. ${body.headTitle}`];
    case "TL":
      return [`TL. ${body.headTitle}`, signerTitle];
    case "TUQ":
      return [`TUQ. ${body.headTitle}`, signerTitle];
    case "HEAD":
      return [body.headTitle];
  }
}
