/**
 * The namespace of the plugin's strings in Payload's translations: `plugin-smp-clinic:group`.
 */
export const translationNamespace = 'plugin-smp-clinic'
