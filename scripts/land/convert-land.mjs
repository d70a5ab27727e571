// Converts Natural Earth's 1:110m land outline (as TopoJSON from the world-atlas package) into the
// compact ring file the world map loads: resources/land-110m.bin. Run once, when the source changes:
//
//     cd scripts/land && npm install && npm run convert
//
// world-atlas stores spherical polygons (edges may cross the antimeridian, Antarctica winds around
// the south pole). The map wants plain lon/lat polygons inside [-180, 180], so every ring is
// unwrapped, closed over the pole when it encircles one, cut at ±180° and densified along long edges
// (a straight edge in lon/lat is a curve after projection).
//
// File format (little-endian):
//     8 bytes  magic "FLLAND01"
//     uint32   ring count
//     per ring: uint32 point count, then count × (int16 lon, int16 lat) in hundredths of a degree
// Draw all rings as one path with the odd-even fill rule (holes such as the Caspian Sea are rings).

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const output = join(here, '..', '..', 'resources', 'land-110m.bin');
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/land-110m.json'), 'utf8'));

const MAX_STEP_DEG = 2; // densify edges longer than this (in either coordinate)

function unwrap(ring) {
    const out = [[ring[0][0], ring[0][1]]];
    for (let i = 1; i < ring.length; ++i) {
        const prev = out[out.length - 1];
        let lon = ring[i][0];
        while (lon - prev[0] > 180) lon -= 360;
        while (lon - prev[0] < -180) lon += 360;
        out.push([lon, ring[i][1]]);
    }
    return out;
}

// A ring that winds once around a pole ends 360° away from where it started: close it along the
// pole's parallel so that it becomes an ordinary polygon in lon/lat.
function closeOverPole(ring) {
    const first = ring[0];
    const last = ring[ring.length - 1];
    const winding = Math.round((last[0] - first[0]) / 360);
    if (winding === 0) return ring;
    const meanLat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
    const pole = meanLat < 0 ? -90 : 90;
    return [...ring, [last[0], pole], [first[0], pole], first];
}

// Sutherland–Hodgman against one vertical half-plane: keep x >= edge (sign 1) or x <= edge (sign -1).
function clipX(ring, edge, sign) {
    const inside = (p) => sign * (p[0] - edge) >= 0;
    const cross = (a, b) => {
        const t = (edge - a[0]) / (b[0] - a[0]);
        return [edge, a[1] + t * (b[1] - a[1])];
    };
    const out = [];
    for (let i = 0; i < ring.length; ++i) {
        const cur = ring[i];
        const prev = ring[(i + ring.length - 1) % ring.length];
        if (inside(cur)) {
            if (!inside(prev)) out.push(cross(prev, cur));
            out.push(cur);
        } else if (inside(prev)) {
            out.push(cross(prev, cur));
        }
    }
    return out;
}

function densify(ring) {
    const out = [];
    for (let i = 0; i < ring.length; ++i) {
        const a = ring[i];
        const b = ring[(i + 1) % ring.length];
        out.push(a);
        const steps = Math.ceil(Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])) / MAX_STEP_DEG);
        for (let s = 1; s < steps; ++s)
            out.push([a[0] + ((b[0] - a[0]) * s) / steps, a[1] + ((b[1] - a[1]) * s) / steps]);
    }
    return out;
}

function quantise(ring) {
    const q = [];
    for (const [lon, lat] of ring) {
        const p = [Math.round(lon * 100), Math.round(lat * 100)];
        const last = q[q.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) q.push(p);
    }
    if (q.length > 1 && q[0][0] === q[q.length - 1][0] && q[0][1] === q[q.length - 1][1]) q.pop();
    return q;
}

const land = feature(topology, topology.objects.land);
const rings = [];
for (const f of land.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) {
        for (const source of polygon) {
            const ring = closeOverPole(unwrap(source.slice(0, -1)));
            // After unwrapping a ring may reach past ±180°: cut it into the copies that fall inside.
            for (const shift of [-360, 0, 360]) {
                const moved = ring.map(([lon, lat]) => [lon + shift, lat]);
                const clipped = clipX(clipX(moved, -180, 1), 180, -1);
                if (clipped.length < 3) continue;
                const q = quantise(densify(clipped));
                if (q.length >= 3) rings.push(q);
            }
        }
    }
}

const points = rings.reduce((n, r) => n + r.length, 0);
const buffer = Buffer.alloc(12 + rings.length * 4 + points * 4);
let at = buffer.write('FLLAND01', 0, 'latin1');
at = buffer.writeUInt32LE(rings.length, at);
for (const ring of rings) {
    at = buffer.writeUInt32LE(ring.length, at);
    for (const [lon, lat] of ring) {
        at = buffer.writeInt16LE(lon, at);
        at = buffer.writeInt16LE(lat, at);
    }
}
writeFileSync(output, buffer);
console.log(`${output}: ${rings.length} rings, ${points} points, ${buffer.length} bytes`);
