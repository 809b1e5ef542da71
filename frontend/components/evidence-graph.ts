// <evidence-graph>: an area's map drawn with Cytoscape.js. Data comes in as properties; a tap on a
// node goes out as a 'node-select' event with the node's id, a drag as 'node-move' with the places
// to keep. The Cytoscape instance is made once, updated when the properties change, and destroyed
// when the element leaves the page.
import { LitElement, html, css, PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import cytoscape from 'cytoscape';
// @ts-ignore: cytoscape-svg ships no type declarations
import cytoscapeSvg from 'cytoscape-svg';
// @ts-ignore: cytoscape-fcose ships no type declarations
import fcose from 'cytoscape-fcose';
// @ts-ignore: cytoscape-dagre ships no type declarations
import dagre from 'cytoscape-dagre';

cytoscape.use(cytoscapeSvg);
cytoscape.use(fcose);
cytoscape.use(dagre);

export interface GraphNode {
  id: string;
  type: string;
  name: string;
  muted: boolean;
  weight: number;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  /** The polarity drawn on an influence: "+", "−" or "?"; empty for other relationships. */
  sign?: string;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** How the nodes of one type are drawn: sent by the Java component (NodeStyle), which the legend also uses. */
export interface NodeStyle {
  color: string;
  shape: cytoscape.Css.NodeShape;
  rank: number;
}

/** One entry of the legend drawn into the exported picture: a swatch of this colour and shape, and its label. */
export interface LegendEntry {
  label: string;
  color: string;
  /** A Cytoscape.js node shape, as the canvas draws it. */
  shape: string;
}

/** A node's place to keep after a drag, in the canvas's own coordinates. */
export interface NodePlace {
  id: string;
  x: number;
  y: number;
}

/** For a node whose type has no style sent: never so while the Java component sends every type's. */
const UNSTYLED: NodeStyle = { color: '#999999', shape: 'ellipse', rank: 0 };

/**
 * A 32-bit seed from these strings: FNV-1a (Fowler, Noll and Vo; offset basis 2166136261, prime
 * 16777619, as published at isthe.com/chongo/tech/comp/fnv) over the UTF-16 code units, with a
 * newline between strings. The same strings in the same order give the same seed in every browser.
 */
export function seedOf(strings: string[]): number {
  let h = 2166136261;
  for (const s of strings) {
    for (let i = 0; i < s.length; i++) {
      h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    }
    h = Math.imul(h ^ 10, 16777619);
  }
  return h >>> 0;
}

/**
 * Mulberry32, Tommy Ettinger's public-domain 32-bit generator (as given in bryc's "PRNGs" list,
 * github.com/bryc/code/blob/master/jshash/PRNGs.md): numbers in [0, 1), the same sequence for the
 * same seed.
 */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * What run gives, run with Math.random drawing from mulberry32(seed) and put back afterwards
 * (even if run throws). cytoscape-fcose 2.2.0 and cose-base 2.2.0 draw their random numbers from
 * Math.random (fcose's spectral start: node sampling and power iteration; cose-base: where a pruned
 * tree node goes back) and offer no seed, and with animate false a layout runs whole inside
 * layout.run(), so nothing else runs while the generator is swapped.
 */
export function withSeededRandom<T>(seed: number, run: () => T): T {
  const random = Math.random;
  Math.random = mulberry32(seed);
  try {
    return run();
  } finally {
    Math.random = random;
  }
}

/**
 * Moves apart the nodes whose boxes (without labels) overlap or come within gap model pixels, each
 * pair by half the overlap on the axis where it is smaller, until none do (at most 100 sweeps).
 * Deterministic: the same places give the same result. fcose leaves one pair touching on about 1 in
 * 100 random starts of the 54-node test map (counted headless, 1000 starts); this pass leaves none.
 * Nodes are swept in order of their left edge, so a sweep costs about n log n plus the pairs close
 * in x.
 *
 * @return the sweeps made (1 when nothing overlapped)
 */
export function keepApart(nodes: cytoscape.NodeCollection, gap: number): number {
  const n = nodes.length;
  const x: number[] = [];
  const y: number[] = [];
  const hw: number[] = [];
  const hh: number[] = [];
  const boxOf = (node: cytoscape.NodeSingular) => node.boundingBox({ includeLabels: false, includeOverlays: false } as any);
  nodes.forEach((node, i) => {
    const b = boxOf(node);
    x[i] = (b.x1 + b.x2) / 2;
    y[i] = (b.y1 + b.y2) / 2;
    hw[i] = b.w / 2 + gap / 2;
    hh[i] = b.h / 2 + gap / 2;
  });
  let sweeps = 0;
  let moved = true;
  while (moved && sweeps < 100) {
    moved = false;
    sweeps++;
    const order = [...Array(n).keys()].sort((a, b) => x[a] - hw[a] - (x[b] - hw[b]) || a - b);
    for (let p = 0; p < n; p++) {
      const i = order[p];
      for (let q = p + 1; q < n; q++) {
        const j = order[q];
        if (x[j] - hw[j] >= x[i] + hw[i]) {
          break;
        }
        const ox = hw[i] + hw[j] - Math.abs(x[i] - x[j]);
        const oy = hh[i] + hh[j] - Math.abs(y[i] - y[j]);
        // (less than a thousandth of a pixel: rounding left by the last push)
        if (ox <= 0.001 || oy <= 0.001) {
          continue;
        }
        moved = true;
        if (ox < oy) {
          const d = x[j] > x[i] || (x[j] === x[i] && j > i) ? 1 : -1;
          x[i] -= (d * ox) / 2;
          x[j] += (d * ox) / 2;
        } else {
          const d = y[j] > y[i] || (y[j] === y[i] && j > i) ? 1 : -1;
          y[i] -= (d * oy) / 2;
          y[j] += (d * oy) / 2;
        }
      }
    }
  }
  nodes.forEach((node, i) => {
    const b = boxOf(node);
    const p = node.position();
    node.position({ x: p.x + x[i] - (b.x1 + b.x2) / 2, y: p.y + y[i] - (b.y1 + b.y2) / 2 });
  });
  return sweeps;
}

@customElement('evidence-graph')
export class EvidenceGraph extends LitElement {
  @property({ type: Object }) graph: Graph = { nodes: [], edges: [] };
  /** 'force' (default), 'grouped' (rings by type) or 'paths' (left to right). */
  @property({ type: String }) layout = 'force';
  @property({ type: String }) selected = '';
  /** Places people gave nodes (by id), for the 'saved' layout. */
  @property({ type: Object }) positions: Record<string, { x: number; y: number }> = {};
  /** Whether nodes can be dragged; each drag that ends sends 'node-move' with the node's new place. */
  @property({ type: Boolean }) editable = false;
  /** Nodes to emphasise (a finding of the analysis page): the rest of the map is faded. */
  @property({ type: Array }) highlighted: string[] = [];
  /** Who is editing which node now (node id to their names), drawn as a dashed ring and "✎ names". */
  @property({ type: Object }) editors: Record<string, string> = {};
  /** Colour, shape and ring of each node type, by the type's label (the nodes' 'type'). */
  @property({ type: Object }) typeStyles: Record<string, NodeStyle> = {};
  /**
   * "Size by" a network figure: node id to the figure relative to the largest on the map (0-1).
   * Empty: nodes are sized by their own weight. Nodes without a figure are drawn small.
   */
  @property({ type: Object }) sizes: Record<string, number> = {};
  /** "Colour by community": node id to its colour (#rrggbb). Empty: nodes take their type's colour. */
  @property({ type: Object }) colours: Record<string, string> = {};
  /** The title of the exported picture (the area's name, and the date of a past map); the date of saving is added. */
  @property({ type: String }) exportTitle = '';
  /** The legend of the exported picture: node types (colour and shape) and, when coloured so, communities. */
  @property({ type: Array }) legend: LegendEntry[] = [];
  /** A line under the exported legend saying what the node sizes show; empty for none. */
  @property({ type: String }) legendNote = '';

  private cy?: cytoscape.Core;
  /** Beyond this many nodes the force-directed layout gives way to the grouped one (GraphCanvas.LARGE_FOR_FORCE). */
  static readonly LARGE = 1000;
  /** The size labels are drawn at on the screen, in CSS pixels, at any zoom from LABEL_ZOOM up to 1 (larger above 1). */
  static readonly LABEL_PX = 12;
  /**
   * Below this zoom labels shrink with the map; once they would be drawn under MIN_LABEL_PX they are
   * hidden, except on the node under the pointer, the selected node and highlighted nodes, which keep LABEL_PX.
   */
  static readonly LABEL_ZOOM = 0.5;
  /** The smallest a label is drawn on the screen, in CSS pixels: below it labels are hidden. */
  static readonly MIN_LABEL_PX = 11;
  /** The widest a label runs before it wraps onto another line, in CSS pixels on the screen. */
  static readonly LABEL_WIDTH = 150;
  /** The most a fit (of the whole map, a highlight or a found node) zooms in. */
  static readonly MAX_FIT_ZOOM = 1.5;
  /** When the last full drawing of the graph finished (performance.now(), ms since the page began): for the benchmark. */
  renderedAt = 0;
  /** The least room between two nodes' boxes after a force-directed or grouped layout, in model pixels (keepApart). */
  static readonly NODE_GAP = 4;

  /** How long the last layout took to compute and fit, in ms: for tests and the benchmark. */
  layoutMs = 0;
  /** The zoom the labels are sized for: the zoom held between LABEL_ZOOM and 1. */
  private labelZoom = 1;
  /** Whether labels are hidden at this zoom (they would be drawn under MIN_LABEL_PX). */
  private labelsHidden = false;
  private labelFrame = 0;
  /** Whether the person has zoomed or panned since the last fit: if not, a resized canvas is fitted again. */
  private moved = false;
  private resizeObserver?: ResizeObserver;

  static styles = css`
    :host { display: block; position: relative; min-height: 320px; }
    #canvas { position: absolute; inset: 0; }
  `;

  render() {
    return html`<div id="canvas"></div>`;
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated && !this.cy) {
      this.create();
    }
  }

  firstUpdated() {
    this.create();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.cy?.destroy();
    this.cy = undefined;
  }

  protected updated(changed: PropertyValues) {
    if (!this.cy) {
      return;
    }
    if (changed.has('editable')) {
      this.cy.autoungrabify(!this.editable);
    }
    if (changed.has('graph') || changed.has('typeStyles')) {
      this.load();
    } else {
      if (changed.has('sizes') || changed.has('colours')) {
        this.restyle();
      }
      if (changed.has('layout') || (changed.has('positions') && this.layout === 'saved')) {
        this.arrange();
      }
    }
    if (changed.has('selected')) {
      this.highlight();
    }
    if (changed.has('highlighted') && !changed.has('graph')) {
      this.emphasise();
    }
    if (changed.has('editors') || changed.has('graph')) {
      this.markEditors();
    }
  }

  /** Shows who is editing which node: a dashed ring and the editors' names under the node's own. */
  private markEditors() {
    const cy = this.cy;
    if (!cy) {
      return;
    }
    // Only nodes whose marks differ are touched: touching a node makes Cytoscape work out its style
    // again and redraw, and a live change to one node must not cost that for every node of the map.
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const editors = this.editors?.[node.id()] ?? '';
        if ((node.data('editors') ?? '') !== editors) {
          node.data('editors', editors);
        }
        if (node.hasClass('being-edited') !== !!editors) {
          node.toggleClass('being-edited', !!editors);
        }
      });
    });
  }

  /** Node ids marked as being edited by someone else: for tests. */
  get editedNodes(): string[] {
    return this.cy ? this.cy.nodes('.being-edited').map((n) => n.id()) : [];
  }

  /** How many nodes are emphasised now: for tests. */
  get highlightedCount(): number {
    return this.cy ? this.cy.nodes('.highlighted').length : 0;
  }

  /** How many relationships are drawn: for tests. */
  get edgeCount(): number {
    return this.cy ? this.cy.edges().length : 0;
  }

  /** How many nodes are drawn: for tests and for screen-reader summaries. */
  get nodeCount(): number {
    return this.cy ? this.cy.nodes().length : 0;
  }

  fit() {
    if (this.cy) {
      this.fitAll();
    }
  }

  /** The zoom now: for tests. */
  get zoom(): number {
    return this.cy ? this.cy.zoom() : 0;
  }

  /**
   * Each drawn node's box (without its label) and the size its label is drawn at, in CSS pixels
   * from the element's top left corner; labelPx is 0 where the label is hidden at this zoom. For tests.
   */
  nodeBoxes(): { id: string; x1: number; y1: number; x2: number; y2: number; labelPx: number }[] {
    const cy = this.cy;
    if (!cy) {
      return [];
    }
    return cy.nodes().map((n) => {
      const b = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false } as any);
      const px = parseFloat(n.style('font-size')) * cy.zoom();
      const shown = !!n.style('label');
      return { id: n.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2, labelPx: shown ? px : 0 };
    });
  }

  /** The current view of the whole map as a PNG data URL (twice the screen resolution), with every node's label. */
  pngDataUrl(): string {
    const cy = this.cy;
    return cy ? this.withLabels(() => cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'base64uri' }) as string) : '';
  }

  /**
   * What draw gives, drawn with every node's label: labels hidden on the screen at this zoom (they
   * would be smaller than MIN_LABEL_PX there) are shown while a picture of the whole map is drawn.
   */
  private withLabels<T>(draw: () => T): T {
    const cy = this.cy!;
    if (!this.labelsHidden) {
      return draw();
    }
    this.labelsHidden = false;
    (cy.nodes() as any).updateStyle();
    this.crowd();
    try {
      return draw();
    } finally {
      this.labelsHidden = true;
      this.crowd();
      (cy.nodes() as any).updateStyle();
    }
  }

  /** The legend's entries in rows that fit between the margins: each entry's left edge (px), the rows top to bottom. */
  private legendRows(measure: (text: string) => number, width: number, margin: number, scale: number) {
    const swatch = 14 * scale;
    const rows: { entry: LegendEntry; x: number }[][] = [[]];
    let x = margin;
    for (const entry of this.legend ?? []) {
      const w = swatch + 6 * scale + measure(entry.label) + 18 * scale;
      if (x + w > width - margin && rows[rows.length - 1].length > 0) {
        rows.push([]);
        x = margin;
      }
      rows[rows.length - 1].push({ entry, x });
      x += w;
    }
    return rows;
  }

  /** "Saved on 5 May 2026": the line under the exported picture's title. */
  private static savedOn(): string {
    return `Saved on ${new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`;
  }

  /**
   * The whole map as a PNG data URL (twice the screen resolution) with a title above it (the
   * exportTitle and the date of saving) and the legend below it (each entry's shape in its colour,
   * then the legendNote).
   */
  async exportPng(): Promise<string> {
    const map = await new Promise<HTMLImageElement>((resolve, reject) => {
      const image = new Image();
      image.onload = () => resolve(image);
      image.onerror = () => reject(new Error('the map could not be drawn'));
      image.src = this.pngDataUrl();
    });
    const scale = 2;
    const margin = 24 * scale;
    const width = Math.max(map.width + 2 * margin, 900 * scale);
    const picture = document.createElement('canvas');
    const ctx = picture.getContext('2d')!;
    const font = (px: number, weight = 'normal') => `${weight} ${px * scale}px ${EXPORT_FONT}`;
    ctx.font = font(13);
    const swatch = 14 * scale;
    const rows = this.legendRows((text) => ctx.measureText(text).width, width, margin, scale);
    const rowHeight = 22 * scale;
    const titleHeight = 64 * scale;
    const legendHeight = (this.legend?.length ? 28 * scale + rows.length * rowHeight : 0) + (this.legendNote ? rowHeight : 0);
    picture.width = width;
    picture.height = titleHeight + map.height + legendHeight + margin;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, picture.width, picture.height);
    ctx.fillStyle = '#1a1a1a';
    ctx.textBaseline = 'alphabetic';
    ctx.font = font(20, 'bold');
    ctx.fillText(this.exportTitle || 'Map', margin, margin + 14 * scale);
    ctx.font = font(13);
    ctx.fillStyle = '#4a4a4a';
    ctx.fillText(EvidenceGraph.savedOn(), margin, margin + 34 * scale);
    ctx.drawImage(map, Math.round((width - map.width) / 2), titleHeight);
    let y = titleHeight + map.height + 8 * scale;
    if (this.legend?.length) {
      ctx.fillStyle = '#1a1a1a';
      ctx.font = font(14, 'bold');
      ctx.fillText('Legend', margin, y + 14 * scale);
      y += 28 * scale;
      ctx.font = font(13);
      for (const row of rows) {
        for (const { entry, x: left } of row) {
          drawShape(ctx, entry.shape, left + swatch / 2, y + swatch / 2, swatch, entry.color);
          ctx.fillStyle = '#1a1a1a';
          ctx.fillText(entry.label, left + swatch + 6 * scale, y + 11 * scale);
        }
        y += rowHeight;
      }
    }
    if (this.legendNote) {
      ctx.fillStyle = '#1a1a1a';
      ctx.font = font(13);
      ctx.fillText(this.legendNote, margin, y + 11 * scale);
    }
    return picture.toDataURL('image/png');
  }

  /**
   * The whole map as one SVG document, laid out as the PNG is (at the screen's resolution): a
   * title element and a description for screen readers; the exportTitle and the date of saving
   * above the map; the map as cytoscape-svg draws it, nested as an inner svg element with its
   * viewBox; and the legend below it (each entry's shape as a path, polygon or circle in its
   * colour, then the legendNote). Built with DOM calls and serialised by XMLSerializer, so that
   * names (the area's, the nodes', the legend's) are escaped as XML requires. Empty before the
   * canvas exists.
   */
  svgText(): string {
    if (!this.cy) {
      return '';
    }
    const cy = this.cy as any;
    const drawn = new DOMParser().parseFromString(this.withLabels(() => cy.svg({ full: true, scale: 1, bg: '#ffffff' })), 'image/svg+xml');
    const map = drawn.documentElement;
    if (map.localName !== 'svg' || map.namespaceURI !== SVG_NS) {
      throw new Error('the map could not be drawn as SVG');
    }
    const mapWidth = parseFloat(map.getAttribute('width') ?? '0') || 0;
    const mapHeight = parseFloat(map.getAttribute('height') ?? '0') || 0;
    const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
    const root = doc.documentElement;
    const add = (parent: Element, name: string, attributes: Record<string, string | number>, text?: string) => {
      const element = doc.createElementNS(SVG_NS, name);
      for (const [key, value] of Object.entries(attributes)) {
        element.setAttribute(key, String(value));
      }
      if (text !== undefined) {
        element.textContent = text;
      }
      parent.appendChild(element);
      return element;
    };
    const margin = 24;
    const width = Math.ceil(Math.max(mapWidth + 2 * margin, 900));
    const measurer = document.createElement('canvas').getContext('2d')!;
    measurer.font = `normal 13px ${EXPORT_FONT}`;
    const rows = this.legendRows((text) => measurer.measureText(text).width, width, margin, 1);
    const swatch = 14;
    const rowHeight = 22;
    const titleHeight = 64;
    const legendHeight = (this.legend?.length ? 28 + rows.length * rowHeight : 0) + (this.legendNote ? rowHeight : 0);
    const height = Math.ceil(titleHeight + mapHeight + legendHeight + margin);
    const title = this.exportTitle || 'Map';
    const saved = EvidenceGraph.savedOn();
    root.setAttribute('width', String(width));
    root.setAttribute('height', String(height));
    root.setAttribute('viewBox', `0 0 ${width} ${height}`);
    root.setAttribute('role', 'img');
    root.setAttribute('font-family', EXPORT_FONT);
    add(root, 'title', {}, `${title}. ${saved}.`);
    const entries = (this.legend ?? []).map((e) => e.label).join(', ');
    add(root, 'desc', {}, [entries ? `Legend: ${entries}.` : '', this.legendNote].filter((t) => t).join(' '));
    add(root, 'rect', { x: 0, y: 0, width, height, fill: '#ffffff' });
    add(root, 'text', { x: margin, y: margin + 14, 'font-size': 20, 'font-weight': 'bold', fill: '#1a1a1a', class: 'map-title' }, title);
    add(root, 'text', { x: margin, y: margin + 34, 'font-size': 13, fill: '#4a4a4a', class: 'map-saved' }, saved);
    const inner = doc.importNode(map, true) as Element;
    inner.setAttribute('x', String(Math.round((width - mapWidth) / 2)));
    inner.setAttribute('y', String(titleHeight));
    inner.setAttribute('viewBox', `0 0 ${mapWidth} ${mapHeight}`);
    inner.setAttribute('class', 'map');
    root.appendChild(inner);
    let y = titleHeight + mapHeight + 8;
    if (this.legend?.length) {
      const legend = add(root, 'g', { class: 'legend' });
      add(legend, 'text', { x: margin, y: y + 14, 'font-size': 14, 'font-weight': 'bold', fill: '#1a1a1a' }, 'Legend');
      y += 28;
      for (const row of rows) {
        for (const { entry, x: left } of row) {
          const item = add(legend, 'g', { class: 'legend-entry' });
          item.appendChild(svgShape(doc, entry.shape, left + swatch / 2, y + swatch / 2, swatch, entry.color));
          add(item, 'text', { x: left + swatch + 6, y: y + 11, 'font-size': 13, fill: '#1a1a1a' }, entry.label);
        }
        y += rowHeight;
      }
    }
    if (this.legendNote) {
      add(root, 'text', { x: margin, y: y + 11, 'font-size': 13, fill: '#1a1a1a', class: 'legend-note' }, this.legendNote);
    }
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
  }

  /** Saves the map as a file: format 'png' or 'svg'. */
  async download(format: string, fileName: string) {
    const href =
      format === 'svg'
        ? URL.createObjectURL(new Blob([this.svgText()], { type: 'image/svg+xml;charset=utf-8' }))
        : await this.exportPng();
    const link = document.createElement('a');
    link.href = href;
    link.download = fileName;
    link.click();
    if (format === 'svg') {
      setTimeout(() => URL.revokeObjectURL(href), 1000);
    }
  }

  /** Where a node is drawn now, in CSS pixels from the element's top left corner: for tests. */
  renderedPositionOf(id: string): { x: number; y: number } | null {
    const node = this.cy?.getElementById(id);
    return node && node.nonempty() ? node.renderedPosition() : null;
  }

  /** A node's place in the canvas's own coordinates (what is saved): for tests. */
  positionOf(id: string): { x: number; y: number } | null {
    const node = this.cy?.getElementById(id);
    return node && node.nonempty() ? { ...node.position() } : null;
  }

  /**
   * Selects a node found by name and brings it into view at a zoom where its label can be read:
   * the node and its neighbours fitted, no further out than zoom 1, the canvas scrolled into the window.
   */
  reveal(id: string) {
    const cy = this.cy;
    const node = cy?.getElementById(id);
    if (!cy || !node || node.empty()) {
      return;
    }
    this.selected = id;
    cy.nodes().unselect();
    node.select();
    const around = node.closedNeighborhood('node');
    this.fitTo(around, 60, EvidenceGraph.MAX_FIT_ZOOM, 1);
    cy.center(node);
    this.updateLabels(true);
    this.scrollIntoView({ block: 'nearest' });
  }

  /** Selects a node as a tap on it would (used by keyboard shortcuts and tests). */
  tapNode(id: string) {
    this.cy?.getElementById(id).emit('tap');
  }

  private create() {
    const container = this.renderRoot.querySelector('#canvas') as HTMLElement;
    const labelPx = () => EvidenceGraph.LABEL_PX / this.labelZoom;
    const labelWidth = () => `${EvidenceGraph.LABEL_WIDTH / this.labelZoom}px`;
    const shownPx = () => EvidenceGraph.LABEL_PX / Math.min(this.cy?.zoom() ?? 1, 1);
    const shownWidth = () => `${EvidenceGraph.LABEL_WIDTH / Math.min(this.cy?.zoom() ?? 1, 1)}px`;
    this.cy = cytoscape({
      container,
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 4,
      style: [
        {
          selector: 'node',
          style: {
            label: (ele: any) => (this.labelsHidden ? '' : ele.data('name')),
            'background-color': 'data(color)',
            shape: 'data(shape)' as any,
            width: 'data(size)',
            height: 'data(size)',
            'border-width': 1,
            'border-color': '#ffffff',
            color: '#1a1a1a',
            'font-size': labelPx,
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-wrap': 'wrap',
            'text-max-width': labelWidth,
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.7,
            'text-background-padding': '1px',
          } as any,
        },
        // a label that would overlap another is hidden (crowd()); the rules below show it again where it must be
        { selector: 'node.crowded', style: { label: '' } as any },
        {
          selector: 'node.labelled, node:selected, node.highlighted, node.being-edited',
          style: { label: 'data(name)', 'font-size': shownPx, 'text-max-width': shownWidth, 'z-index': 10, 'text-background-opacity': 0.9 } as any,
        },
        { selector: 'node[?community]', style: { 'border-width': 1.5, 'border-color': '#1a1a1a' } },
        {
          // "left to right": labels beside their nodes, in the room between the ranks
          selector: 'node.beside',
          style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 4, 'text-margin-y': 0, 'text-justification': 'left' } as any,
        },
        { selector: 'node[?muted]', style: { opacity: 0.45 } },
        {
          selector: 'node.being-edited',
          style: {
            'border-width': 3,
            'border-style': 'dashed',
            'border-color': '#6b2fb3',
            label: (ele: any) => `${ele.data('name')}\n✎ ${ele.data('editors')}`,
            'text-wrap': 'wrap',
          } as any,
        },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffb000' } },
        {
          selector: 'edge',
          style: {
            width: 1.2,
            'line-color': '#9aa3ad',
            'target-arrow-color': '#9aa3ad',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            'arrow-scale': 0.7,
          },
        },
        { selector: 'edge[type = "BLOCKS"]', style: { 'line-color': '#b3261e', 'target-arrow-color': '#b3261e' } },
        { selector: 'edge[type = "MITIGATES"]', style: { 'line-color': '#2e7d32', 'target-arrow-color': '#2e7d32' } },
        {
          selector: 'edge[type = "INFLUENCES"]',
          style: {
            width: 1.6,
            'line-color': '#a23e72',
            'target-arrow-color': '#a23e72',
            'arrow-scale': 1,
            label: 'data(sign)',
            'font-size': 16,
            'font-weight': 'bold',
            color: '#1a1a1a',
            'text-background-color': '#ffffff',
            'text-background-opacity': 1,
            'text-background-padding': '2px',
          } as any,
        },
        { selector: 'edge[type = "INFLUENCES"][sign = "−"]', style: { 'line-style': 'dashed' } },
        { selector: 'edge[type = "INFLUENCES"][sign = "?"]', style: { 'line-style': 'dotted' } },
        { selector: '.faded', style: { opacity: 0.12 } },
        {
          selector: 'node.highlighted',
          style: { 'underlay-color': '#ffb000', 'underlay-padding': 7, 'underlay-opacity': 0.55, 'font-weight': 'bold' } as any,
        },
        { selector: 'edge.highlighted', style: { width: 3, 'line-color': '#1a1a1a', 'target-arrow-color': '#1a1a1a' } },
      ],
    });
    this.cy.on('mouseover', 'node', (event) => {
      event.target.addClass('labelled');
    });
    this.cy.on('mouseout', 'node', (event) => {
      event.target.removeClass('labelled');
    });
    this.cy.on('zoom', () => this.scheduleLabels());
    container.addEventListener('wheel', () => (this.moved = true), { passive: true });
    container.addEventListener('pointerdown', () => (this.moved = true));
    this.resizeObserver = new ResizeObserver(() => this.resized());
    this.resizeObserver.observe(this);
    this.cy.on('tap', 'node', (event) => {
      this.dispatchEvent(new CustomEvent('node-select', { detail: { id: event.target.id() }, bubbles: true, composed: true }));
    });
    this.cy.on('dragfree', 'node', (event) => {
      this.updateLabels(true);
      const id = event.target.id();
      const { x, y } = event.target.position();
      // The first drag in a computed layout keeps the whole arrangement, not only the node moved.
      let places: NodePlace[] = [{ id, x, y }];
      if (this.layout === 'saved') {
        this.positions = { ...this.positions, [id]: { x, y } };
      } else {
        const all: Record<string, { x: number; y: number }> = {};
        this.cy!.nodes().forEach((n) => {
          all[n.id()] = { ...n.position() };
        });
        this.positions = all;
        places = Object.entries(all).map(([node, p]) => ({ id: node, x: p.x, y: p.y }));
      }
      this.dispatchEvent(new CustomEvent('node-move', { detail: { id, places }, bubbles: true, composed: true }));
    });
    // Cytoscape caches where its container is in the window and forgets it only when the container
    // or one of its DOM parents scrolls; the parents it can see stop at this element's shadow root,
    // so a scroll of the page around the map left taps landing where the node used to be. Before
    // each press the container's place is compared with the last one and, if it moved, Cytoscape
    // is told to measure again (cy.resize() drops the cached place).
    let lastPlace = '';
    const remeasure = () => {
      const r = container.getBoundingClientRect();
      const place = `${r.left},${r.top},${r.width},${r.height}`;
      if (place !== lastPlace) {
        lastPlace = place;
        this.cy?.resize();
      }
    };
    for (const type of ['pointerdown', 'mousedown', 'touchstart', 'wheel']) {
      container.addEventListener(type, remeasure, { capture: true, passive: true });
    }
    this.cy.autoungrabify(!this.editable);
    this.load();
  }

  private load() {
    const cy = this.cy!;
    // in order of id, whatever order they came in: the layouts depend on the order of the elements
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const nodes = [...(this.graph?.nodes ?? [])].sort(byId).map((n) => ({ group: 'nodes' as const, data: this.nodeData(n) }));
    const ids = new Set(nodes.map((n) => n.data.id));
    const edges = [...(this.graph?.edges ?? [])]
      .sort(byId)
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({ group: 'edges' as const, data: { ...e } }));
    cy.batch(() => {
      cy.elements().remove();
      cy.add([...nodes, ...edges]);
    });
    this.arrange();
    this.highlight();
    this.emphasise();
    // the layout has run; the frame after next has painted it
    requestAnimationFrame(() => requestAnimationFrame(() => (this.renderedAt = performance.now())));
  }

  /**
   * A live change of the graph drawn (someone else's edit): only the elements that changed. Nodes
   * already on the canvas keep their places (no new layout, so nobody's map jumps), and new nodes
   * are put beside the nodes they connect to.
   */
  patch(delta: { nodes: GraphNode[]; removedNodes: string[]; edges: GraphEdge[]; removedEdges: string[] }) {
    const cy = this.cy;
    if (!cy) {
      return;
    }
    cy.batch(() => {
      delta.removedEdges.forEach((id) => cy.getElementById(id).remove());
      delta.removedNodes.forEach((id) => cy.getElementById(id).remove());
      const added: string[] = [];
      for (const n of delta.nodes) {
        const data = this.nodeData(n);
        const existing = cy.getElementById(n.id);
        if (existing.nonempty()) {
          existing.data(data);
        } else {
          cy.add({ group: 'nodes', data, classes: this.layout === 'paths' ? 'beside' : '' });
          added.push(n.id);
        }
      }
      for (const e of delta.edges) {
        if (cy.getElementById(e.id).empty() && cy.getElementById(e.source).nonempty()
            && cy.getElementById(e.target).nonempty()) {
          cy.add({ group: 'edges', data: { ...e } });
        }
      }
      const extent = cy.extent();
      added.forEach((id, i) => {
        const node = cy.getElementById(id);
        const placed = node.neighborhood('node').filter((m) => !added.includes(m.id()));
        const saved = this.layout === 'saved' ? this.positions?.[id] : undefined;
        if (saved) {
          node.position({ x: saved.x, y: saved.y });
        } else if (placed.nonempty()) {
          const c = placed.boundingBox();
          node.position({ x: (c.x1 + c.x2) / 2 + 40 + 25 * i, y: (c.y1 + c.y2) / 2 + 40 });
        } else {
          node.position({ x: extent.x1 + 40 + 45 * i, y: extent.y1 + 40 });
        }
      });
    });
    // keep the selection without moving the view: the person is looking at their own part of the map
    const selected = this.selected ? cy.getElementById(this.selected) : undefined;
    if (selected?.nonempty() && !selected.selected()) {
      selected.select();
    }
    if ((this.highlighted ?? []).length > 0) {
      this.emphasise();
    } else {
      this.updateLabels(true);
    }
    this.markEditors();
  }

  /** What a node carries on the canvas: its data, its type's colour (or its community's) and shape, and its size in model pixels. */
  private nodeData(n: GraphNode) {
    const style = this.typeStyles?.[n.type] ?? UNSTYLED;
    const community = this.colours?.[n.id];
    return { ...n, color: community ?? style.color, community: !!community, shape: style.shape, rank: style.rank, size: this.sizeOf(n) };
  }

  /** A node's width and height: by the chosen network figure (16-56), small (14) without one, else by its weight (18-42). */
  private sizeOf(n: GraphNode): number {
    const sizes = this.sizes ?? {};
    if (Object.keys(sizes).length > 0) {
      const figure = sizes[n.id];
      return figure === undefined ? 14 : 16 + 40 * Math.max(0, Math.min(1, figure));
    }
    return 18 + (24 * Math.max(0, Math.min(5, n.weight))) / 5;
  }

  /** Sizes and colours drawn again after "size by" or "colour by community" changed; the nodes stay where they are. */
  private restyle() {
    const cy = this.cy!;
    const byId = new Map((this.graph?.nodes ?? []).map((n) => [n.id, n]));
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const n = byId.get(node.id());
        if (n) {
          const data = this.nodeData(n);
          node.data({ color: data.color, community: data.community, size: data.size });
        }
      });
    });
    // labels sit under their nodes, which have changed size
    this.updateLabels(true);
  }

  private arrange() {
    const cy = this.cy!;
    const started = performance.now();
    if (this.layout === 'saved') {
      this.arrangeSaved();
      this.layoutMs = performance.now() - started;
      return;
    }
    // fcose costs about the square of the nodes per step: beyond LARGE nodes it would hold the page
    // for many seconds, so large maps are drawn in rings by type (the view says so).
    cy.nodes().toggleClass('beside', this.layout === 'paths');
    const large = cy.nodes().length > EvidenceGraph.LARGE;
    // The same map (the same nodes, in whatever order they came) is drawn the same each time it is
    // opened: fcose's random start is drawn from a generator seeded by the map's node ids, in order
    // (load() adds them to the canvas sorted by id). A node added or removed changes the seed.
    // (the layouts are given the elements sorted by id too, which matters only after patch() added some)
    const sorted = (a: cytoscape.SingularElementArgument, b: cytoscape.SingularElementArgument) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0);
    const eles = cy.nodes().sort(sorted).union(cy.edges().sort(sorted));
    const seed = seedOf(eles.nodes().map((n) => n.id()));
    withSeededRandom(seed, () => {
      if (large && this.layout !== 'paths') {
        eles.layout({ name: 'concentric', concentric: (n: any) => n.data('rank'), levelWidth: () => 1, animate: false } as any).run();
      } else if (this.layout === 'grouped') {
        this.arrangeGrouped(eles);
        keepApart(cy.nodes(), EvidenceGraph.NODE_GAP);
      } else if (this.layout === 'paths') {
        this.arrangePaths(eles);
      } else {
        eles.layout({
          name: 'fcose',
          quality: 'default',
          randomize: true,
          animate: false,
          nodeDimensionsIncludeLabels: false,
          idealEdgeLength: () => 70,
          nodeRepulsion: () => 6000,
          nodeSeparation: 80,
          packComponents: true,
        } as any).run();
        keepApart(cy.nodes(), EvidenceGraph.NODE_GAP);
      }
    });
    this.fitAll();
    this.layoutMs = performance.now() - started;
  }

  /**
   * "Left to right": cytoscape-dagre ranks the nodes along the relationships' direction (who works
   * for, commissions, delivers, champions what; what blocks and mitigates what; what addresses which
   * need), on a copy of the map without collaborations (a relationship between equals, which would
   * put colleagues one after another in a long row). Each node takes the room of its label under it
   * and the ranks leave room for a label of LABEL_WIDTH at zoom 1. eles: the canvas's elements, in
   * order of id.
   */
  private arrangePaths(eles: cytoscape.CollectionReturnValue) {
    const cy = this.cy!;
    const elements: any[] = [];
    eles.nodes().forEach((n) => {
      elements.push({ group: 'nodes', data: { id: n.id(), size: n.data('size') } });
    });
    eles.edges().forEach((e) => {
      if (e.data('type') !== 'COLLABORATES_WITH') {
        elements.push({ group: 'edges', data: { id: e.id(), source: e.source().id(), target: e.target().id() } });
      }
    });
    const copy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements,
      style: [{ selector: 'node', style: { width: 'data(size)', height: (n: any) => Math.max(n.data('size'), 2.6 * EvidenceGraph.LABEL_PX) } as any }],
    });
    copy.layout({ name: 'dagre', rankDir: 'LR', nodeSep: 6, rankSep: EvidenceGraph.LABEL_WIDTH + 30, edgeSep: 4, animate: false } as any).run();
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const p = copy.getElementById(n.id()).position();
        n.position({ x: p.x, y: p.y });
      });
    });
    copy.destroy();
  }

  /**
   * "Grouped by type": fcose run on a copy of the map in which each type's nodes are the children
   * of one compound node, so that each type gathers in a cluster of its own and the clusters are
   * placed by the relationships between them; the positions are then copied onto the canvas (which
   * draws no compound nodes, so that nothing else of the canvas has to know of them). eles: the
   * canvas's elements, in order of id.
   */
  private arrangeGrouped(eles: cytoscape.CollectionReturnValue) {
    const cy = this.cy!;
    const types = new Set<string>();
    const elements: any[] = [];
    eles.nodes().forEach((n) => {
      types.add(n.data('type'));
      elements.push({ group: 'nodes', data: { id: n.id(), parent: `type:${n.data('type')}` } });
    });
    types.forEach((t) => {
      elements.push({ group: 'nodes', data: { id: `type:${t}` } });
    });
    eles.edges().forEach((e) => {
      elements.push({ group: 'edges', data: { id: e.id(), source: e.source().id(), target: e.target().id() } });
    });
    const copy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements,
      // each node takes the room of its label under it
      style: [
        { selector: 'node', style: { width: 100, height: 36 } },
        { selector: ':parent', style: { padding: '16px' } as any },
      ],
    });
    copy.layout({
      name: 'fcose',
      quality: 'default',
      randomize: true,
      animate: false,
      nodeDimensionsIncludeLabels: false,
      idealEdgeLength: () => 50,
      nodeRepulsion: () => 4500,
      nestingFactor: 0.1,
      gravityCompound: 3,
      gravityRangeCompound: 1.2,
      packComponents: true,
    } as any).run();
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const p = copy.getElementById(n.id()).position();
        n.position({ x: p.x, y: p.y });
      });
    });
    copy.destroy();
  }

  /** Fits the whole map in view, without blowing a small map up beyond MAX_FIT_ZOOM. */
  private fitAll() {
    this.fitTo(this.cy!.elements(), 30, EvidenceGraph.MAX_FIT_ZOOM);
  }

  /**
   * Fits these elements in the canvas with this padding (CSS pixels), zoomed between minZoom and
   * maxZoom. The fit is made on the nodes' own boxes, with room kept below them for two lines of
   * label (labels drawn at LABEL_PX on the screen, or hidden): Cytoscape's own fit counts every label
   * at its model size, which left the map small in the middle of the canvas.
   */
  private fitTo(eles: cytoscape.CollectionReturnValue | cytoscape.CollectionArgument, padding: number, maxZoom: number, minZoom = 0) {
    const cy = this.cy!;
    cy.resize();
    const nodes = (eles as any).nodes ? (eles as any).nodes() : cy.nodes();
    if (nodes.empty()) {
      return;
    }
    const box = nodes.boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false });
    // room for labels: under the nodes, or beside them on the right in "left to right"
    const beside = this.layout === 'paths';
    const below = beside ? 0 : 2.4 * EvidenceGraph.LABEL_PX + 4;
    const right = beside ? EvidenceGraph.LABEL_WIDTH : 0;
    const width = Math.max(1, cy.width() - 2 * padding - right);
    const height = Math.max(1, cy.height() - 2 * padding - below);
    let zoom = Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1));
    zoom = Math.max(minZoom, Math.min(maxZoom, zoom, cy.maxZoom()));
    zoom = Math.max(zoom, cy.minZoom());
    cy.viewport({
      zoom,
      pan: {
        x: (cy.width() - right) / 2 - zoom * (box.x1 + box.w / 2),
        y: (cy.height() - below) / 2 - zoom * (box.y1 + box.h / 2),
      },
    });
    this.updateLabels(true);
    this.moved = false;
  }

  /** Labels sized again for the zoom now, at most once a frame while someone zooms. */
  private scheduleLabels() {
    if (!this.labelFrame) {
      this.labelFrame = requestAnimationFrame(() => {
        this.labelFrame = 0;
        this.updateLabels();
      });
    }
  }

  /**
   * Labels sized for the zoom now, and, when their size changed or recrowd asks (the nodes moved,
   * the selection or highlight changed), the labels that would overlap another kept again ({@link #crowd}).
   */
  private updateLabels(recrowd = false) {
    const cy = this.cy;
    if (!cy) {
      return;
    }
    const z = Math.max(EvidenceGraph.LABEL_ZOOM, Math.min(1, cy.zoom()));
    const hidden = (EvidenceGraph.LABEL_PX / z) * cy.zoom() < EvidenceGraph.MIN_LABEL_PX;
    if (z !== this.labelZoom || hidden !== this.labelsHidden) {
      this.labelZoom = z;
      this.labelsHidden = hidden;
      (cy.nodes() as any).updateStyle();
      this.crowd();
    } else {
      (cy.nodes('.labelled, :selected, .highlighted, .being-edited') as any).updateStyle();
      if (recrowd) {
        this.crowd();
      }
    }
  }

  /** A node's label box in the canvas's own coordinates (empty, w 0, where it has no label drawn). */
  private static labelBox(n: cytoscape.NodeSingular) {
    return n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as any);
  }

  /**
   * Hides the labels that would be drawn over another label (class 'crowded'), so that the labels
   * shown never overlap: labels are kept in turn, first those of the selected, highlighted and
   * edited nodes (always shown), then by the node's size on the canvas (its weight, or the figure
   * it is sized by), then by its number of relationships, then by id; a label is hidden when its
   * box meets the box of one kept before it. The node under the pointer shows its label whatever
   * (drawn on top). Boxes are compared in a grid of LABEL_WIDTH-wide cells, so the cost grows with
   * the nodes, not their square.
   */
  private crowd() {
    const cy = this.cy!;
    cy.nodes('.crowded').removeClass('crowded');
    if (this.labelsHidden) {
      return;
    }
    const always = (n: cytoscape.NodeSingular) => n.selected() || n.hasClass('highlighted') || n.hasClass('being-edited');
    const order = cy.nodes().toArray().map((n) => ({
      n: n as cytoscape.NodeSingular,
      always: always(n as cytoscape.NodeSingular) ? 1 : 0,
      size: n.data('size') ?? 0,
      degree: (n as cytoscape.NodeSingular).degree(false),
    }));
    order.sort((a, b) => b.always - a.always || b.size - a.size || b.degree - a.degree || (a.n.id() < b.n.id() ? -1 : 1));
    const cell = EvidenceGraph.LABEL_WIDTH;
    const grid = new Map<string, { x1: number; y1: number; x2: number; y2: number }[]>();
    const cells = (b: { x1: number; y1: number; x2: number; y2: number }) => {
      const keys: string[] = [];
      for (let i = Math.floor(b.x1 / cell); i <= Math.floor(b.x2 / cell); i++) {
        for (let j = Math.floor(b.y1 / cell); j <= Math.floor(b.y2 / cell); j++) {
          keys.push(`${i},${j}`);
        }
      }
      return keys;
    };
    const crowded: cytoscape.NodeSingular[] = [];
    for (const { n, always: kept } of order) {
      const b = EvidenceGraph.labelBox(n);
      if (!(b.w > 0 && b.h > 0) || !Number.isFinite(b.w)) {
        continue;
      }
      const keys = cells(b);
      const meets = keys.some((k) => (grid.get(k) ?? []).some((o) => b.x1 < o.x2 && o.x1 < b.x2 && b.y1 < o.y2 && o.y1 < b.y2));
      if (meets && !kept) {
        crowded.push(n);
      } else {
        const box = { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
        keys.forEach((k) => grid.set(k, [...(grid.get(k) ?? []), box]));
      }
    }
    cy.batch(() => crowded.forEach((n) => n.addClass('crowded')));
  }

  /**
   * The labels as drawn now, for tests and the benchmark: how many are shown and hidden as crowded,
   * how many pairs of shown labels overlap (rendered boxes), and how many pairs would overlap were
   * every label shown (the labels as they were before crowded labels were hidden).
   */
  labelFigures(): { shown: number; crowded: number; overlaps: number; overlapsIfAllShown: number } {
    const cy = this.cy;
    if (!cy) {
      return { shown: 0, crowded: 0, overlaps: 0, overlapsIfAllShown: 0 };
    }
    const pairs = (boxes: { x1: number; y1: number; x2: number; y2: number }[]) => {
      let count = 0;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) {
            count++;
          }
        }
      }
      return count;
    };
    const rendered = () =>
      cy.nodes().filter((n) => !!n.style('label')).map((n) =>
        n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as any));
    const crowded = cy.nodes('.crowded');
    const shown = rendered();
    const figures = { shown: shown.length, crowded: crowded.length, overlaps: pairs(shown), overlapsIfAllShown: 0 };
    crowded.removeClass('crowded');
    figures.overlapsIfAllShown = pairs(rendered());
    crowded.addClass('crowded');
    return figures;
  }

  /** The canvas changed size: Cytoscape is told, and if nobody has moved the view since the last fit it is fitted again. */
  private resized() {
    const cy = this.cy;
    if (!cy) {
      return;
    }
    cy.resize();
    if (!this.moved && cy.nodes().nonempty()) {
      const shown = cy.nodes('.highlighted');
      if (shown.nonempty()) {
        this.fitTo(shown, 50, EvidenceGraph.MAX_FIT_ZOOM);
      } else {
        this.fitAll();
      }
    }
  }

  /**
   * Nodes go where people placed them; the others are placed in rows below them, so that nothing
   * new is hidden under a placed node.
   */
  private arrangeSaved() {
    const cy = this.cy!;
    const saved = this.positions ?? {};
    let bottom = 0;
    let left = 0;
    let any = false;
    cy.nodes().forEach((n) => {
      const p = saved[n.id()];
      if (p) {
        n.position({ x: p.x, y: p.y });
        bottom = any ? Math.max(bottom, p.y) : p.y;
        left = any ? Math.min(left, p.x) : p.x;
        any = true;
      }
    });
    let column = 0;
    let row = 1;
    cy.nodes().forEach((n) => {
      if (!saved[n.id()]) {
        n.position({ x: left + column * 90, y: bottom + row * 90 });
        column++;
        if (column === 12) {
          column = 0;
          row++;
        }
      }
    });
    this.fitAll();
  }

  /**
   * Fades everything but the highlighted nodes and the relationships between them, fits them all in
   * view (no closer than MAX_FIT_ZOOM) and scrolls the canvas into the window.
   */
  private emphasise() {
    const cy = this.cy!;
    const ids = new Set(this.highlighted ?? []);
    cy.batch(() => {
      cy.elements().removeClass('faded highlighted');
      if (ids.size === 0) {
        return;
      }
      const nodes = cy.nodes().filter((n) => ids.has(n.id()));
      const edges = cy.edges().filter((e) => ids.has(e.source().id()) && ids.has(e.target().id()));
      nodes.addClass('highlighted');
      edges.addClass('highlighted');
      cy.elements().difference(nodes.union(edges)).addClass('faded');
    });
    const shown = cy.nodes('.highlighted');
    if (shown.nonempty()) {
      this.fitTo(shown, 50, EvidenceGraph.MAX_FIT_ZOOM);
      this.scrollIntoView({ block: 'nearest' });
    } else {
      this.updateLabels(true);
    }
  }

  private highlight() {
    const cy = this.cy!;
    cy.nodes().unselect();
    if (this.selected) {
      const node = cy.getElementById(this.selected);
      if (node.nonempty()) {
        node.select();
        // moved only when out of sight: a highlight fits its own nodes, and a tap is on a node in view
        const p = node.renderedPosition();
        if (p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height()) {
          cy.animate({ center: { eles: node }, duration: 200 });
        }
      }
    }
    this.updateLabels(true);
  }
}

