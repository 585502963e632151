namespace Assistance.Host.Import;

/// <summary>The upload page (zh-CN): choose a roster, watch upload and import progress, download the error report.</summary>
public static class UploadPage
{
    public const string Html = """
<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>低保花名册导入</title>
<style>
  body { font-family: "Microsoft YaHei", "PingFang SC", sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
  progress { width: 100%; height: 1.2rem; }
  table { border-collapse: collapse; width: 100%; margin-top: 1rem; }
  th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; }
  .summary span { margin-right: 1.5rem; }
  .hint { color: #666; font-size: .9rem; }
</style>
</head>
<body>
<h1>低保花名册导入（存量数据迁移）</h1>
<p class="hint">每行一名家庭成员，第1行为表头：户编号、县区代码、乡镇、村、城乡、救助类别、纳入年月、月保障金、姓名、身份证号、与户主关系、残疾等级。
支持 .csv 与 .xlsx。有错误行的家庭整户不导入；同一文件重复导入不会重复建档。<a href="/api/imports/template.csv">下载模板</a></p>
<form id="form">
  <input type="file" id="file" name="file" accept=".csv,.xlsx" required>
  <button type="submit">开始导入</button>
</form>
<p id="phase"></p>
<progress id="bar" max="100" value="0" hidden></progress>
<div id="result" hidden>
  <p class="summary"><span>家庭总数：<b id="households"></b></span><span>本次导入：<b id="imported"></b></span>
  <span>已导入跳过：<b id="skipped"></b></span><span>未导入：<b id="rejected"></b></span></p>
  <p id="reportLinks"></p>
  <table id="errors"><thead><tr><th>文件</th><th>行号</th><th>原因</th></tr></thead><tbody></tbody></table>
</div>
<script>
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
  $("bar").hidden = false; $("result").hidden = true;
  xhr.upload.onprogress = e => { if (e.lengthComputable) { $("phase").textContent = "正在上传…"; $("bar").value = 100 * e.loaded / e.total; } };
  xhr.upload.onload = () => { $("phase").textContent = "正在校验和写入…"; $("bar").removeAttribute("value"); poll(); };
  let timer;
  function poll() {
    timer = setInterval(async () => {
      const r = await fetch("/api/imports/" + importId + "/progress");
      if (!r.ok) return;
      const p = await r.json();
      $("phase").textContent = p.total > 0 ? `${p.phase}：${p.done} / ${p.total} 户` : p.phase;
      if (p.total > 0) $("bar").value = 100 * p.done / p.total;
    }, 500);
  }
  xhr.onload = () => {
    clearInterval(timer);
    const body = JSON.parse(xhr.responseText);
    if (xhr.status !== 200) { $("phase").textContent = (body.title || "导入失败") + "：" + JSON.stringify(body.errors || body.detail); return; }
    $("phase").textContent = "导入完成"; $("bar").value = 100;
    for (const k of ["households", "imported", "skipped", "rejected"]) $(k).textContent = body[k];
    $("reportLinks").innerHTML = `错误报告：<a href="/api/imports/${body.importId}/report.csv">CSV</a> · <a href="/api/imports/${body.importId}/report.xlsx">Excel</a>（共 ${body.errors.length} 行）`;
    const tbody = $("errors").querySelector("tbody");
    tbody.innerHTML = "";
    for (const e of body.errors.slice(0, 500)) {
      const tr = tbody.insertRow();
      for (const v of [e.file, e.row, e.reason]) tr.insertCell().textContent = v;
    }
    $("result").hidden = false;
  };
  xhr.onerror = () => { clearInterval(timer); $("phase").textContent = "网络错误，导入未完成"; };
  xhr.send(data);
});
</script>
</body>
</html>
""";
}
