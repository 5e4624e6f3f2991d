type HttpFailure = {
  response?: {
    status: number
    data?: { message?: string; code?: string; params?: Record<string, string | number> }
  }
}

/**
 * Awaits a request that must fail and returns its status, message and, for a refusal a person
 * sees, the code the front ends translate and its params.
 */
export async function failedRequest(request: Promise<unknown>): Promise<{
  status: number
  message: string
  code?: string
  params?: Record<string, string | number>
}> {
  try {
    await request
  } catch (error) {
    const { response } = error as HttpFailure
    if (response) {
      return {
        status: response.status,
        message: response.data?.message ?? "",
        code: response.data?.code,
        params: response.data?.params,
      }
    }
    throw error
  }
  throw new Error("The request succeeded but was expected to fail")
}

/**
 * Reads until `done` holds (work a subscriber does after the request answered), for about ten
 * seconds; then answers the last reading for the test to fail on.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean
): Promise<T> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const value = await read()
    if (done(value)) {
      return value
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return read()
}
