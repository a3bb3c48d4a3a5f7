/**
 * A page that does not exist, or no longer does: unpublished, or its consent has ended.
 */
const NotFound = () => (
  <>
    <h1>Page not found</h1>
    <p>
      This page does not exist or is no longer available. <a href="/">Go to the home page</a>.
    </p>
  </>
)

export default NotFound
