// 登录: exchanges name and password for a token, keeps it for this tab, and goes back to the page that asked for it.
const $ = id => document.getElementById(id);

// Only a path of this site may be returned to, never another site named in the link.
function returnPath() {
  const target = new URLSearchParams(location.search).get("return") || "/dashboard/index.html";
  return target.startsWith("/") && !target.startsWith("//") && !target.startsWith("/\\") ? target : "/dashboard/index.html";
}

$("signin").addEventListener("submit", async event => {
  event.preventDefault();
  $("message").textContent = "";
  $("submit").disabled = true;
  try {
    const response = await fetch("/auth/token", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ userName: $("userName").value, password: $("password").value }),
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      $("message").textContent = body.title ? `${body.title}：${body.detail || ""}` : `登录失败（${response.status}）`;
      return;
    }
    sessionStorage.setItem("ledger.session", JSON.stringify(body));
    location.assign(returnPath());
  } catch {
    $("message").textContent = "无法连接台账服务，请稍后重试。";
  } finally {
    $("submit").disabled = false;
  }
});
