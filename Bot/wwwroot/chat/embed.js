// SupportBot chat bubble for a shop's pages:
//   <script src="https://bot.example/embed.js" data-order="A1001" data-customer="C42" data-sig="…" data-lang="es" defer></script>
// Opens the chat page of the bot that served this script in a frame; the data attributes become the page's query
// parameters (order, customer, sig, lang), so the chat starts with that order as context. The bot must list the shop's
// origin in WebChat:EmbedOrigins to be framed there.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) {
    return;
  }

  var origin = new URL(script.src).origin;
  var query = new URLSearchParams();
  ['order', 'customer', 'sig', 'lang'].forEach(function (name) {
    var value = script.getAttribute('data-' + name);
    if (value) {
      query.set(name, value);
    }
  });
  var spanish = (script.getAttribute('data-lang') || navigator.language || '').toLowerCase().indexOf('en') !== 0;
  var labels = spanish ? { open: 'Abrir el chat', close: 'Cerrar el chat', title: 'Chat de atención al cliente' }
                       : { open: 'Open the chat', close: 'Close the chat', title: 'Customer care chat' };

  var button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-label', labels.open);
  button.setAttribute('aria-expanded', 'false');
  button.textContent = '💬';
  Object.assign(button.style, {
    position: 'fixed', right: '20px', bottom: '20px', width: '60px', height: '60px', borderRadius: '50%',
    border: 'none', background: '#0b5cad', color: '#fff', fontSize: '28px', cursor: 'pointer', zIndex: '2147483000',
    boxShadow: '0 4px 14px rgba(0,0,0,.25)'
  });

  var frame = null;
  button.addEventListener('click', function () {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.src = origin + '/?' + query.toString();
      frame.title = labels.title;
      frame.setAttribute('referrerpolicy', 'no-referrer');
      Object.assign(frame.style, {
        position: 'fixed', right: '20px', bottom: '92px', width: 'min(400px, calc(100vw - 40px))',
        height: 'min(640px, calc(100vh - 120px))', border: '1px solid #d0d7de', borderRadius: '12px',
        background: '#fff', zIndex: '2147483000', boxShadow: '0 8px 28px rgba(0,0,0,.25)'
      });
      document.body.appendChild(frame);
    } else {
      frame.hidden = !frame.hidden;
    }

    var open = !frame.hidden;
    button.setAttribute('aria-expanded', String(open));
    button.setAttribute('aria-label', open ? labels.close : labels.open);
  });

  if (document.body) {
    document.body.appendChild(button);
  } else {
    document.addEventListener('DOMContentLoaded', function () { document.body.appendChild(button); });
  }

  if (query.has('order') && script.hasAttribute('data-open')) {
    button.click();
  }
})();
