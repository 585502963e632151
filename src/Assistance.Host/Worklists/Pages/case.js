// One case: its current state, members and history, read from the case endpoints.
const id = new URLSearchParams(location.search).get("id");
const mask = n => n && n.length === 18 ? n.slice(0, 6) + "********" + n.slice(14) : n;

function row(table, values) {
  const tr = document.createElement("tr");
  for (const v of values) { const td = document.createElement("td"); td.textContent = v ?? ""; tr.append(td); }
  document.getElementById(table).append(tr);
}

async function load() {
  const response = await fetch(`/api/households/${id}`);
  const c = await response.json();
  if (!response.ok) { document.getElementById("title").textContent = c.detail || "案件不存在"; return; }
  document.getElementById("title").textContent = `案件 ${c.id}`;
  const facts = {
    "县（市、区）": `${c.countyName}（${c.countyCode}）`, "乡镇 / 村": `${c.township ?? ""} ${c.village ?? ""}`,
    "状态": c.statusName, "救助类别": c.program, "保障人数": c.enrolledPersons, "月保障金额": `${c.monthlyAmount} 元`,
    "申请日期": c.appliedOn, "纳入月份": c.effectiveMonth, "下次复核": c.nextReviewDue, "渐退期至": c.gradualExitUntil, "版本": c.version,
  };
  const dl = document.getElementById("facts");
  for (const [k, v] of Object.entries(facts)) {
    if (v == null || v === "") continue;
    const dt = document.createElement("dt"); dt.textContent = k;
    const dd = document.createElement("dd"); dd.textContent = v;
    dl.append(dt, dd);
  }
  for (const m of c.members) row("members", [m.name, mask(m.idNumber), m.relation, m.disability, m.seriousIllness ? "是" : ""]);
  const history = await (await fetch(`/api/households/${id}/history`)).json();
  for (const e of history) row("history", [e.version, e.label, new Date(e.recordedAt).toLocaleString("zh-CN"), e.actor]);
}
load();
