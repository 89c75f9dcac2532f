// The message of anything thrown, for showing to a user or sending back as data.

/** An error's message; anything else thrown, as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