/** The SVG namespace. */
const SVG_NS = 'http://www.w3.org/2000/svg';

/** The fonts of the exported pictures' own text (title, date, legend). */
const EXPORT_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * The outline of a Cytoscape.js node shape as the legend draws it, in units of its half-size,
 * centred on (0, 0): a circle, a rounded rectangle of this height (2 for a square) or a polygon.
 */
type Outline = { kind: 'circle' } | { kind: 'rounded'; height: number } | { kind: 'polygon'; points: number[][] };

function outline(shape: string): Outline {
  const regular = (sides: number, rotation: number) =>
    Array.from({ length: sides }, (_, i) => {
      const a = rotation + (2 * Math.PI * i) / sides;
      return [Math.cos(a), Math.sin(a)];
    });
  switch (shape) {
    case 'rectangle':
      return { kind: 'polygon', points: [[-1, -1], [1, -1], [1, 1], [-1, 1]] };
    case 'round-rectangle':
      return { kind: 'rounded', height: 2 };
    case 'barrel':
      return { kind: 'rounded', height: 1.6 };
    case 'diamond':
      return { kind: 'polygon', points: [[0, -1], [1, 0], [0, 1], [-1, 0]] };
    case 'triangle':
      return { kind: 'polygon', points: [[0, -1], [1, 0.8], [-1, 0.8]] };
    case 'hexagon':
      return { kind: 'polygon', points: regular(6, 0) };
    case 'octagon':
      return { kind: 'polygon', points: regular(8, Math.PI / 8) };
    case 'star':
      return {
        kind: 'polygon',
        points: Array.from({ length: 10 }, (_, i) => {
          const a = -Math.PI / 2 + (Math.PI * i) / 5;
          const k = i % 2 === 0 ? 1 : 0.45;
          return [k * Math.cos(a), k * Math.sin(a)];
        }),
      };
    default:
      return { kind: 'circle' };
  }
}

