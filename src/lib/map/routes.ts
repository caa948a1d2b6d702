/**
 * The routes the map draws, each only as the articles describe it. A route is one or
 * more polylines through places of the record (content/places/); where a source names
 * a country but no place, a stop is that country, drawn from its border point nearest
 * to the next stop. Every route cites its sources with the sentence that describes it
 * (tests check each sentence against the archived article).
 */
import type { CountryCode } from '../../primitives/countries';

export type RouteStop = { place: string } | { country: CountryCode };

export interface RouteSource {
  /** Id of a file in content/sources/. */
  source: string;
  /** What the source says about the route, word for word. */
  says: string;
}

export interface RouteDef {
  id: string;
  name: string;
  /** Short name drawn on the map. */
  short: string;
  /** Which line style it takes. */
  kind: 'corridor' | 'oil' | 'cpc' | 'cable';
  status: 'existing' | 'planned';
  /** Each polyline, stop by stop. */
  lines: RouteStop[][];
  sources: RouteSource[];
  /** What the line simplifies. */
  note: string;
}

/** A route the sources name but whose ends they do not place, so the map cannot draw it. */
export interface UndrawnRoute {
  name: string;
  why: string;
  sources: RouteSource[];
}

const p = (place: string): RouteStop => ({ place });

export const ROUTES: RouteDef[] = [
  {
    id: 'middle-corridor',
    name: 'Middle Corridor (Trans-Caspian International Transport Route), across the Caspian and on through Georgia',
    short: 'Middle Corridor',
    kind: 'corridor',
    status: 'existing',
    lines: [
      [p('aktau'), p('baku'), p('tbilisi')],
      [p('aktau'), p('alat')],
      [p('kuryk'), p('alat')],
    ],
    sources: [
      {
        source: 'cpc-2025-bektenov-visits-baku',
        says: 'Azerbaijan and Kazakhstan have been two of the principal actors in the build-out of the Middle Corridor, with the ports at Aktau and Baku being critical points along the route.',
      },
      {
        source: 'cpc-2023-strategic-partnership',
        says: 'Now that the Middle Corridor sea route has successfully delivered oil to the BTC pipeline, the next goal is to increase the volume of shipments along this corridor.',
      },
      {
        source: 'times-tengri-2025-geoeconomic',
        says: 'This route runs from China through Kazakhstan, the Caspian Sea, Azerbaijan, and Georgia to Turkey and Europe, avoiding the political risks of traditional transit countries.',
      },
      {
        source: 'times-tengri-2025-geoeconomic',
        says: 'The visit may involve projects such as establishing a more efficient ferry service between the ports of Aktau and Alyat',
      },
      {
        source: 'trend-2025-aliyev-state-visit',
        says: 'Kazakhstan is investing $320 million in the modernization of the Kuryk port, while Azerbaijan is allocating $400 million to expand the Alat Free Economic Zone.',
      },
    ],
    note: 'The sea crossings join the ports the sources name on each shore (Aktau and Kuryk; Baku and Alat); the land leg runs from Baku to Tbilisi in Georgia. The corridor continues east through Kazakhstan to China and west to Türkiye and Europe; those parts are not drawn.',
  },
  {
    id: 'btc',
    name: 'Baku–Tbilisi–Ceyhan (BTC) oil pipeline',
    short: 'BTC',
    kind: 'oil',
    status: 'existing',
    lines: [[p('sangachal'), p('tbilisi'), p('ceyhan')]],
    sources: [
      {
        source: 'trend-2025-aliyev-state-visit',
        says: 'In 2023, AzerTrans commissioned a new 30-inch pipeline at the Sangachal terminal, adding the capacity to process and transport an additional 7 million tons of oil annually.',
      },
      {
        source: 'cpc-2023-strategic-partnership',
        says: 'As Kazakhstan committed to sending an additional 950,000 barrels of oil from its Aktau Caspian Sea port to Azerbaijan’s Baku-Tbilisi-Ceyhan pipeline (BTC) during April',
      },
      {
        source: 'cpc-2025-bektenov-visits-baku',
        says: 'For Kazakhstan, the only notable alternative export pipeline that does not run through Russia is the BTC.',
      },
    ],
    note: 'Drawn from the Sangachal terminal near Baku through Tbilisi to Ceyhan, as the pipeline’s name gives its course; Kazakh oil reaches it by tanker from Aktau (the Middle Corridor sea route).',
  },
  {
    id: 'cpc',
    name: 'Kazakh oil through Russia to Novorossiysk (Caspian Pipeline Consortium, CPC)',
    short: 'CPC',
    kind: 'cpc',
    status: 'existing',
    lines: [[{ country: 'KZ' }, p('novorossiysk')]],
    sources: [
      {
        source: 'trend-2025-aliyev-state-visit',
        says: "Kazakhstan continues to put its eggs in one basket, exporting the lion's share of its oil through Russian territory, making a beeline for the Novorossiysk port.",
      },
      {
        source: 'trend-2025-aliyev-state-visit',
        says: 'In 2024, Kazakhstan shipped 55 million tons of oil via the CPC',
      },
      {
        source: 'cpc-2025-bektenov-visits-baku',
        says: 'with 80% of Kazakh crude oil exports entering global markets by way of the CPC',
      },
    ],
    note: 'The sources do not say where in Kazakhstan the line begins, so it is drawn from the point of Kazakhstan’s border nearest to Novorossiysk.',
  },
  {
    id: 'fibre-optic-cable',
    name: 'Aktau–Sumgayit submarine fibre-optic cable (planned)',
    short: 'Fibre-optic cable (planned)',
    kind: 'cable',
    status: 'planned',
    lines: [[p('aktau'), p('sumgayit')]],
    sources: [
      {
        source: 'caspian-powerhouse-2025',
        says: 'The first is a submarine fiber-optic cable (ВОЛС) between Aktau and Sumgayit, spanning approximately 380 km across the Caspian seabed.',
      },
      {
        source: 'caspian-powerhouse-2025',
        says: 'Preparatory work is complete, with construction slated to commence in 2026.',
      },
      {
        source: 'cpc-2025-bektenov-visits-baku',
        says: 'Bektenov’s visit also produced several bilateral agreements, including for the design and construction of an underwater fiber-optic communication line between Kazakhstan and Azerbaijan.',
      },
    ],
    note: 'Planned: construction was due to begin in 2026. Drawn as a straight dashed line between its two landing points.',
  },
];

export const UNDRAWN_ROUTES: UndrawnRoute[] = [
  {
    name: 'Green energy cable between Kazakhstan, Azerbaijan and Uzbekistan (planned)',
    why: 'The source does not say where the cable lands.',
    sources: [
      {
        source: 'caspian-powerhouse-2025',
        says: 'The second project involves a deep-water electric cable connecting the energy systems of Kazakhstan, Azerbaijan, and Uzbekistan',
      },
    ],
  },
  {
    name: 'Atyrau–Samara pipeline and the Atasu–Alashankou route to China',
    why: 'Their ends are not places in this record.',
    sources: [
      {
        source: 'trend-2025-aliyev-state-visit',
        says: '8.8 million tons through the Atyrau-Samara line, 3.6 million tons from the port of Aktau, and 1.2 million tons through the Atasu-Alashankou route to China',
      },
    ],
  },
];

/** Every place id the routes pass through. */
export const routePlaceIds = (routes: readonly RouteDef[] = ROUTES): string[] => [
  ...new Set(routes.flatMap((r) => r.lines.flat().flatMap((s) => ('place' in s ? [s.place] : [])))),
];
