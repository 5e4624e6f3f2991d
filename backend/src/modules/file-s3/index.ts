import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { ImeceS3FileService } from "./service"

export default ModuleProvider(Modules.FILE, {
  services: [ImeceS3FileService],
})
