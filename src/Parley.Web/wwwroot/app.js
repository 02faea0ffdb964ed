// Parley web UI: plain JavaScript, no build step. Talks only to this server's /api.
"use strict";

const $ = (id) => document.getElementById(id);
const state = {
  id: null, stored: null, scenario: null, dimension: null,
  baseline: null, current: null, edits: new Map(), inFlight: false, pending: null,
  latencies: [],
};
// Exposed for the browser tests, which read the measured slider latencies.
window.parley = state;

function esc(text) {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
function fmt(x) { return Number.isFinite(x) ? (Math.round(x * 10) / 10).toString() : "–"; }
function mediaType(fileName) {
  if (/\.json$/i.test(fileName)) return "application/json";
  if (/\.csv$/i.test(fileName)) return "text/csv";
  return "application/yaml";
}
async function api(path, init) {
  const response = await fetch(path, Object.assign({ credentials: "same-origin" }, init || {}));
  const type = response.headers.get("content-type") || "";
  const body = type.includes("json") ? await response.json() : await response.text();
  return { ok: response.ok, status: response.status, body };
}

// ---------------------------------------------------------------- scenarios
async function loadList(selectId) {
  const { body } = await api("/api/scenarios");
  const select = $("scenario-select");
  select.innerHTML = body.map((s) => `<option value="${esc(s.id)}">${esc(s.title)}</option>`).join("");
  const wanted = selectId || new URLSearchParams(location.search).get("scenario") || (body[0] && body[0].id);
  if (wanted) { select.value = wanted; await openScenario(wanted); }
}

async function openScenario(id) {
  const { ok, body } = await api(`/api/scenarios/${encodeURIComponent(id)}`);
  if (!ok) return;
  state.id = id; state.stored = body; state.edits.clear();
  $("editor").value = body.content;
  $("file-name").textContent = body.file_name;
  $("save").disabled = true;
  $("report-link").href = `/api/scenarios/${encodeURIComponent(id)}/report`;
  showProblems([]);
  renderGutter([]);
  $("analysis-chart").innerHTML = "";
  const first = await whatIf();
  state.baseline = first.forecast;
  state.scenario = first.forecast.scenario;
  $("title").textContent = first.forecast.scenario.title;
  $("question").textContent = first.forecast.scenario.question || "";
  state.dimensions = dimensionsOf(first.forecast);
  state.dimension = state.dimensions[0];
  await refreshActors();
  renderTabs();
  await update();
}

// Actors, scales and baseline stances for the sliders: the stored file as the server read it.
async function refreshActors() {
  const doc = await api(`/api/scenarios/${encodeURIComponent(state.id)}/scenario`);
  state.model = doc.ok ? doc.body : null;
}

function dimensionsOf(forecast) {
  return [...new Set(forecast.forecasts.map((f) => f.dimension))];
}

// ---------------------------------------------------------------- what-if
function editList() {
  return [...state.edits.entries()].map(([key, value]) => `${key}=${value}`);
}

async function whatIf() {
  const { ok, body } = await api("/api/whatif", {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ scenario_id: state.id, model: "all", dimension: state.dimension, set: editList() }),
  });
  if (!ok) throw new Error((body.problems || []).map((p) => p.message).join("; "));
  return body;
}

// Latest-wins: while one request is in flight, only the newest slider position waits.
async function update(startedAt) {
  if (state.inFlight) { state.pending = startedAt ?? performance.now(); return; }
  state.inFlight = true;
  const started = startedAt ?? performance.now();
  try {
    const result = await whatIf();
    state.current = result.forecast;
    $("chart").innerHTML = result.chart;
    renderHeadline();
    renderTable();
    const ms = performance.now() - started;
    state.latencies.push(ms);
    $("latency").textContent = `updated in ${Math.round(ms)} ms`;
  } catch (e) {
    $("latency").textContent = "what-if refused: " + e.message;
  } finally {
    state.inFlight = false;
    if (state.pending !== null) { const next = state.pending; state.pending = null; update(next); }
  }
}

function outcome(forecast, model, dimension) {
  const f = forecast && forecast.forecasts.find((x) => x.model === model && x.dimension === dimension);
  return f ? f.outcome : NaN;
}

