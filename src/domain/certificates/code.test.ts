import { describe, expect, it } from "vitest";
import { ALPHABET, formatCertificateCode, newCertificateCode, readCertificateCode } from "./code";

describe("certificate codes", () => {
  it("are 16 random characters and a check character, read back as typed in any form", () => {
    const code = newCertificateCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{17}$/);
    expect(formatCertificateCode(code)).toMatch(/^.{4}-.{4}-.{4}-.{5}$/);
    expect(readCertificateCode(formatCertificateCode(code).toLowerCase())).toEqual({ ok: true, code });
    expect(readCertificateCode(` ${code.slice(0, 8)} ${code.slice(8)} `)).toEqual({ ok: true, code });
  });

  it("tells every single mistyped character and every swap of neighbours from a valid code", () => {
    for (let n = 0; n < 50; n++) {
      const code = newCertificateCode();
      for (let i = 0; i < code.length; i++) {
        for (const ch of ALPHABET) {
          if (ch === code[i]) continue;
          expect(readCertificateCode(code.slice(0, i) + ch + code.slice(i + 1))).toEqual({ ok: false, problem: "check" });
        }
        if (i + 1 < code.length && code[i] !== code[i + 1]) {
          expect(readCertificateCode(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2)).ok).toBe(false);
        }
      }
    }
  });

  it("reads O as 0 and I, L as 1; refuses other letters and wrong lengths as malformed", () => {
    expect(readCertificateCode("ABC")).toEqual({ ok: false, problem: "malformed" });
    expect(readCertificateCode("UUUU-UUUU-UUUU-UUUUU")).toEqual({ ok: false, problem: "malformed" });
    const code = "0" + newCertificateCode().slice(1);
    const valid = Array.from({ length: 32 }, (_, i) => code.slice(0, 16) + ALPHABET[i]).find((c) => readCertificateCode(c).ok)!;
    expect(readCertificateCode(`o${valid.slice(1)}`.replace(/1/g, "l"))).toEqual({ ok: true, code: valid });
  });

  it("draws codes from 80 random bits: no two alike in 20,000", () => {
    const seen = new Set(Array.from({ length: 20_000 }, newCertificateCode));
    expect(seen.size).toBe(20_000);
  });
});
