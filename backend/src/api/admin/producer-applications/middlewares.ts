import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  listAdminProducerApplicationQueryConfig,
  retrieveAdminProducerApplicationQueryConfig,
} from "./query-config"
import { readablePath } from "../../utils/validators"
import {
  AdminApproveProducerApplication,
  AdminAssignProducerApplication,
  AdminGetProducerApplicationParams,
  AdminGetProducerApplicationsParams,
  AdminRejectProducerApplication,
  AdminRequestChangesProducerApplication,
} from "./validators"

export const adminProducerApplicationRoutesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/producer-applications/*", middlewares: [readablePath] },
  {
    method: ["GET"],
    matcher: "/admin/producer-applications",
    middlewares: [
      validateAndTransformQuery(
        AdminGetProducerApplicationsParams,
        listAdminProducerApplicationQueryConfig
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/producer-applications/:id",
    middlewares: [
      validateAndTransformQuery(
        AdminGetProducerApplicationParams,
        retrieveAdminProducerApplicationQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/producer-applications/:id/approve",
    middlewares: [validateAndTransformBody(AdminApproveProducerApplication)],
  },
  {
    method: ["POST"],
    matcher: "/admin/producer-applications/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectProducerApplication)],
  },
  {
    method: ["POST"],
    matcher: "/admin/producer-applications/:id/request-changes",
    middlewares: [validateAndTransformBody(AdminRequestChangesProducerApplication)],
  },
  {
    method: ["POST"],
    matcher: "/admin/producer-applications/:id/assign",
    middlewares: [validateAndTransformBody(AdminAssignProducerApplication)],
  },
]
