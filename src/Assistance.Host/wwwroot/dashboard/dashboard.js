// 社会救助统计看板: reads the statistics API and draws the county growth bars, the trend line and the table behind them.
(() => {
  const $ = id => document.getElementById(id);
  const numbers = new Intl.NumberFormat('zh-CN');
  // The program names come from /api/labels, so the page prints what the exports print.
  let programNames = {};
  const growthChart = echarts.init($('growth-chart'));
  const trendChart = echarts.init($('trend-chart'));
  const outreachChart = echarts.init($('outreach-chart'));
  const UP = '#c62828', DOWN = '#2e7d32', FLAT = '#98a2b3';

  const count = n => numbers.format(n);
  const percent = rate => rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(2)}%`;
  const signed = n => (n > 0 ? '+' : '') + count(n);
  const monthLabel = ym => { const [y, m] = ym.split('-'); return m === '12' ? `${y}年底` : `${y}年${Number(m)}月`; };
  const shiftMonth = (ym, by) => { const [y, m] = ym.split('-').map(Number); const d = new Date(y, m - 1 + by, 1); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`; };

  const getJson = url => ledger.getJson(url);

  function filters() {
    return { month: $('month').value, baseline: $('baseline').value, program: $('program').value, county: $('county').value };
  }

  let latest = 0;

  async function load() {
    const f = filters();
    if (!f.month || !f.baseline) return;
    // Only the answer to the latest choice is drawn: an earlier, slower answer must not overwrite it.
    const request = ++latest;
    const program = encodeURIComponent(f.program);
    try {
      const [growth, monthly, trend] = await Promise.all([
        getJson(`/api/statistics/growth?baseline=${f.baseline}&month=${f.month}&program=${program}`),
        getJson(`/api/statistics/monthly?month=${f.month}&program=${program}`),
        getJson(`/api/statistics/trend?month=${f.month}&months=12&program=${program}&countyCode=${f.county}`),
      ]);
      if (request !== latest) return;
      $('error').hidden = true;
      renderHeadline(growth);
      renderGrowth(growth);
      renderTrend(trend);
      renderTable(monthly, growth);
      renderExports(f);
      loadOutreach(f, request);
      document.body.dataset.loaded = `${f.program}:${f.baseline}:${f.month}:${f.county}`;
    } catch (e) {
      if (request !== latest) return;
      $('error').textContent = e.message;
      $('error').hidden = false;
    }
  }

  function renderHeadline(g) {
    const positive = g.counties.filter(c => c.netGrowth > 0).length;
    const negative = g.counties.filter(c => c.netGrowth < 0).length;
    const verb = g.total.netGrowth >= 0 ? '净增长' : '净减少';
    const spread = g.allCountiesPositive
      ? `${g.counties.length}个县区全部实现正增长`
      : `${positive}个县区正增长，${negative}个县区负增长`;
    $('headline').textContent =
      `截至${monthLabel(g.month)}，全市${programNames[g.program]}对象较${monthLabel(g.baseline)}${verb}${count(Math.abs(g.total.netGrowth))}人，增幅${percent(g.total.growthRate)}，${spread}。`;
  }

  function renderGrowth(g) {
    growthChart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: v => `${signed(v)}人` },
      grid: { left: 60, right: 20, bottom: 60, top: 30 },
      xAxis: { type: 'category', data: g.counties.map(c => c.countyName), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', name: '净增（人）', axisLabel: { formatter: v => count(v) } },
      series: [{
        name: '较基期净增', type: 'bar',
        data: g.counties.map(c => ({ value: c.netGrowth, itemStyle: { color: c.netGrowth > 0 ? UP : c.netGrowth < 0 ? DOWN : FLAT } })),
        label: { show: true, position: 'top', formatter: p => signed(p.value) },
      }],
    }, true);
  }

  function renderTrend(t) {
    const series = [{ name: '全市', type: 'line', data: t.points.map(p => p.cityPersons), yAxisIndex: 0, smooth: false }];
    if (t.countyCode) series.push({ name: t.countyName, type: 'line', data: t.points.map(p => p.countyPersons), yAxisIndex: 1 });
    trendChart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: v => `${count(v)}人` },
      legend: { top: 0, data: series.map(s => s.name) },
      grid: { left: 70, right: 70, bottom: 40, top: 40 },
      xAxis: { type: 'category', data: t.points.map(p => p.month) },
      yAxis: [
        { type: 'value', name: '全市（人）', axisLabel: { formatter: v => count(v) } },
        { type: 'value', name: `${t.countyName || ''}（人）`, axisLabel: { formatter: v => count(v) } },
      ],
      series,
    }, true);
  }

  const monthEnd = ym => { const [y, m] = ym.split('-').map(Number); return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10); };

  // The screening's weekly report stands beside the statistics: a failure here leaves the rest of the dashboard drawn.
  async function loadOutreach(f, request) {
    try {
      const progress = await getJson(`/api/outreach/progress?to=${monthEnd(f.month)}`);
      if (request === latest) renderOutreach(progress);
    } catch (e) {
      outreachChart.clear();
    }
  }

  function renderOutreach(p) {
    const weeks = [...new Set(p.rows.map(r => r.week))];
    const total = (week, field) => p.rows.filter(r => r.week === week).reduce((s, r) => s + r[field], 0);
    const share = week => { const rostered = total(week, 'rostered'); return rostered ? total(week, 'reachedSoFar') / rostered : 0; };
    outreachChart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: ['新走访人数', '申请人数', '纳入人数', '累计走访覆盖率'] },
      grid: { left: 60, right: 60, bottom: 40, top: 40 },
      xAxis: { type: 'category', data: weeks },
      yAxis: [
        { type: 'value', name: '人', axisLabel: { formatter: v => count(v) } },
        { type: 'value', name: '覆盖率', min: 0, max: 1, axisLabel: { formatter: v => `${Math.round(v * 100)}%` } },
      ],
      series: [
        { name: '新走访人数', type: 'bar', data: weeks.map(w => total(w, 'reached')) },
        { name: '申请人数', type: 'bar', data: weeks.map(w => total(w, 'applied')) },
        { name: '纳入人数', type: 'bar', data: weeks.map(w => total(w, 'enrolled')) },
        { name: '累计走访覆盖率', type: 'line', yAxisIndex: 1, data: weeks.map(share), tooltip: { valueFormatter: v => percent(v) } },
      ],
    }, true);
  }

  function cell(text, field, value, tone) {
    const td = document.createElement('td');
    td.textContent = text;
    if (field) td.dataset.field = field;
    if (value !== undefined) td.dataset.value = value;
    if (tone) td.className = tone > 0 ? 'up' : tone < 0 ? 'down' : '';
    return td;
  }

  function row(name, code, m, g) {
    const tr = document.createElement('tr');
    tr.dataset.county = code;
    tr.append(
      cell(name),
      cell(count(m.openingPersons), 'openingPersons', m.openingPersons),
      cell(count(m.newPersons), 'newPersons', m.newPersons),
      cell(count(m.exitedPersons), 'exitedPersons', m.exitedPersons),
      cell(count(m.closingPersons), 'closingPersons', m.closingPersons),
      cell(count(m.closingHouseholds), 'closingHouseholds', m.closingHouseholds),
      cell(signed(m.netGrowthPersons), 'netGrowthPersons', m.netGrowthPersons, m.netGrowthPersons),
      cell(count(g.baselinePersons), 'baselinePersons', g.baselinePersons),
      cell(signed(g.netGrowth), 'netGrowth', g.netGrowth, g.netGrowth),
      cell(percent(g.growthRate), 'growthRate', g.growthRate ?? ''),
    );
    return tr;
  }

  function renderTable(monthly, growth) {
    const byCode = Object.fromEntries(growth.counties.map(c => [c.countyCode, c]));
    $('table').tBodies[0].replaceChildren(...monthly.map(m => row(m.countyName, m.countyCode, m, byCode[m.countyCode])));
    const sum = field => monthly.reduce((s, m) => s + m[field], 0);
    const total = {
      openingPersons: sum('openingPersons'), newPersons: sum('newPersons'), exitedPersons: sum('exitedPersons'),
      closingPersons: sum('closingPersons'), closingHouseholds: sum('closingHouseholds'), netGrowthPersons: sum('netGrowthPersons'),
    };
    $('table').tFoot.replaceChildren(row('全市合计', 'total', total, growth.total));
  }

  function renderExports(f) {
    const monthly = `month=${f.month}&program=${f.program}`, growth = `baseline=${f.baseline}&month=${f.month}&program=${f.program}`;
    $('export-monthly-xlsx').dataset.url = `/api/statistics/monthly.xlsx?${monthly}`;
    $('export-monthly-csv').dataset.url = `/api/statistics/monthly.csv?${monthly}`;
    $('export-growth-xlsx').dataset.url = `/api/statistics/growth.xlsx?${growth}`;
    $('export-growth-csv').dataset.url = `/api/statistics/growth.csv?${growth}`;
    $('export-outreach-xlsx').dataset.url = `/api/outreach/progress.xlsx?to=${monthEnd(f.month)}`;
    $('export-outreach-csv').dataset.url = `/api/outreach/progress.csv?to=${monthEnd(f.month)}`;
  }

  // A plain link could not carry the token, so the export is fetched and handed to the browser as a file.
  function wireExports() {
    for (const id of ['export-monthly-xlsx', 'export-monthly-csv', 'export-growth-xlsx', 'export-growth-csv', 'export-outreach-xlsx', 'export-outreach-csv']) {
      $(id).href = '#';
      $(id).addEventListener('click', event => {
        event.preventDefault();
        ledger.download(event.currentTarget.dataset.url).catch(e => window.alert(e.message));
      });
    }
  }

  async function start() {
    wireExports();
    const query = new URLSearchParams(location.search);
    const today = new Date();
    const lastMonth = shiftMonth(`${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`, -1);
    $('month').value = query.get('month') || lastMonth;
    $('baseline').value = query.get('baseline') || `${Number($('month').value.slice(0, 4)) - 1}-12`;
    programNames = (await getJson('/api/labels')).programs;
    $('program').replaceChildren(...['Dibao', 'Tekun', 'Marginal', 'RigidExpenditure'].map(p => new Option(programNames[p], p)));
    $('program').value = query.get('program') || 'Dibao';
    const counties = await getJson('/api/counties');
    $('county').replaceChildren(...counties.map(c => new Option(c.countyName, c.countyCode)));
    $('county').value = query.get('county') || counties[0].countyCode;
    for (const id of ['month', 'baseline', 'program', 'county']) $(id).addEventListener('change', load);
    window.addEventListener('resize', () => { growthChart.resize(); trendChart.resize(); outreachChart.resize(); });
    await load();
  }

  start();
})();
