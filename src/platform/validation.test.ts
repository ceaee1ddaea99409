import { describe, expect, it } from "vitest";
import { z } from "zod";
import { translator } from "../i18n";
import { ValidationError } from "./errors";
import { fields, parseDateArgument, parseInput } from "./validation";

const Form = z.object({ on: fields.date(), until: fields.date({ optional: true }), due: fields.date({ optional: true, minYear: 2013, maxYear: 2199 }) });

function errorsOf(input: unknown) {
  try {
    parseInput(Form, input);
  } catch (err) {
    if (err instanceof ValidationError) return err.fields;
    throw err;
  }
  return {};
}

describe("the date field", () => {
  it("reads dd/mm/yyyy, d/m/yyyy and yyyy-mm-dd as the same day", () => {
    for (const on of ["21/03/2024", "21/3/2024", "2024-03-21", " 21/03/2024 "]) {
      expect(parseInput(Form, { on }).on).toBe("2024-03-21");
    }
  });

  it("gives null for an empty or absent optional date, and needs a required one", () => {
    expect(parseInput(Form, { on: "1/7/2025", until: "" })).toEqual({ on: "2025-07-01", until: null, due: null });
    expect(parseInput(Form, { on: "1/7/2025", until: null, due: undefined })).toEqual({ on: "2025-07-01", until: null, due: null });
    for (const on of ["", "  ", null, undefined]) expect(errorsOf({ on })).toEqual({ on: { key: "errors.date_required", params: {} } });
  });

  it("refuses days that do not exist, quoting them with the format expected", () => {
    for (const bad of ["30/02/2024", "2024-02-30", "31/04/2024", "2024-13-01", "hôm qua", "1/1/99"]) {
      expect(errorsOf({ on: bad, until: bad }), bad).toEqual({
        on: { key: "errors.date_invalid", params: { value: bad, min: 1900, max: 2199 } },
        until: { key: "errors.date_invalid", params: { value: bad, min: 1900, max: 2199 } },
      });
    }
    const { on } = errorsOf({ on: "30/02/2024" });
    expect(translator("vi")(on!.key, on!.params)).toBe("Ngày không hợp lệ: 30/02/2024. Nhập ngày dạng dd/mm/yyyy, ví dụ 21/03/2024");
    expect(translator("en")(on!.key, on!.params)).toBe("Not a valid date: 30/02/2024. Enter the date as dd/mm/yyyy, for example 21/03/2024");
  });

  it("refuses what is not text, and quotes it short", () => {
    expect(errorsOf({ on: 20240321 }).on).toEqual({ key: "errors.date_invalid", params: { value: "20240321", min: 1900, max: 2199 } });
    expect(errorsOf({ on: { y: 2024 } }).on!.key).toBe("errors.date_invalid");
    expect(String(errorsOf({ on: "x".repeat(500) }).on!.params!.value).length).toBe(30);
  });

  it("keeps a field's years", () => {
    expect(errorsOf({ on: "1/1/2024", due: "31/12/2012" })).toEqual({ due: { key: "errors.date_out_of_range", params: { value: "31/12/2012", min: 2013, max: 2199 } } });
    expect(translator("vi")("errors.date_out_of_range", { value: "31/12/2012", min: 2013, max: 2199 })).toBe("Ngày ngoài khoảng cho phép: 31/12/2012. Nhập một ngày từ năm 2013 đến năm 2199");
  });

  it("is documented as a string in the API's schema", () => {
    const schema = z.toJSONSchema(Form, { io: "input" }) as { properties: Record<string, { type?: string; description?: string }>; required?: string[] };
    expect(schema.properties.on).toMatchObject({ type: "string" });
    expect(schema.properties.on!.description).toContain("dd/mm/yyyy");
    expect(schema.required).toEqual(["on"]);
  });

  it("reads a command's date argument under the name the operator typed", () => {
    expect(parseDateArgument("--on", "1/7/2025")).toBe("2025-07-01");
    expect(() => parseDateArgument("--on", "31/06/2025")).toThrow(ValidationError);
    try {
      parseDateArgument("DATE", "2024-02-30");
    } catch (err) {
      expect((err as ValidationError).fields).toEqual({ DATE: { key: "errors.date_invalid", params: { value: "2024-02-30", min: 1900, max: 2199 } } });
    }
  });
});
