/**
 * The five questions and answers at the end of the source article, verbatim.
 */
export type FaqSeed = { answer: string; question: string; seedKey: string }

export const faqs: FaqSeed[] = [
  {
    answer:
      'The procedure is generally well-tolerated, and most individuals experience minimal discomfort due to the use of local anesthetics. However, pain thresholds can vary, and some individuals may feel mild discomfort during the procedure.',
    question: 'Is scalp micropigmentation painful?',
    seedKey: 'faq:is-smp-painful',
  },
  {
    answer:
      'With proper care and maintenance, the results of scalp micropigmentation can last for several years. However, the pigments may gradually fade over time, and periodic touch-up sessions may be required to maintain the desired appearance.',
    question: 'How long does scalp micropigmentation last?',
    seedKey: 'faq:how-long-does-smp-last',
  },
  {
    answer:
      'Absolutely! Scalp micropigmentation can be performed on individuals with existing hair. The pigments are strategically placed to blend seamlessly with your natural hair, creating the appearance of increased hair density and a more defined hairline.',
    question: 'Can I still have SMP if I have existing hair?',
    seedKey: 'faq:smp-with-existing-hair',
  },
  {
    answer:
      'Yes, the pigments used in scalp micropigmentation are typically safe and hypoallergenic. They are specifically formulated for cosmetic use and undergo strict quality control measures to ensure their safety and effectiveness.',
    question: 'Are the pigments used in SMP safe?',
    seedKey: 'faq:are-smp-pigments-safe',
  },
  {
    answer:
      'After your SMP procedure, it’s important to avoid excessive water exposure, such as swimming or long showers, for a few weeks. This allows the pigments to settle and ensures proper healing. Your SMP practitioner will provide specific aftercare instructions tailored to your needs.',
    question: 'Can I shower or swim after SMP?',
    seedKey: 'faq:shower-or-swim-after-smp',
  },
]
