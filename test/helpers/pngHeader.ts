import { deflateSync } from 'node:zlib'

import { pngFile } from '../../src/internal.js'

/**
 * A tiny PNG whose header declares `width` × `height` pixels while its data holds only one row:
 * the shape of a decompression bomb. The header is valid, so a server that trusts it and resizes
 * would try to allocate the declared size.
 */
export const pngHeader = (width: number, height: number): Buffer =>
  pngFile(
    { colorType: 'grey', height, width },
    deflateSync(Buffer.alloc(1 + Math.min(width, 1024))),
  )
