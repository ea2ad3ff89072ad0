// Loaded first on the strict-CSP player page: every Content Security Policy violation in the
// page is kept for the test to read.
declare global {
  interface Window {
    cspViolations: string[];
  }
}

window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`.trim());
});

export {};
