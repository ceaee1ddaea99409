// argon2id with the library's defaults (about 60 ms per hash on this machine).
// The library loads with the first password, not at start.
const argon2 = () => import("@node-rs/argon2");

export async function hashPassword(password: string): Promise<string> {
  return (await argon2()).hash(password);
}

// Verified against when the account does not exist, so that timing does not tell.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  const { hash, verify } = await argon2();
  if (!passwordHash) {
    dummyHash ??= hash("thidua-dummy-password");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
