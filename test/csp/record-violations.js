// Loaded first, as an external classic script: records every Content Security Policy violation
// and uncaught error on the strict-CSP page, so the test can read them from the frame.
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: `${event.sourceFile}:${event.lineNumber}`,
  });
});
window.addEventListener('error', (event) => window.__errors.push(String(event.error ?? event.message)));
window.addEventListener('unhandledrejection', (event) => window.__errors.push(String(event.reason)));
