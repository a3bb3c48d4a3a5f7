'use client'
import type { SelectFieldClientComponent } from 'payload'

import {
  FieldDescription,
  FieldLabel,
  RenderCustomComponent,
  useField,
  useFormFields,
} from '@payloadcms/ui'

import { relationId } from '../../hardening/relationId.js'
import { Badge } from './Badge.js'
import { ConsentStateBadge } from './ConsentStateBadge.js'
import { useClinicTranslation } from './useClinicTranslation.js'

/**
 * The consent state in the edit view's sidebar: a badge instead of a greyed-out select. The state
 * is worked out on the server when the document is read; until the editor saves a newly chosen
 * consent, the badge says so rather than showing the old state.
 */
export const ConsentStateField: SelectFieldClientComponent = ({ field, path: fieldPath }) => {
  const path = fieldPath ?? field.name
  const consentPath = `${path.slice(0, path.length - field.name.length)}consent`
  const t = useClinicTranslation()
  // A description given as a function (the plugin's, translated) is rendered on the server and
  // arrives as a component.
  const { customComponents: { Description } = {} } = useField({ potentiallyStalePath: path })
  const state = useFormFields(([fields]) => fields[path]?.value)
  const consent = useFormFields(([fields]) => fields[consentPath])
  const chosen = relationId(consent?.value)
  const changed = chosen !== relationId(consent?.initialValue)
  const description = field.admin?.description

  return (
    <div className="field-type smp-consent-state" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label={field.label} path={path} />
      {chosen === null ? (
        <ConsentStateBadge state="missing" />
      ) : changed || !state ? (
        <Badge tone="neutral">{t('fieldConsentStateCheckedWhenSaved')}</Badge>
      ) : (
        <ConsentStateBadge state={state} />
      )}
      <RenderCustomComponent
        CustomComponent={Description}
        Fallback={
          description === undefined ? null : (
            <FieldDescription description={description} path={path} />
          )
        }
      />
    </div>
  )
}
