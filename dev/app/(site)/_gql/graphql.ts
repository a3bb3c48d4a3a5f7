/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type BeforeAfterGallery_Pairs_Angle =
  | 'back'
  | 'front'
  | 'left'
  | 'right'
  | 'top';

export type BeforeAfterGallery__Status_Input =
  | 'draft'
  | 'published';

export type BeforeAfterGallery__Status_Operator = {
  all?: Array<BeforeAfterGallery__Status_Input | null | undefined> | null | undefined;
  equals?: BeforeAfterGallery__Status_Input | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<BeforeAfterGallery__Status_Input | null | undefined> | null | undefined;
  not_equals?: BeforeAfterGallery__Status_Input | null | undefined;
  not_in?: Array<BeforeAfterGallery__Status_Input | null | undefined> | null | undefined;
};

export type BeforeAfterGallery_ConsentState_Input =
  | 'expired'
  | 'face_not_covered'
  | 'missing'
  | 'name_not_covered'
  | 'no_signature'
  | 'not_for_website'
  | 'not_signed'
  | 'not_verified'
  | 'revoked'
  | 'valid';

export type BeforeAfterGallery_ConsentState_Operator = {
  all?: Array<BeforeAfterGallery_ConsentState_Input | null | undefined> | null | undefined;
  equals?: BeforeAfterGallery_ConsentState_Input | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<BeforeAfterGallery_ConsentState_Input | null | undefined> | null | undefined;
  not_equals?: BeforeAfterGallery_ConsentState_Input | null | undefined;
  not_in?: Array<BeforeAfterGallery_ConsentState_Input | null | undefined> | null | undefined;
};

