import { deflateSync } from 'node:zlib'

/**
 * Draws a placeholder "scalp" as a PNG: a skin-toned field with a grid of pigment dots, sparse
 * for a before image and dense for an after image. Made in code so the seed ships no photos and
 * needs no image library. 960 × 720 by default: large enough for every image size up to 960
 * pixels wide, so a site built on the seed sees the sizes it will use.
 */
export const placeholderPng = ({
  density,
  height = 720,
  width = 960,
}: {
  density: 'dense' | 'sparse'
  height?: number
  width?: number
}): Buffer => {
  // Dots a few pixels wide: fine enough to read as pigment, coarse enough that every image size
  // encodes quickly (one-pixel detail made each upload of the seed several times slower).
  const spacing = density === 'dense' ? 12 : 28
  const dotSize = 4
  const skin = [226, 188, 160]
  const pigment = [58, 46, 40]
  const row = width * 3 + 1
  const raw = Buffer.alloc(row * height)
  for (let y = 0; y < height; y++) {
    raw[y * row] = 0 // PNG filter type "none" for every scanline
    for (let x = 0; x < width; x++) {
      const dot = x % spacing < dotSize && y % spacing < dotSize && y > height * 0.15
      const [r, g, b] = dot ? pigment : skin
      const offset = y * row + 1 + x * 3
      raw[offset] = r!
      raw[offset + 1] = g!
      raw[offset + 2] = b!
    }
  }
  return pngFile({ colorType: 'rgb', height, width }, deflateSync(raw))
}

/**
 * A PNG file around already-compressed image data: the signature, a header declaring `width` ×
 * `height` 8-bit pixels, the data and the end marker. The header is not checked against the data,
 * which lets tests build files that declare more than they hold.
 */
export const pngFile = (
  { colorType, height, width }: { colorType: 'grey' | 'rgb'; height: number; width: number },
  compressed: Buffer,
): Buffer => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  // 8 bits per sample; default compression, filter and interlace.
  header.set([8, colorType === 'rgb' ? 2 : 0, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', compressed),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  }
  return c >>> 0
})

const crc32 = (bytes: Buffer): number => {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  }
  return (crc ^ 0xffffffff) >>> 0
}

const chunk = (type: string, data: Buffer): Buffer => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}
