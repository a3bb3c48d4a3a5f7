import type { PayloadRequest } from 'payload'

/**
 * A number with `digits` decimals as the request's language writes it (12.5 in English, 12,5 in
 * French), without thousands separators, so English reads exactly as `toFixed` writes it.
 */
export const formatNumber = (
  req: Pick<PayloadRequest, 'i18n'>,
  value: number,
  digits: number,
): string => {
  try {
    return new Intl.NumberFormat(req.i18n?.language ?? 'en', {
      maximumFractionDigits: digits,
      minimumFractionDigits: digits,
      useGrouping: false,
    }).format(value)
  } catch {
    // A language code Intl does not know.
    return value.toFixed(digits)
  }
}
