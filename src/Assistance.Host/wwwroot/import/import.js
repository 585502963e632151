// 花名册导入: upload with progress, then the import's progress, its summary and its error report.
const $ = id => document.getElementById(id);
$("form").addEventListener("submit", ev => {
  ev.preventDefault();
  const file = $("file").files[0];
  if (!file) return;
  const importId = crypto.randomUUID();
  const data = new FormData();
  data.append("file", file);
  const xhr = new XMLHttpRequest();
  xhr.open("POST", "/api/imports?importId=" + importId);
  xhr.setRequestHeader("Authorization", ledger.authorization());
  $("bar").hidden = false; $("result").hidden = true;
  xhr.upload.onprogress = e => { if (e.lengthComputable) { $("phase").textContent = "正在上传…"; $("bar").value = 100 * e.loaded / e.total; } };
  xhr.upload.onload = () => { $("phase").textContent = "正在校验和写入…"; $("bar").removeAttribute("value"); poll(); };
  let timer;
  function poll() {
    timer = setInterval(async () => {
      const r = await ledger.fetch("/api/imports/" + importId + "/progress");
      if (!r.ok) return;
      const p = await r.json();
      $("phase").textContent = p.total > 0 ? `${p.phase}：${p.done} / ${p.total} 户` : p.phase;
      if (p.total > 0) $("bar").value = 100 * p.done / p.total;
    }, 500);
  }
  xhr.onload = () => {
    clearInterval(timer);
    if (xhr.status === 401) { location.assign("/signin/index.html?return=/import/index.html"); return; }
    const body = JSON.parse(xhr.responseText);
    if (xhr.status !== 200) { $("phase").textContent = (body.title || "导入失败") + "：" + JSON.stringify(body.errors || body.detail); return; }
    $("phase").textContent = "导入完成"; $("bar").value = 100;
    for (const k of ["households", "imported", "skipped", "rejected"]) $(k).textContent = body[k];
    reportLinks(body.importId, body.errors.length);
    const tbody = $("errors").querySelector("tbody");
    tbody.replaceChildren();
    for (const e of body.errors.slice(0, 500)) {
      const tr = tbody.insertRow();
      for (const v of [e.file, e.row, e.reason]) tr.insertCell().textContent = v;
    }
    $("result").hidden = false;
  };
  xhr.onerror = () => { clearInterval(timer); $("phase").textContent = "网络错误，导入未完成"; };
  xhr.send(data);
});

function downloadLink(label, url) {
  const link = document.createElement("a");
  link.href = "#";
  link.textContent = label;
  link.addEventListener("click", event => { event.preventDefault(); ledger.download(url).catch(e => { $("phase").textContent = e.message; }); });
  return link;
}

function reportLinks(importId, count) {
  $("reportLinks").replaceChildren("错误报告：", downloadLink("CSV", `/api/imports/${importId}/report.csv`), " · ",
    downloadLink("Excel", `/api/imports/${importId}/report.xlsx`), `（共 ${count} 行）`);
}

$("template").addEventListener("click", event => { event.preventDefault(); ledger.download("/api/imports/template.csv"); });
