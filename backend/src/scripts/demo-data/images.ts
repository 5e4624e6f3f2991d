/**
 * Demo images drawn as SVG, so the demo needs no download and no binary files in the repo.
 * Each craft has a motif; colours come from the producer's palette, and small variations from a
 * generator seeded by the handle, so the same product always gets the same picture.
 */
export type Motif = "kilim" | "lace" | "felt" | "copper" | "tile" | "jar" | "embroidery" | "basket"

type Palette = [string, string, string]

function seededRandom(seed: string): () => number {
  let state = 2166136261
  for (const char of seed) {
    state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0
  }
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 4294967296
  }
}

const round = (value: number) => Math.round(value * 10) / 10

function svg(size: number, body: string, background: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}">` +
    `<rect width="${size}" height="${size}" fill="${background}"/>${body}` +
    `<rect x="8" y="8" width="${size - 16}" height="${size - 16}" fill="none" stroke="#00000022" stroke-width="4" rx="12"/>` +
    `</svg>`
  )
}

const MOTIFS: Record<Motif, (random: () => number, [bg, main, accent]: Palette) => string> = {
  kilim: (random, [, main, accent]) => {
    const bands = 4 + Math.floor(random() * 3)
    const height = 520 / bands
    let body = ""
    for (let band = 0; band < bands; band++) {
      const y = 40 + band * height
      const colour = band % 2 ? accent : main
      body += `<rect x="40" y="${round(y)}" width="520" height="${round(height)}" fill="${colour}" opacity="0.9"/>`
      for (let x = 40; x < 560; x += 65) {
        body += `<path d="M${x + 32.5} ${round(y + 6)} L${x + 62} ${round(y + height / 2)} L${x + 32.5} ${round(y + height - 6)} L${x + 3} ${round(y + height / 2)}Z" fill="#fff" opacity="${band % 2 ? 0.55 : 0.35}"/>`
      }
    }
    return body
  },
  lace: (random, [, main, accent]) => {
    let body = `<rect x="60" y="60" width="480" height="360" fill="#fff" opacity="0.8" rx="6"/>`
    for (let x = 90; x <= 510; x += 60) {
      const petal = 14 + random() * 6
      body += `<circle cx="${x}" cy="440" r="30" fill="none" stroke="${accent}" stroke-width="5"/>`
      for (let i = 0; i < 5; i++) {
        const angle = (i / 5) * Math.PI * 2
        body += `<circle cx="${round(x + Math.cos(angle) * petal)}" cy="${round(440 + Math.sin(angle) * petal)}" r="9" fill="${main}"/>`
      }
      body += `<circle cx="${x}" cy="440" r="6" fill="#f9d54a"/>`
    }
    return body
  },
  felt: (random, [, main, accent]) => {
    let body = ""
    for (let i = 0; i < 9; i++) {
      const colour = i % 3 === 0 ? accent : main
      body += `<ellipse cx="${round(120 + random() * 360)}" cy="${round(120 + random() * 360)}" rx="${round(50 + random() * 60)}" ry="${round(40 + random() * 50)}" fill="${colour}" opacity="${round(0.35 + random() * 0.4)}"/>`
    }
    return (
      body +
      `<circle cx="300" cy="300" r="90" fill="none" stroke="#fff" stroke-width="10" stroke-dasharray="18 12"/>`
    )
  },
  copper: (random, [, main, accent]) => {
    const width = 170 + random() * 40
    return (
      `<defs><radialGradient id="g" cx="40%" cy="35%" r="70%"><stop offset="0" stop-color="#f3c9a0"/><stop offset="1" stop-color="${main}"/></radialGradient></defs>` +
      `<path d="M${round(300 - width)} 260 Q300 620 ${round(300 + width)} 260 Z" fill="url(#g)"/>` +
      `<rect x="${round(300 - width - 10)}" y="240" width="${round(2 * width + 20)}" height="30" rx="12" fill="${main}"/>` +
      `<path d="M${round(300 + width)} 270 q90 20 110 -60" fill="none" stroke="${main}" stroke-width="16" stroke-linecap="round"/>` +
      `<path d="M200 360 q100 40 200 0" fill="none" stroke="${accent}" stroke-width="6" opacity="0.6"/>`
    )
  },
  tile: (random, [, main, accent]) => {
    let body = ""
    const petals = 8 + 4 * Math.floor(random() * 2)
    for (const [cx, cy] of [
      [170, 170],
      [430, 170],
      [170, 430],
      [430, 430],
    ]) {
      body += `<circle cx="${cx}" cy="${cy}" r="120" fill="#fff"/>`
      for (let i = 0; i < petals; i++) {
        const angle = (i / petals) * 360
        body += `<ellipse cx="${cx}" cy="${cy - 60}" rx="16" ry="52" fill="${i % 2 ? accent : main}" transform="rotate(${angle} ${cx} ${cy})"/>`
      }
      body += `<circle cx="${cx}" cy="${cy}" r="22" fill="#c0392b"/>`
    }
    return body
  },
  jar: (random, [, main, accent]) => {
    const fill = 0.55 + random() * 0.3
    const top = round(170 + (1 - fill) * 300)
    return (
      `<rect x="170" y="150" width="260" height="370" rx="50" fill="#ffffff" opacity="0.7" stroke="#00000033" stroke-width="6"/>` +
      `<rect x="178" y="${top}" width="244" height="${round(512 - top)}" rx="44" fill="${main}"/>` +
      `<rect x="190" y="100" width="220" height="60" rx="10" fill="${accent}"/>` +
      `<rect x="200" y="300" width="200" height="90" rx="8" fill="#fffaf0"/>` +
      `<path d="M220 345 h160" stroke="${accent}" stroke-width="8" stroke-linecap="round"/>`
    )
  },
  embroidery: (random, [, main, accent]) => {
    let body = ""
    const step = 30
    for (let y = 60; y < 540; y += step) {
      for (let x = 60; x < 540; x += step) {
        const dx = Math.abs(x - 300)
        const dy = Math.abs(y - 300)
        const inPattern = (dx + dy) % 120 < 40 || random() < 0.05
        if (inPattern) {
          const colour = (dx + dy) % 240 < 120 ? main : accent
          body += `<path d="M${x} ${y}l22 22M${x + 22} ${y}l-22 22" stroke="${colour}" stroke-width="6" stroke-linecap="round"/>`
        }
      }
    }
    return body
  },
  basket: (random, [, main, accent]) => {
    let body = ""
    const strip = 40
    for (let row = 0; row * strip < 480; row++) {
      for (let col = 0; col * strip < 480; col++) {
        const horizontal = (row + col) % 2 === 0
        const shade = random() < 0.15 ? accent : main
        body += `<rect x="${60 + col * strip}" y="${60 + row * strip}" width="${strip - 4}" height="${strip - 4}" rx="${horizontal ? 14 : 4}" fill="${shade}" opacity="${horizontal ? 0.95 : 0.7}"/>`
      }
    }
    return body
  },
}

export function renderProductSvg(
  product: { handle: string; motif: Motif },
  palette: Palette
): string {
  return svg(600, MOTIFS[product.motif](seededRandom(product.handle), palette), palette[0])
}

/** An abstract portrait: a soft silhouette under a headscarf, never a real face. */
export function renderAvatarSvg(producer: { handle: string; palette: Palette }): string {
  const [background, main, accent] = producer.palette
  const random = seededRandom(producer.handle)
  const tilt = round(-8 + random() * 16)
  const body =
    `<circle cx="128" cy="128" r="112" fill="${accent}" opacity="0.18"/>` +
    `<path d="M36 256 Q128 150 220 256Z" fill="${accent}" opacity="0.8"/>` +
    `<g transform="rotate(${tilt} 128 120)">` +
    `<ellipse cx="128" cy="118" rx="62" ry="70" fill="${main}"/>` +
    `<ellipse cx="128" cy="126" rx="38" ry="46" fill="#e9c4a4"/>` +
    `<path d="M88 108 Q128 60 168 108 Q128 86 88 108Z" fill="${main}"/>` +
    `</g>`
  return svg(256, body, background)
}
