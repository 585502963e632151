// Sign-in for every page. The token lives in sessionStorage (gone when the tab closes) and goes with every API call;
// an answer of 401 (no token, or an expired one) keeps what was typed on the page, then goes to the sign-in page,
// which comes back here afterwards.
(() => {
  const KEY = "ledger.session";
  const DRAFTS = "ledger.drafts:" + location.pathname;
  const read = () => { try { return JSON.parse(sessionStorage.getItem(KEY)); } catch { return null; } };
  const signInUrl = () => "/signin/index.html?return=" + encodeURIComponent(location.pathname + location.search);

  function keepDrafts() {
    const values = {};
    for (const field of document.querySelectorAll("input[id], select[id], textarea[id]"))
      if (field.type !== "password" && field.type !== "file") values[field.id] = field.value;
    sessionStorage.setItem(DRAFTS, JSON.stringify(values));
  }

  function restoreDrafts() {
    const kept = sessionStorage.getItem(DRAFTS);
    if (!kept) return;
    sessionStorage.removeItem(DRAFTS);
    for (const [id, value] of Object.entries(JSON.parse(kept))) {
      const field = document.getElementById(id);
      if (field && field.tagName !== "SELECT") field.value = value;
    }
  }

  function toSignIn() {
    keepDrafts();
    sessionStorage.removeItem(KEY);
    location.assign(signInUrl());
  }

  const session = read();
  if (!session || new Date(session.expiresAt) <= new Date()) {
    location.replace(signInUrl());
    return;
  }

  const roleNames = { Caseworker: "经办人", Approver: "审批人", Auditor: "审计人员", Administrator: "系统管理员" };

  // A double click or a retry of the same command within ten minutes sends the same key, so the ledger answers it once;
  // a body that is not text (an uploaded file) gets a key of its own.
  async function idempotencyKey(method, url, body) {
    if (typeof body !== "string" || !crypto.subtle) return crypto.randomUUID();
    const text = `${method} ${url} ${Math.floor(Date.now() / 600000)} ${body}`;
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest), b => b.toString(16).padStart(2, "0")).join("");
  }

  window.ledger = {
    user: session.user,
    authorization: () => "Bearer " + (read()?.token ?? ""),
    async fetch(url, options = {}) {
      const headers = new Headers(options.headers || {});
      headers.set("Authorization", ledger.authorization());
      const method = (options.method || "GET").toUpperCase();
      if (method !== "GET" && !headers.has("Idempotency-Key")) headers.set("Idempotency-Key", await idempotencyKey(method, url, options.body));
      const response = await fetch(url, { ...options, headers });
      if (response.status === 401) { toSignIn(); throw new Error("登录已失效，请重新登录"); }
      return response;
    },
    async getJson(url) {
      const response = await ledger.fetch(url);
      const body = await response.json();
      if (!response.ok) throw new Error(body.detail || body.title || `请求失败（${response.status}）`);
      return body;
    },
    // Downloads go through fetch too, so that the token goes with them (a plain link could not carry it).
    async download(url) {
      const response = await ledger.fetch(url);
      if (!response.ok) {
        const body = await response.json().catch(() => ({}));
        throw new Error(body.detail || body.title || `下载失败（${response.status}）`);
      }
      const name = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get("Content-Disposition") || "");
      const link = document.createElement("a");
      link.href = URL.createObjectURL(await response.blob());
      link.download = name ? decodeURIComponent(name[1]) : "download";
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    },
    signOut() {
      sessionStorage.removeItem(KEY);
      location.assign("/signin/index.html");
    },
  };

  function userBar() {
    const bar = document.createElement("div");
    bar.className = "ledger-user-bar";
    bar.id = "user-bar";
    const who = document.createElement("span");
    const roles = (session.user.roles || []).map(r => roleNames[r] || r).join("、");
    const counties = (session.user.counties || []).includes("*") ? "全部县（市、区）" : (session.user.counties || []).join("、");
    who.textContent = `${session.user.name}（${roles}；${counties}${session.user.township ? "；" + session.user.township : ""}）`;
    const nav = document.createElement("nav");
    for (const [href, label] of [["/dashboard/index.html", "统计看板"], ["/worklists/index.html", "工作清单"], ["/import/index.html", "花名册导入"]]) {
      const link = document.createElement("a");
      link.href = href;
      link.textContent = label;
      nav.append(link);
    }
    const out = document.createElement("button");
    out.type = "button";
    out.id = "sign-out";
    out.textContent = "退出登录";
    out.addEventListener("click", () => ledger.signOut());
    bar.append(who, nav, out);
    document.body.prepend(bar);
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = "/shared/session.css";
    document.head.append(style);
  }

  document.addEventListener("DOMContentLoaded", () => { userBar(); restoreDrafts(); });
})();
