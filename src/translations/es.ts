import type { PluginSmpClinicTranslations } from './types.js'

/**
 * El vocabulario del panel de administración en español neutro.
 */
export const es: PluginSmpClinicTranslations = {
  'plugin-smp-clinic': {
    group: 'Clínica',

    fieldAlwaysPublic: 'Siempre pública',
    fieldAlwaysPublicDescription:
      'Para imágenes usadas fuera del contenido de la clínica, como sus propias páginas. Nunca en fotos de antes y después.',
    fieldAlwaysPublicGalleryPhoto:
      'Esta imagen es una foto de antes y después: solo es pública mientras su galería esté publicada con un consentimiento válido.',
    fieldConsent: 'Consentimiento',
    fieldConsentDescription:
      'El consentimiento firmado que cubre el uso en el sitio web. Obligatorio para publicar; la publicación se detiene cuando se revoca o vence.',
    fieldConsentState: 'Estado del consentimiento',
    fieldConsentStateDescription:
      'Indica si el consentimiento vinculado permite hoy la publicación en el sitio web.',
    fieldConsentStateCheckedWhenSaved: 'Se comprueba al guardar',
    fieldDisclaimer: 'Aviso',
    fieldDisclaimerDescription:
      'Se muestra con el contenido. Mantenga una frase del tipo «los resultados varían».',
    fieldDisclaimerRequired:
      'Mantenga un aviso, por ejemplo «Los resultados varían de una persona a otra.»',
    fieldPublicUntil: 'Pública hasta',
    fieldPublicUntilDescription:
      'Se rellena automáticamente: hasta cuándo la muestra contenido publicado de la clínica. Vacío significa privada.',
    fieldSample: 'Ejemplo',
    fieldSampleDescription:
      'Contenido de ejemplo creado con los datos iniciales. Nunca se muestra públicamente; sustitúyalo por un registro real.',
    fieldSeedKey: 'Clave de datos iniciales',
    fieldSeo: 'SEO',
    fieldSeoDescription:
      'Cómo aparece esta página en los resultados de búsqueda y en las vistas previas de enlaces. Lo que se deje vacío sigue al contenido.',
    fieldSeoTitle: 'Metatítulo',
    fieldSeoMetaDescription: 'Metadescripción',
    fieldSeoImage: 'Metaimagen',
    fieldSeoImageClientPhoto:
      'Una foto de antes y después de un cliente no puede ser la imagen para compartir: la copia que guarde una red social o un buscador no puede retirarse con el consentimiento. Elija otra imagen.',
    fieldSeoCanonical: 'URL canónica',
    fieldSeoCanonicalDescription: 'Déjela vacía para usar la dirección de la página en el sitio.',
    fieldSlug: 'Slug',
    fieldSlugTakenInClinic: 'Otro documento de esta clínica ya usa este slug: elija otro.',
    fieldSlugFromNameDescription:
      'La dirección de esta página. Se rellena a partir del nombre; desbloquéela para editarla.',
    fieldSlugFromNameRequired: 'Escriba un slug, o un nombre a partir del cual crearlo.',
    fieldSlugFromTitleDescription:
      'La dirección de esta página. Se rellena a partir del título; desbloquéela para editarla.',
    fieldSlugFromTitleRequired: 'Escriba un slug, o un título a partir del cual crearlo.',
    fieldStructuredData: 'Datos estructurados (JSON-LD)',
    fieldTopics: 'Temas',
    fieldVisibleUntil: 'Visible hasta',

    urlCredentials: 'Quite el nombre de usuario y la contraseña de la dirección web.',
    urlInvalid:
      'Escriba una dirección web completa que empiece por https:// (por ejemplo https://clinic.example/book).',
    urlTooLong: 'Las direcciones web pueden tener como máximo {{max}} caracteres.',

    consentStateExpired: 'Vencido',
    consentStateFaceNotCovered: 'Rostro no cubierto',
    consentStateMissing: 'Falta',
    consentStateNameNotCovered: 'Nombre no cubierto',
    consentStateNoSignature: 'Sin prueba de firma',
    consentStateNotForWebsite: 'No para el sitio web',
    consentStateNotSigned: 'Aún no firmado',
    consentStateRevoked: 'Revocado',
    consentStateValid: 'Válido',

    consentBlocksExpired:
      'El consentimiento vinculado ha vencido. Adjunte un consentimiento vigente antes de publicar.',
    consentBlocksFaceNotCovered:
      'El consentimiento vinculado no permite mostrar el rostro como lo muestran estas fotos. Difumine o recorte las fotos, o adjunte un consentimiento que lo permita.',
    consentBlocksMissing:
      'Se necesita un consentimiento firmado antes de poder publicar esto. Adjunte uno en el campo Consentimiento.',
    consentBlocksNameNotCovered:
      'El consentimiento vinculado no permite nombrar así al cliente. Use sus iniciales, o adjunte un consentimiento que permita el nombre completo.',
    consentBlocksNoSignature:
      'El consentimiento vinculado no tiene prueba de firma: suba el documento firmado, o registre la firma electrónica (firmante, versión del formulario, dirección IP y navegador).',
    consentBlocksNotForWebsite:
      'El consentimiento vinculado no cubre el sitio web. Adjunte un consentimiento cuyos canales incluyan «Sitio web».',
    consentBlocksNotSigned:
      'El consentimiento vinculado aún no tiene fecha de firma (o tiene una fecha futura).',
    consentBlocksRevoked:
      'El consentimiento vinculado fue revocado. Esto no se puede publicar con él.',

    faceBlurred: 'Rostro difuminado',
    faceCropped: 'Rostro fuera del encuadre',
    faceNone: 'Sin rostro (solo cuero cabelludo)',
    faceShown: 'Rostro visible',
    nameFull: 'Nombre completo',
    nameInitials: 'Solo iniciales',
    nameNone: 'Sin nombre',

    treatmentAlopeciaCoverage: 'Cobertura de alopecia',
    treatmentDensity: 'Densidad',
    treatmentFemaleThinning: 'Adelgazamiento femenino',
    treatmentHairline: 'Línea frontal',
    treatmentOther: 'Otro',
    treatmentScarCamouflage: 'Camuflaje de cicatrices',

    articlesDescription:
      'Artículos divulgativos sobre la caída del cabello y la micropigmentación capilar.',
    articlesPlural: 'Artículos',
    articlesSingular: 'Artículo',
    articleAnchor: 'Ancla',
    articleAuthor: 'Autor',
    articleBody: 'Cuerpo',
    articleBodyDescription:
      'Use encabezados para las secciones: forman la tabla de contenidos y determinan el tiempo de lectura.',
    articleExcerpt: 'Extracto',
    articleExcerptDescription:
      'Una o dos frases que se muestran en las listas y en los resultados de búsqueda.',
    articleHeading: 'Encabezado',
    articleHeroImage: 'Imagen principal',
    articleLevel: 'Nivel',
    articlePublishedAt: 'Publicado el',
    articlePublishedAtDescription:
      'Se fija automáticamente al publicar por primera vez; se puede cambiar.',
    articleReadingTime: 'Tiempo de lectura',
    articleReadingTimeDescription: 'En minutos, calculado a partir del cuerpo.',
    articleReference: 'Referencia',
    articleReferenceMarker: 'Marcador',
    articleReferenceMarkerDescription: 'Tal como aparece en el cuerpo, p. ej. 1.',
    articleReferenceUrl: 'URL',
    articleReferences: 'Referencias',
    articleReferencesDescription:
      'Las fuentes de las llamadas de cita del cuerpo, como (1). Deje la URL vacía si la fuente no está en línea.',
    articleRelatedFaqs: 'Preguntas frecuentes relacionadas',
    articleRelatedFaqsDescription:
      'Preguntas frecuentes que se muestran con este artículo, en este orden.',
    articleReviewedAt: 'Revisado el',
    articleReviewedAtDescription:
      'Cuándo se hizo la revisión médica indicada abajo. Los datos estructurados declaran una revisión solo si se indican la fecha y el revisor.',
    articleReviewedAtFuture:
      'Una revisión no puede tener fecha futura: indique el día en que se hizo.',
    articleReviewedAtRequired: 'Indique la fecha de la revisión, o quite el revisor.',
    articleReviewedBy: 'Revisado por',
    articleReviewedByDescription:
      'El profesional que comprobó la exactitud médica del contenido. Necesita una acreditación registrada: médico colegiado, una titulación o una certificación.',
    articleReviewedByRequired: 'Indique quién revisó el artículo, o quite la fecha de revisión.',
    articleReviewerNeedsCredential:
      'El revisor no tiene ninguna acreditación registrada. Añada su titulación o una certificación a su perfil, o elija otro revisor.',
    articleTableOfContents: 'Tabla de contenidos',
    articleTableOfContentsDescription: 'Calculada a partir de los encabezados del cuerpo.',
    clinicSettings: 'Datos de la clínica',
    clinicSettingsDescription:
      'La clínica tal como la ven los visitantes y los buscadores: contacto, dirección, horario y enlace de reserva. Se muestra en el sitio y en los datos estructurados de cada página.',
    clinicName: 'Nombre de la clínica',
    clinicLogo: 'URL del logotipo',
    clinicTelephone: 'Teléfono',
    clinicTelephoneFormat:
      'Escriba el número con cifras, espacios, guiones o paréntesis, y + antes del prefijo internacional.',
    clinicEmail: 'Correo electrónico',
    clinicBookingUrl: 'Enlace de reserva',
    clinicAddress: 'Dirección',
    clinicStreetAddress: 'Calle y número',
    clinicLocality: 'Ciudad',
    clinicRegion: 'Provincia o región',
    clinicPostalCode: 'Código postal',
    clinicCountry: 'Código de país',
    clinicCountryFormat: 'Use el código de país de dos letras en mayúsculas, como ES, MX o US.',
    clinicGeo: 'Posición en el mapa',
    clinicGeoDescription: 'Latitud y longitud de la entrada, para mapas y búsquedas locales.',
    clinicLatitude: 'Latitud',
    clinicLongitude: 'Longitud',
    clinicOpeningHours: 'Horario',
    clinicHours: 'Horas',
    clinicDays: 'Días',
    clinicOpens: 'Abre',
    clinicCloses: 'Cierra',
    clinicTimeFormat: 'Escriba la hora como HH:MM en formato de 24 horas, como 09:00 o 18:30.',
    clinicSameAs: 'Perfiles en otros sitios',
    clinicSameAsDescription:
      'Las páginas de la clínica en otros sitios: Perfil de Empresa de Google, Instagram, Facebook.',
    clinicProfileUrl: 'URL del perfil',
    dayMonday: 'Lunes',
    dayTuesday: 'Martes',
    dayWednesday: 'Miércoles',
    dayThursday: 'Jueves',
    dayFriday: 'Viernes',
    daySaturday: 'Sábado',
    daySunday: 'Domingo',
    articleTitle: 'Título',

    galleriesDescription:
      'Fotos de antes y después. Publicar exige un consentimiento válido y la declaración de fotos sin retocar.',
    galleriesPlural: 'Galerías de antes y después',
    galleriesSingular: 'Galería de antes y después',
    galleryAfter: 'Después',
    galleryAlwaysPublicPhotos:
      'Las fotos de antes y después no deben marcarse como «Siempre pública» (imagen {{ids}}). Desmarque primero esa casilla en la imagen.',
    galleryAngle: 'Ángulo',
    galleryAngleBack: 'Atrás',
    galleryAngleFront: 'Frente',
    galleryAngleLeft: 'Izquierda',
    galleryAngleRight: 'Derecha',
    galleryAngleTop: 'Arriba',
    galleryBefore: 'Antes',
    galleryCaption: 'Pie de foto',
    galleryComparison: 'Comparación',
    galleryComparisonAfterWaiting: 'Elija o suba la foto de después',
    galleryComparisonBeforeWaiting: 'Elija o suba la foto de antes',
    galleryComparisonTaken: 'foto de después tomada {{time}} después de la última sesión',
    galleryComparisonViewBack: 'Vista posterior',
    galleryComparisonViewFront: 'Vista frontal',
    galleryComparisonViewLeft: 'Vista izquierda',
    galleryComparisonViewRight: 'Vista derecha',
    galleryComparisonViewTop: 'Vista superior',
    galleryFaceShown: 'Rostro en las fotos',
    galleryFaceShownDescription:
      'Cuánto del rostro muestran las fotos. El consentimiento debe permitir al menos eso.',
    galleryFaceShownRequired: 'Elija cuánto del rostro muestran las fotos.',
    galleryHairLossStage: 'Grado antes del tratamiento',
    galleryHairLossStageDescription:
      'Norwood para la calvicie de patrón masculino, Ludwig para el adelgazamiento femenino.',
    galleryHairLossStageLudwig: 'Ludwig {{stage}}',
    galleryHairLossStageNorwood: 'Norwood {{stage}}',
    galleryPair: 'Par',
    galleryPairs: 'Pares',
    galleryPairsDescription: 'Cada par muestra el mismo ángulo antes y después del tratamiento.',
    galleryPhotoPairs: 'Pares de fotos',
    galleryPigmentShade: 'Tono del pigmento',
    galleryPigmentShadeDescription:
      'El tono o la mezcla usados, tal como constan en las notas del tratamiento.',
    galleryPractitioner: 'Profesional',
    gallerySessions: 'Número de sesiones',
    galleryTimeAfterLastSession: 'Tiempo tras la última sesión',
    galleryTimeAfterLastSessionDescription:
      'Cuándo se tomó la foto de después, p. ej. «4 semanas».',
    galleryTitle: 'Título',
    galleryTopic: 'Tema',
    galleryTreatment: 'Tratamiento',
    galleryUnretouched:
      'Las fotos no están retocadas y se tomaron con la misma iluminación y la misma pose',
    galleryUnretouchedRequired:
      'Confirme que las fotos no están retocadas y que son comparables antes de publicar.',

    consentsDescription:
      'Permisos firmados por los clientes. Nunca públicos. Revocar uno, o que venza, oculta en ese instante el contenido que depende de él.',
    consentsPlural: 'Consentimientos',
    consentsSingular: 'Consentimiento',
    consentAlreadyPrinted: 'Ya impreso o distribuido',
    consentAlreadyPrintedDescription: 'Material impreso o distribuido que no se puede retirar.',
    consentAuthorityClient: 'El cliente',
    consentAuthorityGuardian: 'Padre, madre o tutor',
    consentAuthorityRepresentative: 'Representante autorizado',
    consentChannelAdvertising: 'Publicidad pagada',
    consentChannelEducation: 'Educación y formación',
    consentChannelPrint: 'Impresos',
    consentChannelSocial: 'Redes sociales',
    consentChannelWebsite: 'Sitio web',
    consentDocumentAltered:
      'El documento firmado archivado no coincide con la huella registrada al subirlo, así que no se entrega. Restaure el archivo original.',
    consentDocumentUnverifiable:
      'El documento firmado no tiene huella registrada, así que no se puede demostrar que sea el que se firmó.',
    consentElectronicSignature: 'Firma electrónica',
    consentExpiresAt: 'Vence',
    consentExpiresAtDescription: 'Déjelo vacío si el consentimiento no vence.',
    consentFaceDisplay: 'Rostro',
    consentFaceDisplayDescription: 'Lo máximo de su rostro que el cliente permite mostrar.',
    consentFaceDisplayRequired: 'Elija cuánto del rostro permite mostrar el cliente.',
    consentFileSha256: 'SHA-256 del documento',
    consentFileSha256Description:
      'Huella del documento firmado, tomada al subirlo y comprobada cada vez que se entrega.',
    consentFormVersion: 'Versión del formulario',
    consentFormVersionDescription:
      'La versión del formulario de consentimiento firmado, p. ej. «2026-03».',
    consentFormVersionRequired: 'Escriba la versión del formulario.',
    consentIpAddress: 'Dirección IP',
    consentIpAddressInvalid:
      'Escriba la dirección IPv4 o IPv6 desde la que se firmó el consentimiento.',
    consentMethodDocument: 'Documento firmado (subido arriba)',
    consentMethodElectronic: 'Firma electrónica',
    consentNameDisplay: 'Nombre',
    consentNameDisplayDescription: 'Lo máximo de su nombre que el cliente permite mostrar.',
    consentNameDisplayRequired: 'Elija cuánto del nombre permite mostrar el cliente.',
    consentNotes: 'Notas',
    consentReceivedBy: 'Registrada por (miembro del personal)',
    consentReceivedVia: 'Recibida por',
    consentReceivedViaEmail: 'Correo electrónico',
    consentReceivedViaInPerson: 'En persona',
    consentReceivedViaLetter: 'Carta',
    consentReceivedViaOther: 'Otro',
    consentReceivedViaPhone: 'Teléfono',
    consentRetainUntil: 'Conservar hasta',
    consentFormerClinic: 'Clínica anterior',
    consentFormerClinicDescription:
      'La clínica a la que se dio este consentimiento, que ya no forma parte de la cadena. El consentimiento se conserva durante su plazo de conservación.',
    consentFormerClinicId: 'Id de la clínica',
    consentFormerClinicName: 'Nombre de la clínica',
    consentFormerClinicRemovedAt: 'Clínica eliminada el',
    consentRetainUntilDescription:
      'Conserve este registro hasta entonces: {{years}} años después de la última fecha en que el consentimiento estuvo vigente.',
    consentRevocation: 'Revocación',
    consentRevokedAt: 'Revocado el',
    consentRevokedAtDescription:
      'Cuándo surte efecto la retirada. El contenido se oculta desde ese instante.',
    consentScopes: 'Canales',
    consentScopesDescription:
      'Cada canal en el que el cliente permite que aparezcan su testimonio o sus fotos.',
    consentScopesRequired: 'Elija al menos un canal que el cliente permita.',
    consentSignatureMethod: 'Firmado con',
    consentSignatureMethodRequired: 'Elija cómo se firmó el consentimiento.',
    consentSignedAfterTreatment: 'Firmado después del tratamiento',
    consentSignedAfterTreatmentDescription:
      'Márquelo si el cliente firmó después de ver su resultado, no antes del tratamiento.',
    consentSignedAt: 'Fecha de firma',
    consentSigner: 'Firmante',
    consentSignerAuthority: 'Firmado como',
    consentSignerAuthorityRequired: 'Elija en calidad de qué firmó el firmante.',
    consentSignerDescription: 'La persona que firmó, y en calidad de qué.',
    consentSignerName: 'Firmado por',
    consentSignerNameRequired: 'Escriba el nombre del firmante.',
    consentSignerRelationship: 'Relación con el cliente',
    consentSignerRelationshipDescription:
      'Qué relación tiene el firmante con el cliente, y en qué se basa su autoridad.',
    consentSignerRelationshipRequired:
      'Indique qué relación tiene el tutor o representante con el cliente.',
    consentStatus: 'Estado',
    consentSubject: 'Cliente',
    consentSubjectDescription:
      'El cliente al que se refiere el consentimiento, tal como se le nombra en el contenido.',
    consentSubjectRequired: 'Escriba el nombre del cliente.',
    consentUserAgent: 'Navegador (agente de usuario)',
    consentUserAgentInvalid:
      'Escriba el agente de usuario del navegador tal como se registró al firmar.',

    faqsDescription: 'Preguntas frecuentes. Arrastre las filas de la lista para cambiar su orden.',
    faqsPlural: 'Preguntas frecuentes',
    faqsSingular: 'Pregunta frecuente',
    faqAnswer: 'Respuesta',
    faqQuestion: 'Pregunta',
    faqRelatedArticles: 'Artículos relacionados',

    mediaDescription:
      'Imágenes. Cada una es privada hasta que la muestra contenido publicado de la clínica; las fotos de antes y después siguen el consentimiento de su galería.',
    mediaPlural: 'Multimedia',
    mediaSingular: 'Imagen',
    mediaAlt: 'Texto alternativo',
    mediaAltDescription: 'Describa la imagen para las personas que no pueden verla.',
    mediaCaption: 'Pie de foto',
    mediaFileTooLarge:
      'El archivo ocupa {{size}} MB; las imágenes pueden ocupar como máximo {{max}} MB.',
    mediaTooElongated:
      'La imagen mide {{width}}×{{height}} píxeles; un lado puede medir como máximo {{ratio}} veces el otro.',
    mediaTooManyPixels:
      'La imagen mide {{width}}×{{height}} píxeles ({{megapixels}} megapíxeles); las imágenes pueden tener como máximo {{max}} megapíxeles.',
    mediaTooManyPixelsInFrames:
      'La imagen mide {{width}}×{{height}} píxeles en {{frames}} fotogramas ({{megapixels}} megapíxeles); las imágenes pueden tener como máximo {{max}} megapíxeles.',
    mediaUnreadable:
      'El tipo de archivo no es una imagen legible: suba un JPEG, PNG, WebP, AVIF o GIF.',

    practitionersDescription: 'Perfiles de las personas que realizan los tratamientos.',
    practitionersPlural: 'Profesionales',
    practitionersSingular: 'Profesional',
    practitionerActive: 'En ejercicio',
    practitionerActiveDescription:
      'Desmárquelo cuando el profesional se vaya; su perfil se conserva para el contenido anterior.',
    practitionerArticles: 'Artículos escritos',
    practitionerBio: 'Biografía',
    practitionerBookingUrl: 'URL de reserva',
    practitionerBookingUrlDescription:
      'Dónde reservan los clientes una consulta con este profesional.',
    practitionerCertification: 'Certificación',
    practitionerCertificationIssuer: 'Emitida por',
    practitionerCertificationYear: 'Año',
    practitionerCertifications: 'Certificaciones',
    practitionerCredentials: 'Titulaciones',
    practitionerCredentialsDescription:
      'Siglas de sus títulos o una línea breve con sus cualificaciones.',
    practitionerGalleries: 'Galerías',
    practitionerLanguages: 'Idiomas',
    practitionerLanguagesDescription:
      'Idiomas en que atiende a los clientes. Pulse Intro después de cada uno.',
    practitionerLicensedPhysician: 'Médico colegiado',
    practitionerLicensedPhysicianDescription:
      'Márquelo solo para un médico con licencia: entonces se indica a los buscadores que esta persona es médico.',
    practitionerName: 'Nombre',
    practitionerPhoto: 'Foto',
    practitionerSpecialties: 'Especialidades',
    practitionerTestimonials: 'Testimonios',
    practitionerTitle: 'Cargo',
    practitionerTitleDescription: 'Por ejemplo «Artista principal de micropigmentación».',
    practitionerYearsOfExperience: 'Años de experiencia',

    testimonialsDescription:
      'Testimonios de clientes. Publicar exige un consentimiento válido; los vínculos con la clínica se declaran automáticamente.',
    testimonialsPlural: 'Testimonios',
    testimonialsSingular: 'Testimonio',
    testimonialClientName: 'Nombre visible del cliente',
    testimonialClientNameDescription:
      'Tal como el cliente aceptó ser nombrado. Las iniciales sirven, p. ej. «J. D.»',
    testimonialClinicRelationship: 'Relación con la clínica',
    testimonialDisclosure: 'Declaración',
    testimonialDisclosureDescription:
      'Derivada de la procedencia (relación, incentivo, ayuda de IA, origen); publíquela junto con la cita.',
    testimonialExperienceDate: 'Fecha de la experiencia',
    testimonialFeatured: 'Destacado',
    testimonialGallery: 'Galería',
    testimonialGalleryDescription: 'La galería de antes y después del cliente, si la hay.',
    testimonialIncentive: 'Incentivo recibido',
    testimonialIncentiveDescription:
      'Cualquier cosa dada a cambio, p. ej. «sesión de retoque gratuita».',
    testimonialPractitioner: 'Profesional',
    testimonialQuote: 'Cita',
    testimonialRating: 'Valoración',
    testimonialRatingDescription: 'Estrellas enteras de 1 a 5.',
    testimonialRatingInvalid: 'La valoración debe ser un número entero de estrellas de 1 a 5.',
    testimonialRelationshipDiscounted: 'Tratamiento con descuento',
    testimonialRelationshipEmployee: 'Empleado de la clínica',
    testimonialRelationshipFamily: 'Familiar del personal',
    testimonialRelationshipNone: 'Sin vínculo',
    testimonialRelationshipPaid: 'Pagado por el testimonio',
    testimonialSource: 'Origen',
    testimonialSourceClinic: 'Recogido en la clínica',
    testimonialSourceImported: 'Importado de un sitio de reseñas',
    testimonialSourceUrl: 'URL de origen',
    testimonialSourceUrlDescription: 'Dónde se puede leer la reseña original.',
    testimonialSourceUrlRequired:
      'Un testimonio importado necesita la dirección de la reseña original.',
    testimonialTreatment: 'Tratamiento',
    testimonialVerifiedClient: 'Cliente verificado',
    testimonialVerifiedClientDescription:
      'Márquelo solo si los registros de la clínica muestran que esta persona fue tratada.',

    topicsDescription:
      'Afecciones y temas bajo los que se clasifican los artículos, las preguntas frecuentes y las galerías.',
    topicsPlural: 'Temas',
    topicsSingular: 'Tema',
    topicDescription: 'Descripción',
    topicDescriptionDescription:
      'Una o dos frases para las páginas de tema y los resultados de búsqueda.',
    topicName: 'Nombre',

    deliveriesDescription:
      'Webhooks enviados a su sitio cuando cambia contenido público. Una entrega fallida se reintenta durante más de un día; ábrala para reenviarla.',
    deliveriesPlural: 'Entregas de webhooks',
    deliveriesSingular: 'Entrega de webhook',
    deliveryAttemptAt: 'Momento',
    deliveryAttemptDuration: 'Duración (ms)',
    deliveryAttemptError: 'Error',
    deliveryAttempts: 'Intentos',
    deliveryAttemptStatus: 'Estado HTTP',
    deliveryBody: 'Cuerpo enviado',
    deliveryCollection: 'Colección',
    deliveryDeliveredAt: 'Entregada el',
    deliveryDocument: 'Documento',
    deliveryEndpoint: 'Destino',
    deliveryClinic: 'Clínica',
    tenantDomainInvalid:
      'Indique el dominio de la clínica tal como lo escriben los visitantes, p. ej. www.clinica.example.',
    tenantClinic: 'Perfil de la clínica',
    tenantClinicDescription:
      'Lo que las páginas de esta clínica dicen de ella a los buscadores. Los valores vacíos toman los datos de la clínica.',
    tenantSiteUrl: 'Dirección del sitio',
    tenantSiteUrlDescription:
      'El sitio público de esta clínica, p. ej. https://www.clinica.example. Vacío: https:// y el dominio de la clínica.',
    tenantWebhooks: 'Receptores de webhooks',
    tenantWebhooksDescription:
      'Los receptores propios de esta clínica: reciben cada cambio público de su contenido, firmado con su propio secreto.',
    tenantWebhookUrl: 'URL',
    tenantWebhookSecret: 'Secreto (al menos 16 caracteres)',
    tenantWebhookEvents: 'Eventos (vacío: todos)',
    tenantWebhookEventDelete: 'Eliminación',
    tenantWebhookEventPublish: 'Publicación',
    tenantWebhookEventUnpublish: 'Retirada',
    tenantWebhookEventUpdate: 'Actualización',
    deliveryEvent: 'Evento',
    deliveryEventDelete: 'eliminación',
    deliveryEventPublish: 'publicación',
    deliveryEventUnpublish: 'despublicación',
    deliveryEventUpdate: 'actualización',
    deliveryKey: 'Clave de idempotencia',
    deliveryReplay: 'Reenviar entrega',
    deliveryReplayEditorsOnly: 'Solo los editores pueden reenviar una entrega.',
    deliveryReplayEndpointGone: 'Ese destino ya no está configurado.',
    deliveryReplayFailed: 'No reenviada ({{status}}).',
    deliveryReplayOf: 'Reenvío de',
    deliveryReplayQueued: 'En cola.',
    deliveryReplayQueuedSoon: 'En cola: se enviará en un momento.',
    deliveryReplaying: 'Reenviando…',
    deliveryReplayUnreachable: 'No reenviada: no se pudo contactar con el servidor.',
    deliveryState: 'Estado',
    deliveryStateDelivered: 'entregada',
    deliveryStateFailed: 'fallida',
    deliveryStatePending: 'pendiente',
    deliveryStateRetrying: 'reintentando',

    dashboardBlocked: 'Bloqueados por consentimiento',
    dashboardCollection: 'Colección',
    dashboardDrafts: 'Borradores',
    dashboardCache:
      'Caché de respuestas de este servidor: {{hits}} respuestas desde memoria, {{misses}} calculadas, {{bypasses}} sin caché (sesión iniciada o escritura), {{invalidations}} caducadas por un cambio, {{evictions}} descartadas por espacio; {{size}} de {{max}} MB en uso.',
    dashboardNothingWaiting: 'Nada espera un consentimiento',
    dashboardPublished: 'Publicados',
    dashboardTitle: 'Contenido de la clínica',
    dashboardWaiting: '{{count}} a la espera de un consentimiento válido',

    requestBulkNothingDeleted:
      'No se eliminó nada: no se pudieron eliminar {{failed}} de {{total}} documentos.',
    requestBulkNothingUpdated:
      'No se actualizó nada: no se pudieron actualizar {{failed}} de {{total}} documentos.',
    requestBulkUnknownError: 'Algo salió mal.',
    requestDatabaseBusy:
      'La base de datos está ocupada con otras escrituras; vuelva a intentarlo en un momento.',
    requestDatabaseUnavailable:
      'No se puede acceder a la base de datos en este momento; vuelva a intentarlo en un momento.',
    requestDuplicateValue:
      'La escritura duplicaría un valor que debe ser único (el id de una fila de una lista, por ejemplo).',
    requestMissingDocument: 'No hay ningún documento de {{collection}} con el id {{id}}.',
    requestMissingReference:
      'La escritura hace referencia a un documento que no existe, u omite un valor obligatorio.',
    requestValueDoesNotFit: 'Un valor de la solicitud no encaja en el campo al que va destinado.',

    expectedBoolean: 'Se esperaba true o false.',
    expectedDocumentId: 'Se esperaba un id de documento.',
    queryAllNeedsList: '"all" solo se aplica a campos que contienen una lista de valores.',
    queryAllUnsupported: '"all" no es compatible con esta base de datos; use "in".',
    queryDataEditorsOnly:
      '«data» en una lectura es para editores que previsualizan cambios sin guardar.',
    queryDataNotObject:
      '«data» debe ser un objeto JSON (el documento que se muestra en lugar del guardado).',
    queryCountNotWhole: '"{{name}}" debe ser un número entero de al menos {{min}}.',
    queryExistsBoolean: '"exists" admite true o false.',
    queryExpectedConditionList: 'Se esperaba una lista de condiciones.',
    queryExpectedConditions: 'Se esperaba un objeto de condiciones.',
    queryExpectedDate: 'Se esperaba una fecha (ISO 8601).',
    queryExpectedNumber: 'Se esperaba un número.',
    queryExpectedOneOf: 'Se esperaba uno de estos valores: {{options}}.',
    queryExpectedOperator: 'Se esperaba un operador, por ejemplo [equals].',
    queryExpectedValue: 'Se esperaba un valor, no un objeto.',
    queryExpectedWholeNumber: 'Se esperaba un número entero.',
    queryGeometry: '"{{operator}}" admite una geometría GeoJSON ({ type, coordinates }).',
    queryJoinSort: 'Ordene una unión por un campo de su propia colección.',
    queryNear: '"near" admite "longitude,latitude[,maxDistance[,minDistance]]".',
    queryNotOperator: '"{{operator}}" no es un operador de consulta.',
    queryNotValid: 'La consulta no es válida. {{problems}}',
    queryPointOnly: '"{{operator}}" solo se aplica a campos de tipo punto.',
    queryPolymorphicRelation:
      'Filtre una relación con varias colecciones con "equals" y { relationTo, value }, o consulte su ".value" y su ".relationTo".',
    queryRichText:
      'El texto enriquecido no se puede filtrar por su contenido; solo se aplica "exists".',
    queryTextOnly: '"{{operator}}" solo se aplica a campos de texto.',
    queryTooDeep: 'Las condiciones pueden anidarse como máximo {{max}} niveles.',
    inputExpectedDate: 'Se esperaba una fecha (ISO 8601) entre los años 1 y 9999.',
    inputExpectedDocument: 'Se esperaba el documento como un objeto JSON.',
    inputExpectedDocumentIds: 'Se esperaba una lista de ids de documentos.',
    inputExpectedNumberBetween: 'Se esperaba un número entre {{min}} y {{max}}.',
    inputExpectedNumbers: 'Se esperaba una lista de números.',
    inputExpectedObject: 'Se esperaba un objeto.',
    inputExpectedObjectNotNull: 'Se esperaba un objeto, no null.',
    inputExpectedOption: 'Se esperaba uno de estos valores: {{options}}.',
    inputExpectedOptionList: 'Se esperaba una lista de opciones, cada una entre {{options}}.',
    inputExpectedOrderKey:
      'Se esperaba una clave de orden como las que genera Payload (dígitos y letras minúsculas, por ejemplo "a0" o "a1v").',
    inputExpectedPoint: 'Se esperaba [longitud, latitud].',
    inputExpectedRowObject: 'Se esperaba que cada fila fuera un objeto.',
    inputExpectedRows: 'Se esperaba una lista de filas.',
    inputExpectedRowsNotNull:
      'Se esperaba una lista de filas, no null; envíe [] si no hay ninguna.',
    inputExpectedText: 'Se esperaba texto.',
    inputExpectedTexts: 'Se esperaba una lista de textos.',
    inputTextBlank: 'Escriba algo de texto, no solo espacios.',
    inputTextNul: 'El texto no puede contener caracteres NUL.',
    inputUnknownBlock: 'Tipo de bloque desconocido.',
    requestCommitFailed: 'No se pudo confirmar el cambio, así que no se guardó nada: {{error}}',
    responseCacheEditorsOnly:
      'Solo los editores pueden leer los contadores de la caché de respuestas.',
    sweepEditorsOnly: 'Solo los editores pueden limpiar las carpetas de archivos.',
    seedEditorsOnly: 'Debe iniciar sesión como editor para cargar los datos iniciales.',
    sitemapXmlNeedsSiteUrl:
      'sitemap.xml necesita URL absolutas: defina la opción site.url del plugin. GET /api/smp-clinic/sitemap enumera las rutas.',
    uploadInvalidFilename: 'Nombre de archivo no válido.',

    consentStateNotVerified: 'No verificado por la clínica',
    consentBlocksNotVerified:
      'El consentimiento vinculado se firmó en el formulario público y nadie de la clínica lo ha verificado aún. Apruebe primero su envío (o rellene Verificado el).',
    consentAuthorization: 'Autorización de marketing',
    consentAuthorizationDescription:
      'Lo que el cliente autorizó en el formulario público, tal como se le mostró.',
    consentAuthorizationMaterial: 'Qué se puede usar',
    consentAuthorizationRecipient: 'Por quién',
    consentAuthorizationPurpose: 'Con qué fin',
    consentAuthorizationExpiryEvent: 'Termina con',
    consentAuthorizationExpiryEventDescription:
      'El hecho que pone fin a la autorización, si el cliente indicó uno en lugar de una fecha.',
    consentAuthorizationStatements: 'Declaraciones aceptadas',
    consentAuthorizationStatementsDescription:
      'Cada declaración que el cliente marcó en el formulario.',
    consentStatementMayRevoke: 'Puedo revocar esta autorización en cualquier momento',
    consentStatementTreatmentNotConditioned: 'Mi tratamiento no depende de que la firme',
    consentStatementMayBeRedisclosed: 'Lo publicado puede ser compartido de nuevo por otros',
    consentVerification: 'Verificación por la clínica',
    consentVerificationDescription:
      'Firmado en el formulario público: no cubre nada hasta que alguien de la clínica compruebe que quien firma es el cliente.',
    consentVerifiedAt: 'Verificado el',
    consentVerifiedBy: 'Verificado por',
    testimonialSourceSubmitted: 'Enviado por el cliente',
    testimonialRelationshipPartner: 'Socio comercial de la clínica',
    testimonialAiNone: 'Escrito por el cliente',
    testimonialAiAssisted: 'Una IA ayudó con la redacción (se indica)',
    testimonialAiGenerated: 'Escrito por una IA (no se puede publicar)',
    testimonialProvenance: 'Procedencia',
    testimonialProvenanceDescription:
      'De dónde viene este testimonio y qué lo respalda. Se publica con él, salvo la prueba; la divulgación se deriva de ella.',
    testimonialReceivedAt: 'Recibido el',
    testimonialReceivedAtDescription:
      'Automático: cuándo llegó el testimonio a la clínica (enviado, importado o introducido).',
    testimonialEmailConfirmedAt: 'Correo confirmado el',
    testimonialEmailConfirmedAtDescription:
      'Automático: cuándo confirmó el remitente su dirección de correo.',
    testimonialVerifiedAt: 'Verificado el',
    testimonialVerifiedAtDescription: 'Automático al marcar «Cliente verificado».',
    testimonialVerificationEvidence: 'Prueba de verificación',
    testimonialVerificationEvidenceDescription:
      'Cómo sabe que el autor fue tratado aquí, p. ej. «coincide con la cita del 2026-03-02». Solo editores.',
    testimonialVerificationEvidenceRequired:
      'Indique cómo se verificó que el autor es cliente antes de marcar «Cliente verificado».',
    testimonialAiAssistance: 'Ayuda de IA',
    testimonialAiAssistanceDescription: 'Si algún programa escribió parte del texto.',
    testimonialAiGeneratedRefused:
      'Un testimonio escrito por una IA no es la experiencia de un cliente y no se puede publicar (16 CFR 465.2).',
    testimonialIncentiveDependsOnContent: 'El incentivo dependía del contenido',
    testimonialIncentiveDependsOnContentDescription:
      'Márquelo si el incentivo era solo para una reseña positiva (o concreta).',
    testimonialIncentiveDependsOnContentRefused:
      'Una reseña pagada a condición de lo que dice no se puede publicar (16 CFR 465.4).',
    testimonialSelectionKindInvalid: 'Elija la lista: {{kinds}}.',
    testimonialSelectionRangeInvalid: 'Indique un número entero de {{min}} a {{max}}.',
    externalReviewsPlural: 'Reseñas importadas',
    externalReviewsSingular: 'Reseña importada',
    externalReviewsDescription:
      'Reseñas que los clientes dejaron en otras plataformas, importadas con su atribución y conservadas tal como se publicaron. No son testimonios de la clínica ni llevan consentimiento. Las condiciones de Google solo permiten el enlace a su ficha.',
    externalReviewPlatform: 'Plataforma',
    externalReviewKind: 'Tipo',
    externalReviewKindReview: 'Una reseña (guardada tal como se publicó)',
    externalReviewKindProfile: 'La ficha de la clínica (solo el enlace)',
    externalReviewProfileId: 'Id de la ficha o del lugar',
    externalReviewProfileIdDescription:
      'Para Google, el id del lugar (empieza por ChIJ…); el enlace a sus reseñas se construye con él.',
    externalReviewAuthor: 'Autor',
    externalReviewReviewedAt: 'Publicada el',
    externalReviewTitle: 'Título',
    externalReviewText: 'Texto',
    externalReviewUrl: 'Enlace a la plataforma',
    externalReviewUrlDescription:
      'Dónde se puede leer la reseña (o su ficha) en la plataforma: se muestra como enlace de vuelta.',
    externalReviewAttribution: 'Atribución',
    externalReviewAttributionDescription: 'Automática: se muestra junto a la reseña.',
    externalReviewImportedAt: 'Importada el',
    externalReviewKeptAsPosted:
      'Las reseñas importadas se conservan tal como se publicaron: esto no se puede cambiar. Elimine la reseña e impórtela de nuevo si la plataforma la cambió.',
    externalReviewPlatformUnknown: 'Elija una de las plataformas: {{platforms}}.',
    externalReviewProfileIdRequired:
      'Indique el id de la ficha o del lugar (sin espacios, hasta 300 caracteres).',
    externalReviewProfileHasNoReview: 'Un enlace a la ficha no lleva reseña: deje esto vacío.',
    externalReviewNotStored:
      'Las condiciones de {{platform}} no permiten guardar sus reseñas: añada la ficha de la clínica (su id de lugar) y el sitio enlazará a las reseñas allí.',
    externalReviewAuthorRequired:
      'Indique el autor tal como lo muestra la plataforma (hasta 200 caracteres).',
    externalReviewTextRequired:
      'Indique el texto de la reseña tal como se publicó (hasta 20.000 caracteres).',
    externalReviewDateInvalid: 'Indique la fecha en que se publicó la reseña (no futura).',
    externalReviewReviewHasNoProfileId:
      'Una reseña no lleva id de ficha: deje esto vacío o impórtela como ficha de la clínica.',
    externalReviewUrlNotOnPlatform:
      'Indique el enlace en {{platform}} (una dirección en {{hosts}}).',
    externalReviewDuplicateInFile: 'El mismo enlace está en una fila anterior del archivo.',
    externalReviewImportEmpty: 'El archivo no contiene reseñas.',
    externalReviewImportTooLarge: 'El archivo de importación puede tener como máximo 10 MB.',
    externalReviewImportFileRequired: 'Elija un archivo CSV o JSON para importar.',
    externalReviewImportType:
      'Envíe la importación como multipart/form-data con un archivo, o como text/csv o application/json.',
    externalReviewImportUnreadable: 'No se puede leer el archivo: {{reason}}',
    externalReviewImportTitle: 'Importar reseñas de otra plataforma',
    externalReviewImportHelp:
      'Una exportación CSV o JSON (autor, fecha, valoración, texto, enlace). Las reseñas ya importadas se omiten; un archivo con algún problema no importa nada.',
    externalReviewImportPlatformFromFile: 'Plataforma: la que indique el archivo',
    externalReviewImportButton: 'Importar',
    externalReviewImporting: 'Importando…',
    externalReviewImportDone: 'Importadas {{created}} de {{total}} ({{skipped}} ya estaban).',
    externalReviewImportFailed: 'No se importó nada:',
    externalReviewTitleTooLong: 'Indique un título de 500 caracteres como máximo.',
    externalReviewProfileUrlDerived:
      'El enlace a una ficha de {{platform}} se construye con su id: deje el enlace vacío.',
    externalReviewDateFormat:
      'Indique la fecha de publicación de la reseña como AAAA-MM-DD (puede seguir una hora, en UTC), no futura.',
    externalReviewImportTooManyRows:
      'Una importación admite como máximo {{max}} reseñas: divida el archivo.',
    submissionsPlural: 'Envíos',
    submissionsSingular: 'Envío',
    submissionsDescription:
      'Historias que los clientes enviaron con el formulario del sitio. Apruebe una para verificar su autorización y publicarla; recházela con un motivo sobre su contenido o su consentimiento, nunca sobre su valoración.',
    submissionStatus: 'Estado',
    submissionStatusInvalid:
      'Elija Nuevo, Verificado, Aprobado o Rechazado; un envío confirmado no puede volver a ser nuevo.',
    submissionNotConfirmed:
      'Quien envió aún no ha confirmado su correo: no se puede moderar antes.',
    submissionStateNew: 'Nuevo (correo sin confirmar)',
    submissionStateVerified: 'Verificado (pendiente de moderación)',
    submissionStateApproved: 'Aprobado',
    submissionStateRejected: 'Rechazado',
    submissionReason: 'Motivo',
    submissionApprovalReasonRequired: 'Indique qué comprobó antes de aprobar.',
    submissionRejectionReasonRequired:
      'Indique el motivo del rechazo: su contenido o su consentimiento.',
    submissionReasonMatchedToAppointment: 'Coincide con una cita (cliente verificado)',
    submissionReasonAuthorizationChecked: 'Autorización comprobada',
    submissionReasonNotAClient: 'No es cliente de la clínica',
    submissionReasonAuthorizationIncomplete: 'Autorización incompleta o no firmada por el cliente',
    submissionReasonIdentifiesOthers: 'Identifica a otras personas',
    submissionReasonHealthClaims: 'Hace afirmaciones de salud que la clínica no puede publicar',
    submissionReasonUnlawfulContent: 'Contenido ilegal o abusivo',
    submissionReasonPhotosUnusable: 'Fotos inutilizables o que no son del cliente',
    submissionReasonSpam: 'Correo no deseado',
    submissionReasonDuplicate: 'Duplicado de otro envío',
    submissionModeratorNote: 'Nota de moderación',
    submissionModeratorNoteDescription: 'Para el equipo: qué comprobó o por qué.',
    submissionName: 'Nombre (como firmó)',
    submissionEmail: 'Correo electrónico',
    submissionSubmittedAt: 'Enviado el',
    submissionEmailConfirmedAt: 'Correo confirmado el',
    submissionChallenge: 'Desafío superado',
    submissionChallengeDescription:
      'El proveedor de desafío que superó quien envió, si había uno configurado.',
    submissionTestimonial: 'Testimonio',
    submissionGallery: 'Galería',
    submissionConsent: 'Autorización',
    submissionCannotPublish: 'No se puede publicar: {{reasons}}',
    submitStoryLength: 'Escriba su historia en {{min}} a {{max}} caracteres.',
    submitTreatmentInvalid: 'Elija de la lista el tratamiento que recibió.',
    submitPractitionerInvalid: 'Elija a su especialista de la lista.',
    submitNameRequired: 'Escriba su nombre (hasta 120 caracteres).',
    submitEmailInvalid: 'Escriba un correo válido: allí enviamos el enlace de confirmación.',
    submitExpiryInPast: 'La fecha de fin debe ser una fecha válida futura.',
    submitExpiryRequired: 'Indique una fecha o un hecho en el que termina su autorización.',
    submitExpiryBoth: 'Indique una fecha o un evento en que termina su autorización, no ambos.',
    submitExpiryEventLength: 'Describa el hecho final en 300 caracteres o menos.',
    submitStatementsRequired: 'Marque las tres declaraciones para firmar.',
    submitSignatureMismatch: 'Escriba su nombre exactamente como arriba para firmar.',
    submitPhotosInPairs: 'Adjunte las fotos por pares: una de antes y una de después.',
    submitTooManyPhotos: 'Adjunte como máximo {{max}} fotos.',
    submitPhotosUneditedRequired: 'Confirme que las fotos son suyas y no están editadas.',
    submitAiAssistanceInvalid: 'Indique si una herramienta de IA le ayudó a redactar su historia.',
    submitRefusedAsAutomated: 'Este envío parece automático y se ha rechazado.',
    submitFormExpired: 'El formulario ha caducado: recargue la página y envíelo de nuevo.',
    submitFieldRepeated: 'Envíe este campo una sola vez.',
    submitAddressUnknown:
      'El sitio no puede saber de dónde viene esta historia, así que no se puede firmar: el servidor que lo precede debe transmitir la dirección del visitante (X-Real-IP).',
    submitFormUsed: 'Este formulario ya se envió. Recargue la página para enviar otra historia.',
    submitNoClinic:
      'Este sitio no pertenece a ninguna clínica: las historias se envían desde el sitio de una clínica.',
    submitEmailNotConfigured:
      'Todavía no se pueden enviar historias: el sitio de la clínica no puede enviar correos, y cada historia se confirma por correo.',
    submitTooFast:
      'Enviado demasiado rápido: tómese al menos {{seconds}} segundos para leer la autorización y envíelo de nuevo.',
    submitChallengeFailed: 'La comprobación antispam falló: complétela y envíe de nuevo.',
    submitMultipartOnly: 'Envíe el formulario como multipart/form-data.',
    submitRateIp: 'Demasiados envíos desde su red: inténtelo de nuevo en {{minutes}} minutos.',
    submitRateEmail:
      'Demasiados envíos desde este correo: inténtelo de nuevo en {{minutes}} minutos.',
    submitDuplicate: 'Esta historia ya se ha enviado.',
    submitEmailFailed:
      'No se pudo enviar el correo de confirmación, así que no se guardó nada. Inténtelo más tarde.',
    submitReceived:
      'Gracias. Enviamos un enlace de confirmación a {{email}}: su historia llega a nuestro equipo cuando lo abra.',
    submitLinkUsedOrUnknown: 'Este enlace ya se usó o no es nuestro.',
    submitLinkExpired: 'Este enlace de confirmación ha caducado: envíe su historia de nuevo.',
    submitConfirmed: 'Su correo está confirmado: su historia está con nuestro equipo.',
    submitAlreadyRevoked: 'Su autorización ya estaba revocada.',
    submitRevoked: 'Su autorización está revocada: lo publicado con ella se ha retirado.',
    submitConfirmTitle: 'Confirme su historia',
    submitRevokeTitle: 'Revoque su autorización',
    submitConfirmButton: 'Confirmar mi correo',
    submitRevokeButton: 'Revocar mi autorización ahora',
    submitBrowserRequired:
      'Envíe el formulario desde un navegador web: su agente de usuario forma parte de su firma.',
  },
}
