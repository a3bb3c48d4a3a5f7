'use client'

import { type FormEvent, useEffect, useState } from 'react'

type Choice = { label: string; value: string }

/**
 * What `GET /api/smp-clinic/submission-form` answers.
 */
type FormInfo = {
  available: boolean
  authorization: { material: string; purpose: string; recipient: string; statements: Choice[] }
  challenge: null | { field: string; provider: string }
  choices: {
    aiAssistance: Choice[]
    channels: Choice[]
    faceDisplay: Choice[]
    nameDisplay: Choice[]
    treatment: Choice[]
  }
  honeypot: string
  limits: { maxPhotos: number; story: { max: number; min: number } }
  token: string
  unavailableReason: null | string
}

type FieldErrors = Record<string, string>

/**
 * A group of radio buttons or checkboxes, one per choice the API gives, with its label.
 */
const Choices = ({
  checked,
  choices,
  name,
  type,
}: {
  checked: string
  choices: Choice[]
  name: string
  type: 'checkbox' | 'radio'
}) =>
  choices.map(({ label, value }) => (
    <label className="check" key={value}>
      <input defaultChecked={value === checked} name={name} type={type} value={value} /> {label}
    </label>
  ))

const errorsOf = (body: unknown): { fields: FieldErrors; messages: string[] } => {
  const fields: FieldErrors = {}
  const messages: string[] = []
  type Problem = { message: string; path?: string }
  const list = (body as { errors?: (Problem & { data?: { errors?: Problem[] } })[] })?.errors
  for (const error of list ?? []) {
    const nested = error.data?.errors ?? []
    for (const { message, path } of nested.length
      ? nested
      : [error as { message: string; path: string }]) {
      if (path && !fields[path]) {
        fields[path] = message
      }
      messages.push(message)
    }
  }
  return { fields, messages }
}

/**
 * The form itself: drawn from what the API says (choices, authorization text, limits) and sent
 * as the browser's own multipart form. Each refusal is shown beside its field.
 */
