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

// 摸排走访 lists persons from other departments' rosters rather than cases, so its count comes from the list itself.
async function loadOutreachCount() {
  const page = await getJson(`/api/worklists/outreach?${query({ pageSize: 1 })}`);
  const card = document.createElement("div");
  card.className = "count" + (state.list === "outreach" ? " active" : "");
  for (const [part, value] of [["title", page.title], ["n", page.total], ["overdue", ""]]) {
    const div = document.createElement("div");
    div.className = part;
    div.textContent = value;
    card.append(div);
  }
  card.onclick = () => { state.list = "outreach"; state.page = 1; refresh(); };
  $("counts").append(card);
}

const outcomes = { Applied: "已申请", NotEligible: "经核不符合条件", Declined: "本人不愿申请", NotFound: "查无此人", AlreadyCovered: "已纳入保障" };

async function recordVisit(row) {
  const outcome = $("visitOutcome").value;
  const visitedOn = $("visitedOn").value;
  const response = await ledger.fetch(row.visitUrl, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ visitedOn, outcome, notes: $("visitNotes").value || null }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const errors = Object.values(body.errors || {}).flat().join("；");
    throw new Error(errors || body.detail || body.title || `请求失败（${response.status}）`);
  }
}

async function loadOutreach() {
  const page = await getJson(`/api/worklists/outreach?${query({ page: state.page, pageSize: state.pageSize })}`);
  $("title").textContent = `${page.title}（共 ${page.total} 人）`;
  $("visitForm").hidden = false;
  const rows = $("rows");
  rows.replaceChildren();
  for (const row of page.rows) {
    const tr = document.createElement("tr");
    if (row.overdueDays > 0) tr.className = "overdue";
    const cells = [
      `${row.name} ${row.headOfHousehold}`,
      `${row.countyName} ${row.township ?? ""} ${row.village ?? ""}`,
      row.reason,
      row.dueOn,
      row.overdueDays > 0 ? `${row.overdueDays} 天` : "",
      row.visitStatusName + (row.lastVisitedOn ? `（${row.lastVisitedOn}）` : ""),
    ];
    cells.forEach((value, i) => {
      const td = document.createElement("td");
      if (i === 3) td.className = "due";
      td.append(text(value));
      tr.append(td);
    });
    const td = document.createElement("td");
    const button = document.createElement("button");
    button.textContent = "登记走访";
    button.onclick = async () => {
      try { await recordVisit(row); await refresh(); }
      catch (e) { $("visitStatus").textContent = `登记失败：${e.message}`; }
    };
    td.append(button);
    if (row.caseId) {
      const link = document.createElement("a");
      link.href = `/cases/view.html?id=${encodeURIComponent(row.caseId)}`;
      link.textContent = " 查看案件";
      td.append(link);
    }
    tr.append(td);
    rows.append(tr);
  }
  pager(page);
}

async function loadList() {
  if (state.list === "outreach") return loadOutreach();
  $("visitForm").hidden = true;
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
  pager(page);
}

function pager(page) {
  const pages = Math.max(1, Math.ceil(page.total / state.pageSize));
  $("pageInfo").textContent = `第 ${state.page} / ${pages} 页`;
  $("prev").disabled = state.page <= 1;
  $("next").disabled = state.page >= pages;
}

async function refresh() {
  try { await loadCounts(); await loadOutreachCount(); await loadList(); }
  catch (e) { $("rows").replaceChildren(); $("title").textContent = `查询失败：${e.message}`; }
}

$("filter").onsubmit = e => { e.preventDefault(); state.county = $("county").value; state.page = 1; refresh(); };
$("prev").onclick = () => { state.page--; loadList(); };
$("next").onclick = () => { state.page++; loadList(); };
$("visitForm").onsubmit = e => e.preventDefault();
$("visitedOn").value = new Date().toISOString().slice(0, 10);
for (const [value, label] of Object.entries(outcomes)) $("visitOutcome").append(new Option(label, value));
loadCounties().then(refresh);
