// <evidence-graph>: an area's map drawn with Cytoscape.js. Data comes in as properties; a tap on a
// node goes out as a 'node-select' event with the node's id, a drag as 'node-move' with the places
// to keep. The Cytoscape instance is made once, updated when the properties change, and destroyed
// when the element leaves the page.
import { LitElement, html, css, PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import cytoscape from 'cytoscape';
// @ts-ignore: cytoscape-svg ships no type declarations
import cytoscapeSvg from 'cytoscape-svg';

cytoscape.use(cytoscapeSvg);

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

/** A node's place to keep after a drag, in the canvas's own coordinates. */
export interface NodePlace {
  id: string;
  x: number;
  y: number;
}

/** For a node whose type has no style sent: never so while the Java component sends every type's. */
const UNSTYLED: NodeStyle = { color: '#999999', shape: 'ellipse', rank: 0 };

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

  private cy?: cytoscape.Core;
  /** Beyond this many nodes the force-directed layout gives way to the grouped one (GraphCanvas.LARGE_FOR_FORCE). */
  static readonly LARGE = 1000;
  /** When the last full drawing of the graph finished (performance.now(), ms since the page began): for the benchmark. */
  renderedAt = 0;

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
    } else if (changed.has('layout') || (changed.has('positions') && this.layout === 'saved')) {
      this.arrange();
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

  /** The current view of the whole map as a PNG data URL (twice the screen resolution). */
  pngDataUrl(): string {
    return this.cy ? (this.cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'base64uri' }) as string) : '';
  }

  /** The current view of the whole map as SVG text. */
  svgText(): string {
    return this.cy ? (this.cy as any).svg({ full: true, scale: 1, bg: '#ffffff' }) : '';
  }

  /** Saves the map as a file: format 'png' or 'svg'. */
  download(format: string, fileName: string) {
    const href =
      format === 'svg'
        ? URL.createObjectURL(new Blob([this.svgText()], { type: 'image/svg+xml;charset=utf-8' }))
        : this.pngDataUrl();
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

  /** Selects a node as a tap on it would (used by keyboard shortcuts and tests). */
  tapNode(id: string) {
    this.cy?.getElementById(id).emit('tap');
  }

  private create() {
    const container = this.renderRoot.querySelector('#canvas') as HTMLElement;
    this.cy = cytoscape({
      container,
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 4,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(name)',
            'background-color': 'data(color)',
            shape: 'data(shape)' as any,
            width: 'mapData(weight, 0, 5, 18, 42)',
            height: 'mapData(weight, 0, 5, 18, 42)',
            color: '#1a1a1a',
            'font-size': 10,
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-wrap': 'ellipsis',
            'text-max-width': '110px',
          },
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
    this.cy.on('tap', 'node', (event) => {
      this.dispatchEvent(new CustomEvent('node-select', { detail: { id: event.target.id() }, bubbles: true, composed: true }));
    });
    this.cy.on('dragfree', 'node', (event) => {
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
    const nodes = (this.graph?.nodes ?? []).map((n) => {
      const style = this.typeStyles?.[n.type] ?? UNSTYLED;
      return { group: 'nodes' as const, data: { ...n, color: style.color, shape: style.shape, rank: style.rank } };
    });
    const ids = new Set(nodes.map((n) => n.data.id));
    const edges = (this.graph?.edges ?? [])
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
        const style = this.typeStyles?.[n.type] ?? UNSTYLED;
        const data = { ...n, color: style.color, shape: style.shape, rank: style.rank };
        const existing = cy.getElementById(n.id);
        if (existing.nonempty()) {
          existing.data(data);
        } else {
          cy.add({ group: 'nodes', data });
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
    }
    this.markEditors();
  }

  private arrange() {
    const cy = this.cy!;
    if (this.layout === 'saved') {
      this.arrangeSaved();
      return;
    }
    // The force-directed layout costs the square of the nodes per step: beyond LARGE nodes it would
    // hold the page for minutes, so large maps are drawn grouped by type (the view says so).
    const layout = this.layout === 'force' && cy.nodes().length > EvidenceGraph.LARGE ? 'grouped' : this.layout;
    const options: cytoscape.LayoutOptions =
      layout === 'grouped'
        ? ({ name: 'concentric', concentric: (n: any) => n.data('rank'), levelWidth: () => 1, animate: false } as any)
        : layout === 'paths'
          ? ({ name: 'breadthfirst', directed: true, spacingFactor: 1.1, animate: false } as any)
          : ({ name: 'cose', animate: false, randomize: true, nodeRepulsion: () => 8000, numIter: 600 } as any);
    cy.layout(options).run();
    this.fitAll();
  }

  /** Fits the whole map in view, without blowing a small map up beyond one and a half times. */
  private fitAll() {
    const cy = this.cy!;
    cy.fit(undefined, 30);
    if (cy.zoom() > 1.5) {
      cy.zoom(1.5);
      cy.center();
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

  /** Fades everything but the highlighted nodes and the relationships between them, and fits them in view. */
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
      cy.fit(shown, 60);
    }
  }

  private highlight() {
    const cy = this.cy!;
    cy.nodes().unselect();
    if (this.selected) {
      const node = cy.getElementById(this.selected);
      if (node.nonempty()) {
        node.select();
        cy.animate({ center: { eles: node }, duration: 200 });
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'evidence-graph': EvidenceGraph;
  }
}