export const ShareStoryForm = () => {
  const [info, setInfo] = useState<FormInfo | null>(null)
  const [practitioners, setPractitioners] = useState<{ id: number | string; name: string }[]>([])
  const [errors, setErrors] = useState<{ fields: FieldErrors; messages: string[] }>({
    fields: {},
    messages: [],
  })
  const [done, setDone] = useState<null | string>(null)
  const [sending, setSending] = useState(false)

  useEffect(() => {
    void fetch('/api/smp-clinic/submission-form')
      .then((response) => response.json())
      .then(setInfo)
    void fetch('/api/practitioners?limit=100&depth=0&sort=name&select[name]=true')
      .then((response) => response.json())
      .then((body) => setPractitioners(body.docs ?? []))
  }, [])

  if (!info) {
    return <p role="status">Loading the form…</p>
  }
  if (!info.available) {
    return (
      <p className="notice" role="status">
        {info.unavailableReason}
      </p>
    )
  }
  if (done) {
    return (
      <p className="notice" role="status">
        {done}
      </p>
    )
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setSending(true)
    const data = new FormData(event.currentTarget)
    data.set('formToken', info.token)
    const response = await fetch('/api/smp-clinic/submissions', { body: data, method: 'POST' })
    const body = await response.json().catch(() => ({}))
    setSending(false)
    if (response.ok) {
      setDone(body.message)
    } else {
      setErrors(errorsOf(body))
    }
  }

  const fieldError = (name: string) =>
    errors.fields[name] ? (
      <span className="field-error" id={`${name}-error`}>
        {errors.fields[name]}
      </span>
    ) : null
  const describedBy = (name: string) => (errors.fields[name] ? `${name}-error` : undefined)

  return (
    <form className="story-form" encType="multipart/form-data" onSubmit={onSubmit}>
      {errors.messages.length ? (
        <div className="notice notice--error" role="alert">
          <p>Please check the form:</p>
          <ul>
            {errors.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <fieldset>
        <legend>Your story</legend>
        <label htmlFor="story">
          What was your treatment like, and how do you feel about the result?
        </label>
        <textarea
          aria-describedby={describedBy('story')}
          id="story"
          maxLength={info.limits.story.max}
          minLength={info.limits.story.min}
          name="story"
          required
          rows={6}
        />
        {fieldError('story')}
        <label htmlFor="rating">Your rating</label>
        <select
          aria-describedby={describedBy('rating')}
          defaultValue=""
          id="rating"
          name="rating"
          required
        >
          <option disabled value="">
            Choose
          </option>
          {[5, 4, 3, 2, 1].map((stars) => (
            <option key={stars} value={stars}>
              {stars} of 5
            </option>
          ))}
        </select>
        {fieldError('rating')}
        <label htmlFor="treatment">Your treatment</label>
        <select
          aria-describedby={describedBy('treatment')}
          defaultValue=""
          id="treatment"
          name="treatment"
          required
        >
          <option disabled value="">
            Choose
          </option>
          {info.choices.treatment.map(({ label, value }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {fieldError('treatment')}
        <label htmlFor="practitioner">Who treated you (optional)</label>
        <select defaultValue="" id="practitioner" name="practitioner">
          <option value="">I would rather not say</option>
          {practitioners.map(({ id, name }) => (
            <option key={id} value={String(id)}>
              {name}
            </option>
          ))}
        </select>
        {fieldError('practitioner')}
        <fieldset aria-describedby={describedBy('aiAssistance')}>
          <legend>Did an AI tool help you write it?</legend>
          <Choices
            checked="none"
            choices={info.choices.aiAssistance}
            name="aiAssistance"
            type="radio"
          />
          <p>
            We publish only stories in your own words; help with the wording is shown beside it.
          </p>
        </fieldset>
        {fieldError('aiAssistance')}
      </fieldset>

      <fieldset>
        <legend>Photos (optional)</legend>
        <p>Attach pairs: a photo from before your treatment and one from after.</p>
        <label htmlFor="before">Before</label>
        <input
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={describedBy('before')}
          id="before"
          name="before"
          type="file"
        />
        {fieldError('before')}
        <label htmlFor="after">After</label>
        <input
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={describedBy('after')}
          id="after"
          name="after"
          type="file"
        />
        {fieldError('after')}
        <label className="check">
          <input name="photosUnedited" type="checkbox" value="yes" /> These photos are of me and are
          not edited.
        </label>
        {fieldError('photosUnedited')}
      </fieldset>

      <fieldset>
        <legend>You</legend>
        <label htmlFor="name">Your name</label>
        <input
          aria-describedby={describedBy('name')}
          autoComplete="name"
          id="name"
          name="name"
          required
          type="text"
        />
        {fieldError('name')}
        <label htmlFor="email">Your e-mail address (we send you a link to confirm)</label>
        <input
          aria-describedby={describedBy('email')}
          autoComplete="email"
          id="email"
          name="email"
          required
          type="email"
        />
        {fieldError('email')}
        <fieldset>
          <legend>Show my name as</legend>
          <Choices
            checked="initials"
            choices={info.choices.nameDisplay}
            name="nameDisplay"
            type="radio"
          />
        </fieldset>
        <fieldset>
          <legend>My face in the photos may be</legend>
          <Choices
            checked="none"
            choices={info.choices.faceDisplay}
            name="faceDisplay"
            type="radio"
          />
        </fieldset>
      </fieldset>

      <fieldset aria-describedby="authorization-text">
        <legend>Your authorization</legend>
        <div id="authorization-text">
          <p>
            <strong>What may be used:</strong> {info.authorization.material}
          </p>
          <p>
            <strong>By whom:</strong> {info.authorization.recipient}
          </p>
          <p>
            <strong>Why:</strong> {info.authorization.purpose}
          </p>
        </div>
        <fieldset aria-describedby={describedBy('channels')}>
          <legend>Where it may be shown</legend>
          <Choices
            checked="website"
            choices={info.choices.channels}
            name="channels"
            type="checkbox"
          />
          {fieldError('channels')}
        </fieldset>
        <label htmlFor="expiresAt">It ends on (a date)</label>
        <input
          aria-describedby={describedBy('expiresAt')}
          id="expiresAt"
          name="expiresAt"
          type="date"
        />
        {fieldError('expiresAt')}
        <label htmlFor="expiryEvent">or when (an event, instead of a date)</label>
        <input id="expiryEvent" maxLength={300} name="expiryEvent" type="text" />
        <fieldset aria-describedby={describedBy('statements')}>
          <legend>I understand that</legend>
          {info.authorization.statements.map(({ label, value }) => (
            <label className="check" key={value}>
              <input name="statements" required type="checkbox" value={value} /> {label}
            </label>
          ))}
          {fieldError('statements')}
        </fieldset>
        <label htmlFor="signature">Sign by typing your name again</label>
        <input
          aria-describedby={describedBy('signature')}
          id="signature"
          name="signature"
          required
          type="text"
        />
        {fieldError('signature')}
      </fieldset>

      <div className="story-form__trap" aria-hidden="true">
        <label htmlFor={info.honeypot}>Leave this empty</label>
        <input
          autoComplete="off"
          id={info.honeypot}
          name={info.honeypot}
          tabIndex={-1}
          type="text"
        />
      </div>
      {errors.fields.formToken ? <p className="field-error">{errors.fields.formToken}</p> : null}
      <button className="button" disabled={sending} type="submit">
        {sending ? 'Sending…' : 'Send my story'}
      </button>
    </form>
  )
}
