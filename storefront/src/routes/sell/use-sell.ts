import { queryKeysFactory, type ApplicantLookup } from "@imece/client"
import type { ProducerUpdateShopBody, StoreCreateProducerApplicationBody } from "@imece/types"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { client } from "../../lib/client"
import { producerClient } from "../../lib/producer-client"

export const applicationQueryKeys = queryKeysFactory<"producer-applications", ApplicantLookup>(
  "producer-applications"
)
export const producerShopQueryKeys = queryKeysFactory<"producer-shop", void>("producer-shop")

export function useSubmitApplication() {
  return useMutation({
    mutationFn: (body: StoreCreateProducerApplicationBody) =>
      client.store.producerApplications.create(body),
  })
}

export function useApplicationStatus(lookup: ApplicantLookup | null) {
  return useQuery({
    queryKey: applicationQueryKeys.detail(`${lookup?.email}:${lookup?.reference}`),
    queryFn: async () =>
      (await client.store.producerApplications.status(lookup as ApplicantLookup)).application,
    enabled: lookup !== null,
  })
}

export function useResubmitApplication(lookup: ApplicantLookup) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (answers: { story?: string; photo_ids?: string[] }) =>
      client.store.producerApplications.resubmit({ ...lookup, ...answers }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: applicationQueryKeys.details() }),
  })
}

export function useProducerShop() {
  return useQuery({
    queryKey: producerShopQueryKeys.all,
    queryFn: async () => (await producerClient.producer.me()).producer,
    retry: false,
  })
}

/**
 * She changes part of her shop; only the fields in `body` are sent. Resolves once her shop has been
 * read again, so the form never shows the old values after a save.
 */
export function useUpdateProducerShop() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (body: ProducerUpdateShopBody) =>
      (await producerClient.producer.updateMe(body)).producer,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: producerShopQueryKeys.all }),
  })
}

export function useProducerLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ email, password }: { email: string; password: string }) =>
      producerClient.producer.auth.login(email, password),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: producerShopQueryKeys.all }),
  })
}

export function useProducerLogout() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => producerClient.producer.auth.logout(),
    onSuccess: () => queryClient.removeQueries({ queryKey: producerShopQueryKeys.all }),
  })
}

/** Sets her password from the invitation link, then logs her in with it. */
export function useSetProducerPassword() {
  const login = useProducerLogin()
  return useMutation({
    mutationFn: async ({
      token,
      email,
      password,
    }: {
      token: string
      email: string
      password: string
    }) => {
      await producerClient.producer.auth.setPassword(token, password)
      await login.mutateAsync({ email, password })
    },
  })
}

export interface PhotoUpload {
  key: string
  name: string
  progress: number
  /** Why the upload failed, for `describeError` to say in her language. */
  error?: unknown
}

type UploadPhoto = (
  file: File,
  onProgress: (share: number) => void
) => Promise<{ id: string; url: string }>

/**
 * Uploads photos one request each, so every photo shows its own progress: an applicant's by
 * default, a producer's for her products when `send` says so.
 */
export function usePhotoUploads(
  onUploaded: (photo: { id: string; url: string }) => void,
  send: UploadPhoto = client.store.producerApplications.uploadPhoto
) {
  const [uploads, setUploads] = useState<PhotoUpload[]>([])
  const change = (key: string, changes: Partial<PhotoUpload>) =>
    setUploads((all) =>
      all.map((upload) => (upload.key === key ? { ...upload, ...changes } : upload))
    )

  const upload = (files: File[]) => {
    for (const file of files) {
      const key = `${file.name}-${file.size}-${Math.random()}`
      setUploads((all) => [...all, { key, name: file.name, progress: 0 }])
      send(file, (progress) => change(key, { progress }))
        .then((photo) => {
          setUploads((all) => all.filter((item) => item.key !== key))
          onUploaded(photo)
        })
        .catch((error: unknown) => change(key, { error }))
    }
  }
  const dismiss = (key: string) => setUploads((all) => all.filter((item) => item.key !== key))
  return { uploads, upload, dismiss }
}
