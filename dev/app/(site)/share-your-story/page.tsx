import type { Metadata } from 'next'

import { pageMetadata } from '../_lib/metadata.js'
import { ShareStoryForm } from './ShareStoryForm.js'

export const generateMetadata = (): Promise<Metadata> =>
  pageMetadata('/share-your-story', {
    description:
      'Tell others about your treatment: your story, your rating and, if you like, your before and after photos.',
    title: 'Share your story',
  })

/**
 * The public submission form. What is sent is stored privately; the clinic's team checks the
 * authorization before anything is shown, and the client can revoke it from the e-mail.
 */
const ShareYourStoryPage = () => (
  <>
    <h1>Share your story</h1>
    <p>
      Tell people considering treatment how it went for you. Nothing you send is shown until our
      team has checked it with you, and you can withdraw your permission at any time from the e-mail
      we send you.
    </p>
    <ShareStoryForm />
  </>
)

export default ShareYourStoryPage