function renderHeadline() {
  const d = state.dimension;
  const now = outcome(state.current, "mean", d), before = outcome(state.baseline, "mean", d);
  const change = now - before;
  $("headline").innerHTML = `Weighted mean on <strong>${esc(d)}</strong>: <span class="value" data-testid="headline-value">${fmt(now)}</span>` +
    (Math.abs(change) >= 0.05 ? ` <span class="muted">(${change > 0 ? "+" : ""}${fmt(change)} from ${fmt(before)})</span>` : "");
}

function renderTable() {
  const models = [...new Set(state.current.forecasts.map((f) => f.model))];
  const names = Object.fromEntries(state.current.forecasts.map((f) => [f.model, f.model_name]));
  let html = `<thead><tr><th>Dimension</th>${models.map((m) => `<th title="${esc(names[m])}">${esc(m)}</th>`).join("")}</tr></thead><tbody>`;
  for (const d of state.dimensions) {
    html += `<tr><td>${esc(d)}</td>`;
    for (const m of models) {
      const now = outcome(state.current, m, d), before = outcome(state.baseline, m, d), delta = now - before;
      const moved = Math.abs(delta) >= 0.05;
      html += `<td>${fmt(now)}<span class="delta${moved ? " moved" : ""}">${moved ? (delta > 0 ? "+" : "") + fmt(delta) : ""}</span></td>`;
    }
    html += "</tr>";
  }
  $("forecast-table").innerHTML = html + "</tbody>";
}

function renderTabs() {
  const tabs = $("dimension-tabs");
  tabs.innerHTML = state.dimensions.map((d) => `<button type="button" role="tab" data-dimension="${esc(d)}" aria-selected="${d === state.dimension}">${esc(labelOf(d))}</button>`).join("");
  tabs.querySelectorAll("button").forEach((b) => b.addEventListener("click", () => {
    state.dimension = b.dataset.dimension;
    renderTabs();
    $("analysis-chart").innerHTML = "";
    update();
  }));
  renderSliders();
}

function labelOf(dimensionId) {
  const d = state.model && state.model.dimensions.find((x) => x.id === dimensionId);
  return d ? d.label : dimensionId;
}

function renderSliders() {
  const box = $("sliders");
  const doc = state.model;
  if (!doc) { box.innerHTML = ""; return; }
  const dim = doc.dimensions.find((x) => x.id === state.dimension);
  const scale = dim.scale || { min: 0, max: 100 };
  const salienceMax = doc.salience_scale === 1 ? 1 : 100;
  const maxCapability = Math.max(...doc.actors.map((a) => a.capability)) * 2 || 100;
  const stance = (actor) => doc.stances.find((s) => s.actor === actor && s.dimension === state.dimension);
  box.innerHTML = doc.actors.map((a) => {
    const s = stance(a.id) || { position: scale.min, salience: 0 };
    return `<div class="actor" data-actor="${esc(a.id)}"><h3>${esc(a.id)} <span class="muted">${esc(a.name || "")}</span></h3>` +
      slider(`${a.id}.${state.dimension}.position`, "position", scale.min, scale.max, (scale.max - scale.min) / 100, s.position) +
      slider(`${a.id}.${state.dimension}.salience`, "salience", 0, salienceMax, salienceMax / 100, s.salience) +
      slider(`${a.id}.capability`, "capability", 0, maxCapability, maxCapability / 200, a.capability) + "</div>";
  }).join("");
  box.querySelectorAll("input[type=range]").forEach((input) => input.addEventListener("input", () => {
    const started = performance.now();
    input.nextElementSibling.textContent = fmt(Number(input.value));
    if (Number(input.value) === Number(input.dataset.baseline)) state.edits.delete(input.dataset.key);
    else state.edits.set(input.dataset.key, input.value);
    update(started);
  }));
}

function slider(key, label, min, max, step, value) {
  const current = state.edits.has(key) ? Number(state.edits.get(key)) : value;
  return `<label>${label}<input type="range" data-testid="slider-${esc(key)}" data-key="${esc(key)}" data-baseline="${value}" min="${min}" max="${max}" step="${step}" value="${current}"><output>${fmt(current)}</output></label>`;
}

$("reset").addEventListener("click", () => { state.edits.clear(); renderSliders(); update(); });

