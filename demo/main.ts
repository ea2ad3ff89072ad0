// The demo page registers every Lede element straight from the sources.
import '../src/index.js';
import '../src/locales/ar.js';
