const le16 = (n: number) => [n & 255, n >> 8]

/**
 * A GIF declaring `frames` frames of `width` × `height` pixels with almost no image data: the
 * shape of an animated decompression bomb, a hundred bytes that decode to frames × width × height
 * pixels.
 */
export const gifHeader = (width: number, height: number, frames: number): Buffer => {
  // Header, logical screen (global table of two colours), the table itself.
  const bytes = [...Buffer.from('GIF89a'), ...le16(width), ...le16(height), 0x80, 0, 0]
  bytes.push(0, 0, 0, 255, 255, 255)
  for (let frame = 0; frame < frames; frame++) {
    // A graphic control extension (a 10 ms delay), then a full-size frame whose LZW data is
    // only "clear" and "end".
    bytes.push(0x21, 0xf9, 4, 0, 10, 0, 0, 0)
    bytes.push(0x2c, 0, 0, 0, 0, ...le16(width), ...le16(height), 0, 2, 1, 0x2c, 0)
  }
  bytes.push(0x3b)
  return Buffer.from(bytes)
}
