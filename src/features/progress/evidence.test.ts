// Photos of evidence: a picture too large to decode safely is refused before decoding.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { translator } from "../../i18n";
import { ValidationError } from "../../platform/errors";
import { prepareEvidence } from "./evidence";

const png = async (width: number, height: number) =>
  new Uint8Array(await sharp({ create: { width, height, channels: 3, background: "#2a6" } }).png({ compressionLevel: 9 }).toBuffer());

describe("prepareEvidence", () => {
  it("refuses a small file that unpacks to more than 64 megapixels, naming the limit", async () => {
    const bomb = await png(9000, 8000); // 72 megapixels in well under 1 MB
    expect(bomb.length).toBeLessThan(1_000_000);
    const error = await prepareEvidence([{ name: "anh-lon.png", bytes: bomb }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const { key, params } = (error as ValidationError).fields.files!;
    expect(translator("vi")(key, params)).toBe("Ảnh anh-lon.png quá lớn: tối đa 64 megapixel. Hãy chụp lại ở độ phân giải thường hoặc thu nhỏ ảnh");
  }, 30_000);

  it("takes an ordinary phone photo and shrinks it to 1,600 px", async () => {
    const [photo] = await prepareEvidence([{ name: "tdp.png", bytes: await png(4000, 3000) }]);
    expect(photo).toMatchObject({ name: "tdp.jpg", kind: "jpeg", width: 1600, height: 1200 });
  }, 30_000);
});
