package io.assetbridge.app.dashboard;

/** The frame every page shares: header, navigation and inline CSS (no external assets). */
final class Layout {
  private static final String CSS =
      """
      *{box-sizing:border-box}
      body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2430;background:#f4f6f9}
      header{background:#1f3a5f;color:#fff;padding:0 24px;display:flex;align-items:center;gap:28px;height:56px}
      header .brand{font-weight:700;font-size:18px;letter-spacing:.3px}
      header nav a{color:#cfe0f5;text-decoration:none;margin-right:18px;padding:17px 0;border-bottom:3px solid transparent}
      header nav a.on,header nav a:hover{color:#fff;border-bottom-color:#7fb4ff}
      header .out{margin-left:auto;color:#cfe0f5;font-size:13px}
      main{max-width:1280px;margin:24px auto;padding:0 24px}
      h1{font-size:22px;margin:0 0 16px}
      h2{font-size:17px;margin:28px 0 10px}
      .card{background:#fff;border:1px solid #dde3ea;border-radius:8px;padding:16px 18px;margin-bottom:18px}
      table{width:100%;border-collapse:collapse;background:#fff;border:1px solid #dde3ea;border-radius:8px;overflow:hidden}
      th,td{text-align:left;padding:8px 10px;border-bottom:1px solid #edf0f4;vertical-align:top}
      td{overflow-wrap:anywhere}
      td.ref{min-width:13em}
      th{background:#eef2f7;font-size:12px;text-transform:uppercase;letter-spacing:.4px;color:#4a5768}
      tr:last-child td{border-bottom:none}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
      td.t{white-space:nowrap;overflow-wrap:normal}
      code,.ref{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:13px}
      .error{color:#a4262c;font-size:13px;max-width:420px;word-break:break-word}
      .muted{color:#6b7787}
      .empty{padding:28px;text-align:center;color:#6b7787;background:#fff;border:1px dashed #c9d2dd;border-radius:8px}
      .badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;background:#e4e9f0;color:#394556}
      .b-dead,.b-error,.b-blocked,.b-failed,.b-failing,.b-off,.b-refused{background:#fde2e1;color:#a4262c}
      .b-done,.b-ok,.b-on,.b-distributed,.b-written{background:#dcf3e4;color:#1e6b3a}
      .b-pending,.b-skipped{background:#fff1cc;color:#7a5600}
      .b-running{background:#dbe9ff;color:#1d4f9c}
      .flash{background:#e6f4ea;border:1px solid #b7dfc3;color:#1e6b3a;padding:10px 14px;border-radius:6px;margin-bottom:16px}
      .problem{background:#fde2e1;border:1px solid #f2b8b5;color:#a4262c;padding:10px 14px;border-radius:6px;margin-bottom:16px}
      form.inline{display:inline}
      button,.button{background:#2563c9;color:#fff;border:0;border-radius:6px;padding:6px 14px;font:inherit;font-size:14px;cursor:pointer;text-decoration:none;display:inline-block}
      button.secondary{background:#e4e9f0;color:#1d2430}
      input[type=text],input[type=password],input[type=number]{font:inherit;padding:6px 10px;border:1px solid #c3ccd7;border-radius:6px;min-width:320px}
      input[type=number]{min-width:80px;width:90px}
      .filters a{margin-right:6px;padding:4px 12px;border-radius:14px;background:#e4e9f0;color:#1d2430;text-decoration:none;font-size:13px}
      .filters a.on{background:#1f3a5f;color:#fff}
      .row{display:flex;gap:20px;align-items:flex-start}
      .row>.grow{flex:1;min-width:0}
      .thumb{width:240px;flex:none;background:#fff;border:1px solid #dde3ea;border-radius:8px;padding:8px;text-align:center}
      .thumb img{max-width:100%;display:block;margin:0 auto 6px}
      .login{max-width:420px;margin:80px auto}
      .warn{background:#fff4d6;border:1px solid #f0cf7a;border-left:5px solid #d99a00;color:#5c4300;padding:10px 14px;border-radius:6px;margin-bottom:16px}
      .warn ul{margin:6px 0 0;padding-left:20px}
      form.fields{display:flex;flex-wrap:wrap;gap:12px 16px;align-items:flex-end}
      form.fields label{display:flex;flex-direction:column;gap:4px;font-size:12px;font-weight:600;color:#4a5768;text-transform:uppercase;letter-spacing:.4px}
      form.fields label.wide{flex:1 1 320px}
      form.fields input[type=text]{min-width:0;width:100%;text-transform:none;letter-spacing:normal;font-weight:400}
      form.fields label:not(.wide) input[type=text]{width:150px}
      select,input[type=date]{font:inherit;font-size:14px;padding:6px 10px;border:1px solid #c3ccd7;border-radius:6px;background:#fff;height:36px}
      form.fields input[type=text]{height:36px}
      td.side{min-width:14em;width:30%}
      td.side .value{margin-top:4px;padding:6px 10px;background:#f4f6f9;border-radius:6px;white-space:pre-wrap}
      td.side form.inline{display:block;margin-top:8px}
      form.fields select,form.fields input{font-size:14px;font-weight:400;text-transform:none;letter-spacing:normal;color:#1d2430}
      .b-approved{background:#dcf3e4;color:#1e6b3a}
      .b-expired,.b-archived{background:#fde2e1;color:#a4262c}
      .b-draft,.b-in_review{background:#fff1cc;color:#7a5600}
      """;

  private Layout() {}

  /** A whole page; {@code body} is HTML the caller has escaped. */
  static String page(String title, String active, String body) {
    return """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width,initial-scale=1">
        <title>%s · assetbridge</title><style>%s</style></head>
        <body><header><span class="brand">assetbridge</span><nav>%s</nav>
        <a class="out" href="/logout">Sign out</a></header>
        <main>%s</main></body></html>
        """
        .formatted(Html.esc(title), CSS, nav(active), body);
  }

  /** A page without navigation, for the login form. */
  static String bare(String title, String body) {
    return """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width,initial-scale=1">
        <title>%s · assetbridge</title><style>%s</style></head>
        <body><header><span class="brand">assetbridge</span></header><main>%s</main></body></html>
        """
        .formatted(Html.esc(title), CSS, body);
  }

  private static String nav(String active) {
    StringBuilder out = new StringBuilder();
    String[][] items = {
      {"/", "Overview"},
      {"/jobs", "Jobs"},
      {"/timeline", "Asset timeline"},
      {"/rights", "Rights watch"},
      {"/search", "Search"},
      {"/conflicts", "Conflicts"}
    };
    for (String[] item : items) {
      out.append("<a href=\"")
          .append(item[0])
          .append("\"")
          .append(item[1].equals(active) ? " class=\"on\"" : "")
          .append(">")
          .append(item[1])
          .append("</a>");
    }
    return out.toString();
  }
}
