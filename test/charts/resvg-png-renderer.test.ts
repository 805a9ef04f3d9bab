import { describe, expect, it } from 'vitest';
import { renderPng } from '../../src/charts/resvg-png-renderer.js';

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect x="10" y="10" width="20" height="20" ' +
  'fill="#12436D"/><text x="40" y="30" font-family="Liberation Sans" font-size="12">Hub</text></svg>';

describe('renderPng', () => {
  it('writes a PNG, scaled, on a white background', () => {
    const png = renderPng(SVG, { scale: 2 });
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width and height are big-endian at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBe(200);
    expect(png.readUInt32BE(20)).toBe(100);
  });

  it('is deterministic', () => {
    expect(renderPng(SVG, { scale: 1 }).equals(renderPng(SVG, { scale: 1 }))).toBe(true);
  });

  it('refuses a non-positive scale', () => {
    expect(() => renderPng(SVG, { scale: 0 })).toThrow(/positive/);
  });
});
