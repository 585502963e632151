// One case: its current state, members and history, read from the case endpoints. ID numbers come masked; a caseworker or
// approver of the county may ask for the full numbers (each such view is recorded for the auditors).
const id = new URLSearchParams(location.search).get("id");
const $ = name => document.getElementById(name);

function row(table, values) {
  const tr = document.createElement("tr");
  for (const v of values) { const td = document.createElement("td"); td.textContent = v ?? ""; tr.append(td); }
  $(table).append(tr);
}

async function load(showIdNumbers) {
  const reveal = showIdNumbers ? "?showIdNumbers=true" : "";
  const response = await ledger.fetch(`/api/households/${id}${reveal}`);
  const c = await response.json();
  if (!response.ok) { $("title").textContent = c.detail || c.title || "案件不存在"; return; }
  $("title").textContent = `案件 ${c.id}`;
  const facts = {
    "县（市、区）": `${c.countyName}（${c.countyCode}）`, "乡镇 / 村": `${c.township ?? ""} ${c.village ?? ""}`,
    "状态": c.statusName, "救助类别": c.program, "保障人数": c.enrolledPersons, "月保障金额": `${c.monthlyAmount} 元`,
    "申请日期": c.appliedOn, "纳入月份": c.effectiveMonth, "下次复核": c.nextReviewDue, "渐退期至": c.gradualExitUntil,
    "刚性支出困难认定至": c.recognisedUntil,
    "因病致贫": (c.illnessPoverty || []).map(r => `自 ${r.effectiveMonth} 起（${r.recognisedOn} ${r.recognisedBy} 认定；依据：${r.evidence}）`).join("；"),
    "版本": c.version,
  };
  const dl = $("facts");
  dl.replaceChildren();
  for (const [k, v] of Object.entries(facts)) {
    if (v == null || v === "") continue;
    const dt = document.createElement("dt"); dt.textContent = k;
    const dd = document.createElement("dd"); dd.textContent = v;
    dl.append(dt, dd);
  }
  $("members").replaceChildren();
  for (const m of c.members) row("members", [m.name, m.idNumber, m.relation, m.disability, m.seriousIllness ? "是" : ""]);
  $("reveal").hidden = showIdNumbers || !(ledger.user.roles || []).some(r => r === "Caseworker" || r === "Approver");
  const history = await ledger.getJson(`/api/households/${id}/history${reveal}`);
  $("history").replaceChildren();
  for (const e of history) row("history", [e.version, e.label, new Date(e.recordedAt).toLocaleString("zh-CN"), e.actor]);
}

$("reveal").addEventListener("click", () => load(true).catch(e => { $("title").textContent = e.message; }));
load(false).catch(e => { $("title").textContent = e.message; });
