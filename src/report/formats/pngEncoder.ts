import { zlibSync } from 'fflate';

/**
 * RGB or RGBA pixels as a PNG file (ISO/IEC 15948): the signature, IHDR, one IDAT and IEND. The compression
 * is fflate's (already in the export chunk through docx); this file only frames it, with each
 * chunk's CRC-32 as the format requires.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function encode(width: number, height: number, pixels: Uint8Array, channels: 3 | 4): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  // 8 bits per channel, truecolour (2) or truecolour with alpha (6), deflate, adaptive filtering, not interlaced
  header.set([8, channels === 3 ? 2 : 6, 0, 0, 0], 8);
  const stride = width * channels;
  const rows = new Uint8Array(height * (1 + stride)); // each row starts with filter type 0 (none)
  for (let y = 0; y < height; y++) rows.set(pixels.subarray(y * stride, (y + 1) * stride), y * (1 + stride) + 1);
  const parts = [Uint8Array.from(SIGNATURE), chunk('IHDR', header), chunk('IDAT', zlibSync(rows, { level: 9 })), chunk('IEND', new Uint8Array(0))];
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => { png.set(part, at); return at + part.length; }, 0);
  return png;
}

/** `rgb` holds width × height pixels, three bytes each, row by row from the top. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Uint8Array {
  if (rgb.length !== width * height * 3) throw new RangeError(`${width}×${height} RGB pixels take ${width * height * 3} bytes, not ${rgb.length}.`);
  return encode(width, height, rgb, 3);
}

/** `rgba` holds width × height pixels, four bytes each (alpha last, not premultiplied), row by row from the top. */
export function encodePngRgba(width: number, height: number, rgba: Uint8Array): Uint8Array {
  if (rgba.length !== width * height * 4) throw new RangeError(`${width}×${height} RGBA pixels take ${width * height * 4} bytes, not ${rgba.length}.`);
  return encode(width, height, rgba, 4);
}
