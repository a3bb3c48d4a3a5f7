/**
 * Pages without structured data of their own (home, not found) add nothing to the head.
 */
const NoHead = () => null

export default NoHead