// ---------------------------------------------------------------- analyses
async function analysisChart(kind) {
  const params = new URLSearchParams({ dimension: state.dimension, model: "mean" });
  editList().forEach((e) => params.append("set", e));
  $("analysis-chart").innerHTML = `<p class="message">Working…</p>`;
  const { ok, body } = await api(`/api/scenarios/${encodeURIComponent(state.id)}/charts/${kind}?${params}`);
  $("analysis-chart").innerHTML = ok ? body : `<p class="message">${esc((body.problems || []).map((p) => p.message).join("; "))}</p>`;
}
$("simulate").addEventListener("click", () => analysisChart("distribution"));
$("leverage").addEventListener("click", () => analysisChart("leverage"));

$("dyad-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const params = new URLSearchParams({ source: $("dyad-source").value, target: $("dyad-target").value, period: $("dyad-period").value });
  const { ok, body } = await api(`/api/events/dyad.svg?${params}`);
  $("dyad-chart").innerHTML = ok ? body : `<p class="message">${esc((body.problems || []).map((p) => p.message).join("; "))}</p>`;
});

// ---------------------------------------------------------------- editor
let validateTimer = null;
$("editor").addEventListener("input", () => {
  $("save").disabled = false;
  renderGutter(state.lastProblems || []);
  clearTimeout(validateTimer);
  validateTimer = setTimeout(validateEditor, 250);
});
$("editor").addEventListener("scroll", () => { $("gutter").scrollTop = $("editor").scrollTop; });

async function validateEditor() {
  const name = state.stored ? state.stored.file_name : "scenario.yaml";
  const { body } = await api(`/api/validate?name=${encodeURIComponent(name)}`, { method: "POST", headers: { "Content-Type": mediaType(name) }, body: $("editor").value });
  showProblems(body.problems || []);
}

function showProblems(problems) {
  state.lastProblems = problems;
  const v = $("validation");
  v.className = problems.length ? "bad" : "ok";
  v.textContent = problems.length ? `${problems.length} problem${problems.length === 1 ? "" : "s"}` : "valid";
  $("problems").innerHTML = problems.map((p, i) =>
    `<li data-index="${i}"><span class="where">${p.line ? `line ${p.line}:${p.column}` : esc(p.file || "")}</span>${p.field ? `<strong>${esc(p.field)}</strong>: ` : ""}${esc(p.message)} <span class="rule">[${esc(p.rule)}]</span></li>`).join("");
  $("problems").querySelectorAll("li").forEach((li) => li.addEventListener("click", () => goToLine(problems[Number(li.dataset.index)].line)));
  renderGutter(problems);
}

function renderGutter(problems) {
  const lines = $("editor").value.split("\n").length;
  const bad = new Set(problems.filter((p) => p.line).map((p) => p.line));
  let html = "";
  for (let i = 1; i <= lines; i++) html += (bad.has(i) ? `<span class="bad">${i}</span>` : i) + "\n";
  $("gutter").innerHTML = html;
  $("gutter").scrollTop = $("editor").scrollTop;
}

function goToLine(line) {
  if (!line) return;
  const editor = $("editor");
  const lines = editor.value.split("\n");
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  editor.focus();
  editor.setSelectionRange(start, start + (lines[line - 1] || "").length);
  editor.scrollTop = Math.max(0, (line - 5) * 18);
}

$("save").addEventListener("click", async () => {
  const name = state.stored.file_name;
  const { ok, body } = await api(`/api/scenarios/${encodeURIComponent(state.id)}?name=${encodeURIComponent(name)}`, { method: "PUT", headers: { "Content-Type": mediaType(name) }, body: $("editor").value });
  if (!ok) { showProblems(body.problems || []); return; }
  await loadList(state.id);
});

$("scenario-select").addEventListener("change", (e) => openScenario(e.target.value));

// The upload form posts multipart data with the anti-forgery token the server issued.
$("upload-file").addEventListener("change", async () => {
  const file = $("upload-file").files[0];
  if (!file) return;
  const { body: anti } = await api("/api/antiforgery");
  const form = new FormData();
  form.append("file", file);
  form.append(anti.field, anti.token);
  const { ok, body } = await api("/api/scenarios/upload", { method: "POST", body: form });
  $("upload-file").value = "";
  if (ok) { await loadList(body.id); return; }
  // Show the file with its problems so the lines they point at are visible.
  $("editor").value = await file.text();
  $("file-name").textContent = file.name + " (not stored)";
  $("save").disabled = true;
  showProblems(body.problems || []);
});

loadList();
