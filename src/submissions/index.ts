import type { Endpoint } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { formEndpoint } from './formEndpoint.js'
import { linkEndpoints } from './linkEndpoints.js'
import { submitEndpoint } from './submitEndpoint.js'

/**
 * The public side of submissions: the form's token, the submission itself, and the e-mail's
 * confirm and revoke links. None when the option is off.
 */
export const submissionEndpoints = (options: SanitizedSmpClinicOptions): Endpoint[] =>
  options.submissions
    ? [
        formEndpoint(options, options.submissions),
        submitEndpoint(options, options.submissions),
        ...linkEndpoints(options, options.submissions),
      ]
    : []
