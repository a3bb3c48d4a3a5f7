/**
 * "Scalp Micropigmentation: A Solution for Hair Loss", transcribed from the clinic's source
 * article. Each numbered section is a heading with its text; the benefits are a bulleted list;
 * the citation markers (1) and (2) stay in the text and are listed as references. The page's
 * breadcrumb (Home, Curiosity), its repeated title and a stray link label at the start of
 * section 8 are page furniture, not body text, and are left out.
 */
export type ArticleSection = {
  bullets?: { lead: string; text: string }[]
  heading: string
  paragraphs: string[]
}

export const article = {
  excerpt:
    'In this article, we’ll explore the concept of SMP, how it works, its benefits, and what to expect from the procedure.',
  intro: [
    'Are you tired of dealing with hair loss and its impact on your self-confidence? If so, you’re not alone. Hair loss affects millions of people worldwide, causing them to seek effective HairLossClinic.ca solutions to restore their appearance. One such solution gaining popularity is scalp micropigmentation (SMP). In this article, we’ll explore the concept of SMP, how it works, its benefits, and what to expect from the procedure.',
  ],
  references: [
    {
      label:
        'Citation (1) in the source article, after “Natural-looking results”. The source does not name the work cited.',
      marker: '1',
    },
    {
      label:
        'Citation (2) in the source article, at the end of “Client Testimonials: Real-Life Experiences”. The source does not name the work cited.',
      marker: '2',
    },
  ],
  sections: [
    {
      heading: '1. What is Scalp Micropigmentation?',
      paragraphs: [
        'Scalp micropigmentation is a non-surgical cosmetic procedure that involves depositing tiny pigment dots on the scalp to mimic the appearance of hair follicles. It is commonly used to address various forms of hair loss, including male pattern baldness, receding hairlines, thinning hair, and even scarring from hair transplant procedures.',
      ],
    },
    {
      heading: '2. How Does Scalp Micropigmentation Work?',
      paragraphs: [
        'During an SMP procedure, a skilled technician or practitioner uses a specialized microneedle to inject pigments into the superficial layers of the scalp. The pigments are carefully matched to your natural hair color, creating an illusion of hair follicles. By strategically placing these pigments, the technician can create the appearance of a fuller head of hair.',
      ],
    },
    {
      bullets: [
        {
          lead: 'Non-invasive and non-surgical:',
          text: 'Unlike hair transplant surgeries, SMP does not require any incisions or donor hair.',
        },
        {
          lead: 'Immediate results:',
          text: 'You can enjoy the appearance of a full head of hair right after the procedure.',
        },
        {
          lead: 'Low maintenance:',
          text: 'SMP requires minimal upkeep, and you can easily maintain the look with regular hair grooming practices.',
        },
        {
          lead: 'Customizable:',
          text: 'The density and shade of the pigments can be adjusted to match your desired hairline and style.',
        },
        {
          lead: 'Natural-looking results:',
          text: 'Skilled SMP practitioners can create a natural hairline and blend the pigments seamlessly with your existing hair. (1)',
        },
      ],
      heading: '3. Benefits of Scalp Micropigmentation',
      paragraphs: [],
    },
    {
      heading: '4. Choosing the Right SMP Professional',
      paragraphs: [
        'When considering SMP, it’s crucial to choose a qualified and experienced professional. Look for a practitioner who has specialized training in scalp micropigmentation and a portfolio of successful client transformations. Reading online reviews and testimonials can also provide insights into the quality of their work.',
      ],
    },
    {
      heading: '5. Preparing for Scalp Micropigmentation',
      paragraphs: [
        'Before your SMP procedure, you will have a consultation with the practitioner to discuss your goals, expectations, and any concerns you may have. They will evaluate your scalp condition, hair loss pattern, and suggest a suitable treatment plan. It’s essential to follow any pre-procedure instructions provided by the practitioner to ensure optimal results.',
      ],
    },
    {
      heading: '6. The Scalp Micropigmentation Procedure',
      paragraphs: [
        'On the day of the procedure, the practitioner will begin by numbing your scalp using a local anesthetic to minimize discomfort. They will then meticulously implant the pigments into the scalp using a specialized microneedle. The duration of the procedure can vary depending on the extent of hair loss and the desired outcome.',
      ],
    },
    {
      heading: '7. Aftercare and Maintenance',
      paragraphs: [
        'Following your SMP procedure, you will receive specific aftercare instructions from the practitioner. It’s crucial to follow these guidelines to promote proper healing and maintain the longevity of the pigments. Generally, you should avoid excessive sun exposure, swimming, and abrasive hair treatments for a few weeks after the procedure.',
      ],
    },
    {
      heading: '8. SMP for Women: Addressing Female Hair Loss',
      paragraphs: [
        'Hair loss is not limited to men; women also experience thinning hair and receding hairlines. SMP can be a viable solution for women looking to enhance their hair density and restore their confidence. Skilled SMP practitioners can create a natural-looking hairline and add the illusion of volume to thinning areas.',
      ],
    },
    {
      heading: '9. SMP vs. Hair Transplant: A Comparison',
      paragraphs: [
        'Hair transplant surgeries have long been a popular choice for hair restoration. However, SMP offers several advantages over traditional hair transplants. While hair transplants require surgery, SMP is a non-invasive procedure. SMP also provides immediate results, whereas hair transplants may take months to yield visible improvements.',
      ],
    },
    {
      heading: '10. SMP for Scarring and Alopecia',
      paragraphs: [
        'Scalp micropigmentation is highly effective in camouflaging scars resulting from previous hair transplant surgeries, accidents, or injuries. Additionally, individuals with alopecia, an autoimmune condition causing hair loss, can benefit from SMP. The pigments help create the appearance of a full head of hair, boosting confidence and self-esteem.',
      ],
    },
    {
      heading: '11. SMP: Longevity and Maintenance',
      paragraphs: [
        'With proper care and maintenance, the results of scalp micropigmentation can last for several years. However, it’s essential to follow the aftercare instructions provided by the practitioner. Over time, the pigments may gradually fade, and a touch-up session might be required to maintain the desired appearance.',
      ],
    },
    {
      heading: '12. Common Misconceptions about SMP',
      paragraphs: [
        'There are a few common misconceptions surrounding SMP that need clarification. Some people believe that SMP looks unnatural, but when performed by a skilled practitioner, the results are remarkably realistic. It’s also important to note that SMP does not encourage the regrowth of natural hair; it creates the illusion of hair.',
      ],
    },
    {
      heading: '13. Potential Side Effects and Risks',
      paragraphs: [
        'Scalp micropigmentation is generally a safe procedure with minimal risks. However, like any cosmetic treatment, there are potential side effects to consider. These may include temporary redness, swelling, or mild discomfort immediately after the procedure. Serious complications are rare but can occur if proper hygiene and safety protocols are not followed.',
      ],
    },
    {
      heading: '14. Client Testimonials: Real-Life Experiences',
      paragraphs: [
        'Many individuals who have undergone scalp micropigmentation have shared their positive experiences. They report significant improvements in their self-confidence and overall satisfaction with their appearance. Reading testimonials and viewing before-and-after photos can give you a better understanding of the transformative power of SMP. (2)',
      ],
    },
    {
      heading: '15. Conclusion',
      paragraphs: [
        'Scalp micropigmentation offers a practical and effective solution for individuals experiencing hair loss. With its non-invasive nature, immediate results, and natural-looking outcomes, SMP has become a popular choice for both men and women seeking to restore their hairline and regain their self-esteem. By understanding the process, benefits, and considerations associated with SMP, you can make an informed decision about whether it is the right solution for you.',
      ],
    },
  ] satisfies ArticleSection[],
  seedKey: 'article:scalp-micropigmentation-a-solution-for-hair-loss',
  slug: 'scalp-micropigmentation-a-solution-for-hair-loss',
  title: 'Scalp Micropigmentation: A Solution for Hair Loss',
}
