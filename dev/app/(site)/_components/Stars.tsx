/**
 * A rating as stars, with the number for screen readers and anyone who skims.
 */
export const Stars = ({ rating }: { rating: number }) => (
  <p className="testimonial__rating">
    <span aria-hidden="true">
      {'★'.repeat(rating)}
      {'☆'.repeat(5 - rating)}
    </span>{' '}
    <span className="meta">{rating} of 5</span>
  </p>
)
