// SupportBot insights dashboard (supervisors). No framework, no chart library: the charts are SVG drawn here, and every
// chart has a table with the same numbers for screen readers. Data (comments above all) is only ever put into the page
// with textContent / createTextNode, never parsed as HTML.
(function () {
  'use strict';

  var shared = window.SupportBotConsole;
  var SVG = 'http://www.w3.org/2000/svg';
  var DAY_MS = 86400000;

  var UI = {
    es: {
      title: 'Panel de indicadores', backToConsole: 'Consola de agentes', signInTitle: 'Entrar', tokenLabel: 'Token de agente',
      signIn: 'Entrar', signOut: 'Salir', badToken: 'Token no válido.', serverError: 'No se pudo contactar con el servidor.', langToggle: 'English',
      forbidden: 'Este panel es solo para supervisores.', from: 'Desde', to: 'Hasta', quickRange: 'Rango rápido',
      last7: 'Últimos 7 días', last30: 'Últimos 30 días', last90: 'Últimos 90 días', channel: 'Canal', allChannels: 'Todos los canales',
      language: 'Idioma', allLanguages: 'Todos los idiomas', downloadCsv: 'Descargar CSV', summary: 'Resumen',
      nps: 'NPS', csat: 'CSAT %', responses: 'Respuestas', responseRate: 'Encuestas completadas', invitationRate: 'Invitaciones respondidas',
      escalations: 'Escalados', savedRate: 'Clientes salvados', winBack: 'Nota tras la atención (1–5)',
      trendTitle: 'NPS y CSAT % en el tiempo', csatDistribution: 'Distribución de CSAT (1–5)', npsDistribution: 'Distribución de NPS (0–10)',
      byReason: 'Escalados por motivo', timeToClaim: 'Tiempo hasta reclamar frente al SLA (minutos)', outcomes: 'Resultados de retención',
      bySegment: 'Por canal e idioma', negativeAspects: 'Aspectos con opiniones negativas', noData: 'Sin datos en este periodo.',
      median: 'Mediana', p90: 'Percentil 90', sla: 'SLA', withinSla: 'Dentro del SLA', claimed: 'Reclamados', unclaimedPastSla: 'Sin reclamar fuera de SLA',
      priority: 'Prioridad', score: 'Nota', count: 'Número', reason: 'Motivo', outcome: 'Resultado', saved: 'Salvado', yes: 'sí', no: 'no',
      bucket: 'Periodo', weekOf: 'semana del {0}', answers: '{0} respuestas', ofStarted: '{0} de {1} empezadas', ofSent: '{0} de {1} enviadas',
      remindersSent: '{0} recordatorios', noInvitationData: 'sin datos de invitaciones', ofResolved: '{0} de {1} resueltos', answersCount: '{0} respuestas',
      promoters: 'promotores − detractores', shareOf45: 'notas 4–5', channelHeader: 'Canal', languageHeader: 'Idioma', mentions: 'opiniones: {0}',
      range: 'Del {0} al {1} ({2}).', loadFailed: 'No se pudieron cargar los datos.', badFilter: 'Revisa las fechas: {0}', csvFailed: 'No se pudo descargar el CSV.',
      'priority.All': 'Todas', 'priority.Urgent': 'Urgente', 'priority.High': 'Alta', 'priority.Normal': 'Normal', 'priority.Low': 'Baja',
      'language.Spanish': 'Español', 'language.English': 'Inglés',
      'reason.DetractorNps': 'Detractor (NPS)', 'reason.LowCsat': 'CSAT bajo', 'reason.NegativeComment': 'Comentario negativo',
      'reason.HighScoreNegativeComment': 'Nota alta, comentario negativo', 'reason.LowScorePositiveComment': 'Nota baja, comentario positivo',
      'reason.ChurnIntent': 'Quiere darse de baja', 'reason.RepeatedNegative': 'Varios mensajes negativos', 'reason.CustomerRequest': 'Pidió una persona',
      'aspect.Delivery': 'Entrega', 'aspect.Product': 'Producto', 'aspect.Support': 'Atención', 'aspect.Billing': 'Facturación', 'aspect.Returns': 'Devoluciones',
      'outcome.Retained': 'Retenido', 'outcome.Refund': 'Reembolso', 'outcome.Replacement': 'Sustitución', 'outcome.Discount': 'Descuento',
      'outcome.Lost': 'Perdido', 'outcome.NoResponse': 'Sin respuesta'
    },
    en: {
      title: 'Insights dashboard', backToConsole: 'Agent console', signInTitle: 'Sign in', tokenLabel: 'Agent token',
      signIn: 'Sign in', signOut: 'Sign out', badToken: 'Invalid token.', serverError: 'Could not reach the server.', langToggle: 'Español',
      forbidden: 'This dashboard is for supervisors only.', from: 'From', to: 'To', quickRange: 'Quick range',
      last7: 'Last 7 days', last30: 'Last 30 days', last90: 'Last 90 days', channel: 'Channel', allChannels: 'All channels',
      language: 'Language', allLanguages: 'All languages', downloadCsv: 'Download CSV', summary: 'Summary',
      nps: 'NPS', csat: 'CSAT %', responses: 'Responses', responseRate: 'Surveys completed', invitationRate: 'Invitations answered',
      escalations: 'Escalations', savedRate: 'Customers saved', winBack: 'Score after handoff (1–5)',
      trendTitle: 'NPS and CSAT % over time', csatDistribution: 'CSAT distribution (1–5)', npsDistribution: 'NPS distribution (0–10)',
      byReason: 'Escalations by reason', timeToClaim: 'Time to claim vs SLA (minutes)', outcomes: 'Retention outcomes',
      bySegment: 'By channel and language', negativeAspects: 'Aspects in negative feedback', noData: 'No data in this period.',
      median: 'Median', p90: '90th percentile', sla: 'SLA', withinSla: 'Within SLA', claimed: 'Claimed', unclaimedPastSla: 'Unclaimed past SLA',
      priority: 'Priority', score: 'Score', count: 'Count', reason: 'Reason', outcome: 'Outcome', saved: 'Saved', yes: 'yes', no: 'no',
      bucket: 'Period', weekOf: 'week of {0}', answers: '{0} answers', ofStarted: '{0} of {1} started', ofSent: '{0} of {1} sent',
      remindersSent: '{0} reminders', noInvitationData: 'no invitation data', ofResolved: '{0} of {1} resolved', answersCount: '{0} answers',
      promoters: 'promoters − detractors', shareOf45: 'scores 4–5', channelHeader: 'Channel', languageHeader: 'Language', mentions: 'mentions: {0}',
      range: '{0} to {1} ({2}).', loadFailed: 'The figures could not be loaded.', badFilter: 'Check the dates: {0}', csvFailed: 'The CSV could not be downloaded.',
      'priority.All': 'All', 'priority.Urgent': 'Urgent', 'priority.High': 'High', 'priority.Normal': 'Normal', 'priority.Low': 'Low',
      'language.Spanish': 'Spanish', 'language.English': 'English',
      'reason.DetractorNps': 'Detractor (NPS)', 'reason.LowCsat': 'Low CSAT', 'reason.NegativeComment': 'Negative comment',
      'reason.HighScoreNegativeComment': 'High score, negative comment', 'reason.LowScorePositiveComment': 'Low score, positive comment',
      'reason.ChurnIntent': 'Wants to leave', 'reason.RepeatedNegative': 'Repeated negative messages', 'reason.CustomerRequest': 'Asked for a person',
      'aspect.Delivery': 'Delivery', 'aspect.Product': 'Product', 'aspect.Support': 'Support', 'aspect.Billing': 'Billing', 'aspect.Returns': 'Returns',
      'outcome.Retained': 'Retained', 'outcome.Refund': 'Refund', 'outcome.Replacement': 'Replacement', 'outcome.Discount': 'Discount',
      'outcome.Lost': 'Lost', 'outcome.NoResponse': 'No response'
    }
  };

  var state = { lang: 'es', token: null, me: null, report: null, today: null, loading: 0 };

  function $(id) { return document.getElementById(id); }

  function t(key) { return shared.translate(UI[state.lang], key, Array.prototype.slice.call(arguments, 1)); }

  // A known code in the page's language; anything else shown as it came (always as text).
  function label(prefix, value) {
    return UI[state.lang][prefix + value] !== undefined ? t(prefix + value) : String(value);
  }

  var clear = shared.clear;
  var el = shared.el;

  function svg(tag, attributes, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, String(attributes[name])); });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  // Numbers as the page's language writes them: "33,3" in Spanish, "33.3" in English; "—" for no data.
  function num(value, digits) {
    if (value === null || value === undefined) { return '—'; }
    return new Intl.NumberFormat(state.lang === 'es' ? 'es-ES' : 'en-GB', { maximumFractionDigits: digits === undefined ? 1 : digits, useGrouping: false }).format(value);
  }

  function formatDay(iso) {
    var parts = iso.split('-');
    return new Intl.DateTimeFormat(state.lang === 'es' ? 'es-ES' : 'en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })
      .format(new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2])));
  }

  function addDays(iso, days) {
    var parts = iso.split('-');
    return new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2]) + days * DAY_MS).toISOString().slice(0, 10);
  }

  // ---- language ----

  function applyLanguage() {
    document.documentElement.lang = state.lang;
    var nodes = document.querySelectorAll('[data-i18n]');
    for (var i = 0; i < nodes.length; i++) { nodes[i].textContent = t(nodes[i].getAttribute('data-i18n')); }
    var labelled = document.querySelectorAll('[data-i18n-label]');
    for (var j = 0; j < labelled.length; j++) { labelled[j].setAttribute('aria-label', t(labelled[j].getAttribute('data-i18n-label'))); }
    document.title = t('title');
    $('lang-toggle').textContent = t('langToggle');
    if (state.report) { render(state.report); }
  }

  // ---- HTTP ----

  function request(path) {
    return fetch(path, { headers: { Authorization: 'Bearer ' + state.token }, cache: 'no-store' }).then(function (response) {
      if (response.status === 401) { signOut(t('badToken')); throw new Error('401'); }
      return response;
    });
  }

  function json(path) {
    return request(path).then(function (response) {
      return response.text().then(function (text) {
        var data = text ? JSON.parse(text) : null;
        if (!response.ok) { var error = new Error(String(response.status)); error.status = response.status; error.data = data; throw error; }
        return data;
      });
    });
  }

  function query() {
    var parts = [];
    var add = function (name, value) { if (value) { parts.push(name + '=' + encodeURIComponent(value)); } };
    add('from', $('from').value);
    add('to', $('to').value);
    add('channel', $('channel').value);
    add('language', $('language').value);
    return parts.length ? '?' + parts.join('&') : '';
  }

  // ---- sign in ----

  function signIn(token) {
    state.token = token;
    return json('/api/agent/me').then(function (me) {
      state.me = me;
      shared.saveToken(token);
      $('signin').hidden = true;
      $('signout').hidden = false;
      $('agent-name').textContent = me.displayName;
      if (!me.supervisor) { $('forbidden').hidden = false; return null; }
      return load('');
    });
  }

  function signOut(message) {
    shared.forgetToken();
    state.token = null;
    state.me = null;
    state.report = null;
    $('dashboard').hidden = true;
    $('forbidden').hidden = true;
    $('signout').hidden = true;
    $('signin').hidden = false;
    $('agent-name').textContent = '';
    var error = $('signin-error');
    error.textContent = message || '';
    error.hidden = !message;
  }

  function load(search) {
    var ticket = ++state.loading;
    $('error').hidden = true;
    $('dashboard').setAttribute('aria-busy', 'true');
    return json('/api/insights' + search).then(function (report) {
      if (ticket !== state.loading) { return; }
      state.report = report;
      if (!state.today) { state.today = report.to; }
      $('dashboard').hidden = false;
      render(report);
      $('dashboard').setAttribute('aria-busy', 'false');
    }).catch(function (error) {
      if (ticket !== state.loading || error.message === '401') { return; }
      $('dashboard').setAttribute('aria-busy', 'false');
      if (error.status === 403) { $('forbidden').hidden = false; $('dashboard').hidden = true; return; }
      var box = $('error');
      box.textContent = error.status === 400 && error.data && error.data.detail ? t('badFilter', error.data.detail) : t('loadFailed');
      box.hidden = false;
    });
  }

  // ---- rendering ----

  function render(report) {
    $('from').value = report.from;
    $('to').value = report.to;
    renderChannels(report);
    $('language').value = report.language || '';
    $('range-note').textContent = t('range', formatDay(report.from), formatDay(report.to), report.timeZone);
    renderTiles(report);
    renderTrend(report);
    renderDistribution('chart-csat', report.csatDistribution, 1, function (score) { return score >= 4 ? 'promoter' : score === 3 ? 'passive' : 'detractor'; });
    renderDistribution('chart-nps', report.npsDistribution, 0, function (score) { return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor'; });
    renderReasons(report);
    renderClaim(report);
    renderOutcomes(report);
    renderSegments(report);
    renderAspects(report);
  }

  function renderChannels(report) {
    var select = $('channel');
    var chosen = report.channel || '';
    while (select.options.length > 1) { select.remove(1); }
    var channels = report.channels.slice();
    if (chosen && channels.indexOf(chosen) < 0) { channels.push(chosen); }
    channels.forEach(function (channel) {
      var option = el('option', null, channel);
      option.value = channel;
      select.appendChild(option);
    });
    select.value = chosen;
  }

  function tile(id, value, sub) {
    var node = $(id);
    node.querySelector('.value').textContent = value;
    node.querySelector('.sub').textContent = sub || '';
  }

  function renderTiles(report) {
    var rate = report.responseRate, retention = report.retention;
    tile('tile-nps', num(report.nps), t('answers', report.npsAnswers));
    tile('tile-csat', num(report.csatPercent), t('answers', report.csatAnswers));
    tile('tile-responses', num(report.responses, 0), '');
    tile('tile-response-rate', num(rate.completionPercent), t('ofStarted', rate.completed, rate.started));
    tile('tile-invitation-rate', num(rate.invitationPercent),
      rate.invitationsSent === null ? t('noInvitationData') : t('ofSent', rate.invitationsAnswered, rate.invitationsSent) + ' · ' + t('remindersSent', rate.remindersSent));
    tile('tile-escalations', num(report.escalations, 0), '');
    tile('tile-saved', num(retention.savedPercent), t('ofResolved', retention.saved, retention.resolved));
    tile('tile-winback', num(retention.winBackScore, 2), t('answersCount', retention.winBackAnswers));
  }

  function table(figure, headers, rows) {
    var data = $(figure).querySelector('table.data') || $(figure);
    clear(data);
    var head = el('tr');
    headers.forEach(function (text) { var th = el('th', null, text); th.scope = 'col'; head.appendChild(th); });
    data.appendChild(el('thead')).appendChild(head);
    var body = data.appendChild(el('tbody'));
    rows.forEach(function (cells) {
      var tr = el('tr');
      cells.forEach(function (text, i) {
        var cell = el(i === 0 ? 'th' : 'td', i === 0 ? null : 'num', text);
        if (i === 0) { cell.scope = 'row'; }
        tr.appendChild(cell);
      });
      body.appendChild(tr);
    });
    return data;
  }

  function plot(figure, width, height, description) {
    var container = $(figure).querySelector('.plot');
    clear(container);
    var root = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': description });
    container.appendChild(root);
    return root;
  }

  function bucketLabel(report, iso) { return report.bucket === 'Week' ? t('weekOf', formatDay(iso)) : formatDay(iso); }

  function renderTrend(report) {
    var points = report.trend;
    var width = 1000, height = 240, left = 36, right = 16, top = 10, bottom = 28;
    var description = t('trendTitle') + ': ' + points.filter(function (p) { return p.responses > 0; }).map(function (p) {
      return bucketLabel(report, p.start) + ' ' + t('nps') + ' ' + num(p.nps) + ', ' + t('csat') + ' ' + num(p.csatPercent);
    }).join('; ');
    var root = plot('chart-trend', width, height, description);
    var x = function (i) { return left + (points.length <= 1 ? (width - left - right) / 2 : i * (width - left - right) / (points.length - 1)); };
    var y = function (v) { return top + (100 - v) * (height - top - bottom) / 200; };
    [-100, -50, 0, 50, 100].forEach(function (v) {
      root.appendChild(svg('line', { x1: left, x2: width - right, y1: y(v), y2: y(v), 'class': v === 0 ? 'axis' : 'grid-line' }));
      root.appendChild(svg('text', { x: left - 4, y: y(v) + 3, 'text-anchor': 'end', 'class': 'tick' }, num(v, 0)));
    });
    var every = Math.max(1, Math.ceil(points.length / 10));
    points.forEach(function (p, i) {
      if (i % every === 0) { root.appendChild(svg('text', { x: x(i), y: height - 8, 'text-anchor': 'middle', 'class': 'tick' }, formatDay(p.start))); }
    });
    [['nps', 'nps'], ['csatPercent', 'csat']].forEach(function (series) {
      var path = '', pen = 'M';
      points.forEach(function (p, i) {
        var v = p[series[0]];
        if (v === null) { pen = 'M'; return; }
        path += pen + x(i).toFixed(1) + ' ' + y(v).toFixed(1) + ' ';
        pen = 'L';
        root.appendChild(svg('circle', { cx: x(i), cy: y(v), r: 3, 'class': 'dot ' + series[1] }));
      });
      if (path) { root.appendChild(svg('path', { d: path.trim(), 'class': 'line ' + series[1] })); }
    });
    table('chart-trend', [t('bucket'), t('responses'), t('nps'), t('csat')], points.map(function (p) {
      return [bucketLabel(report, p.start), num(p.responses, 0), num(p.nps), num(p.csatPercent)];
    }));
  }

  // Vertical bars: one per item, value labels on top.
  function bars(figure, items, description) {
    var width = 360, height = 180, left = 10, top = 16, bottom = 22;
    var root = plot(figure, width, height, description);
    var max = Math.max.apply(null, items.map(function (item) { return item.value; }).concat([1]));
    var slot = (width - 2 * left) / Math.max(items.length, 1);
    root.appendChild(svg('line', { x1: left, x2: width - left, y1: height - bottom, y2: height - bottom, 'class': 'axis' }));
    items.forEach(function (item, i) {
      var h = item.value * (height - top - bottom) / max;
      var x = left + i * slot + slot * 0.15;
      root.appendChild(svg('rect', { x: x, y: height - bottom - h, width: slot * 0.7, height: h, 'class': 'bar ' + (item.kind || '') }));
      root.appendChild(svg('text', { x: x + slot * 0.35, y: height - bottom - h - 3, 'text-anchor': 'middle', 'class': 'bar-label' }, num(item.value, 0)));
      root.appendChild(svg('text', { x: x + slot * 0.35, y: height - 6, 'text-anchor': 'middle', 'class': 'tick' }, item.label));
    });
  }

  // Horizontal bars, for long labels.
  function rows(figure, items, description) {
    var width = 360, row = 22, labelWidth = 170, height = Math.max(1, items.length) * row + 8;
    var root = plot(figure, width, height, description);
    var max = Math.max.apply(null, items.map(function (item) { return item.value; }).concat([1]));
    items.forEach(function (item, i) {
      var w = item.value * (width - labelWidth - 40) / max;
      var y = 4 + i * row;
      root.appendChild(svg('text', { x: labelWidth - 6, y: y + 14, 'text-anchor': 'end', 'class': 'tick' }, item.label));
      root.appendChild(svg('rect', { x: labelWidth, y: y + 3, width: w, height: row - 8, 'class': 'bar ' + (item.kind || '') }));
      root.appendChild(svg('text', { x: labelWidth + w + 4, y: y + 14, 'class': 'bar-label' }, num(item.value, 0)));
    });
  }

  function renderDistribution(figure, counts, first, kind) {
    var items = counts.map(function (count, i) { return { label: String(first + i), value: count, kind: kind(first + i) }; });
    var caption = $(figure).querySelector('figcaption').textContent;
    bars(figure, items, caption + ': ' + items.map(function (item) { return item.label + ' → ' + num(item.value, 0); }).join(', '));
    table(figure, [t('score'), t('count')], items.map(function (item) { return [item.label, num(item.value, 0)]; }));
  }

  function renderReasons(report) {
    var items = report.escalationsByReason.map(function (r) { return { label: label('reason.', r.reason), value: r.count, code: r.reason }; });
    rows('chart-reasons', items, t('byReason') + ': ' + (items.length ? items.map(function (item) { return item.label + ' ' + num(item.value, 0); }).join(', ') : t('noData')));
    var data = table('chart-reasons', [t('reason'), t('count')], items.map(function (item) { return [item.label, num(item.value, 0)]; }));
    var trs = data.querySelectorAll('tbody tr');
    for (var i = 0; i < trs.length; i++) { trs[i].setAttribute('data-reason', items[i].code); }
  }

  function renderClaim(report) {
    var claims = report.timeToClaim;
    var width = 360, row = 34, labelWidth = 80, height = Math.max(1, claims.length) * row + 8;
    var max = 1;
    claims.forEach(function (c) { max = Math.max(max, c.medianMinutes || 0, c.p90Minutes || 0, c.slaMinutes || 0); });
    var description = t('timeToClaim') + ': ' + claims.map(function (c) {
      return label('priority.', c.priority) + ' ' + t('median') + ' ' + num(c.medianMinutes) + ', ' + t('p90') + ' ' + num(c.p90Minutes) + ', ' + t('sla') + ' ' + num(c.slaMinutes);
    }).join('; ');
    var root = plot('chart-claim', width, height, description);
    var scale = function (v) { return (v || 0) * (width - labelWidth - 40) / max; };
    claims.forEach(function (c, i) {
      var y = 4 + i * row;
      root.appendChild(svg('text', { x: labelWidth - 6, y: y + 18, 'text-anchor': 'end', 'class': 'tick' }, label('priority.', c.priority)));
      root.appendChild(svg('rect', { x: labelWidth, y: y + 3, width: scale(c.medianMinutes), height: 12, 'class': 'bar median' }));
      root.appendChild(svg('rect', { x: labelWidth, y: y + 16, width: scale(c.p90Minutes), height: 12, 'class': 'bar p90' }));
      root.appendChild(svg('text', { x: labelWidth + Math.max(scale(c.medianMinutes), scale(c.p90Minutes)) + 4, y: y + 18, 'class': 'bar-label' },
        num(c.medianMinutes) + ' / ' + num(c.p90Minutes)));
      if (c.slaMinutes !== null) {
        root.appendChild(svg('line', { x1: labelWidth + scale(c.slaMinutes), x2: labelWidth + scale(c.slaMinutes), y1: y, y2: y + row - 2, 'class': 'sla-mark' }));
      }
    });
    table('chart-claim', [t('priority'), t('claimed'), t('median'), t('p90'), t('sla'), t('withinSla'), t('unclaimedPastSla')], claims.map(function (c) {
      return [label('priority.', c.priority), num(c.claimed, 0), num(c.medianMinutes), num(c.p90Minutes), num(c.slaMinutes), num(c.withinSlaPercent), num(c.unclaimedPastSla, 0)];
    }));
  }

  function renderOutcomes(report) {
    var items = report.retention.outcomes.map(function (o) {
      return { label: label('outcome.', o.outcome), value: o.count, kind: o.saved ? 'saved' : 'not-saved', saved: o.saved };
    });
    rows('chart-outcomes', items, t('outcomes') + ': ' + items.map(function (item) { return item.label + ' ' + num(item.value, 0); }).join(', '));
    table('chart-outcomes', [t('outcome'), t('count'), t('saved')], items.map(function (item) { return [item.label, num(item.value, 0), item.saved ? t('yes') : t('no')]; }));
  }

  function renderSegments(report) {
    var segmentRows = function (list, name) {
      return list.map(function (s) { return [name(s.key), num(s.responses, 0), num(s.nps), num(s.csatPercent)]; });
    };
    table('by-channel', [t('channelHeader'), t('responses'), t('nps'), t('csat')], segmentRows(report.byChannel, function (key) { return key; }));
    table('by-language', [t('languageHeader'), t('responses'), t('nps'), t('csat')], segmentRows(report.byLanguage, function (key) { return label('language.', key); }));
  }

  function renderAspects(report) {
    var list = $('aspects');
    clear(list);
    $('aspects-empty').hidden = report.negativeAspects.length > 0;
    report.negativeAspects.forEach(function (aspect) {
      var item = el('li');
      item.setAttribute('data-aspect', aspect.aspect);
      item.appendChild(el('span', 'aspect-name', label('aspect.', aspect.aspect)));
      item.appendChild(el('span', 'count', t('mentions', aspect.count)));
      aspect.examples.forEach(function (comment) { item.appendChild(el('blockquote', 'example', comment)); });
      list.appendChild(item);
    });
  }

  // ---- actions ----

  function quickRange(days) {
    var today = state.today || $('to').value;
    if (!today) { return; }
    $('to').value = today;
    $('from').value = addDays(today, 1 - days);
    load(query());
  }

  function downloadCsv() {
    request('/api/insights.csv' + query()).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.blob();
    }).then(function (blob) {
      var link = el('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'insights-' + $('from').value + '-' + $('to').value + '.csv';
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
    }).catch(function (error) {
      if (error.message === '401') { return; }
      var box = $('error');
      box.textContent = t('csvFailed');
      box.hidden = false;
    });
  }

  function wire() {
    shared.wireSession({ state: state, applyLanguage: applyLanguage, signIn: signIn, signOut: signOut, t: t });
    $('filters').addEventListener('submit', function (event) { event.preventDefault(); load(query()); });
    ['from', 'to', 'channel', 'language'].forEach(function (id) {
      $(id).addEventListener('change', function () { if ($('from').value && $('to').value) { load(query()); } });
    });
    var ranges = document.querySelectorAll('.range');
    for (var i = 0; i < ranges.length; i++) {
      ranges[i].addEventListener('click', function (event) { quickRange(parseInt(event.currentTarget.getAttribute('data-days'), 10)); });
    }
    $('csv').addEventListener('click', downloadCsv);
  }

  document.addEventListener('DOMContentLoaded', function () {
    state.lang = shared.chooseLanguage();
    wire();
    applyLanguage();
    var saved = shared.savedToken();
    if (saved) { signIn(saved).catch(function () { }); }
  });
}());
