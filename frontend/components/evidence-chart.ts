// <evidence-chart>: a bar or line chart drawn with Apache ECharts (SVG renderer). Data comes in as
// one 'chart' property; the chart is made once, updated when the property changes, and disposed
// of when the element leaves the page. ECharts' aria option writes a text description of the
// chart for screen readers and adds decal patterns so that series never differ by colour alone.
import { LitElement, html, css, PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent, SVGRenderer]);

export interface ChartSeries {
  name: string;
  values: (number | null)[];
  stack: string | null;
  /** For lines: an ECharts symbol, a dash ('solid', 'dashed', 'dotted'), a width and a symbol size. */
  symbol?: string | null;
  lineType?: string | null;
  width?: number | null;
  symbolSize?: number | null;
}

export interface ChartData {
  kind: 'bar' | 'line';
  title: string;
  yTitle: string;
  percent: boolean;
  categories: string[];
  series: ChartSeries[];
}

@customElement('evidence-chart')
export class EvidenceChart extends LitElement {
  @property({ type: Object }) chart?: ChartData;

  private instance?: echarts.ECharts;
  private resizeObserver?: ResizeObserver;

  static styles = css`
    :host { display: block; position: relative; min-height: 320px; }
    #chart { position: absolute; inset: 0; }
  `;

  render() {
    return html`<div id="chart"></div>`;
  }

  firstUpdated() {
    this.create();
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated && !this.instance) {
      this.create();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.instance?.dispose();
    this.instance = undefined;
  }

  protected updated(changed: PropertyValues) {
    if (changed.has('chart') && this.instance) {
      this.draw();
    }
  }

  /** How many series are drawn: for tests. */
  get seriesCount(): number {
    const option = this.instance?.getOption() as any;
    return option?.series ? option.series.length : 0;
  }

  /**
   * Each series as ECharts holds it for drawing (its option after merging): name, symbol, symbol
   * size, and for lines the dash ('solid', 'dashed', 'dotted') and width in px. For tests.
   */
  get drawnSeries(): { name: string; symbol: string; symbolSize: number; lineType: string; width: number }[] {
    const option = this.instance?.getOption() as any;
    return (option?.series ?? []).map((s: any) => ({
      name: s.name ?? '',
      symbol: s.symbol ?? '',
      symbolSize: typeof s.symbolSize === 'number' ? s.symbolSize : 0,
      lineType: s.lineStyle?.type ?? '',
      width: typeof s.lineStyle?.width === 'number' ? s.lineStyle.width : 0,
    }));
  }

  /** The chart as SVG text. */
  svgText(): string {
    return this.instance ? (this.instance as any).renderToSVGString() : '';
  }

  /** The chart as a PNG data URL at twice the screen resolution (drawn from the SVG). */
  async pngDataUrl(): Promise<string> {
    const svg = this.svgText();
    if (!svg) {
      return '';
    }
    const width = this.instance!.getWidth();
    const height = this.instance!.getHeight();
    const image = new Image();
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
    try {
      await new Promise<void>((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error('The chart could not be drawn as an image'));
        image.src = url;
      });
      const canvas = document.createElement('canvas');
      canvas.width = width * 2;
      canvas.height = height * 2;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.scale(2, 2);
      context.drawImage(image, 0, 0, width, height);
      return canvas.toDataURL('image/png');
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  /** Saves the chart as a file: format 'png' or 'svg'. */
  async download(format: string, fileName: string) {
    const href =
      format === 'svg'
        ? URL.createObjectURL(new Blob([this.svgText()], { type: 'image/svg+xml;charset=utf-8' }))
        : await this.pngDataUrl();
    const link = document.createElement('a');
    link.href = href;
    link.download = fileName;
    link.click();
    if (format === 'svg') {
      setTimeout(() => URL.revokeObjectURL(href), 1000);
    }
  }

  private create() {
    const container = this.renderRoot.querySelector('#chart') as HTMLElement;
    this.instance = echarts.init(container, undefined, { renderer: 'svg' });
    this.resizeObserver = new ResizeObserver(() => this.instance?.resize());
    this.resizeObserver.observe(this);
    this.draw();
  }

  private draw() {
    const chart = this.chart;
    if (!chart || !this.instance) {
      return;
    }
    const format = (value: number | null) =>
      value === null || value === undefined ? '—' : chart.percent ? `${Math.round(value * 100)}%` : `${value}`;
    this.instance.setOption(
      {
        animation: false,
        aria: { enabled: true, decal: { show: true } },
        title: { text: chart.title, left: 'center', textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'axis', valueFormatter: (v: any) => format(v as number | null) },
        legend: { bottom: 0, type: 'scroll' },
        grid: { left: 56, right: 24, top: 48, bottom: 56, containLabel: true },
        xAxis: { type: 'category', data: chart.categories, axisLabel: { interval: 0, hideOverlap: true } },
        yAxis: {
          type: 'value',
          name: chart.yTitle,
          nameLocation: 'middle',
          nameGap: 44,
          axisLabel: { formatter: (v: number) => (chart.percent ? `${Math.round(v * 100)}%` : `${v}`) },
          max: chart.percent ? 1 : undefined,
        },
        series: chart.series.map((s, i) => ({
          name: s.name,
          type: chart.kind,
          data: s.values,
          stack: s.stack ?? undefined,
          connectNulls: true,
          showSymbol: chart.kind === 'line',
          showAllSymbol: chart.kind === 'line',
          // lines that coincide stay visible: each its own symbol and dash, the wider drawn first (lower z)
          symbol: s.symbol ?? undefined,
          symbolSize: s.symbolSize ?? undefined,
          lineStyle: chart.kind === 'line' ? { type: s.lineType ?? 'solid', width: s.width ?? 2 } : undefined,
          z: chart.kind === 'line' ? 2 + i : undefined,
          emphasis: { focus: 'series' },
        })),
      },
      { notMerge: true },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'evidence-chart': EvidenceChart;
  }
}
