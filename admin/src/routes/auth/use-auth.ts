import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { client } from "../../lib/client"

const usersKey = ["users"] as const

export const usersQueryKeys = {
  all: usersKey,
  me: () => [...usersKey, "me"] as const,
}

export interface LoginCredentials {
  email: string
  password: string
}

/**
 * Medusa asked for a step this console has no screen for yet (multi-factor code, e-mail
 * verification or a third-party redirect), so the staff member cannot finish signing in here.
 */
export class LoginStepUnsupportedError extends Error {
  constructor() {
    super("The login needs a step this console does not support")
    this.name = "LoginStepUnsupportedError"
  }
}

/** The signed-in staff member; a 401 here means there is no valid session. */
export function useMe() {
  return useQuery({
    queryKey: usersQueryKeys.me(),
    queryFn: () => client.admin.auth.me(),
  })
}

export function useLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ email, password }: LoginCredentials) => {
      const result = await client.admin.auth.login(email, password)
      // A plain token is a finished login; anything else is a further step (see the error).
      if (typeof result !== "string") {
        // The SDK may have stored a half-finished token; it must not pass for a session.
        await client.admin.auth.logout()
        throw new LoginStepUnsupportedError()
      }
      return result
    },
    onSuccess: () => {
      // A new session: nothing cached before it, by no one or by another staff member, may show.
      queryClient.removeQueries()
    },
  })
}

export function useLogout() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => client.admin.auth.logout(),
    onSuccess: () => {
      // What this staff member saw must not stay in memory for whoever uses the browser next.
      queryClient.removeQueries()
    },
  })
}
