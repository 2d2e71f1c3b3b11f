/*
 * Plain ES5, run before any other script of the page: Internet Explorer (Trident),
 * which old Excel uses for add-ins, cannot run the pane or the DTI.* functions,
 * so the page says which Excel is needed instead of staying blank. Copied to
 * dist/ as it is (not bundled); test/build/webpack.test.ts parses it as ES5.
 */
(function () {
  var ua = window.navigator.userAgent;
  if (!document.documentMode && ua.indexOf('Trident/') === -1 && ua.indexOf('MSIE ') === -1) return;
  window.__DTI_OLD_WEBVIEW__ = true;
  var root = document.getElementById('root');
  if (!root) return;
  var lines = [
    'DTI cho Excel không chạy được trong trình duyệt Internet Explorer mà Excel này dùng cho phần bổ trợ.',
    'Cần một trong các bản: Microsoft 365, Excel 2021, Excel 2024, Excel trên web; hoặc Excel 2016/2019 bản bán lẻ đã cài Microsoft Edge WebView2 Runtime (do bộ phận CNTT cài).',
    'Trong lúc chờ, các cột tình trạng viết bằng công thức thông thường vẫn tính được trong Excel này.',
    'DTI for Excel cannot run in Internet Explorer, which this Excel uses for add-ins.',
    'It needs Microsoft 365, Excel 2021, Excel 2024 or Excel on the web; or retail Excel 2016/2019 with the Microsoft Edge WebView2 Runtime installed (ask your IT staff).',
    'Meanwhile, status columns written as plain formulas still calculate in this Excel.'
  ];
  while (root.firstChild) root.removeChild(root.firstChild);
  for (var i = 0; i < lines.length; i++) {
    var p = document.createElement('p');
    p.className = 'dti-message';
    p.setAttribute('role', 'alert');
    p.setAttribute('data-testid', 'old-webview');
    p.appendChild(document.createTextNode(lines[i]));
    root.appendChild(p);
  }
})();
