import { translated } from '../../translations/translated.js'

/**
 * Norwood stages for male pattern hair loss and Ludwig stages for female thinning, the scales
 * clinicians use to describe how far loss had progressed before treatment. Values are spelled as
 * GraphQL enum values (`norwood_iii_vertex`), so REST and GraphQL use the same word.
 */
export const hairLossStages = [
  ...['I', 'II', 'IIa', 'III', 'IIIa', 'III vertex', 'IV', 'IVa', 'V', 'Va', 'VI', 'VII'].map(
    (stage) => ({
      label: translated('galleryHairLossStageNorwood', { stage }),
      value: `norwood_${stage.toLowerCase().replace(' ', '_')}`,
    }),
  ),
  ...['I', 'II', 'III'].map((stage) => ({
    label: translated('galleryHairLossStageLudwig', { stage }),
    value: `ludwig_${stage.toLowerCase()}`,
  })),
]
