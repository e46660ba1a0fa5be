// The ops dashboard: one EventSource, charts updated in place, nothing reloaded.
// `snapshot` events carry the metrics (see dashboard-snapshot.ts), `alert` events each delivered alert.
'use strict';

const HISTORY = 150; // time-chart points kept (5 minutes at the default 2 s interval)
const STAGES = ['ingest', 'enricher', 'notifier', 'delivery'];
const COLORS = { ingest: '#58a6ff', enricher: '#d2a8ff', notifier: '#3fb950', delivery: '#f0883e', p50: '#3fb950', p90: '#d29922', p99: '#f85149' };
const STATE_COLORS = { waiting: '#58a6ff', active: '#3fb950', delayed: '#d29922', failed: '#f85149' };

Chart.defaults.color = '#8b98a5';
Chart.defaults.borderColor = '#2a3642';
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;

const $ = (id) => document.getElementById(id);
const fmt = (n, digits = 0) => (n >= 1000 ? n.toLocaleString('en', { maximumFractionDigits: 0 }) : n.toFixed(digits));
const seconds = (s) => (s == null ? '–' : s < 1 ? `${Math.round(s * 1000)} ms` : `${s.toFixed(2)} s`);
const clock = (iso) => new Date(iso).toLocaleTimeString('en-GB');

const line = (id, series, yTitle) =>
  new Chart($(id), {
    type: 'line',
    data: { labels: [], datasets: series.map((s) => ({ label: s, data: [], borderColor: COLORS[s], backgroundColor: COLORS[s], pointRadius: 0, tension: 0.25, borderWidth: 2, spanGaps: true })) },
    options: { scales: { x: { ticks: { maxTicksLimit: 6 } }, y: { beginAtZero: true, title: { display: !!yTitle, text: yTitle } } }, plugins: { legend: { position: 'bottom', labels: { boxWidth: 10 } } } },
  });
const bars = (id, horizontal) =>
  new Chart($(id), {
    type: 'bar',
    data: { labels: [], datasets: [{ data: [], backgroundColor: [] }] },
    options: { indexAxis: horizontal ? 'y' : 'x', scales: { x: { beginAtZero: true }, y: { beginAtZero: true } }, plugins: { legend: { display: false } } },
  });

const charts = {
  throughput: line('chart-throughput', STAGES),
  latency: line('chart-latency', ['p50', 'p90', 'p99']),
  lag: bars('chart-lag'),
  stages: new Chart($('chart-stages'), {
    type: 'bar',
    data: { labels: STAGES, datasets: [{ label: 'p50', data: [], backgroundColor: COLORS.p50 }, { label: 'p99', data: [], backgroundColor: COLORS.p99 }] },
    options: { scales: { y: { beginAtZero: true } }, plugins: { legend: { position: 'bottom', labels: { boxWidth: 10 } } } },
  }),
  dlq: bars('chart-dlq', true),
  queue: bars('chart-queue'),
  subs: bars('chart-subs', true),
};
window.marsadDashboard = { charts }; // for poking at from the console

const subscriptionNames = new Map();

function setBars(chart, entries, colorOf) {
  chart.data.labels = entries.map(([label]) => label);
  chart.data.datasets[0].data = entries.map(([, value]) => value);
  chart.data.datasets[0].backgroundColor = entries.map(([label]) => colorOf(label));
  chart.update();
}

function pushPoint(chart, label, values) {
  chart.data.labels.push(label);
  chart.data.datasets.forEach((d, i) => d.data.push(values[i]));
  if (chart.data.labels.length > HISTORY) {
    chart.data.labels.shift();
    chart.data.datasets.forEach((d) => d.data.shift());
  }
  chart.update();
}

