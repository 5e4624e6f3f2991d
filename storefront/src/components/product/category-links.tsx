import type { HttpTypes } from "@medusajs/types"
import { Link } from "react-router-dom"

/** The cooperative's categories as chips, each leading to its page. */
export function CategoryLinks({
  categories,
  testId,
}: {
  categories: HttpTypes.StoreProductCategory[]
  testId: string
}) {
  return (
    <ul className="chips category-links" role="list" data-testid={testId}>
      {categories.map((category) => (
        <li key={category.id}>
          <Link className="chip" to={`/categories/${category.handle}`}>
            {category.name}
          </Link>
        </li>
      ))}
    </ul>
  )
}
