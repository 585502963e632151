// The county's worklists: counts on top, one list below, one click to the case.
const params = new URLSearchParams(location.search);
const state = { county: params.get("countyCode") || "", list: params.get("list") || "pending-applications", page: 1, pageSize: 20 };
const $ = id => document.getElementById(id);
const text = value => document.createTextNode(value ?? "");

const getJson = url => ledger.getJson(url);

function query(extra) {
  const q = new URLSearchParams();
  if (state.county) q.set("countyCode", state.county);
  if ($("township").value.trim()) q.set("township", $("township").value.trim());
  for (const [k, v] of Object.entries(extra || {})) q.set(k, v);
  return q.toString();
}

async function loadCounties() {
  const counties = await getJson("/api/counties");
  const select = $("county");
  select.append(new Option("全部", ""));
  for (const c of counties) select.append(new Option(`${c.countyName}（${c.countyCode}）`, c.countyCode));
  select.value = state.county;
}

async function loadCounts() {
  const counts = await getJson(`/api/worklists?${query()}`);
  $("today").textContent = `今天：${counts.today}`;
  const box = $("counts");
  box.replaceChildren();
  for (const list of counts.lists) {
    const card = document.createElement("div");
    card.className = "count" + (list.name === state.list ? " active" : "");
    for (const part of ["title", "n", "overdue"]) {
      const div = document.createElement("div");
      div.className = part;
      card.append(div);
    }
    card.querySelector(".title").textContent = list.title;
    card.querySelector(".n").textContent = list.total;
    card.querySelector(".overdue").textContent = list.overdue > 0 ? `逾期 ${list.overdue}` : "";
    card.onclick = () => { state.list = list.name; state.page = 1; refresh(); };
    box.append(card);
  }
}

async function loadList() {
  const page = await getJson(`/api/worklists/${state.list}?${query({ page: state.page, pageSize: state.pageSize, sort: $("sort").value })}`);
  $("title").textContent = `${page.title}（共 ${page.total} 户）`;
  const rows = $("rows");
  rows.replaceChildren();
  for (const row of page.rows) {
    const tr = document.createElement("tr");
    if (row.overdueDays > 0) tr.className = "overdue";
    const cells = [
      `${row.headName} ${row.headOfHousehold}`,
      `${row.countyName} ${row.township ?? ""}`,
      row.reason + (row.ageWorkingDays != null ? `（已受理 ${row.ageWorkingDays} 个工作日）` : ""),
      row.dueOn,
      row.overdueDays > 0 ? `${row.overdueDays} 天` : "",
      row.statusName,
    ];
    cells.forEach((value, i) => {
      const td = document.createElement("td");
      if (i === 3) td.className = "due";
      td.append(text(value));
      tr.append(td);
    });
    const link = document.createElement("a");
    link.href = row.caseUrl;
    link.textContent = "查看案件";
    const td = document.createElement("td");
    td.append(link);
    tr.append(td);
    rows.append(tr);
  }
  if (page.rows.length === 0) {
    const td = document.createElement("td");
    td.colSpan = 7;
    td.className = "muted";
    td.textContent = "暂无需要办理的事项";
    rows.append(document.createElement("tr"));
    rows.lastChild.append(td);
  }
  const pages = Math.max(1, Math.ceil(page.total / state.pageSize));
  $("pageInfo").textContent = `第 ${state.page} / ${pages} 页`;
  $("prev").disabled = state.page <= 1;
  $("next").disabled = state.page >= pages;
}

async function refresh() {
  try { await loadCounts(); await loadList(); }
  catch (e) { $("rows").replaceChildren(); $("title").textContent = `查询失败：${e.message}`; }
}

$("filter").onsubmit = e => { e.preventDefault(); state.county = $("county").value; state.page = 1; refresh(); };
$("prev").onclick = () => { state.page--; loadList(); };
$("next").onclick = () => { state.page++; loadList(); };
loadCounties().then(refresh);
