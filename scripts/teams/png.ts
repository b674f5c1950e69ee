import { unzlibSync } from 'fflate';

/**
 * Reads the PNG files the Teams app packages carry, to check what Teams requires of its icons:
 * the size from IHDR and every pixel as RGBA (8-bit truecolour or truecolour with alpha, not
 * interlaced — what src/report/formats/pngEncoder writes).
 */

export interface IPngImage {
  width: number;
  height: number;
  /** PNG colour type: 2 truecolour, 6 truecolour with alpha. */
  colourType: number;
  /** width × height pixels, four bytes each (alpha 255 for truecolour), row by row from the top. */
  rgba: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The size and colour type from the IHDR chunk, without decoding the pixels. */
export function pngHeader(bytes: Uint8Array): { width: number; height: number; bitDepth: number; colourType: number } {
  if (bytes.length < 33 || SIGNATURE.some((byte, i) => bytes[i] !== byte)) throw new Error('Not a PNG file: the signature is missing.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== 'IHDR') throw new Error(`Not a PNG file: the first chunk is ${type}, not IHDR.`);
  return { width: view.getUint32(16), height: view.getUint32(20), bitDepth: bytes[24], colourType: bytes[25] };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Every pixel of an 8-bit truecolour (with or without alpha), non-interlaced PNG. */
export function readPng(bytes: Uint8Array): IPngImage {
  const { width, height, bitDepth, colourType } = pngHeader(bytes);
  if (bitDepth !== 8 || (colourType !== 2 && colourType !== 6) || bytes[28] !== 0) {
    throw new Error(`Only 8-bit, non-interlaced truecolour PNGs are read here (bit depth ${bitDepth}, colour type ${colourType}).`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const idat: Uint8Array[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  const compressed = new Uint8Array(idat.reduce((sum, part) => sum + part.length, 0));
  idat.reduce((at, part) => { compressed.set(part, at); return at + part.length; }, 0);
  const data = unzlibSync(compressed);
  const channels = colourType === 6 ? 4 : 3;
  const stride = width * channels;
  const raw = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    const line = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? raw[y * stride + x - channels] : 0;
      const up = y > 0 ? raw[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? raw[(y - 1) * stride + x - channels] : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`Row ${y} has an unknown PNG filter type ${filter}.`);
      raw[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba.set(raw.subarray(i * channels, i * channels + 3), i * 4);
    rgba[i * 4 + 3] = channels === 4 ? raw[i * channels + 3] : 255;
  }
  return { width, height, colourType, rgba };
}