function onSnapshot(s) {
  const t = clock(s.at);
  $('updated').textContent = `updated ${t}`;
  $('sources').replaceChildren(
    ...s.sources.map((src) => {
      const el = document.createElement('span');
      el.title = src.error || 'answering';
      el.innerHTML = `<span class="dot ${src.up ? 'up' : 'down'}"></span>`;
      el.append(src.service);
      return el;
    }),
  );
  $('tile-ingest-rate').textContent = fmt(s.throughput.ingest, 1);
  $('tile-ingest-total').textContent = fmt(s.totals.consumed.ingest);
  $('tile-alerts-total').textContent = fmt(s.totals.alertsDelivered);
  $('tile-p99').textContent = seconds(s.endToEnd && s.endToEnd.p99);
  $('tile-dlq').textContent = fmt(s.totals.deadLetters);
  $('tile-backlog').textContent = fmt((s.queue.waiting || 0) + (s.queue.delayed || 0));

  pushPoint(charts.throughput, t, STAGES.map((stage) => s.throughput[stage]));
  pushPoint(charts.latency, t, s.endToEnd ? [s.endToEnd.p50, s.endToEnd.p90, s.endToEnd.p99] : [null, null, null]);
  charts.stages.data.datasets[0].data = STAGES.map((stage) => (s.stageDuration[stage] ? s.stageDuration[stage].p50 * 1000 : 0));
  charts.stages.data.datasets[1].data = STAGES.map((stage) => (s.stageDuration[stage] ? s.stageDuration[stage].p99 * 1000 : 0));
  charts.stages.update();
  setBars(charts.lag, s.lag.map((l) => [`${l.service} p${l.partition}`, l.messages]), (label) => COLORS[label.split(' ')[0]] || '#58a6ff');
  setBars(charts.dlq, s.deadLetters.map((d) => [`${d.stage}: ${d.reason}`, d.count]), () => '#f85149');
  setBars(charts.queue, ['waiting', 'active', 'delayed', 'failed'].map((state) => [state, s.queue[state] || 0]), (state) => STATE_COLORS[state]);
  setBars(charts.subs, s.alertsBySubscription.slice(0, 12).map((a) => [subscriptionNames.get(a.subscription) || a.subscription, a.count]), () => '#3fb950');
}

/** The evidence sentence with the mention marked; text nodes only, never HTML from the alert. */
function evidenceOf(match) {
  const p = document.createElement('p');
  p.className = 'evidence';
  p.dir = 'auto';
  const { text, start } = match.evidence;
  const from = Math.max(0, match.mention.start - start);
  const to = Math.min(text.length, match.mention.end - start);
  const mark = document.createElement('mark');
  mark.textContent = text.slice(from, to);
  p.append(text.slice(0, from), mark, text.slice(to));
  return p;
}

function onAlert(alert) {
  subscriptionNames.set(alert.subscription.id, alert.subscription.name);
  const list = $('alerts');
  if (list.querySelector(`[data-alert-id="${CSS.escape(alert.alertId)}"]`)) return;
  list.querySelector('.empty')?.remove();
  const li = document.createElement('li');
  li.dataset.alertId = alert.alertId;
  li.className = 'fresh';
  const head = document.createElement('div');
  head.className = 'alert-head';
  const title = document.createElement(alert.article.url ? 'a' : 'span');
  title.className = 'alert-title';
  title.dir = 'auto';
  title.textContent = alert.article.title || alert.article.id;
  if (alert.article.url) Object.assign(title, { href: alert.article.url, target: '_blank', rel: 'noopener noreferrer' });
  const meta = document.createElement('span');
  meta.className = 'meta';
  meta.textContent = `${alert.subscription.name} · ${alert.article.language} · ${clock(alert.createdAt)}`;
  head.append(title, meta);
  const chips = document.createElement('div');
  // One chip per matched entity or keyword, however many mentions matched it.
  const labels = new Set(alert.matches.map((m) => (m.entity ? `${m.via}: ${m.entity.name}${m.entity.nameAr ? ` · ${m.entity.nameAr}` : ''}` : `${m.via}: ${m.term}`)));
  for (const label of labels) {
    const chip = document.createElement('span');
    chip.className = 'chip';
    chip.dir = 'auto';
    chip.textContent = label;
    chips.append(chip);
  }
  li.append(head, chips, evidenceOf(alert.matches[0]));
  list.prepend(li);
  while (list.children.length > 30) list.lastElementChild.remove();
}

const source = new EventSource('/dashboard/stream');
source.addEventListener('snapshot', (e) => onSnapshot(JSON.parse(e.data)));
source.addEventListener('alert', (e) => onAlert(JSON.parse(e.data)));
source.onerror = () => ($('updated').textContent = 'reconnecting…');
