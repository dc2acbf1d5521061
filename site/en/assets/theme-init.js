/* gpukb theme-init: runs in <head> before paint. no-js -> js, stored theme. */
(function (d) {
  var root = d.documentElement;
  root.className = root.className.replace(/(^|\s)no-js(\s|$)/, '$1js$2');
  if (!/(^|\s)js(\s|$)/.test(root.className)) root.className += ' js';
  try {
    var t = window.localStorage.getItem('gpukb-theme');
    if (t === 'dark' || t === 'light') {
      root.setAttribute('data-theme', t);
      root.style.colorScheme = t; /* scrollbars and form controls follow the chosen theme */
    }
  } catch (e) { /* storage unavailable (file://, privacy mode) */ }
})(document);