/** Draws a legend swatch: a Cytoscape.js node shape of this size (px) in this colour, centred on (x, y). */
function drawShape(ctx: CanvasRenderingContext2D, shape: string, x: number, y: number, size: number, color: string) {
  const r = size / 2;
  const o = outline(shape);
  ctx.beginPath();
  if (o.kind === 'polygon') {
    o.points.forEach(([px, py], i) => (i === 0 ? ctx.moveTo(x + px * r, y + py * r) : ctx.lineTo(x + px * r, y + py * r)));
    ctx.closePath();
  } else if (o.kind === 'rounded') {
    (ctx as any).roundRect(x - r, y - (r * o.height) / 2, size, (r * o.height), r * 0.45);
  } else {
    ctx.arc(x, y, r, 0, 2 * Math.PI);
  }
  ctx.fillStyle = color;
  ctx.fill();
  ctx.lineWidth = 1;
  ctx.strokeStyle = '#1a1a1a';
  ctx.stroke();
}

/** A legend swatch as an SVG element of this document: the shape drawShape draws, as a polygon, rect or circle. */
function svgShape(doc: Document, shape: string, x: number, y: number, size: number, color: string): Element {
  const r = size / 2;
  const o = outline(shape);
  let element: Element;
  if (o.kind === 'polygon') {
    element = doc.createElementNS(SVG_NS, 'polygon');
    element.setAttribute('points', o.points.map(([px, py]) => `${(x + px * r).toFixed(2)},${(y + py * r).toFixed(2)}`).join(' '));
  } else if (o.kind === 'rounded') {
    element = doc.createElementNS(SVG_NS, 'rect');
    element.setAttribute('x', String(x - r));
    element.setAttribute('y', String(y - (r * o.height) / 2));
    element.setAttribute('width', String(size));
    element.setAttribute('height', String(r * o.height));
    element.setAttribute('rx', String(r * 0.45));
  } else {
    element = doc.createElementNS(SVG_NS, 'circle');
    element.setAttribute('cx', String(x));
    element.setAttribute('cy', String(y));
    element.setAttribute('r', String(r));
  }
  element.setAttribute('fill', color);
  element.setAttribute('stroke', '#1a1a1a');
  element.setAttribute('stroke-width', '1');
  element.setAttribute('data-shape', shape);
  return element;
}

declare global {
  interface HTMLElementTagNameMap {
    'evidence-graph': EvidenceGraph;
  }
}
