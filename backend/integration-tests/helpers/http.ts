type HttpFailure = { response?: { status: number; data?: { message?: string } } }

/** Awaits a request that must fail and returns its status and message. */
export async function failedRequest(
  request: Promise<unknown>
): Promise<{ status: number; message: string }> {
  try {
    await request
  } catch (error) {
    const { response } = error as HttpFailure
    if (response) {
      return { status: response.status, message: response.data?.message ?? "" }
    }
    throw error
  }
  throw new Error("The request succeeded but was expected to fail")
}
