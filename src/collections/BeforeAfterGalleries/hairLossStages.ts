/**
 * Norwood stages for male pattern hair loss and Ludwig stages for female thinning, the scales
 * clinicians use to describe how far loss had progressed before treatment.
 */
export const hairLossStages = [
  ...['I', 'II', 'IIa', 'III', 'IIIa', 'III vertex', 'IV', 'IVa', 'V', 'Va', 'VI', 'VII'].map(
    (stage) => ({
      label: `Norwood ${stage}`,
      value: `norwood-${stage.toLowerCase().replace(' ', '-')}`,
    }),
  ),
  ...['I', 'II', 'III'].map((stage) => ({
    label: `Ludwig ${stage}`,
    value: `ludwig-${stage.toLowerCase()}`,
  })),
]
