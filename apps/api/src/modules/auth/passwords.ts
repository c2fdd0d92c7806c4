import { hash, verify } from '@node-rs/argon2'

/** argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 passes). */
export const hashPassword = (password: string) => hash(password)

// Verifying against a real hash when the user does not exist keeps response times alike.
const dummyHash = hash('linli-dummy-password')

export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash ?? (await dummyHash), password)
  } catch {
    return false
  }
}
