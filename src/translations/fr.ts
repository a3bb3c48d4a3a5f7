import type { PluginSmpClinicTranslations } from './types.js'

/**
 * Le vocabulaire de l'admin en français, à la canadienne (courriel, téléverser, site Web).
 */
export const fr: PluginSmpClinicTranslations = {
  'plugin-smp-clinic': {
    group: 'Clinique',

    fieldAlwaysPublic: 'Toujours publique',
    fieldAlwaysPublicDescription:
      'Pour les images utilisées hors du contenu de la clinique, comme vos propres pages. Jamais sur des photos avant-après.',
    fieldAlwaysPublicGalleryPhoto:
      'Cette image est une photo avant-après : elle n’est publique que tant que sa galerie est publiée avec un consentement valide.',
    fieldConsent: 'Consentement',
    fieldConsentDescription:
      'Le consentement signé qui couvre l’utilisation sur le site Web. Obligatoire pour publier; la publication cesse lorsqu’il est révoqué ou qu’il expire.',
    fieldConsentState: 'État du consentement',
    fieldConsentStateDescription:
      'Indique si le consentement associé permet aujourd’hui la publication sur le site Web.',
    fieldConsentStateCheckedWhenSaved: 'Vérifié à l’enregistrement',
    fieldDisclaimer: 'Avertissement',
    fieldDisclaimerDescription:
      'Affiché avec le contenu. Conservez une mention du type « les résultats varient ».',
    fieldDisclaimerRequired:
      'Conservez un avertissement, par exemple « Les résultats varient d’une personne à l’autre. »',
    fieldPublicUntil: 'Publique jusqu’au',
    fieldPublicUntilDescription:
      'Rempli automatiquement : la date jusqu’à laquelle cette image reste publique, tant qu’un contenu publié de la clinique la montre. Vide : l’image est privée.',
    fieldSample: 'Exemple',
    fieldSampleDescription:
      'Contenu d’exemple créé avec les données de départ. Il n’est jamais affiché publiquement; remplacez-le par une vraie fiche.',
    fieldSeedKey: 'Clé des données de départ',
    fieldSeo: 'Référencement (SEO)',
    fieldSeoDescription:
      'L’apparence de cette page dans les résultats de recherche et les aperçus de liens. Tout champ laissé vide suit le contenu.',
    fieldSeoTitle: 'Méta-titre',
    fieldSeoMetaDescription: 'Méta-description',
    fieldSeoImage: 'Méta-image',
    fieldSeoImageClientPhoto:
      'Une photo avant-après d’un client ne peut pas être l’image de partage : la copie qu’en garde un réseau social ou un moteur de recherche ne peut pas être retirée avec le consentement. Choisissez une autre image.',
    fieldSeoCanonical: 'URL canonique',
    fieldSeoCanonicalDescription: 'Laissez vide pour utiliser l’adresse de la page sur le site.',
    fieldSlug: 'Segment d’URL',
    fieldSlugTakenInClinic:
      'Un autre document de cette clinique utilise déjà ce segment d’URL : choisissez-en un autre.',
    fieldSlugFromNameDescription:
      'L’adresse de cette page. Remplie à partir du nom; déverrouillez pour la modifier.',
    fieldSlugFromNameRequired: 'Saisissez un segment d’URL, ou un nom à partir duquel le créer.',
    fieldSlugFromTitleDescription:
      'L’adresse de cette page. Remplie à partir du titre; déverrouillez pour la modifier.',
    fieldSlugFromTitleRequired: 'Saisissez un segment d’URL, ou un titre à partir duquel le créer.',
    fieldStructuredData: 'Données structurées (JSON-LD)',
    fieldTopics: 'Thèmes',
    fieldVisibleUntil: 'Visible jusqu’au',

    urlCredentials: 'Retirez le nom d’utilisateur et le mot de passe de l’adresse Web.',
    urlInvalid:
      'Saisissez une adresse Web complète commençant par https:// (par exemple https://clinic.example/book).',
    urlTooLong: 'Une adresse Web peut compter au plus {{max}} caractères.',

    consentStateExpired: 'Expiré',
    consentStateFaceNotCovered: 'Visage non couvert',
    consentStateMissing: 'Manquant',
    consentStateNameNotCovered: 'Nom non couvert',
    consentStateNoSignature: 'Aucune preuve de signature',
    consentStateNotForWebsite: 'Pas pour le site Web',
    consentStateNotSigned: 'Pas encore signé',
    consentStateRevoked: 'Révoqué',
    consentStateValid: 'Valide',

    consentBlocksExpired:
      'Le consentement associé a expiré. Joignez un consentement en vigueur avant de publier.',
    consentBlocksFaceNotCovered:
      'Le consentement associé ne permet pas de montrer le visage comme le font ces photos. Floutez ou recadrez les photos, ou joignez un consentement qui le permet.',
    consentBlocksMissing:
      'Un consentement signé est requis avant de pouvoir publier ce contenu. Joignez-en un dans le champ Consentement.',
    consentBlocksNameNotCovered:
      'Le consentement associé ne permet pas de nommer le client de cette façon. Utilisez ses initiales, ou joignez un consentement qui autorise le nom complet.',
    consentBlocksNoSignature:
      'Le consentement associé n’a aucune preuve de signature : téléversez le document signé, ou consignez la signature électronique (signataire, version du formulaire, adresse IP et navigateur).',
    consentBlocksNotForWebsite:
      'Le consentement associé ne couvre pas le site Web. Joignez un consentement dont les canaux comprennent « Site Web ».',
    consentBlocksNotSigned:
      'Le consentement associé n’a pas encore de date de signature (ou celle-ci est dans le futur).',
    consentBlocksRevoked:
      'Le consentement associé a été révoqué. Ce contenu ne peut pas être publié avec celui-ci.',

    faceBlurred: 'Visage flouté',
    faceCropped: 'Visage hors cadre',
    faceNone: 'Aucun visage (cuir chevelu seulement)',
    faceShown: 'Visage visible',
    nameFull: 'Nom complet',
    nameInitials: 'Initiales seulement',
    nameNone: 'Aucun nom',

    treatmentAlopeciaCoverage: 'Camouflage de l’alopécie',
    treatmentDensity: 'Densité',
    treatmentFemaleThinning: 'Amincissement chez la femme',
    treatmentHairline: 'Ligne frontale',
    treatmentOther: 'Autre',
    treatmentScarCamouflage: 'Camouflage de cicatrice',

    articlesDescription:
      'Articles éducatifs sur la perte de cheveux et la micropigmentation du cuir chevelu.',
    articlesPlural: 'Articles',
    articlesSingular: 'Article',
    articleAnchor: 'Ancre',
    articleAuthor: 'Auteur',
    articleBody: 'Corps du texte',
    articleBodyDescription:
      'Utilisez des intertitres pour les sections : ils forment la table des matières et déterminent le temps de lecture.',
    articleExcerpt: 'Extrait',
    articleExcerptDescription:
      'Une ou deux phrases affichées dans les listes et les résultats de recherche.',
    articleHeading: 'Intertitre',
    articleHeroImage: 'Image principale',
    articleLevel: 'Niveau',
    articlePublishedAt: 'Date de publication',
    articlePublishedAtDescription: 'Remplie automatiquement à la première publication; modifiable.',
    articleReadingTime: 'Temps de lecture',
    articleReadingTimeDescription: 'En minutes, calculé à partir du corps du texte.',
    articleReference: 'Référence',
    articleReferenceMarker: 'Appel de note',
    articleReferenceMarkerDescription: 'Tel qu’il apparaît dans le texte, p. ex. 1.',
    articleReferenceUrl: 'URL',
    articleReferences: 'Références',
    articleReferencesDescription:
      'Les sources des appels de note du texte, comme (1). Laissez l’URL vide si la source n’est pas en ligne.',
    articleRelatedFaqs: 'FAQ associées',
    articleRelatedFaqsDescription:
      'Les questions de la FAQ affichées avec cet article, dans cet ordre.',
    articleReviewedAt: 'Révisé le',
    articleReviewedAtDescription:
      'La date de la relecture médicale indiquée ci-dessous. Les données structurées ne déclarent une relecture que si la date et le relecteur sont donnés.',
    articleReviewedAtFuture:
      'Une relecture ne peut pas être datée dans le futur : indiquez le jour où elle a été faite.',
    articleReviewedAtRequired: 'Indiquez la date de la relecture, ou retirez le relecteur.',
    articleReviewedBy: 'Relu par',
    articleReviewedByDescription:
      'Le praticien qui a vérifié l’exactitude médicale du contenu. Il doit avoir une qualification enregistrée : médecin diplômé, un titre ou une certification.',
    articleReviewedByRequired: 'Indiquez qui a relu l’article, ou retirez la date de relecture.',
    articleReviewerNeedsCredential:
      'Le relecteur n’a aucune qualification enregistrée. Ajoutez son titre ou une certification à son profil, ou choisissez un autre relecteur.',
    articleTableOfContents: 'Table des matières',
    articleTableOfContentsDescription: 'Établie à partir des intertitres du texte.',
    clinicSettings: 'Fiche de la clinique',
    clinicSettingsDescription:
      'La clinique telle que la voient les visiteurs et les moteurs de recherche : coordonnées, adresse, horaires et lien de réservation. Affichée sur le site et dans les données structurées de chaque page.',
    clinicName: 'Nom de la clinique',
    clinicLogo: 'URL du logo',
    clinicTelephone: 'Téléphone',
    clinicTelephoneFormat:
      'Écrivez le numéro avec des chiffres, des espaces, des tirets ou des parenthèses, et + avant l’indicatif international.',
    clinicEmail: 'Courriel',
    clinicBookingUrl: 'Lien de réservation',
    clinicAddress: 'Adresse',
    clinicStreetAddress: 'Numéro et rue',
    clinicLocality: 'Ville',
    clinicRegion: 'Province ou région',
    clinicPostalCode: 'Code postal',
    clinicCountry: 'Code du pays',
    clinicCountryFormat:
      'Utilisez le code du pays à deux lettres en majuscules, comme CA, FR ou BE.',
    clinicGeo: 'Position sur la carte',
    clinicGeoDescription:
      'Latitude et longitude de l’entrée, pour les cartes et la recherche locale.',
    clinicLatitude: 'Latitude',
    clinicLongitude: 'Longitude',
    clinicOpeningHours: 'Horaires',
    clinicHours: 'Plage horaire',
    clinicDays: 'Jours',
    clinicOpens: 'Ouverture',
    clinicCloses: 'Fermeture',
    clinicTimeFormat: 'Écrivez l’heure au format HH:MM sur 24 heures, comme 09:00 ou 18:30.',
    clinicSameAs: 'Profils ailleurs',
    clinicSameAsDescription:
      'Les pages de la clinique sur d’autres sites : fiche d’établissement Google, Instagram, Facebook.',
    clinicProfileUrl: 'URL du profil',
    dayMonday: 'Lundi',
    dayTuesday: 'Mardi',
    dayWednesday: 'Mercredi',
    dayThursday: 'Jeudi',
    dayFriday: 'Vendredi',
    daySaturday: 'Samedi',
    daySunday: 'Dimanche',
    articleTitle: 'Titre',

    galleriesDescription:
      'Photos avant-après. La publication exige un consentement valide et l’attestation de photos non retouchées.',
    galleriesPlural: 'Galeries avant-après',
    galleriesSingular: 'Galerie avant-après',
    galleryAfter: 'Après',
    galleryAlwaysPublicPhotos:
      'Les photos avant-après ne doivent pas être marquées « Toujours publique » (image {{ids}}). Décochez d’abord cette case sur l’image.',
    galleryAngle: 'Angle',
    galleryAngleBack: 'Arrière',
    galleryAngleFront: 'Face',
    galleryAngleLeft: 'Gauche',
    galleryAngleRight: 'Droite',
    galleryAngleTop: 'Dessus',
    galleryBefore: 'Avant',
    galleryCaption: 'Légende',
    galleryComparison: 'Comparaison',
    galleryComparisonAfterWaiting: 'Choisissez ou téléversez la photo après',
    galleryComparisonBeforeWaiting: 'Choisissez ou téléversez la photo avant',
    galleryComparisonTaken: 'photo « après » prise {{time}} après la dernière séance',
    galleryComparisonViewBack: 'Vue arrière',
    galleryComparisonViewFront: 'Vue de face',
    galleryComparisonViewLeft: 'Profil gauche',
    galleryComparisonViewRight: 'Profil droit',
    galleryComparisonViewTop: 'Vue de dessus',
    galleryFaceShown: 'Visage sur les photos',
    galleryFaceShownDescription:
      'Ce que les photos montrent du visage. Le consentement doit en permettre au moins autant.',
    galleryFaceShownRequired: 'Indiquez ce que les photos montrent du visage.',
    galleryHairLossStage: 'Stade avant le traitement',
    galleryHairLossStageDescription:
      'Norwood pour la calvitie androgénétique, Ludwig pour l’amincissement des cheveux chez la femme.',
    galleryHairLossStageLudwig: 'Ludwig {{stage}}',
    galleryHairLossStageNorwood: 'Norwood {{stage}}',
    galleryPair: 'Paire',
    galleryPairs: 'Paires',
    galleryPairsDescription: 'Chaque paire montre le même angle avant et après le traitement.',
    galleryPhotoPairs: 'Paires de photos',
    galleryPigmentShade: 'Teinte du pigment',
    galleryPigmentShadeDescription:
      'La teinte ou le mélange utilisé, tel qu’il est inscrit dans les notes de traitement.',
    galleryPractitioner: 'Praticien',
    gallerySessions: 'Nombre de séances',
    galleryTimeAfterLastSession: 'Délai après la dernière séance',
    galleryTimeAfterLastSessionDescription:
      'Le délai entre la dernière séance et la photo « après », p. ex. « 4 semaines ».',
    galleryTitle: 'Titre',
    galleryTopic: 'Thème',
    galleryTreatment: 'Traitement',
    galleryUnretouched:
      'Les photos ne sont pas retouchées et ont été prises sous le même éclairage, dans la même pose',
    galleryUnretouchedRequired:
      'Confirmez que les photos ne sont pas retouchées et qu’elles sont comparables avant de publier.',

    consentsDescription:
      'Autorisations signées par les clients. Jamais publiques. Révoquer un consentement, ou le laisser expirer, masque à cet instant le contenu qui en dépend.',
    consentsPlural: 'Consentements',
    consentsSingular: 'Consentement',
    consentAlreadyPrinted: 'Déjà imprimé ou distribué',
    consentAlreadyPrintedDescription:
      'Le matériel imprimé ou distribué qui ne peut pas être rappelé.',
    consentAuthorityClient: 'Le client',
    consentAuthorityGuardian: 'Parent ou tuteur',
    consentAuthorityRepresentative: 'Représentant autorisé',
    consentChannelAdvertising: 'Publicité payante',
    consentChannelEducation: 'Éducation et formation',
    consentChannelPrint: 'Imprimé',
    consentChannelSocial: 'Médias sociaux',
    consentChannelWebsite: 'Site Web',
    consentDocumentAltered:
      'Le document signé au dossier ne correspond pas à l’empreinte enregistrée lors de son téléversement; il n’est donc pas transmis. Restaurez le fichier d’origine.',
    consentDocumentUnverifiable:
      'Le document signé n’a aucune empreinte enregistrée; on ne peut donc pas démontrer qu’il s’agit bien de celui qui a été signé.',
    consentElectronicSignature: 'Signature électronique',
    consentExpiresAt: 'Expire le',
    consentExpiresAtDescription: 'Laissez vide si le consentement n’expire pas.',
    consentFaceDisplay: 'Visage',
    consentFaceDisplayDescription: 'Ce que le client permet au plus de montrer de son visage.',
    consentFaceDisplayRequired: 'Indiquez ce que le client permet de montrer de son visage.',
    consentFileSha256: 'SHA-256 du document',
    consentFileSha256Description:
      'L’empreinte du document signé, prise au téléversement et vérifiée chaque fois qu’il est transmis.',
    consentFormVersion: 'Version du formulaire',
    consentFormVersionDescription:
      'La version du formulaire de consentement signé, p. ex. « 2026-03 ».',
    consentFormVersionRequired: 'Saisissez la version du formulaire.',
    consentIpAddress: 'Adresse IP',
    consentIpAddressInvalid:
      'Saisissez l’adresse IPv4 ou IPv6 à partir de laquelle le consentement a été signé.',
    consentMethodDocument: 'Document signé (téléversé ci-dessus)',
    consentMethodElectronic: 'Signature électronique',
    consentNameDisplay: 'Nom',
    consentNameDisplayDescription: 'Ce que le client permet au plus de montrer de son nom.',
    consentNameDisplayRequired: 'Indiquez ce que le client permet de montrer de son nom.',
    consentNotes: 'Notes',
    consentReceivedBy: 'Consignée par (membre du personnel)',
    consentReceivedVia: 'Reçue par',
    consentReceivedViaEmail: 'Courriel',
    consentReceivedViaInPerson: 'En personne',
    consentReceivedViaLetter: 'Lettre',
    consentReceivedViaOther: 'Autre',
    consentReceivedViaPhone: 'Téléphone',
    consentRetainUntil: 'Conserver jusqu’au',
    consentFormerClinic: 'Ancienne clinique',
    consentFormerClinicDescription:
      'La clinique à laquelle ce consentement a été donné, qui a depuis quitté le réseau. Le consentement est conservé pendant sa durée de conservation.',
    consentFormerClinicId: 'Identifiant de la clinique',
    consentFormerClinicName: 'Nom de la clinique',
    consentFormerClinicRemovedAt: 'Clinique retirée le',
    consentRetainUntilDescription:
      'Conservez cette fiche jusqu’à cette date : {{years}} ans après la dernière date où le consentement était en vigueur.',
    consentRevocation: 'Révocation',
    consentRevokedAt: 'Révoqué le',
    consentRevokedAtDescription:
      'Le moment où le retrait prend effet. Le contenu est masqué dès cet instant.',
    consentScopes: 'Canaux',
    consentScopesDescription:
      'Chaque canal où le client permet que son témoignage ou ses photos paraissent.',
    consentScopesRequired: 'Choisissez au moins un canal autorisé par le client.',
    consentSignatureMethod: 'Mode de signature',
    consentSignatureMethodRequired: 'Indiquez comment le consentement a été signé.',
    consentSignedAfterTreatment: 'Signé après le traitement',
    consentSignedAfterTreatmentDescription:
      'Cochez si le client a signé après avoir vu son résultat, et non avant le traitement.',
    consentSignedAt: 'Date de signature',
    consentSigner: 'Signataire',
    consentSignerAuthority: 'Signé à titre de',
    consentSignerAuthorityRequired: 'Indiquez à quel titre le signataire a signé.',
    consentSignerDescription: 'La personne qui a signé, et à quel titre.',
    consentSignerName: 'Signé par',
    consentSignerNameRequired: 'Saisissez le nom du signataire.',
    consentSignerRelationship: 'Lien avec le client',
    consentSignerRelationshipDescription:
      'Le lien entre le signataire et le client, et ce qui fonde son autorité.',
    consentSignerRelationshipRequired:
      'Précisez le lien entre le parent, le tuteur ou le représentant et le client.',
    consentStatus: 'Statut',
    consentSubject: 'Client',
    consentSubjectDescription:
      'Le client visé par le consentement, tel qu’il est nommé dans le contenu.',
    consentSubjectRequired: 'Saisissez le nom du client.',
    consentUserAgent: 'Navigateur (agent utilisateur)',
    consentUserAgentInvalid:
      'Saisissez l’agent utilisateur du navigateur tel qu’il a été enregistré à la signature.',

    faqsDescription:
      'Foire aux questions. Faites glisser les lignes de la liste pour changer leur ordre.',
    faqsPlural: 'FAQ',
    faqsSingular: 'Question de la FAQ',
    faqAnswer: 'Réponse',
    faqQuestion: 'Question',
    faqRelatedArticles: 'Articles associés',

    mediaDescription:
      'Images. Chacune reste privée jusqu’à ce qu’un contenu publié de la clinique la montre; les photos avant-après suivent le consentement de leur galerie.',
    mediaPlural: 'Médias',
    mediaSingular: 'Image',
    mediaAlt: 'Texte de remplacement',
    mediaAltDescription: 'Décrivez l’image pour les personnes qui ne peuvent pas la voir.',
    mediaCaption: 'Légende',
    mediaFileTooLarge: 'Le fichier fait {{size}} Mo; une image peut faire au plus {{max}} Mo.',
    mediaTooElongated:
      'L’image fait {{width}}×{{height}} pixels; un côté peut mesurer au plus {{ratio}} fois l’autre.',
    mediaTooManyPixels:
      'L’image fait {{width}}×{{height}} pixels ({{megapixels}} mégapixels); une image peut compter au plus {{max}} mégapixels.',
    mediaTooManyPixelsInFrames:
      'L’image fait {{width}}×{{height}} pixels sur {{frames}} trames ({{megapixels}} mégapixels); une image peut compter au plus {{max}} mégapixels.',
    mediaUnreadable:
      'Ce type de fichier n’est pas une image lisible : téléversez un fichier JPEG, PNG, WebP, AVIF ou GIF.',

    practitionersDescription: 'Les profils des personnes qui effectuent les traitements.',
    practitionersPlural: 'Praticiens',
    practitionersSingular: 'Praticien',
    practitionerActive: 'En exercice',
    practitionerActiveDescription:
      'Décochez quand le praticien quitte la clinique; son profil reste pour le contenu passé.',
    practitionerArticles: 'Articles rédigés',
    practitionerBio: 'Biographie',
    practitionerBookingUrl: 'URL de réservation',
    practitionerBookingUrlDescription:
      'Où les clients réservent une consultation avec ce praticien.',
    practitionerCertification: 'Certification',
    practitionerCertificationIssuer: 'Délivrée par',
    practitionerCertificationYear: 'Année',
    practitionerCertifications: 'Certifications',
    practitionerCredentials: 'Titres professionnels',
    practitionerCredentialsDescription:
      'Les sigles professionnels, ou une courte ligne de qualifications.',
    practitionerGalleries: 'Galeries',
    practitionerLanguages: 'Langues',
    practitionerLanguagesDescription:
      'Les langues parlées avec les clients. Appuyez sur Entrée après chacune.',
    practitionerLicensedPhysician: 'Médecin titulaire d’un permis',
    practitionerLicensedPhysicianDescription:
      'Cochez seulement pour un médecin titulaire d’un permis d’exercice : les moteurs de recherche sont alors informés que cette personne est médecin.',
    practitionerName: 'Nom',
    practitionerPhoto: 'Photo',
    practitionerSpecialties: 'Spécialités',
    practitionerTestimonials: 'Témoignages',
    practitionerTitle: 'Fonction',
    practitionerTitleDescription: 'Par exemple « Artiste principal en micropigmentation ».',
    practitionerYearsOfExperience: 'Années d’expérience',

    testimonialsDescription:
      'Témoignages de clients. La publication exige un consentement valide; les liens avec la clinique sont divulgués automatiquement.',
    testimonialsPlural: 'Témoignages',
    testimonialsSingular: 'Témoignage',
    testimonialClientName: 'Nom affiché du client',
    testimonialClientNameDescription:
      'Tel que le client a accepté d’être nommé. Les initiales conviennent, p. ex. « J. D. »',
    testimonialClinicRelationship: 'Lien avec la clinique',
    testimonialDisclosure: 'Divulgation',
    testimonialDisclosureDescription:
      'Déduite de la provenance (lien, contrepartie, aide d’une IA, origine) ; à diffuser avec la citation.',
    testimonialExperienceDate: 'Date de l’expérience',
    testimonialFeatured: 'En vedette',
    testimonialGallery: 'Galerie',
    testimonialGalleryDescription: 'La galerie avant-après du client, s’il y en a une.',
    testimonialIncentive: 'Contrepartie offerte',
    testimonialIncentiveDescription:
      'Tout ce qui a été offert en retour, p. ex. « une séance de retouche gratuite ».',
    testimonialPractitioner: 'Praticien',
    testimonialQuote: 'Citation',
    testimonialRating: 'Note',
    testimonialRatingDescription: 'Un nombre entier d’étoiles, de 1 à 5.',
    testimonialRatingInvalid: 'La note doit être un nombre entier d’étoiles, de 1 à 5.',
    testimonialRelationshipDiscounted: 'Traitement à prix réduit',
    testimonialRelationshipEmployee: 'Employé de la clinique',
    testimonialRelationshipFamily: 'Membre de la famille du personnel',
    testimonialRelationshipNone: 'Aucun lien',
    testimonialRelationshipPaid: 'Payé pour le témoignage',
    testimonialSource: 'Source',
    testimonialSourceClinic: 'Recueilli à la clinique',
    testimonialSourceImported: 'Importé d’un site d’avis',
    testimonialSourceUrl: 'URL de la source',
    testimonialSourceUrlDescription: 'Où l’avis original peut être lu.',
    testimonialSourceUrlRequired:
      'Un témoignage importé doit indiquer l’adresse de l’avis original.',
    testimonialTreatment: 'Traitement',
    testimonialVerifiedClient: 'Client vérifié',
    testimonialVerifiedClientDescription:
      'Cochez seulement si les dossiers de la clinique montrent que cette personne a été traitée.',

    topicsDescription:
      'Les affections et les sujets sous lesquels sont classés les articles, les questions de la FAQ et les galeries.',
    topicsPlural: 'Thèmes',
    topicsSingular: 'Thème',
    topicDescription: 'Description',
    topicDescriptionDescription:
      'Une phrase ou deux pour les pages de thème et les résultats de recherche.',
    topicName: 'Nom',

    deliveriesDescription:
      'Les webhooks envoyés à votre site quand du contenu public change. Une livraison échouée est réessayée pendant plus d’une journée; ouvrez-la pour la renvoyer.',
    deliveriesPlural: 'Livraisons de webhooks',
    deliveriesSingular: 'Livraison de webhook',
    deliveryAttemptAt: 'Moment',
    deliveryAttemptDuration: 'Durée (ms)',
    deliveryAttemptError: 'Erreur',
    deliveryAttempts: 'Tentatives',
    deliveryAttemptStatus: 'Statut HTTP',
    deliveryBody: 'Corps envoyé',
    deliveryCollection: 'Collection',
    deliveryDeliveredAt: 'Livrée le',
    deliveryDocument: 'Document',
    deliveryEndpoint: 'Point de terminaison',
    deliveryClinic: 'Clinique',
    tenantDomainInvalid:
      'Indiquez le domaine de la clinique tel que les visiteurs le saisissent, p. ex. www.clinique.example.',
    tenantClinic: 'Fiche de la clinique',
    tenantClinicDescription:
      'Ce que les pages de cette clinique disent d’elle aux moteurs de recherche. Les valeurs vides reprennent la fiche de la clinique.',
    tenantSiteUrl: 'Adresse du site',
    tenantSiteUrlDescription:
      'Le site public de cette clinique, p. ex. https://www.clinique.example. Vide : https:// et le domaine de la clinique.',
    tenantWebhooks: 'Destinataires des webhooks',
    tenantWebhooksDescription:
      'Les destinataires propres à cette clinique : informés de chaque changement public de son contenu, signé avec leur propre secret.',
    tenantWebhookUrl: 'URL',
    tenantWebhookSecret: 'Secret (16 caractères au moins)',
    tenantWebhookEvents: 'Événements (vide : tous)',
    tenantWebhookEventDelete: 'Suppression',
    tenantWebhookEventPublish: 'Publication',
    tenantWebhookEventUnpublish: 'Retrait',
    tenantWebhookEventUpdate: 'Mise à jour',
    deliveryEvent: 'Événement',
    deliveryEventDelete: 'suppression',
    deliveryEventPublish: 'publication',
    deliveryEventUnpublish: 'dépublication',
    deliveryEventUpdate: 'mise à jour',
    deliveryKey: 'Clé d’idempotence',
    deliveryReplay: 'Renvoyer la livraison',
    deliveryReplayEditorsOnly: 'Seuls les éditeurs peuvent renvoyer une livraison.',
    deliveryReplayEndpointGone: 'Ce point de terminaison n’est plus configuré.',
    deliveryReplayFailed: 'Non renvoyée ({{status}}).',
    deliveryReplayOf: 'Renvoi de',
    deliveryReplayQueued: 'En file d’attente.',
    deliveryReplayQueuedSoon: 'En file d’attente : elle sera envoyée dans un instant.',
    deliveryReplaying: 'Renvoi en cours…',
    deliveryReplayUnreachable: 'Non renvoyée : le serveur est injoignable.',
    deliveryState: 'État',
    deliveryStateDelivered: 'livrée',
    deliveryStateFailed: 'échouée',
    deliveryStatePending: 'en attente',
    deliveryStateRetrying: 'nouvel essai',

    dashboardBlocked: 'Bloqués faute de consentement',
    dashboardCollection: 'Collection',
    dashboardDrafts: 'Brouillons',
    dashboardCache:
      'Cache des réponses de ce serveur : {{hits}} réponses depuis la mémoire, {{misses}} calculées, {{bypasses}} hors cache (connecté, ou une écriture), {{invalidations}} périmées par un changement, {{evictions}} écartées faute de place ; {{size}} sur {{max}} Mo utilisés.',
    dashboardNothingWaiting: 'Aucun contenu en attente de consentement',
    dashboardPublished: 'Publiés',
    dashboardTitle: 'Contenu de la clinique',
    dashboardWaiting: '{{count}} en attente d’un consentement valide',

    requestBulkNothingDeleted:
      'Rien n’a été supprimé : la suppression a échoué pour {{failed}} document(s) sur {{total}}.',
    requestBulkNothingUpdated:
      'Rien n’a été modifié : la modification a échoué pour {{failed}} document(s) sur {{total}}.',
    requestBulkUnknownError: 'Une erreur s’est produite.',
    requestDatabaseBusy:
      'La base de données est occupée par d’autres écritures; réessayez dans un instant.',
    requestDatabaseUnavailable:
      'La base de données est injoignable pour l’instant; réessayez dans un instant.',
    requestDuplicateValue:
      'L’écriture dupliquerait une valeur qui doit être unique (l’identifiant d’une ligne de liste, par exemple).',
    requestMissingDocument: 'Il n’existe aucun document {{collection}} ayant l’identifiant {{id}}.',
    requestMissingReference:
      'L’écriture fait référence à un document qui n’existe pas, ou omet une valeur obligatoire.',
    requestValueDoesNotFit:
      'Une valeur de la requête ne convient pas au champ auquel elle est destinée.',

    expectedBoolean: 'Valeur attendue : true ou false.',
    expectedDocumentId: 'Identifiant de document attendu.',
    queryAllNeedsList: '« all » ne s’applique qu’aux champs qui contiennent une liste de valeurs.',
    queryAllUnsupported:
      '« all » n’est pas pris en charge par cette base de données; utilisez « in ».',
    queryDataEditorsOnly:
      '« data » en lecture est réservé aux rédacteurs qui prévisualisent des changements non enregistrés.',
    queryDataNotObject:
      '« data » doit être un objet JSON (le document à montrer à la place de celui enregistré).',
    queryCountNotWhole: '« {{name}} » doit être un nombre entier d’au moins {{min}}.',
    queryExistsBoolean: '« exists » prend true ou false.',
    queryExpectedConditionList: 'Liste de conditions attendue.',
    queryExpectedConditions: 'Objet de conditions attendu.',
    queryExpectedDate: 'Date attendue (ISO 8601).',
    queryExpectedNumber: 'Nombre attendu.',
    queryExpectedOneOf: 'Valeur attendue parmi : {{options}}.',
    queryExpectedOperator: 'Opérateur attendu, par exemple [equals].',
    queryExpectedValue: 'Valeur attendue, et non un objet.',
    queryExpectedWholeNumber: 'Nombre entier attendu.',
    queryGeometry: '« {{operator}} » prend une géométrie GeoJSON ({ type, coordinates }).',
    queryJoinSort: 'Triez une jointure selon un champ de sa propre collection.',
    queryNear: '« near » prend « longitude,latitude[,maxDistance[,minDistance]] ».',
    queryNotOperator: '« {{operator}} » n’est pas un opérateur de requête.',
    queryNotValid: 'La requête n’est pas valide. {{problems}}',
    queryPointOnly: '« {{operator}} » ne s’applique qu’aux champs de type point.',
    queryPolymorphicRelation:
      'Filtrez une relation vers plusieurs collections avec « equals » et { relationTo, value }, ou interrogez ses « .value » et « .relationTo ».',
    queryRichText:
      'Le texte enrichi ne peut pas être filtré selon son contenu; seul « exists » s’applique.',
    queryTextOnly: '« {{operator}} » ne s’applique qu’aux champs texte.',
    queryTooDeep: 'Les conditions peuvent s’imbriquer sur au plus {{max}} niveaux.',
    inputExpectedDate: 'Date attendue (ISO 8601), entre les années 1 et 9999.',
    inputExpectedDocument: 'Le document doit être un objet JSON.',
    inputExpectedDocumentIds: 'Liste d’identifiants de documents attendue.',
    inputExpectedNumberBetween: 'Nombre attendu entre {{min}} et {{max}}.',
    inputExpectedNumbers: 'Liste de nombres attendue.',
    inputExpectedObject: 'Objet attendu.',
    inputExpectedObjectNotNull: 'Objet attendu, et non null.',
    inputExpectedOption: 'Valeur attendue parmi {{options}}.',
    inputExpectedOptionList: 'Liste d’options attendue, chacune parmi {{options}}.',
    inputExpectedOrderKey:
      'Clé d’ordre attendue, comme Payload les génère (chiffres et lettres minuscules, par exemple « a0 » ou « a1v »).',
    inputExpectedPoint: 'Valeur attendue : [longitude, latitude].',
    inputExpectedRowObject: 'Chaque ligne doit être un objet.',
    inputExpectedRows: 'Liste de lignes attendue.',
    inputExpectedRowsNotNull:
      'Liste de lignes attendue, et non null; envoyez [] s’il n’y en a aucune.',
    inputExpectedText: 'Texte attendu.',
    inputExpectedTexts: 'Liste de textes attendue.',
    inputTextBlank: 'Saisissez du texte, pas seulement des espaces.',
    inputTextNul: 'Le texte ne peut pas contenir de caractères NUL.',
    inputUnknownBlock: 'Type de bloc inconnu.',
    requestCommitFailed:
      'La modification n’a pas pu être validée, donc rien n’a été enregistré : {{error}}',
    responseCacheEditorsOnly:
      'Seuls les rédacteurs peuvent lire les compteurs du cache des réponses.',
    sweepEditorsOnly: 'Seuls les rédacteurs peuvent nettoyer les dossiers de fichiers.',
    seedEditorsOnly:
      'Vous devez être connecté en tant que rédacteur pour charger les données de départ.',
    sitemapXmlNeedsSiteUrl:
      'sitemap.xml exige des URL absolues : définissez l’option site.url du plugiciel. GET /api/smp-clinic/sitemap liste les chemins.',
    uploadInvalidFilename: 'Nom de fichier non valide.',

    consentStateNotVerified: 'Non vérifié par la clinique',
    consentBlocksNotVerified:
      'Le consentement associé a été signé sur le formulaire public et personne à la clinique ne l’a encore vérifié. Approuvez d’abord sa soumission (ou remplissez Vérifié le).',
    consentAuthorization: 'Autorisation marketing',
    consentAuthorizationDescription:
      'Ce que le client a autorisé sur le formulaire public, tel qu’il lui a été présenté.',
    consentAuthorizationMaterial: 'Ce qui peut être utilisé',
    consentAuthorizationRecipient: 'Par qui',
    consentAuthorizationPurpose: 'Dans quel but',
    consentAuthorizationExpiryEvent: 'Prend fin avec',
    consentAuthorizationExpiryEventDescription:
      'L’événement qui met fin à l’autorisation, si le client en a indiqué un au lieu d’une date.',
    consentAuthorizationStatements: 'Déclarations reconnues',
    consentAuthorizationStatementsDescription:
      'Chaque déclaration cochée par le client sur le formulaire.',
    consentStatementMayRevoke: 'Je peux révoquer cette autorisation à tout moment',
    consentStatementTreatmentNotConditioned: 'Mon traitement ne dépend pas de sa signature',
    consentStatementMayBeRedisclosed: 'Ce qui est publié peut être repartagé par d’autres',
    consentVerification: 'Vérification par la clinique',
    consentVerificationDescription:
      'Signé sur le formulaire public : il ne couvre rien tant que quelqu’un à la clinique n’a pas vérifié que le signataire est le client.',
    consentVerifiedAt: 'Vérifié le',
    consentVerifiedBy: 'Vérifié par',
    testimonialSourceSubmitted: 'Soumis par le client',
    testimonialRelationshipPartner: 'Partenaire commercial de la clinique',
    testimonialAiNone: 'Écrit par le client',
    testimonialAiAssisted: 'Une IA a aidé à la formulation (mentionné)',
    testimonialAiGenerated: 'Écrit par une IA (ne peut pas être publié)',
    testimonialProvenance: 'Provenance',
    testimonialProvenanceDescription:
      'D’où vient ce témoignage et ce qui le garantit. Diffusé avec lui, sauf la preuve ; la mention en est déduite.',
    testimonialReceivedAt: 'Reçu le',
    testimonialReceivedAtDescription:
      'Automatique : quand le témoignage est parvenu à la clinique (soumis, importé ou saisi).',
    testimonialEmailConfirmedAt: 'Courriel confirmé le',
    testimonialEmailConfirmedAtDescription:
      'Automatique : quand l’auteur a confirmé son adresse courriel.',
    testimonialVerifiedAt: 'Vérifié le',
    testimonialVerifiedAtDescription: 'Automatique quand « Client vérifié » est coché.',
    testimonialVerificationEvidence: 'Preuve de vérification',
    testimonialVerificationEvidenceDescription:
      'Comment vous savez que l’auteur a été traité ici, p. ex. « correspond au rendez-vous du 2026-03-02 ». Éditeurs seulement.',
    testimonialVerificationEvidenceRequired:
      'Indiquez comment l’auteur a été vérifié comme client avant de cocher « Client vérifié ».',
    testimonialAiAssistance: 'Aide d’une IA',
    testimonialAiAssistanceDescription: 'Si un logiciel a écrit une partie du texte.',
    testimonialAiGeneratedRefused:
      'Un témoignage écrit par une IA n’est pas l’expérience d’un client et ne peut pas être publié (16 CFR 465.2).',
    testimonialIncentiveDependsOnContent: 'Contrepartie liée au contenu',
    testimonialIncentiveDependsOnContentDescription:
      'Cochez si la contrepartie n’était donnée que pour un avis positif (ou particulier).',
    testimonialIncentiveDependsOnContentRefused:
      'Un avis rémunéré à condition de ce qu’il dit ne peut pas être publié (16 CFR 465.4).',
    testimonialSelectionKindInvalid: 'Choisissez la liste : {{kinds}}.',
    testimonialSelectionRangeInvalid: 'Indiquez un nombre entier de {{min}} à {{max}}.',
    externalReviewsPlural: 'Avis importés',
    externalReviewsSingular: 'Avis importé',
    externalReviewsDescription:
      'Avis laissés par les clients sur d’autres plateformes, importés avec leur attribution et conservés tels que publiés. Ce ne sont pas des témoignages de la clinique et ils n’ont pas de consentement. Les conditions de Google ne permettent que le lien vers votre fiche.',
    externalReviewPlatform: 'Plateforme',
    externalReviewKind: 'Type',
    externalReviewKindReview: 'Un avis (conservé tel que publié)',
    externalReviewKindProfile: 'La fiche de la clinique (lien seulement)',
    externalReviewProfileId: 'Id de la fiche ou du lieu',
    externalReviewProfileIdDescription:
      'Pour Google, l’id du lieu (commence par ChIJ…) ; le lien vers vos avis en est construit.',
    externalReviewAuthor: 'Auteur',
    externalReviewReviewedAt: 'Publié le',
    externalReviewTitle: 'Titre',
    externalReviewText: 'Texte',
    externalReviewUrl: 'Lien vers la plateforme',
    externalReviewUrlDescription:
      'Où l’avis (ou votre fiche) se lit sur la plateforme : affiché comme lien de retour.',
    externalReviewAttribution: 'Attribution',
    externalReviewAttributionDescription: 'Automatique : affichée à côté de l’avis.',
    externalReviewImportedAt: 'Importé le',
    externalReviewKeptAsPosted:
      'Les avis importés sont conservés tels que publiés : ceci ne peut pas être modifié. Supprimez l’avis et importez-le à nouveau si la plateforme l’a changé.',
    externalReviewPlatformUnknown: 'Choisissez une des plateformes : {{platforms}}.',
    externalReviewProfileIdRequired:
      'Indiquez l’id de la fiche ou du lieu (sans espaces, 300 caractères au plus).',
    externalReviewProfileHasNoReview:
      'Un lien vers la fiche ne contient pas d’avis : laissez ceci vide.',
    externalReviewNotStored:
      'Les conditions de {{platform}} ne permettent pas de conserver ses avis : ajoutez plutôt la fiche de la clinique (son id de lieu), et le site renvoie aux avis là-bas.',
    externalReviewAuthorRequired:
      'Indiquez l’auteur tel que la plateforme l’affiche (200 caractères au plus).',
    externalReviewTextRequired:
      'Indiquez le texte de l’avis tel que publié (20 000 caractères au plus).',
    externalReviewDateInvalid: 'Indiquez la date de publication de l’avis (pas dans le futur).',
    externalReviewReviewHasNoProfileId:
      'Un avis n’a pas d’id de fiche : laissez ceci vide, ou importez-le comme fiche de la clinique.',
    externalReviewUrlNotOnPlatform:
      'Indiquez le lien sur {{platform}} (une adresse sur {{hosts}}).',
    externalReviewDuplicateInFile: 'Le même lien figure sur une ligne précédente du fichier.',
    externalReviewImportEmpty: 'Le fichier ne contient aucun avis.',
    externalReviewImportTooLarge: 'Le fichier d’import peut faire au plus 10 Mo.',
    externalReviewImportFileRequired: 'Choisissez un fichier CSV ou JSON à importer.',
    externalReviewImportType:
      'Envoyez l’import en multipart/form-data avec un fichier, ou en text/csv ou application/json.',
    externalReviewImportUnreadable: 'Le fichier ne peut pas être lu : {{reason}}',
    externalReviewImportTitle: 'Importer des avis d’une autre plateforme',
    externalReviewImportHelp:
      'Un export CSV ou JSON (auteur, date, note, texte, lien). Les avis déjà importés sont ignorés ; un fichier avec un problème n’importe rien.',
    externalReviewImportPlatformFromFile: 'Plateforme : celle du fichier',
    externalReviewImportButton: 'Importer',
    externalReviewImporting: 'Import en cours…',
    externalReviewImportDone: '{{created}} importés sur {{total}} ({{skipped}} déjà présents).',
    externalReviewImportFailed: 'Rien n’a été importé :',
    externalReviewTitleTooLong: 'Indiquez un titre de 500 caractères au plus.',
    externalReviewProfileUrlDerived:
      'Le lien vers une fiche {{platform}} est construit à partir de son id : laissez le lien vide.',
    externalReviewDateFormat:
      'Indiquez la date de publication de l’avis au format AAAA-MM-JJ (une heure peut suivre, en UTC), pas dans le futur.',
    externalReviewImportTooManyRows: 'Un import accepte au plus {{max}} avis : divisez le fichier.',
    submissionsPlural: 'Soumissions',
    submissionsSingular: 'Soumission',
    submissionsDescription:
      'Témoignages envoyés par les clients via le formulaire du site. Approuvez-en un pour vérifier son autorisation et le publier ; rejetez-le pour une raison liée à son contenu ou à son consentement, jamais à sa note.',
    submissionStatus: 'État',
    submissionStatusInvalid:
      'Choisissez Nouveau, Vérifié, Approuvé ou Rejeté ; une soumission confirmée ne peut pas redevenir nouvelle.',
    submissionNotConfirmed:
      'L’expéditeur n’a pas encore confirmé son adresse courriel : la soumission ne peut pas être modérée avant.',
    submissionStateNew: 'Nouveau (courriel non confirmé)',
    submissionStateVerified: 'Vérifié (en attente de modération)',
    submissionStateApproved: 'Approuvé',
    submissionStateRejected: 'Rejeté',
    submissionReason: 'Motif',
    submissionApprovalReasonRequired: 'Indiquez ce que vous avez vérifié avant d’approuver.',
    submissionRejectionReasonRequired:
      'Indiquez le motif du rejet : son contenu ou son consentement.',
    submissionReasonMatchedToAppointment: 'Correspond à un rendez-vous (client vérifié)',
    submissionReasonAuthorizationChecked: 'Autorisation vérifiée',
    submissionReasonNotAClient: 'N’est pas client de la clinique',
    submissionReasonAuthorizationIncomplete: 'Autorisation incomplète ou pas du client',
    submissionReasonIdentifiesOthers: 'Identifie d’autres personnes',
    submissionReasonHealthClaims:
      'Contient des allégations de santé que la clinique ne peut pas publier',
    submissionReasonUnlawfulContent: 'Contenu illicite ou injurieux',
    submissionReasonPhotosUnusable: 'Photos inutilisables ou qui ne sont pas du client',
    submissionReasonSpam: 'Pourriel',
    submissionReasonDuplicate: 'Doublon d’une autre soumission',
    submissionModeratorNote: 'Note de modération',
    submissionModeratorNoteDescription: 'Pour l’équipe : ce que vous avez vérifié, ou pourquoi.',
    submissionName: 'Nom (tel que signé)',
    submissionEmail: 'Courriel',
    submissionSubmittedAt: 'Soumis le',
    submissionEmailConfirmedAt: 'Courriel confirmé le',
    submissionChallenge: 'Défi réussi',
    submissionChallengeDescription:
      'Le fournisseur de défi que l’expéditeur a réussi, s’il y en avait un.',
    submissionTestimonial: 'Témoignage',
    submissionGallery: 'Galerie',
    submissionConsent: 'Autorisation',
    submissionCannotPublish: 'Elle ne peut pas être publiée : {{reasons}}',
    submitStoryLength: 'Écrivez votre témoignage en {{min}} à {{max}} caractères.',
    submitTreatmentInvalid: 'Choisissez dans la liste le traitement que vous avez reçu.',
    submitPractitionerInvalid: 'Choisissez votre praticien dans la liste.',
    submitNameRequired: 'Saisissez votre nom (120 caractères au plus).',
    submitEmailInvalid:
      'Saisissez une adresse courriel valide : nous y envoyons le lien de confirmation.',
    submitExpiryInPast: 'La date de fin doit être une date valide dans le futur.',
    submitExpiryRequired: 'Indiquez une date ou un événement auquel votre autorisation prend fin.',
    submitExpiryBoth:
      'Indiquez une date ou un événement qui met fin à votre autorisation, pas les deux.',
    submitExpiryEventLength: 'Décrivez l’événement de fin en 300 caractères au plus.',
    submitStatementsRequired: 'Cochez chacune des trois déclarations pour signer.',
    submitSignatureMismatch: 'Saisissez votre nom exactement comme ci-dessus pour signer.',
    submitPhotosInPairs: 'Joignez les photos par paires : une avant, une après.',
    submitTooManyPhotos: 'Joignez au plus {{max}} photos.',
    submitPhotosUneditedRequired: 'Confirmez que les photos sont de vous et non retouchées.',
    submitAiAssistanceInvalid: 'Indiquez si un outil d’IA vous a aidé à formuler votre témoignage.',
    submitRefusedAsAutomated: 'Cette soumission semble automatisée et a été refusée.',
    submitFormExpired: 'Le formulaire a expiré : rechargez la page et soumettez à nouveau.',
    submitFieldRepeated: 'Envoyez ce champ une seule fois.',
    submitAddressUnknown:
      'Le site ne peut pas savoir d’où vient ce témoignage, il ne peut donc pas être signé : le serveur placé devant doit transmettre l’adresse du visiteur (X-Real-IP).',
    submitFormUsed:
      'Ce formulaire a déjà été envoyé. Rechargez la page pour envoyer un autre témoignage.',
    submitNoClinic:
      'Ce site n’appartient à aucune clinique : les témoignages s’envoient depuis le site d’une clinique.',
    submitEmailNotConfigured:
      'Les témoignages ne peuvent pas encore être envoyés ici : le site de la clinique ne peut pas envoyer de courriels, et chaque témoignage est confirmé par courriel.',
    submitTooFast:
      'Soumis trop vite : prenez au moins {{seconds}} secondes pour lire l’autorisation, puis soumettez à nouveau.',
    submitChallengeFailed:
      'La vérification anti-spam a échoué : complétez-la et soumettez à nouveau.',
    submitMultipartOnly: 'Envoyez le formulaire en multipart/form-data.',
    submitRateIp: 'Trop de soumissions depuis votre réseau : réessayez dans {{minutes}} minutes.',
    submitRateEmail:
      'Trop de soumissions depuis cette adresse courriel : réessayez dans {{minutes}} minutes.',
    submitDuplicate: 'Ce témoignage a déjà été soumis.',
    submitEmailFailed:
      'Le courriel de confirmation n’a pas pu être envoyé : rien n’a été enregistré. Réessayez plus tard.',
    submitReceived:
      'Merci. Nous avons envoyé un lien de confirmation à {{email}} : votre témoignage parvient à notre équipe dès que vous l’ouvrez.',
    submitLinkUsedOrUnknown: 'Ce lien a déjà été utilisé ou ne vient pas de nous.',
    submitLinkExpired: 'Ce lien de confirmation a expiré : soumettez à nouveau votre témoignage.',
    submitConfirmed:
      'Votre adresse courriel est confirmée : votre témoignage est entre les mains de notre équipe.',
    submitAlreadyRevoked: 'Votre autorisation était déjà révoquée.',
    submitRevoked: 'Votre autorisation est révoquée : ce qui était publié avec elle a été retiré.',
    submitConfirmTitle: 'Confirmez votre témoignage',
    submitRevokeTitle: 'Révoquez votre autorisation',
    submitConfirmButton: 'Confirmer mon adresse courriel',
    submitRevokeButton: 'Révoquer mon autorisation maintenant',
    submitBrowserRequired:
      'Soumettez le formulaire depuis un navigateur web : son agent utilisateur fait partie de votre signature.',
  },
}