export type BeforeAfterGallery_Consent_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type BeforeAfterGallery_CreatedAt_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type BeforeAfterGallery_Disclaimer_Operator = {
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type BeforeAfterGallery_FaceShown_Input =
  | 'blurred'
  | 'cropped'
  | 'none'
  | 'shown';

export type BeforeAfterGallery_FaceShown_Operator = {
  all?: Array<BeforeAfterGallery_FaceShown_Input | null | undefined> | null | undefined;
  equals?: BeforeAfterGallery_FaceShown_Input | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<BeforeAfterGallery_FaceShown_Input | null | undefined> | null | undefined;
  not_equals?: BeforeAfterGallery_FaceShown_Input | null | undefined;
  not_in?: Array<BeforeAfterGallery_FaceShown_Input | null | undefined> | null | undefined;
};

export type BeforeAfterGallery_GenerateSlug_Operator = {
  equals?: boolean | null | undefined;
  exists?: boolean | null | undefined;
  not_equals?: boolean | null | undefined;
};

export type BeforeAfterGallery_HairLossStage =
  | 'ludwig_i'
  | 'ludwig_ii'
  | 'ludwig_iii'
  | 'norwood_i'
  | 'norwood_ii'
  | 'norwood_iia'
  | 'norwood_iii'
  | 'norwood_iii_vertex'
  | 'norwood_iiia'
  | 'norwood_iv'
  | 'norwood_iva'
  | 'norwood_v'
  | 'norwood_va'
  | 'norwood_vi'
  | 'norwood_vii';

export type BeforeAfterGallery_HairLossStage_Input =
  | 'ludwig_i'
  | 'ludwig_ii'
  | 'ludwig_iii'
  | 'norwood_i'
  | 'norwood_ii'
  | 'norwood_iia'
  | 'norwood_iii'
  | 'norwood_iii_vertex'
  | 'norwood_iiia'
  | 'norwood_iv'
  | 'norwood_iva'
  | 'norwood_v'
  | 'norwood_va'
  | 'norwood_vi'
  | 'norwood_vii';

export type BeforeAfterGallery_HairLossStage_Operator = {
  all?: Array<BeforeAfterGallery_HairLossStage_Input | null | undefined> | null | undefined;
  equals?: BeforeAfterGallery_HairLossStage_Input | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<BeforeAfterGallery_HairLossStage_Input | null | undefined> | null | undefined;
  not_equals?: BeforeAfterGallery_HairLossStage_Input | null | undefined;
  not_in?: Array<BeforeAfterGallery_HairLossStage_Input | null | undefined> | null | undefined;
};

export type BeforeAfterGallery_Id_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type BeforeAfterGallery_IsSample_Operator = {
  equals?: boolean | null | undefined;
  exists?: boolean | null | undefined;
  not_equals?: boolean | null | undefined;
};

export type BeforeAfterGallery_JsonLd_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type BeforeAfterGallery_Meta__Canonical_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type BeforeAfterGallery_Meta__Description_Operator = {
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type BeforeAfterGallery_Meta__Image_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type BeforeAfterGallery_Meta__Title_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type BeforeAfterGallery_Pairs__After_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type BeforeAfterGallery_Pairs__Angle_Input =
  | 'back'
  | 'front'
  | 'left'
  | 'right'
  | 'top';

export type BeforeAfterGallery_Pairs__Angle_Operator = {
  all?: Array<BeforeAfterGallery_Pairs__Angle_Input | null | undefined> | null | undefined;
  equals?: BeforeAfterGallery_Pairs__Angle_Input | null | undefined;
  in?: Array<BeforeAfterGallery_Pairs__Angle_Input | null | undefined> | null | undefined;
  not_equals?: BeforeAfterGallery_Pairs__Angle_Input | null | undefined;
  not_in?: Array<BeforeAfterGallery_Pairs__Angle_Input | null | undefined> | null | undefined;
};

export type BeforeAfterGallery_Pairs__Before_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type BeforeAfterGallery_Pairs__Caption_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type BeforeAfterGallery_Pairs__Id_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type BeforeAfterGallery_Pairs__TimeAfterLastSession_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type BeforeAfterGallery_PigmentShade_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type BeforeAfterGallery_Practitioner_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type BeforeAfterGallery_SeedKey_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type BeforeAfterGallery_Sessions_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type BeforeAfterGallery_Slug_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type BeforeAfterGallery_Title_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type BeforeAfterGallery_Topic_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type BeforeAfterGallery_TreatmentType =
  | 'alopecia_coverage'
  | 'density'
  | 'female_thinning'
  | 'hairline'
  | 'other'
  | 'scar_camouflage';

export type BeforeAfterGallery_TreatmentType_Input =
  | 'alopecia_coverage'
  | 'density'
  | 'female_thinning'
  | 'hairline'
  | 'other'
  | 'scar_camouflage';

export type BeforeAfterGallery_TreatmentType_Operator = {
  all?: Array<BeforeAfterGallery_TreatmentType_Input | null | undefined> | null | undefined;
  equals?: BeforeAfterGallery_TreatmentType_Input | null | undefined;
  in?: Array<BeforeAfterGallery_TreatmentType_Input | null | undefined> | null | undefined;
  not_equals?: BeforeAfterGallery_TreatmentType_Input | null | undefined;
  not_in?: Array<BeforeAfterGallery_TreatmentType_Input | null | undefined> | null | undefined;
};

export type BeforeAfterGallery_UnretouchedAttestation_Operator = {
  equals?: boolean | null | undefined;
  exists?: boolean | null | undefined;
  not_equals?: boolean | null | undefined;
};

export type BeforeAfterGallery_UpdatedAt_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type BeforeAfterGallery_VisibleUntil_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type BeforeAfterGallery_Where = {
  AND?: Array<BeforeAfterGallery_Where_And | null | undefined> | null | undefined;
  OR?: Array<BeforeAfterGallery_Where_Or | null | undefined> | null | undefined;
  _status?: BeforeAfterGallery__Status_Operator | null | undefined;
  consent?: BeforeAfterGallery_Consent_Operator | null | undefined;
  consentState?: BeforeAfterGallery_ConsentState_Operator | null | undefined;
  createdAt?: BeforeAfterGallery_CreatedAt_Operator | null | undefined;
  disclaimer?: BeforeAfterGallery_Disclaimer_Operator | null | undefined;
  faceShown?: BeforeAfterGallery_FaceShown_Operator | null | undefined;
  generateSlug?: BeforeAfterGallery_GenerateSlug_Operator | null | undefined;
  hairLossStage?: BeforeAfterGallery_HairLossStage_Operator | null | undefined;
  id?: BeforeAfterGallery_Id_Operator | null | undefined;
  isSample?: BeforeAfterGallery_IsSample_Operator | null | undefined;
  jsonLd?: BeforeAfterGallery_JsonLd_Operator | null | undefined;
  meta__canonical?: BeforeAfterGallery_Meta__Canonical_Operator | null | undefined;
  meta__description?: BeforeAfterGallery_Meta__Description_Operator | null | undefined;
  meta__image?: BeforeAfterGallery_Meta__Image_Operator | null | undefined;
  meta__title?: BeforeAfterGallery_Meta__Title_Operator | null | undefined;
  pairs__after?: BeforeAfterGallery_Pairs__After_Operator | null | undefined;
  pairs__angle?: BeforeAfterGallery_Pairs__Angle_Operator | null | undefined;
  pairs__before?: BeforeAfterGallery_Pairs__Before_Operator | null | undefined;
  pairs__caption?: BeforeAfterGallery_Pairs__Caption_Operator | null | undefined;
  pairs__id?: BeforeAfterGallery_Pairs__Id_Operator | null | undefined;
  pairs__timeAfterLastSession?: BeforeAfterGallery_Pairs__TimeAfterLastSession_Operator | null | undefined;
  pigmentShade?: BeforeAfterGallery_PigmentShade_Operator | null | undefined;
  practitioner?: BeforeAfterGallery_Practitioner_Operator | null | undefined;
  seedKey?: BeforeAfterGallery_SeedKey_Operator | null | undefined;
  sessions?: BeforeAfterGallery_Sessions_Operator | null | undefined;
  slug?: BeforeAfterGallery_Slug_Operator | null | undefined;
  title?: BeforeAfterGallery_Title_Operator | null | undefined;
  topic?: BeforeAfterGallery_Topic_Operator | null | undefined;
  treatmentType?: BeforeAfterGallery_TreatmentType_Operator | null | undefined;
  unretouchedAttestation?: BeforeAfterGallery_UnretouchedAttestation_Operator | null | undefined;
  updatedAt?: BeforeAfterGallery_UpdatedAt_Operator | null | undefined;
  visibleUntil?: BeforeAfterGallery_VisibleUntil_Operator | null | undefined;
};

export type BeforeAfterGallery_Where_And = {
  AND?: Array<BeforeAfterGallery_Where_And | null | undefined> | null | undefined;
  OR?: Array<BeforeAfterGallery_Where_Or | null | undefined> | null | undefined;
  _status?: BeforeAfterGallery__Status_Operator | null | undefined;
  consent?: BeforeAfterGallery_Consent_Operator | null | undefined;
  consentState?: BeforeAfterGallery_ConsentState_Operator | null | undefined;
  createdAt?: BeforeAfterGallery_CreatedAt_Operator | null | undefined;
  disclaimer?: BeforeAfterGallery_Disclaimer_Operator | null | undefined;
  faceShown?: BeforeAfterGallery_FaceShown_Operator | null | undefined;
  generateSlug?: BeforeAfterGallery_GenerateSlug_Operator | null | undefined;
  hairLossStage?: BeforeAfterGallery_HairLossStage_Operator | null | undefined;
  id?: BeforeAfterGallery_Id_Operator | null | undefined;
  isSample?: BeforeAfterGallery_IsSample_Operator | null | undefined;
  jsonLd?: BeforeAfterGallery_JsonLd_Operator | null | undefined;
  meta__canonical?: BeforeAfterGallery_Meta__Canonical_Operator | null | undefined;
  meta__description?: BeforeAfterGallery_Meta__Description_Operator | null | undefined;
  meta__image?: BeforeAfterGallery_Meta__Image_Operator | null | undefined;
  meta__title?: BeforeAfterGallery_Meta__Title_Operator | null | undefined;
  pairs__after?: BeforeAfterGallery_Pairs__After_Operator | null | undefined;
  pairs__angle?: BeforeAfterGallery_Pairs__Angle_Operator | null | undefined;
  pairs__before?: BeforeAfterGallery_Pairs__Before_Operator | null | undefined;
  pairs__caption?: BeforeAfterGallery_Pairs__Caption_Operator | null | undefined;
  pairs__id?: BeforeAfterGallery_Pairs__Id_Operator | null | undefined;
  pairs__timeAfterLastSession?: BeforeAfterGallery_Pairs__TimeAfterLastSession_Operator | null | undefined;
  pigmentShade?: BeforeAfterGallery_PigmentShade_Operator | null | undefined;
  practitioner?: BeforeAfterGallery_Practitioner_Operator | null | undefined;
  seedKey?: BeforeAfterGallery_SeedKey_Operator | null | undefined;
  sessions?: BeforeAfterGallery_Sessions_Operator | null | undefined;
  slug?: BeforeAfterGallery_Slug_Operator | null | undefined;
  title?: BeforeAfterGallery_Title_Operator | null | undefined;
  topic?: BeforeAfterGallery_Topic_Operator | null | undefined;
  treatmentType?: BeforeAfterGallery_TreatmentType_Operator | null | undefined;
  unretouchedAttestation?: BeforeAfterGallery_UnretouchedAttestation_Operator | null | undefined;
  updatedAt?: BeforeAfterGallery_UpdatedAt_Operator | null | undefined;
  visibleUntil?: BeforeAfterGallery_VisibleUntil_Operator | null | undefined;
};

export type BeforeAfterGallery_Where_Or = {
  AND?: Array<BeforeAfterGallery_Where_And | null | undefined> | null | undefined;
  OR?: Array<BeforeAfterGallery_Where_Or | null | undefined> | null | undefined;
  _status?: BeforeAfterGallery__Status_Operator | null | undefined;
  consent?: BeforeAfterGallery_Consent_Operator | null | undefined;
  consentState?: BeforeAfterGallery_ConsentState_Operator | null | undefined;
  createdAt?: BeforeAfterGallery_CreatedAt_Operator | null | undefined;
  disclaimer?: BeforeAfterGallery_Disclaimer_Operator | null | undefined;
  faceShown?: BeforeAfterGallery_FaceShown_Operator | null | undefined;
  generateSlug?: BeforeAfterGallery_GenerateSlug_Operator | null | undefined;
  hairLossStage?: BeforeAfterGallery_HairLossStage_Operator | null | undefined;
  id?: BeforeAfterGallery_Id_Operator | null | undefined;
  isSample?: BeforeAfterGallery_IsSample_Operator | null | undefined;
  jsonLd?: BeforeAfterGallery_JsonLd_Operator | null | undefined;
  meta__canonical?: BeforeAfterGallery_Meta__Canonical_Operator | null | undefined;
  meta__description?: BeforeAfterGallery_Meta__Description_Operator | null | undefined;
  meta__image?: BeforeAfterGallery_Meta__Image_Operator | null | undefined;
  meta__title?: BeforeAfterGallery_Meta__Title_Operator | null | undefined;
  pairs__after?: BeforeAfterGallery_Pairs__After_Operator | null | undefined;
  pairs__angle?: BeforeAfterGallery_Pairs__Angle_Operator | null | undefined;
  pairs__before?: BeforeAfterGallery_Pairs__Before_Operator | null | undefined;
  pairs__caption?: BeforeAfterGallery_Pairs__Caption_Operator | null | undefined;
  pairs__id?: BeforeAfterGallery_Pairs__Id_Operator | null | undefined;
  pairs__timeAfterLastSession?: BeforeAfterGallery_Pairs__TimeAfterLastSession_Operator | null | undefined;
  pigmentShade?: BeforeAfterGallery_PigmentShade_Operator | null | undefined;
  practitioner?: BeforeAfterGallery_Practitioner_Operator | null | undefined;
  seedKey?: BeforeAfterGallery_SeedKey_Operator | null | undefined;
  sessions?: BeforeAfterGallery_Sessions_Operator | null | undefined;
  slug?: BeforeAfterGallery_Slug_Operator | null | undefined;
  title?: BeforeAfterGallery_Title_Operator | null | undefined;
  topic?: BeforeAfterGallery_Topic_Operator | null | undefined;
  treatmentType?: BeforeAfterGallery_TreatmentType_Operator | null | undefined;
  unretouchedAttestation?: BeforeAfterGallery_UnretouchedAttestation_Operator | null | undefined;
  updatedAt?: BeforeAfterGallery_UpdatedAt_Operator | null | undefined;
  visibleUntil?: BeforeAfterGallery_VisibleUntil_Operator | null | undefined;
};

export type ClinicSetting_OpeningHours_Days =
  | 'Friday'
  | 'Monday'
  | 'Saturday'
  | 'Sunday'
  | 'Thursday'
  | 'Tuesday'
  | 'Wednesday';

export type Practitioner_Specialties =
  | 'alopecia_coverage'
  | 'density'
  | 'female_thinning'
  | 'hairline'
  | 'other'
  | 'scar_camouflage';

export type Testimonial_Treatment =
  | 'alopecia_coverage'
  | 'density'
  | 'female_thinning'
  | 'hairline'
  | 'other'
  | 'scar_camouflage';

export type TestimonialCardFragment = { id: number, clientName: string | null, quote: string | null, rating: number | null, treatment: Testimonial_Treatment | null, disclosure: string | null, disclaimer: string | null, verifiedClient: boolean | null, practitioner: { name: string | null, slug: string | null } | null };

export type PictureFragment = { url: string | null, alt: string, width: number | null, height: number | null, sizes: { card480: { url: string | null, width: number | null, height: number | null } | null, card960: { url: string | null, width: number | null } | null, card480Webp: { url: string | null, width: number | null } | null, card960Webp: { url: string | null, width: number | null } | null, square480: { url: string | null, width: number | null, height: number | null } | null, square960: { url: string | null, width: number | null } | null, square480Webp: { url: string | null, width: number | null } | null, square960Webp: { url: string | null, width: number | null } | null } | null };

export type ArticleQueryVariables = Exact<{
  slug: string;
  draft?: boolean | null | undefined;
}>;


export type ArticleQuery = { Articles: { docs: Array<{ id: number, title: string | null, slug: string | null, excerpt: string | null, publishedAt: string | null, reviewedAt: string | null, updatedAt: string | null, readingTime: number | null, body: unknown, jsonLd: string | null, reviewedBy: { name: string | null, slug: string | null, credentials: string | null } | null, tableOfContents: Array<{ text: string | null, anchor: string | null, level: number | null }> | null, heroImage: { url: string | null, alt: string, width: number | null, height: number | null, sizes: { card480: { url: string | null, width: number | null, height: number | null } | null, card960: { url: string | null, width: number | null } | null, card480Webp: { url: string | null, width: number | null } | null, card960Webp: { url: string | null, width: number | null } | null, square480: { url: string | null, width: number | null, height: number | null } | null, square960: { url: string | null, width: number | null } | null, square480Webp: { url: string | null, width: number | null } | null, square960Webp: { url: string | null, width: number | null } | null } | null } | null, author: { name: string | null, slug: string | null, title: string | null, credentials: string | null, photo: { url: string | null, alt: string, width: number | null, height: number | null, sizes: { card480: { url: string | null, width: number | null, height: number | null } | null, card960: { url: string | null, width: number | null } | null, card480Webp: { url: string | null, width: number | null } | null, card960Webp: { url: string | null, width: number | null } | null, square480: { url: string | null, width: number | null, height: number | null } | null, square960: { url: string | null, width: number | null } | null, square480Webp: { url: string | null, width: number | null } | null, square960Webp: { url: string | null, width: number | null } | null } | null } | null } | null, references: Array<{ marker: string | null, label: string | null, url: string | null }> | null, relatedFaqs: Array<{ id: number, question: string | null, answer: unknown }> | null, topics: Array<{ name: string, slug: string | null }> | null, meta: { title: string | null, description: string | null, canonical: string | null, image: { url: string | null, alt: string } | null } | null }> } | null };

export type ClinicQueryVariables = Exact<{ [key: string]: never; }>;


export type ClinicQuery = { ClinicSetting: { name: string | null, telephone: string | null, email: string | null, bookingUrl: string | null, jsonLd: string | null, address: { streetAddress: string | null, addressLocality: string | null, addressRegion: string | null, postalCode: string | null, addressCountry: string | null } | null, openingHours: Array<{ days: Array<ClinicSetting_OpeningHours_Days> | null, opens: string | null, closes: string | null }> | null } | null };

export type FaqPageQueryVariables = Exact<{ [key: string]: never; }>;


export type FaqPageQuery = { Faqs: { docs: Array<{ id: number, question: string | null, answer: unknown, jsonLd: string | null, topics: Array<{ name: string }> | null }> } | null };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { Articles: { docs: Array<{ title: string | null, slug: string | null, excerpt: string | null, publishedAt: string | null, readingTime: number | null, heroImage: { url: string | null, alt: string, width: number | null, height: number | null, sizes: { card480: { url: string | null, width: number | null, height: number | null } | null, card960: { url: string | null, width: number | null } | null, card480Webp: { url: string | null, width: number | null } | null, card960Webp: { url: string | null, width: number | null } | null, square480: { url: string | null, width: number | null, height: number | null } | null, square960: { url: string | null, width: number | null } | null, square480Webp: { url: string | null, width: number | null } | null, square960Webp: { url: string | null, width: number | null } | null } | null } | null }> } | null, TestimonialSelection: { isSelection: boolean, label: string, totalPublished: number, docs: Array<{ id: number, clientName: string | null, quote: string | null, rating: number | null, treatment: Testimonial_Treatment | null, disclosure: string | null, disclaimer: string | null, verifiedClient: boolean | null, practitioner: { name: string | null, slug: string | null } | null }> }, Practitioners: { docs: Array<{ name: string | null, slug: string | null, title: string | null, credentials: string | null }> } | null, BeforeAfterGalleries: { totalDocs: number, docs: Array<{ title: string | null, slug: string | null, treatmentType: BeforeAfterGallery_TreatmentType | null, disclaimer: string | null, pairs: Array<{ angle: BeforeAfterGallery_Pairs_Angle, after: { url: string | null, alt: string, width: number | null, height: number | null, sizes: { card480: { url: string | null, width: number | null, height: number | null } | null, card960: { url: string | null, width: number | null } | null, card480Webp: { url: string | null, width: number | null } | null, card960Webp: { url: string | null, width: number | null } | null, square480: { url: string | null, width: number | null, height: number | null } | null, square960: { url: string | null, width: number | null } | null, square480Webp: { url: string | null, width: number | null } | null, square960Webp: { url: string | null, width: number | null } | null } | null } | null }> }> } | null };

export type PractitionerQueryVariables = Exact<{
  slug: string;
  draft?: boolean | null | undefined;
}>;


export type PractitionerQuery = { Practitioners: { docs: Array<{ id: number, name: string | null, slug: string | null, title: string | null, credentials: string | null, bio: unknown, specialties: Array<Practitioner_Specialties> | null, yearsOfExperience: number | null, languages: Array<string> | null, bookingUrl: string | null, jsonLd: string | null, certifications: Array<{ name: string | null, issuer: string | null, year: number | null }> | null, photo: { url: string | null, alt: string, width: number | null, height: number | null, sizes: { card480: { url: string | null, width: number | null, height: number | null } | null, card960: { url: string | null, width: number | null } | null, card480Webp: { url: string | null, width: number | null } | null, card960Webp: { url: string | null, width: number | null } | null, square480: { url: string | null, width: number | null, height: number | null } | null, square960: { url: string | null, width: number | null } | null, square480Webp: { url: string | null, width: number | null } | null, square960Webp: { url: string | null, width: number | null } | null } | null } | null, galleries: { docs: Array<{ id: number, title: string | null, slug: string | null, treatmentType: BeforeAfterGallery_TreatmentType | null, hairLossStage: BeforeAfterGallery_HairLossStage | null, sessions: number | null, pigmentShade: string | null, disclaimer: string | null, practitioner: { name: string | null, slug: string | null } | null, pairs: Array<{ id: string | null, angle: BeforeAfterGallery_Pairs_Angle, timeAfterLastSession: string | null, caption: string | null, before: { url: string | null, alt: string, width: number | null, height: number | null, sizes: { card480: { url: string | null, width: number | null, height: number | null } | null, card960: { url: string | null, width: number | null } | null, card480Webp: { url: string | null, width: number | null } | null, card960Webp: { url: string | null, width: number | null } | null, square480: { url: string | null, width: number | null, height: number | null } | null, square960: { url: string | null, width: number | null } | null, square480Webp: { url: string | null, width: number | null } | null, square960Webp: { url: string | null, width: number | null } | null } | null } | null, after: { url: string | null, alt: string, width: number | null, height: number | null, sizes: { card480: { url: string | null, width: number | null, height: number | null } | null, card960: { url: string | null, width: number | null } | null, card480Webp: { url: string | null, width: number | null } | null, card960Webp: { url: string | null, width: number | null } | null, square480: { url: string | null, width: number | null, height: number | null } | null, square960: { url: string | null, width: number | null } | null, square480Webp: { url: string | null, width: number | null } | null, square960Webp: { url: string | null, width: number | null } | null } | null } | null }> }> } | null, testimonials: { totalDocs: number | null, docs: Array<{ id: number, clientName: string | null, quote: string | null, rating: number | null, treatment: Testimonial_Treatment | null, disclosure: string | null, disclaimer: string | null, verifiedClient: boolean | null, practitioner: { name: string | null, slug: string | null } | null }> } | null, articles: { docs: Array<{ title: string | null, slug: string | null, excerpt: string | null, publishedAt: string | null }> } | null, meta: { title: string | null, description: string | null, canonical: string | null, image: { url: string | null, alt: string } | null } | null }> } | null };

export type GalleryQueryVariables = Exact<{
  slug: string;
  draft?: boolean | null | undefined;
}>;


export type GalleryQuery = { BeforeAfterGalleries: { docs: Array<{ id: number, jsonLd: string | null, title: string | null, slug: string | null, treatmentType: BeforeAfterGallery_TreatmentType | null, hairLossStage: BeforeAfterGallery_HairLossStage | null, sessions: number | null, pigmentShade: string | null, disclaimer: string | null, meta: { title: string | null, description: string | null, canonical: string | null, image: { url: string | null, alt: string } | null } | null, practitioner: { name: string | null, slug: string | null } | null, pairs: Array<{ id: string | null, angle: BeforeAfterGallery_Pairs_Angle, timeAfterLastSession: string | null, caption: string | null, before: { url: string | null, alt: string, width: number | null, height: number | null, sizes: { card480: { url: string | null, width: number | null, height: number | null } | null, card960: { url: string | null, width: number | null } | null, card480Webp: { url: string | null, width: number | null } | null, card960Webp: { url: string | null, width: number | null } | null, square480: { url: string | null, width: number | null, height: number | null } | null, square960: { url: string | null, width: number | null } | null, square480Webp: { url: string | null, width: number | null } | null, square960Webp: { url: string | null, width: number | null } | null } | null } | null, after: { url: string | null, alt: string, width: number | null, height: number | null, sizes: { card480: { url: string | null, width: number | null, height: number | null } | null, card960: { url: string | null, width: number | null } | null, card480Webp: { url: string | null, width: number | null } | null, card960Webp: { url: string | null, width: number | null } | null, square480: { url: string | null, width: number | null, height: number | null } | null, square960: { url: string | null, width: number | null } | null, square480Webp: { url: string | null, width: number | null } | null, square960Webp: { url: string | null, width: number | null } | null } | null } | null }> }> } | null };

export type GalleryCardFragment = { title: string | null, slug: string | null, treatmentType: BeforeAfterGallery_TreatmentType | null, hairLossStage: BeforeAfterGallery_HairLossStage | null, sessions: number | null, pigmentShade: string | null, disclaimer: string | null, practitioner: { name: string | null, slug: string | null } | null, pairs: Array<{ id: string | null, angle: BeforeAfterGallery_Pairs_Angle, timeAfterLastSession: string | null, caption: string | null, before: { url: string | null, alt: string, width: number | null, height: number | null, sizes: { card480: { url: string | null, width: number | null, height: number | null } | null, card960: { url: string | null, width: number | null } | null, card480Webp: { url: string | null, width: number | null } | null, card960Webp: { url: string | null, width: number | null } | null, square480: { url: string | null, width: number | null, height: number | null } | null, square960: { url: string | null, width: number | null } | null, square480Webp: { url: string | null, width: number | null } | null, square960Webp: { url: string | null, width: number | null } | null } | null } | null, after: { url: string | null, alt: string, width: number | null, height: number | null, sizes: { card480: { url: string | null, width: number | null, height: number | null } | null, card960: { url: string | null, width: number | null } | null, card480Webp: { url: string | null, width: number | null } | null, card960Webp: { url: string | null, width: number | null } | null, square480: { url: string | null, width: number | null, height: number | null } | null, square960: { url: string | null, width: number | null } | null, square480Webp: { url: string | null, width: number | null } | null, square960Webp: { url: string | null, width: number | null } | null } | null } | null }> };

export type ResultsQueryVariables = Exact<{
  where?: BeforeAfterGallery_Where | null | undefined;
}>;


export type ResultsQuery = { BeforeAfterGalleries: { docs: Array<{ id: number, jsonLd: string | null, title: string | null, slug: string | null, treatmentType: BeforeAfterGallery_TreatmentType | null, hairLossStage: BeforeAfterGallery_HairLossStage | null, sessions: number | null, pigmentShade: string | null, disclaimer: string | null, practitioner: { name: string | null, slug: string | null } | null, pairs: Array<{ id: string | null, angle: BeforeAfterGallery_Pairs_Angle, timeAfterLastSession: string | null, caption: string | null, before: { url: string | null, alt: string, width: number | null, height: number | null, sizes: { card480: { url: string | null, width: number | null, height: number | null } | null, card960: { url: string | null, width: number | null } | null, card480Webp: { url: string | null, width: number | null } | null, card960Webp: { url: string | null, width: number | null } | null, square480: { url: string | null, width: number | null, height: number | null } | null, square960: { url: string | null, width: number | null } | null, square480Webp: { url: string | null, width: number | null } | null, square960Webp: { url: string | null, width: number | null } | null } | null } | null, after: { url: string | null, alt: string, width: number | null, height: number | null, sizes: { card480: { url: string | null, width: number | null, height: number | null } | null, card960: { url: string | null, width: number | null } | null, card480Webp: { url: string | null, width: number | null } | null, card960Webp: { url: string | null, width: number | null } | null, square480: { url: string | null, width: number | null, height: number | null } | null, square960: { url: string | null, width: number | null } | null, square480Webp: { url: string | null, width: number | null } | null, square960Webp: { url: string | null, width: number | null } | null } | null } | null }> }> } | null };

export type AllTestimonialsQueryVariables = Exact<{
  page?: number | null | undefined;
}>;


export type AllTestimonialsQuery = { TestimonialSelection: { isSelection: boolean, label: string, page: number, hasNextPage: boolean, totalPublished: number, docs: Array<{ id: number, clientName: string | null, quote: string | null, rating: number | null, treatment: Testimonial_Treatment | null, disclosure: string | null, disclaimer: string | null, verifiedClient: boolean | null, practitioner: { name: string | null, slug: string | null } | null }> } };

export type ExternalReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExternalReviewsQuery = { Posted: { totalDocs: number, docs: Array<{ id: number, author: string | null, rating: number | null, title: string | null, text: string | null, reviewedAt: string | null, url: string | null, attribution: string | null }> } | null, Profiles: { docs: Array<{ id: number, url: string | null, attribution: string | null }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const TestimonialCardFragmentDoc = new TypedDocumentString(`
    fragment TestimonialCard on Testimonial {
  id
  clientName
  quote
  rating
  treatment
  disclosure
  disclaimer
  verifiedClient
  practitioner {
    name
    slug
  }
}
    `, {"fragmentName":"TestimonialCard"}) as unknown as TypedDocumentString<TestimonialCardFragment, unknown>;
export const PictureFragmentDoc = new TypedDocumentString(`
    fragment Picture on Media {
  url
  alt
  width
  height
  sizes {
    card480 {
      url
      width
      height
    }
    card960 {
      url
      width
    }
    card480Webp {
      url
      width
    }
    card960Webp {
      url
      width
    }
    square480 {
      url
      width
      height
    }
    square960 {
      url
      width
    }
    square480Webp {
      url
      width
    }
    square960Webp {
      url
      width
    }
  }
}
    `, {"fragmentName":"Picture"}) as unknown as TypedDocumentString<PictureFragment, unknown>;
export const GalleryCardFragmentDoc = new TypedDocumentString(`
    fragment GalleryCard on BeforeAfterGallery {
  title
  slug
  treatmentType
  hairLossStage
  sessions
  pigmentShade
  disclaimer
  practitioner {
    name
    slug
  }
  pairs {
    id
    angle
    timeAfterLastSession
    caption
    before {
      ...Picture
    }
    after {
      ...Picture
    }
  }
}
    fragment Picture on Media {
  url
  alt
  width
  height
  sizes {
    card480 {
      url
      width
      height
    }
    card960 {
      url
      width
    }
    card480Webp {
      url
      width
    }
    card960Webp {
      url
      width
    }
    square480 {
      url
      width
      height
    }
    square960 {
      url
      width
    }
    square480Webp {
      url
      width
    }
    square960Webp {
      url
      width
    }
  }
}`, {"fragmentName":"GalleryCard"}) as unknown as TypedDocumentString<GalleryCardFragment, unknown>;
export const ArticleDocument = new TypedDocumentString(`
    query Article($slug: String!, $draft: Boolean) {
  Articles(where: {slug: {equals: $slug}}, limit: 1, draft: $draft) {
    docs {
      id
      title
      slug
      excerpt
      publishedAt
      reviewedAt
      reviewedBy {
        name
        slug
        credentials
      }
      updatedAt
      readingTime
      tableOfContents {
        text
        anchor
        level
      }
      body
      heroImage {
        ...Picture
      }
      author {
        name
        slug
        title
        credentials
        photo {
          ...Picture
        }
      }
      references {
        marker
        label
        url
      }
      relatedFaqs {
        id
        question
        answer
      }
      topics {
        name
        slug
      }
      meta {
        title
        description
        canonical
        image {
          url
          alt
        }
      }
      jsonLd
    }
  }
}
    fragment Picture on Media {
  url
  alt
  width
  height
  sizes {
    card480 {
      url
      width
      height
    }
    card960 {
      url
      width
    }
    card480Webp {
      url
      width
    }
    card960Webp {
      url
      width
    }
    square480 {
      url
      width
      height
    }
    square960 {
      url
      width
    }
    square480Webp {
      url
      width
    }
    square960Webp {
      url
      width
    }
  }
}`) as unknown as TypedDocumentString<ArticleQuery, ArticleQueryVariables>;
export const ClinicDocument = new TypedDocumentString(`
    query Clinic {
  ClinicSetting {
    name
    telephone
    email
    bookingUrl
    address {
      streetAddress
      addressLocality
      addressRegion
      postalCode
      addressCountry
    }
    openingHours {
      days
      opens
      closes
    }
    jsonLd
  }
}
    `) as unknown as TypedDocumentString<ClinicQuery, ClinicQueryVariables>;
export const FaqPageDocument = new TypedDocumentString(`
    query FaqPage {
  Faqs(sort: "_order", limit: 100) {
    docs {
      id
      question
      answer
      jsonLd
      topics {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FaqPageQuery, FaqPageQueryVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home {
  Articles(sort: "-publishedAt", limit: 3) {
    docs {
      title
      slug
      excerpt
      publishedAt
      readingTime
      heroImage {
        ...Picture
      }
    }
  }
  TestimonialSelection(kind: featured, limit: 3) {
    isSelection
    label
    totalPublished
    docs {
      ...TestimonialCard
    }
  }
  Practitioners(where: {active: {equals: true}}, sort: "name", limit: 6) {
    docs {
      name
      slug
      title
      credentials
    }
  }
  BeforeAfterGalleries(sort: "-createdAt", limit: 2) {
    totalDocs
    docs {
      title
      slug
      treatmentType
      disclaimer
      pairs {
        angle
        after {
          ...Picture
        }
      }
    }
  }
}
    fragment TestimonialCard on Testimonial {
  id
  clientName
  quote
  rating
  treatment
  disclosure
  disclaimer
  verifiedClient
  practitioner {
    name
    slug
  }
}
fragment Picture on Media {
  url
  alt
  width
  height
  sizes {
    card480 {
      url
      width
      height
    }
    card960 {
      url
      width
    }
    card480Webp {
      url
      width
    }
    card960Webp {
      url
      width
    }
    square480 {
      url
      width
      height
    }
    square960 {
      url
      width
    }
    square480Webp {
      url
      width
    }
    square960Webp {
      url
      width
    }
  }
}`) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const PractitionerDocument = new TypedDocumentString(`
    query Practitioner($slug: String!, $draft: Boolean) {
  Practitioners(where: {slug: {equals: $slug}}, limit: 1, draft: $draft) {
    docs {
      id
      name
      slug
      title
      credentials
      bio
      specialties
      yearsOfExperience
      languages
      bookingUrl
      certifications {
        name
        issuer
        year
      }
      photo {
        ...Picture
      }
      galleries(limit: 12) {
        docs {
          id
          ...GalleryCard
        }
      }
      testimonials(limit: 12, count: true) {
        totalDocs
        docs {
          ...TestimonialCard
        }
      }
      articles(limit: 12) {
        docs {
          title
          slug
          excerpt
          publishedAt
        }
      }
      meta {
        title
        description
        canonical
        image {
          url
          alt
        }
      }
      jsonLd
    }
  }
}
    fragment TestimonialCard on Testimonial {
  id
  clientName
  quote
  rating
  treatment
  disclosure
  disclaimer
  verifiedClient
  practitioner {
    name
    slug
  }
}
fragment Picture on Media {
  url
  alt
  width
  height
  sizes {
    card480 {
      url
      width
      height
    }
    card960 {
      url
      width
    }
    card480Webp {
      url
      width
    }
    card960Webp {
      url
      width
    }
    square480 {
      url
      width
      height
    }
    square960 {
      url
      width
    }
    square480Webp {
      url
      width
    }
    square960Webp {
      url
      width
    }
  }
}
fragment GalleryCard on BeforeAfterGallery {
  title
  slug
  treatmentType
  hairLossStage
  sessions
  pigmentShade
  disclaimer
  practitioner {
    name
    slug
  }
  pairs {
    id
    angle
    timeAfterLastSession
    caption
    before {
      ...Picture
    }
    after {
      ...Picture
    }
  }
}`) as unknown as TypedDocumentString<PractitionerQuery, PractitionerQueryVariables>;
export const GalleryDocument = new TypedDocumentString(`
    query Gallery($slug: String!, $draft: Boolean) {
  BeforeAfterGalleries(where: {slug: {equals: $slug}}, limit: 1, draft: $draft) {
    docs {
      id
      ...GalleryCard
      meta {
        title
        description
        canonical
        image {
          url
          alt
        }
      }
      jsonLd
    }
  }
}
    fragment Picture on Media {
  url
  alt
  width
  height
  sizes {
    card480 {
      url
      width
      height
    }
    card960 {
      url
      width
    }
    card480Webp {
      url
      width
    }
    card960Webp {
      url
      width
    }
    square480 {
      url
      width
      height
    }
    square960 {
      url
      width
    }
    square480Webp {
      url
      width
    }
    square960Webp {
      url
      width
    }
  }
}
fragment GalleryCard on BeforeAfterGallery {
  title
  slug
  treatmentType
  hairLossStage
  sessions
  pigmentShade
  disclaimer
  practitioner {
    name
    slug
  }
  pairs {
    id
    angle
    timeAfterLastSession
    caption
    before {
      ...Picture
    }
    after {
      ...Picture
    }
  }
}`) as unknown as TypedDocumentString<GalleryQuery, GalleryQueryVariables>;
export const ResultsDocument = new TypedDocumentString(`
    query Results($where: BeforeAfterGallery_where) {
  BeforeAfterGalleries(where: $where, sort: "-createdAt", limit: 50) {
    docs {
      id
      ...GalleryCard
      jsonLd
    }
  }
}
    fragment Picture on Media {
  url
  alt
  width
  height
  sizes {
    card480 {
      url
      width
      height
    }
    card960 {
      url
      width
    }
    card480Webp {
      url
      width
    }
    card960Webp {
      url
      width
    }
    square480 {
      url
      width
      height
    }
    square960 {
      url
      width
    }
    square480Webp {
      url
      width
    }
    square960Webp {
      url
      width
    }
  }
}
fragment GalleryCard on BeforeAfterGallery {
  title
  slug
  treatmentType
  hairLossStage
  sessions
  pigmentShade
  disclaimer
  practitioner {
    name
    slug
  }
  pairs {
    id
    angle
    timeAfterLastSession
    caption
    before {
      ...Picture
    }
    after {
      ...Picture
    }
  }
}`) as unknown as TypedDocumentString<ResultsQuery, ResultsQueryVariables>;
export const AllTestimonialsDocument = new TypedDocumentString(`
    query AllTestimonials($page: Int) {
  TestimonialSelection(kind: all, limit: 20, page: $page) {
    isSelection
    label
    page
    hasNextPage
    totalPublished
    docs {
      ...TestimonialCard
    }
  }
}
    fragment TestimonialCard on Testimonial {
  id
  clientName
  quote
  rating
  treatment
  disclosure
  disclaimer
  verifiedClient
  practitioner {
    name
    slug
  }
}`) as unknown as TypedDocumentString<AllTestimonialsQuery, AllTestimonialsQueryVariables>;
export const ExternalReviewsDocument = new TypedDocumentString(`
    query ExternalReviews {
  Posted: ExternalReviews(
    where: {kind: {equals: review}}
    sort: "-reviewedAt"
    limit: 20
  ) {
    totalDocs
    docs {
      id
      author
      rating
      title
      text
      reviewedAt
      url
      attribution
    }
  }
  Profiles: ExternalReviews(where: {kind: {equals: profile}}, limit: 10) {
    docs {
      id
      url
      attribution
    }
  }
}
    `) as unknown as TypedDocumentString<ExternalReviewsQuery, ExternalReviewsQueryVariables>;