// Draws images/icon.png (128×128): lines of text on a page, and a reading lens over them.
// Plain geometry, supersampled 4×4 per pixel for smooth edges; PNG written with node:zlib.
// Run: node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;
const BACKGROUND = [24, 54, 92]; // deep newsprint blue
const PAGE = [246, 242, 232]; // paper
const INK = [120, 128, 140];
const INK_IN_LENS = [24, 54, 92];
const LENS_GLASS = [255, 250, 225];
const RIM = [232, 163, 23]; // amber

const lens = { x: 76, y: 70, r: 27, rim: 7 };

/** The colour at a point (in pixels), or undefined for transparent. */
function colourAt(x, y) {
  // Rounded square background.
  if (!insideRoundedRect(x, y, 4, 4, 124, 124, 22)) return undefined;
  let colour = BACKGROUND;
  const onPage = insideRoundedRect(x, y, 22, 18, 94, 110, 6);
  if (onPage) colour = PAGE;
  const dx = x - lens.x;
  const dy = y - lens.y;
  const distance = Math.hypot(dx, dy);
  const inGlass = distance < lens.r - lens.rim / 2;
  if (onPage && !inGlass && onTextLine(x, y, 1)) colour = INK;
  if (inGlass) {
    colour = LENS_GLASS;
    // The lines seen through the lens, magnified 1.6× around its centre.
    const sx = lens.x + dx / 1.6;
    const sy = lens.y + dy / 1.6;
    if (onTextLine(sx, sy, 1)) colour = INK_IN_LENS;
  }
  if (Math.abs(distance - (lens.r - lens.rim / 2)) <= lens.rim / 2) colour = RIM;
  // Handle: a thick rounded segment from the rim towards the lower right.
  if (distanceToSegment(x, y, lens.x + 21, lens.y + 21, lens.x + 40, lens.y + 40) <= 6.5) colour = RIM;
  return colour;
}

/** Text lines on the page: a headline, then body lines of varying length. */
function onTextLine(x, y) {
  const lines = [
    { y: 30, h: 6, from: 32, to: 80 },
    { y: 46, h: 3.5, from: 32, to: 84 },
    { y: 56, h: 3.5, from: 32, to: 78 },
    { y: 66, h: 3.5, from: 32, to: 84 },
    { y: 76, h: 3.5, from: 32, to: 70 },
    { y: 86, h: 3.5, from: 32, to: 82 },
    { y: 96, h: 3.5, from: 32, to: 60 },
  ];
  return lines.some((line) => y >= line.y && y < line.y + line.h && x >= line.from && x < line.to);
}

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x >= right || y < top || y >= bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

function distanceToSegment(x, y, x1, y1, x2, y2) {
  const length2 = (x2 - x1) ** 2 + (y2 - y1) ** 2;
  const t = Math.max(0, Math.min(1, ((x - x1) * (x2 - x1) + (y - y1) * (y2 - y1)) / length2));
  return Math.hypot(x - (x1 + t * (x2 - x1)), y - (y1 + t * (y2 - y1)));
}

const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const colour = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        if (!colour) continue;
        r += colour[0]; g += colour[1]; b += colour[2]; a += 1;
      }
    }
    const offset = 1 + px * 4;
    if (a > 0) {
      row[offset] = Math.round(r / a);
      row[offset + 1] = Math.round(g / a);
      row[offset + 2] = Math.round(b / a);
    }
    row[offset + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
  }
  rows.push(row);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = join(import.meta.dirname, '..', 'images', 'icon.png');
writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
