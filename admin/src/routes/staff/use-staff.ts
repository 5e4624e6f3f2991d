import { queryKeysFactory } from "@imece/client"
import type { StaffRole } from "@imece/types"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { client } from "../../lib/client"

export const staffQueryKeys = queryKeysFactory<"staff", void>("staff")

/** Everyone who can review, for assigning and for the team page. */
export function useStaffMembers() {
  return useQuery({
    queryKey: staffQueryKeys.lists(),
    queryFn: async () => (await client.admin.staff.list()).staff_members,
  })
}

/** The signed-in staff member with her role, so pages offer only what she may do. */
export function useCurrentStaffMember() {
  return useQuery({
    queryKey: staffQueryKeys.detail("me"),
    queryFn: async () => (await client.admin.staff.me()).staff_member,
  })
}

export function useSetStaffRole() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, role }: { id: string; role: StaffRole }) =>
      client.admin.staff.setRole(id, role),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffQueryKeys.all }),
  })
}
