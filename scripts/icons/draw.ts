import type { Rgba } from './png';

/** A colour as [r, g, b] 0..255 and an opacity 0..1. */
export type Colour = readonly [number, number, number, number?];

/** Signed distance in unit coordinates (0..1, y down); negative inside. */
export type Shape = (x: number, y: number) => number;

export interface Layer {
  readonly shape: Shape;
  readonly colour: Colour;
}

export const roundRect =
  (x0: number, y0: number, x1: number, y1: number, r = 0): Shape =>
  (x, y) => {
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
    const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };

export const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) - r;

function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** A stroked polyline with round joins and caps. */
export const polyline =
  (points: readonly (readonly [number, number])[], width: number): Shape =>
  (x, y) => {
    let d = Infinity;
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1]!;
      const [bx, by] = points[i]!;
      d = Math.min(d, segmentDistance(x, y, ax, ay, bx, by));
    }
    return d - width / 2;
  };

/**
 * A stroked circular arc from angle `from` to `to` (degrees, counter-clockwise as on paper,
 * 0 = east), with round caps.
 */
export const arc =
  (cx: number, cy: number, r: number, from: number, to: number, width: number): Shape =>
  (x, y) => {
    const rad = (deg: number): number => (deg * Math.PI) / 180;
    const at = (deg: number): [number, number] => [cx + r * Math.cos(rad(deg)), cy - r * Math.sin(rad(deg))];
    let angle = (Math.atan2(cy - y, x - cx) * 180) / Math.PI;
    const lo = Math.min(from, to);
    const hi = Math.max(from, to);
    while (angle < lo) angle += 360;
    while (angle > hi && angle - 360 >= lo) angle -= 360;
    const onArc = angle >= lo && angle <= hi;
    const [ax, ay] = at(from);
    const [bx, by] = at(to);
    const d = onArc
      ? Math.abs(Math.hypot(x - cx, y - cy) - r)
      : Math.min(Math.hypot(x - ax, y - ay), Math.hypot(x - bx, y - by));
    return d - width / 2;
  };

/** A filled convex polygon (vertices in either winding order). */
export const polygon =
  (points: readonly (readonly [number, number])[]): Shape =>
  (x, y) => {
    let inside = true;
    let sign = 0;
    let edge = Infinity;
    for (let i = 0; i < points.length; i++) {
      const [ax, ay] = points[i]!;
      const [bx, by] = points[(i + 1) % points.length]!;
      const cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
      if (cross !== 0) {
        if (sign === 0) sign = Math.sign(cross);
        else if (Math.sign(cross) !== sign) inside = false;
      }
      edge = Math.min(edge, segmentDistance(x, y, ax, ay, bx, by));
    }
    return inside ? -edge : edge;
  };

/**
 * Rasterises layers back to front with `samples`² supersampling per pixel and straight-alpha
 * "over" compositing, on a transparent background.
 */
export function render(layers: readonly Layer[], size: number, samples = 6): Rgba {
  const data = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (const layer of layers) {
        // Distances are 1-Lipschitz: far from an edge every sample agrees with the centre.
        const centre = layer.shape((px + 0.5) / size, (py + 0.5) / size);
        let hits = centre <= 0 ? samples * samples : 0;
        if (Math.abs(centre) < 0.75 / size) {
          hits = 0;
          for (let sy = 0; sy < samples; sy++)
            for (let sx = 0; sx < samples; sx++) {
              const x = (px + (sx + 0.5) / samples) / size;
              const y = (py + (sy + 0.5) / samples) / size;
              if (layer.shape(x, y) <= 0) hits++;
            }
        }
        if (hits === 0) continue;
        const [lr, lg, lb, lo = 1] = layer.colour;
        const la = (hits / (samples * samples)) * lo;
        const outA = la + a * (1 - la);
        r = (lr * la + r * a * (1 - la)) / outA;
        g = (lg * la + g * a * (1 - la)) / outA;
        b = (lb * la + b * a * (1 - la)) / outA;
        a = outA;
      }
      const i = (py * size + px) * 4;
      data[i] = Math.round(r);
      data[i + 1] = Math.round(g);
      data[i + 2] = Math.round(b);
      data[i + 3] = Math.round(a * 255);
    }
  }
  return { width: size, height: size, data };
}
